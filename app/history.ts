/** A group's history as table rows: attendance and talk-time fairness, from the group record alone. */
import { DEFAULT_DOMINATION_RATIO, type Group, type TalkFairness } from '@peerkit/core';

export interface MeetingRow {
  at: number;
  facilitator: string;
  came: number;
  /** In words, with the figures: never who said what. */
  fairness: string;
}

export interface AttendanceRow {
  name: string;
  attended: number;
  /** Meetings held while this member belonged to the group. */
  possible: number;
  current: boolean;
}

export function describeFairness(talk: TalkFairness | null): string {
  if (!talk || talk.spokenMs === 0) return 'No sharing round';
  const ratio = talk.largestShareRatio;
  const words = ratio <= 1.25 ? 'Even' : ratio <= DEFAULT_DOMINATION_RATIO ? 'Somewhat uneven' : 'One voice took much more';
  return `${words}: the longest share was ${ratio.toFixed(2)}× the equal share (Gini ${talk.gini.toFixed(2)})`;
}

/** Newest first. */
export function meetingRows(group: Group): MeetingRow[] {
  const names = new Map(group.members.map((m) => [m.id, m.name]));
  return [...group.meetings]
    .sort((a, b) => b.at - a.at)
    .map((m) => ({
      at: m.at,
      facilitator: m.facilitatorId ? (names.get(m.facilitatorId) ?? m.facilitatorId) : 'Nobody named',
      came: m.attended.length,
      fairness: describeFairness(m.talk),
    }));
}

export function attendanceRows(group: Group): AttendanceRow[] {
  return group.members.map((member) => {
    const during = group.meetings.filter((m) => m.at >= member.joinedAt && (member.leftAt === null || m.at <= member.leftAt));
    return {
      name: member.name,
      attended: group.meetings.filter((m) => m.attended.includes(member.id)).length,
      possible: during.length,
      current: member.leftAt === null,
    };
  });
}
