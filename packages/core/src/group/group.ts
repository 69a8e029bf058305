/**
 * A group's record: who belongs (joining and leaving, with dates), the
 * meetings held, who facilitated each, and when the purpose is due for review.
 */
import { toMembers } from '../rounds/round.js';

export const GROUP_SCHEMA_VERSION = 1;

export interface GroupMember {
  id: string;
  /** A display name or initials, as the member chooses. */
  name: string;
  joinedAt: number;
  leftAt: number | null;
}

export interface Meeting {
  at: number;
  facilitatorId: string | null;
  /** Who came: ids only. */
  attended: string[];
}

export interface Group {
  schemaVersion: typeof GROUP_SCHEMA_VERSION;
  id: string;
  name: string;
  members: GroupMember[];
  meetings: Meeting[];
  /** Review the purpose after this many meetings. */
  reviewAfterMeetings: number;
}

export function createGroup(id: string, name: string, names: readonly string[], now: number): Group {
  return {
    schemaVersion: GROUP_SCHEMA_VERSION,
    id,
    name: name.trim() || id,
    members: toMembers(names).map((m) => ({ ...m, joinedAt: now, leftAt: null })),
    meetings: [],
    reviewAfterMeetings: 6,
  };
}

export function presentMembers(group: Group): GroupMember[] {
  return group.members.filter((m) => m.leftAt === null);
}

/** A new member joins; a blank name adds nobody. */
export function addMember(group: Group, name: string, now: number): Group {
  const [added] = toMembers([...group.members, name]).slice(group.members.length);
  if (!added) return group;
  return { ...group, members: [...group.members, { ...added, joinedAt: now, leftAt: null }] };
}

/** A member leaves; their past attendance stays on record. */
export function memberLeaves(group: Group, memberId: string, now: number): Group {
  if (!group.members.some((m) => m.id === memberId && m.leftAt === null)) return group;
  return { ...group, members: group.members.map((m) => (m.id === memberId ? { ...m, leftAt: now } : m)) };
}

export function recordMeeting(group: Group, meeting: Meeting): Group {
  return { ...group, meetings: [...group.meetings, { ...meeting, attended: [...new Set(meeting.attended)] }] };
}

/**
 * Who should facilitate next, fairly: of those still in the group, whoever
 * has facilitated least; then whoever has gone longest without; then who
 * joined first.
 */
export function suggestFacilitator(group: Group): GroupMember | undefined {
  const count = new Map<string, number>();
  const last = new Map<string, number>();
  group.meetings.forEach((meeting, index) => {
    if (!meeting.facilitatorId) return;
    count.set(meeting.facilitatorId, (count.get(meeting.facilitatorId) ?? 0) + 1);
    last.set(meeting.facilitatorId, index);
  });
  return [...presentMembers(group)].sort(
    (a, b) => (count.get(a.id) ?? 0) - (count.get(b.id) ?? 0) || (last.get(a.id) ?? -1) - (last.get(b.id) ?? -1) || a.joinedAt - b.joinedAt,
  )[0];
}

export function attendanceCounts(group: Group): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const meeting of group.meetings) for (const id of meeting.attended) counts[id] = (counts[id] ?? 0) + 1;
  return counts;
}
