/**
 * A group's record: who belongs (joining and leaving, with dates), the
 * meetings held, who facilitated each, and when the purpose is due for review.
 */
import { randomId } from '../internal/ids.js';
import type { Member } from '../rounds/round.js';
import type { RoundStats } from '../rounds/view.js';
import { isReviewPoint, type Purpose } from '../purpose/purpose.js';
import type { Depth, Theme } from '../checkin/kinds-of-question.js';
import { deviceTimeZone } from '../internal/days.js';

/** The check-in questions a group chooses for a kind of meeting: a grief group gets grief questions. */
export interface CheckinChoice {
  depth: Depth;
  topic: Theme | null;
}

export const GROUP_SCHEMA_VERSION = 5;

export interface GroupMember {
  id: string;
  /** A display name or initials, as the member chooses. */
  name: string;
  joinedAt: number;
  leftAt: number | null;
}

/** How evenly the sharing round's time was spread: never who said what. */
export interface TalkFairness {
  spokenMs: number;
  /** The largest spoken time over the equal share: 1 is perfectly even. */
  largestShareRatio: number;
  gini: number;
}

/** One member at one meeting: when they were marked here and, if before the end, when they left. */
export interface Attendance {
  memberId: string;
  /** The meeting's start for those here when it began; later for a late arrival; null when not known (records before schema 4). */
  arrivedAt: number | null;
  /** Set only when they left before the meeting ended. */
  leftAt: number | null;
}

/** One section of the plan as it was run: planned minutes against minutes used (null: not reached or skipped). */
export interface SectionRun {
  id: string;
  title: string;
  plannedMs: number;
  usedMs: number | null;
}

/** Running until ended; a meeting never ended (a new one started, or marked stopped) is abandoned and not counted as held. */
export type MeetingStatus = 'running' | 'ended' | 'abandoned';
export const MEETING_STATUSES: readonly MeetingStatus[] = ['running', 'ended', 'abandoned'];

export interface Meeting {
  /** When it began; also the meeting's identity (feedback responses link to it). */
  at: number;
  facilitatorId: string | null;
  /** Who came, in the order they were marked (since schema 4; before, ids only). */
  attendance: Attendance[];
  /** Since schema 4; earlier meetings are taken as ended. */
  status: MeetingStatus;
  endedAt: number | null;
  /** The plan as run (since schema 4; null before). */
  plan: SectionRun[] | null;
  /** Added when the meeting ends, if it had a round (since schema 2). */
  talk: TalkFairness | null;
}

/** Languages the tools speak; the group's is used for everything its members see. */
export type GroupLang = 'en' | 'es';
export const GROUP_LANGS: readonly GroupLang[] = ['en', 'es'];

export interface Group {
  schemaVersion: typeof GROUP_SCHEMA_VERSION;
  id: string;
  name: string;
  /** Since schema 2. */
  lang: GroupLang;
  members: GroupMember[];
  meetings: Meeting[];
  /** Review the purpose after this many meetings. */
  reviewAfterMeetings: number;
  /** Since schema 3: the check-in questions chosen per kind of meeting (agenda template id). */
  checkin: Record<string, CheckinChoice>;
  /** Since schema 5: the group's IANA time zone; every day in its records and reports is a local day there. */
  timeZone: string;
  /** Since schema 5: the minutes the group planned for each section, per kind of meeting (agenda template id); 0 leaves a section out. */
  plans: Record<string, Record<string, number>>;
  /**
   * Ids this group had before (made from its name, before ids were random):
   * its old links and a coordinator's earlier reports still find it by them.
   */
  formerIds?: string[];
}

export function createGroup(id: string, name: string, names: readonly (string | Member)[], now: number, lang: GroupLang = 'en', timeZone = deviceTimeZone()): Group {
  return {
    schemaVersion: GROUP_SCHEMA_VERSION,
    id,
    name: name.trim() || id,
    lang,
    members: names.flatMap((entry) => newMember(entry, now)),
    meetings: [],
    reviewAfterMeetings: 6,
    checkin: {},
    timeZone,
    plans: {},
  };
}

/** The minutes the group planned last time for a kind of meeting, by section id (none yet: the template's). */
export function plannedMinutes(group: Group, kind: string): Record<string, number> {
  return Object.hasOwn(group.plans, kind) ? (group.plans[kind] as Record<string, number>) : {};
}

