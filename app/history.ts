/** A group's history as table rows: attendance and talk-time fairness, from the group record alone. */
import { DEFAULT_DOMINATION_RATIO, heldMeetings, purposeUnfinished, reviewCount, type Group, type Purpose, type TalkFairness } from '@peerkit/core';
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

/**
 * Where the group's purpose stands, said the same way on the home page and the group page:
 * the adopted statement, drafts waiting, or work begun; and the one count of the review.
 */
export function purposeStanding(group: Group, purpose: Purpose | undefined, text: AppMessages): string[] {
  const statement = purpose?.adopted
    ? `“${purpose.adopted.text}”`
    : purpose && purpose.drafts.length > 0
      ? text.draftsWaiting(purpose.drafts.length)
      : purposeUnfinished(purpose)
        ? text.purposeBegun
        : text.noPurpose;
  if (heldMeetings(group).length === 0) return [statement];
  const review = reviewCount(group, purpose);
  return [statement, review.until === 0 ? text.reviewDue(review.since, review.from) : text.reviewAfter(review.until)];
}
