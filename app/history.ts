/** A group's history as table rows: attendance and talk-time fairness, from the group record alone. */
import { DEFAULT_DOMINATION_RATIO, heldMeetings, type Group, type TalkFairness } from '@peerkit/core';
import type { AppMessages } from './messages.js';

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

export function describeFairness(talk: TalkFairness | null, text: AppMessages['fairness']): string {
  if (!talk || talk.spokenMs === 0) return text.none;
  const ratio = talk.largestShareRatio;
  const words = ratio <= 1.25 ? text.even : ratio <= DEFAULT_DOMINATION_RATIO ? text.somewhat : text.dominated;
  return text.figures(words, ratio.toFixed(2), talk.gini.toFixed(2));
}

/** Newest first. */
export function meetingRows(group: Group, text: AppMessages): MeetingRow[] {
  const names = new Map(group.members.map((m) => [m.id, m.name]));
  return [...group.meetings]
    .sort((a, b) => b.at - a.at)
    .map((m) => ({
      at: m.at,
      facilitator: m.facilitatorId ? (names.get(m.facilitatorId) ?? m.facilitatorId) : text.nobodyNamed,
      came: m.attendance.length,
      fairness: m.status === 'abandoned' ? text.stoppedEarly : m.status === 'running' ? text.stillRunning : describeFairness(m.talk, text.fairness),
    }));
}

/** Held meetings only: one stopped before its end, or still running, is not counted. */
export function attendanceRows(group: Group): AttendanceRow[] {
  const held = heldMeetings(group);
  return group.members.map((member) => {
    const during = held.filter((m) => m.at >= member.joinedAt && (member.leftAt === null || m.at <= member.leftAt));
    return {
      name: member.name,
      attended: held.filter((m) => m.attendance.some((a) => a.memberId === member.id)).length,
      possible: during.length,
      current: member.leftAt === null,
    };
  });
}