/** Remembers the minutes planned for a kind of meeting, so next week's plan starts from them. */
export function rememberPlan(group: Group, kind: string, minutes: Record<string, number>): Group {
  const before = plannedMinutes(group, kind);
  const same = Object.keys(minutes).length === Object.keys(before).length && Object.entries(minutes).every(([id, m]) => before[id] === m);
  return same ? group : { ...group, plans: { ...group.plans, [kind]: { ...minutes } } };
}

/** The group now lives in another time zone (a name the browser knows, such as "America/Mexico_City"). */
export function setTimeZone(group: Group, timeZone: string): Group {
  return group.timeZone === timeZone ? group : { ...group, timeZone };
}

/** The group's check-in choice for a kind of meeting: what it chose last time, else light questions on any topic. */
export function checkinChoice(group: Group, kind: string): CheckinChoice {
  return Object.hasOwn(group.checkin, kind) ? (group.checkin[kind] as CheckinChoice) : { depth: 'light', topic: null };
}

export function chooseCheckin(group: Group, kind: string, choice: CheckinChoice): Group {
  const current = checkinChoice(group, kind);
  if (Object.hasOwn(group.checkin, kind) && current.depth === choice.depth && current.topic === choice.topic) return group;
  return { ...group, checkin: { ...group.checkin, [kind]: { depth: choice.depth, topic: choice.topic } } };
}

export function presentMembers(group: Group): GroupMember[] {
  return group.members.filter((m) => m.leftAt === null);
}

/** A new member joins; a blank name adds nobody. */
export function addMember(group: Group, entry: string | Member, now: number): Group {
  return { ...group, members: [...group.members, ...newMember(entry, now)] };
}

/**
 * A member named here gets a random id, never one made from the name: ids go
 * where names must not (events a host page may log, the live room's claims,
 * element attributes). A member brought with an id keeps it.
 */
function newMember(entry: string | Member, now: number): GroupMember[] {
  const name = (typeof entry === 'string' ? entry : entry.name).trim();
  if (name === '') return [];
  return [{ id: typeof entry === 'string' ? randomId('m') : entry.id, name, joinedAt: now, leftAt: null }];
}

/** A member leaves; their past attendance stays on record. */
export function memberLeaves(group: Group, memberId: string, now: number): Group {
  if (!group.members.some((m) => m.id === memberId && m.leftAt === null)) return group;
  return { ...group, members: group.members.map((m) => (m.id === memberId ? { ...m, leftAt: now } : m)) };
}

/** Takes back a leaving marked at `leftAt` (an undo): the member is a member again, as before. */
export function undoLeave(group: Group, memberId: string, leftAt: number): Group {
  if (!group.members.some((m) => m.id === memberId && m.leftAt === leftAt)) return group;
  return { ...group, members: group.members.map((m) => (m.id === memberId ? { ...m, leftAt: null } : m)) };
}

/**
 * A meeting begins with those here (they arrived at its start). A meeting still
 * running from before was never ended: it becomes abandoned, not held. The
 * facilitator is someone here: a facilitator not among them is replaced by
 * the next of those here in the rotation (`facilitatorAmong`).
 */
export function recordMeeting(group: Group, meeting: { at: number; facilitatorId: string | null; attended: readonly string[] }): Group {
  const attendance = [...new Set(meeting.attended)].map((memberId) => ({ memberId, arrivedAt: meeting.at, leftAt: null }));
  const facilitatorId = facilitatorAmong(group, meeting.facilitatorId, meeting.attended);
  const earlier = group.meetings.map((m) => (m.status === 'running' ? { ...m, status: 'abandoned' as const } : m));
  return {
    ...group,
    meetings: [...earlier, { at: meeting.at, facilitatorId, attendance, status: 'running', endedAt: null, plan: null, talk: null }],
  };
}

/** A meeting discarded (started by mistake, never really held): it leaves the record. */
export function removeMeeting(group: Group, at: number): Group {
  if (!group.meetings.some((m) => m.at === at)) return group;
  return { ...group, meetings: group.meetings.filter((m) => m.at !== at) };
}

function changeMeeting(group: Group, at: number, change: (meeting: Meeting) => Meeting): Group {
  const meetings = group.meetings.map((m) => (m.at === at ? change(m) : m));
  return meetings.some((m, i) => m !== group.meetings[i]) ? { ...group, meetings } : group;
}

/** The meetings held: ended, not running or abandoned. */
export function heldMeetings(group: Group): Meeting[] {
  return group.meetings.filter((m) => m.status === 'ended');
}

/** The ids of those who came to a meeting. */
export function attendeeIds(meeting: Meeting): string[] {
  return meeting.attendance.map((a) => a.memberId);
}

/** Someone arrived late, at `now`, to the meeting that began at `at`. */
export function addAttendee(group: Group, at: number, memberId: string, now: number = at): Group {
  if (!group.members.some((m) => m.id === memberId)) return group;
  return changeMeeting(group, at, (m) =>
    m.attendance.some((a) => a.memberId === memberId) ? m : { ...m, attendance: [...m.attendance, { memberId, arrivedAt: now, leftAt: null }] },
  );
}

/** Someone left the meeting that began at `at` before it ended; they still came. */
export function attendeeLeaves(group: Group, at: number, memberId: string, now: number): Group {
  return changeMeeting(group, at, (m) =>
    m.status !== 'running' || !m.attendance.some((a) => a.memberId === memberId && a.leftAt === null)
      ? m
      : { ...m, attendance: m.attendance.map((a) => (a.memberId === memberId ? { ...a, leftAt: now } : a)) },
  );
}

/** The plan as run, from the ended agenda's sections. */
export function planAsRun(sections: readonly { id: string; title: string; plannedMs: number; startedAt: number | null; endedAt: number | null }[]): SectionRun[] {
  return sections.map((s) => ({
    id: s.id,
    title: s.title,
    plannedMs: s.plannedMs,
    usedMs: s.startedAt !== null && s.endedAt !== null ? Math.max(0, s.endedAt - s.startedAt) : null,
  }));
}

/** The meeting that began at `at` ended at `endedAt`: it is held, with the plan as run. */
export function meetingEnded(group: Group, at: number, endedAt: number, plan: SectionRun[] | null = null): Group {
  return changeMeeting(group, at, (m) => (m.status === 'running' ? { ...m, status: 'ended', endedAt, plan } : m));
}

/** The meeting that began at `at` stopped and was never finished: kept on record, not counted as held. */
export function meetingAbandoned(group: Group, at: number): Group {
  return changeMeeting(group, at, (m) => (m.status === 'running' ? { ...m, status: 'abandoned' } : m));
}

export function talkFairness(stats: RoundStats): TalkFairness {
  return { spokenMs: stats.totalSpokenMs, largestShareRatio: stats.largestShareRatio, gini: stats.gini };
}

/** Adds the sharing round's fairness to the meeting that began at `at`. */
export function recordTalk(group: Group, at: number, talk: TalkFairness): Group {
  return changeMeeting(group, at, (m) => ({ ...m, talk }));
}

/** The review point: review the purpose every `meetings` meetings. */
export function setReviewAfter(group: Group, meetings: number): Group {
  if (!isReviewPoint(meetings)) return group;
  return { ...group, reviewAfterMeetings: meetings };
}

/**
 * How many meetings until the purpose is reviewed (0: the next one should be
 * the review). An adopted purpose keeps its own count; otherwise the group
 * reviews every `reviewAfterMeetings`.
 */
export function meetingsUntilReview(group: Group, purpose?: Purpose): number {
  if (purpose?.adopted) return Math.max(0, purpose.reviewAfterMeetings - purpose.meetingsSinceReview);
  const sinceReview = group.meetings.length % group.reviewAfterMeetings;
  return group.meetings.length > 0 && sinceReview === 0 ? 0 : group.reviewAfterMeetings - sinceReview;
}

/** Where the counting starts: the purpose's adoption, its last review, or the group's first meeting. */
export type ReviewCountedFrom = 'adoption' | 'review' | 'start';

/**
 * The one count of the review, as every page says it: meetings since it was adopted (or
 * last reviewed), and how many until it is due (0: due now).
 */
export function reviewCount(group: Group, purpose?: Purpose): { since: number; until: number; from: ReviewCountedFrom } {
  const from: ReviewCountedFrom = purpose?.adopted ? (purpose.reviews.length > 0 ? 'review' : 'adoption') : 'start';
  if (purpose?.adopted) return { since: purpose.meetingsSinceReview, until: Math.max(0, purpose.reviewAfterMeetings - purpose.meetingsSinceReview), from };
  const until = meetingsUntilReview(group, purpose);
  return { since: group.reviewAfterMeetings - until, until, from };
}

/** Which plan fits the next meeting: the first one, a review when it falls due, else a regular one. */
export function suggestAgendaTemplate(group: Group, purpose?: Purpose): 'first-meeting' | 'review' | 'regular' {
  if (group.meetings.length === 0) return 'first-meeting';
  return meetingsUntilReview(group, purpose) === 0 ? 'review' : 'regular';
}

/** Schema 1 groups were English only, and their meetings had no talk-time record. */
export function migrateGroupV1(data: unknown): unknown {
  const group = data as { meetings?: unknown };
  if (!Array.isArray(group.meetings)) return data;
  return {
    lang: 'en',
    ...group,
    schemaVersion: 2,
    meetings: group.meetings.map((m: unknown) => (typeof m === 'object' && m !== null ? { talk: null, ...m } : m)),
  };
}

/** Schema 2 to 3: groups gain their check-in choices, none yet. */
export function migrateGroupV2(data: unknown): unknown {
  return typeof data === 'object' && data !== null ? { checkin: {}, ...data, schemaVersion: 3 } : data;
}

/**
 * Schema 3 to 4: meetings keep each attendance with its times, their status and
 * the plan as run. Earlier meetings were counted held, so they are taken as ended
 * (end time unknown); arrival times were not kept, so nobody shows as late.
 */
export function migrateGroupV3(data: unknown): unknown {
  const group = data as { meetings?: unknown };
  if (typeof data !== 'object' || data === null || !Array.isArray(group.meetings)) return data;
  return {
    ...group,
    schemaVersion: 4,
    meetings: group.meetings.map((m: unknown) => {
      if (typeof m !== 'object' || m === null) return m;
      const { attended, ...rest } = m as { attended?: unknown };
      const attendance = Array.isArray(attended) ? attended.map((memberId: unknown) => ({ memberId, arrivedAt: null, leftAt: null })) : attended;
      return { status: 'ended', endedAt: null, plan: null, ...rest, attendance };
    }),
  };
}

/**
 * Schema 4 to 5: groups gain their time zone, the device's where the record
 * lives (the facilitator's, almost always the group's), and remembered plans
 * (none yet); and a facilitator
 * recorded without being marked here (unticked under "Who is here?") is no
 * longer counted as having facilitated.
 */
export function migrateGroupV4(data: unknown, timeZone = deviceTimeZone()): unknown {
  const group = data as { meetings?: unknown };
  if (typeof data !== 'object' || data === null || !Array.isArray(group.meetings)) return data;
  return {
    timeZone,
    plans: {},
    ...group,
    schemaVersion: 5,
    meetings: group.meetings.map((m: unknown) => {
      const meeting = m as { facilitatorId?: unknown; attendance?: unknown } | null;
      if (!meeting || typeof meeting.facilitatorId !== 'string' || !Array.isArray(meeting.attendance)) return m;
      const here = meeting.attendance.some((a: unknown) => (a as { memberId?: unknown } | null)?.memberId === meeting.facilitatorId);
      return here ? m : { ...meeting, facilitatorId: null };
    }),
  };
}

/**
 * The facilitator of a meeting with those here: the one chosen if here, else
 * the first of those here in the rotation order (`suggestFacilitator`'s), else
 * nobody. Nobody chosen stays nobody.
 */
export function facilitatorAmong(group: Group, chosen: string | null, here: readonly string[]): string | null {
  if (chosen === null || here.includes(chosen)) return chosen;
  return rotation(group).find((m) => here.includes(m.id))?.id ?? null;
}

/** Those still in the group in the order they should facilitate: see `suggestFacilitator`. */
function rotation(group: Group): GroupMember[] {
  const count = new Map<string, number>();
  const last = new Map<string, number>();
  group.meetings.forEach((meeting, index) => {
    if (!meeting.facilitatorId) return;
    count.set(meeting.facilitatorId, (count.get(meeting.facilitatorId) ?? 0) + 1);
    last.set(meeting.facilitatorId, index);
  });
  return [...presentMembers(group)].sort(
    (a, b) => (count.get(a.id) ?? 0) - (count.get(b.id) ?? 0) || (last.get(a.id) ?? -1) - (last.get(b.id) ?? -1) || a.joinedAt - b.joinedAt,
  );
}

/**
 * Who should facilitate next, fairly: of those still in the group, whoever
 * has facilitated least; then whoever has gone longest without; then who
 * joined first.
 */
export function suggestFacilitator(group: Group): GroupMember | undefined {
  return rotation(group)[0];
}

export function attendanceCounts(group: Group): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const meeting of group.meetings) for (const { memberId } of meeting.attendance) counts[memberId] = (counts[memberId] ?? 0) + 1;
  return counts;
}
