/**
 * The report a group shares with its coordinator: its figures only. Members are
 * stable codes (M1, M2… in the order they joined), never names; no purpose
 * contributions, no free text, no time of day; feedback as counts, and a scale
 * question's mean only where enough people answered that question. Days are
 * local days in the group's time zone, which the report carries. Its format is
 * versioned and documented in packages/core/schema/report.schema.json.
 */
import type { Group, Meeting } from '../group/group.js';
import type { FeedbackForm } from '../feedback/form.js';
import { DEFAULT_MIN_RESPONSES, dayOf, type FeedbackResponse } from '../feedback/responses.js';
import type { Purpose } from '../purpose/purpose.js';
import { goalCounts, type GoalCounts, type Goals, type GoalTerm } from '../goals/goals.js';

export const REPORT_FORMAT = 'peerkit-report';
export const REPORT_FORMAT_VERSION = 2;

export interface ReportMember {
  code: string;
  joined: string;
  left: string | null;
}

export interface ReportAttendance {
  member: string;
  late: boolean;
  leftEarly: boolean;
}

export interface ReportFeedback {
  /** Forms given. */
  responses: number;
  /** How many answered each scale question, by question id (an optional question may have fewer than the forms). */
  answered: Record<string, number>;
  /** Each scale question's mean by question id; null where fewer than the minimum answered that question. */
  means: Record<string, number | null>;
  /** Each one-choice question's count per option (in the question's order), by question id; null where fewer than the minimum answered it. */
  tallies: Record<string, number[] | null>;
}

export interface ReportMeeting {
  day: string;
  /** Held meetings are ended; abandoned ones began and never finished. */
  status: 'ended' | 'abandoned';
  facilitator: string | null;
  attendance: ReportAttendance[];
  plannedMinutes: number | null;
  usedMinutes: number | null;
  /** The sharing round's evenness: the largest share over the equal share (1 is even). */
  largestShareRatio: number | null;
  feedback: ReportFeedback | null;
}

export interface ReportQuestion {
  id: string;
  label: string;
  points: number;
}

/** A question answered with one choice ("Will you come back?"; yes or no): its options, so counts can be put side by side. */
export interface ReportChoice {
  id: string;
  label: string;
  options: string[];
}

export interface SharedReport {
  format: typeof REPORT_FORMAT;
  formatVersion: typeof REPORT_FORMAT_VERSION;
  /** The day it was made: a newer report of the same group replaces an older one. */
  madeOn: string;
  /** The group's IANA time zone: every day in the report is a local day there. */
  timeZone: string;
  /** `formerIds`: ids the group had before (made from its name), so a coordinator's earlier reports line up with this one. */
  group: { id: string; name: string; formerIds?: string[] };
  /** Where the group is with its purpose review: only counts. */
  purposeReview: { meetingsSinceReview: number; reviewAfterMeetings: number } | null;
  /** The group's goals, counted (met, in progress) by term; never their words. Absent when it has none. */
  goals?: Record<GoalTerm, GoalCounts>;
  minResponses: number;
  /** The feedback form's scale questions, so means can be compared meeting by meeting. */
  questions: ReportQuestion[];
  /** Its one-choice and yes-or-no questions, counted per option. */
  choices: ReportChoice[];
  members: ReportMember[];
  meetings: ReportMeeting[];
}

/**
 * Whether two reports with one group id (now or before: a group whose id was
 * made from its name has a random one since) are one group's record at two
 * times: every member both list joined on the same day. Ids made from names (before
 * they were random) let two groups of one name share an id; their members
 * never line up.
 */
export function sameGroupHistory(a: SharedReport, b: SharedReport): boolean {
  const ids = (r: SharedReport) => [r.group.id, ...(r.group.formerIds ?? [])];
  if (!ids(a).some((id) => ids(b).includes(id))) return false;
  const joined = new Map(a.members.map((m) => [m.code, m.joined]));
  const shared = b.members.filter((m) => joined.has(m.code));
  return shared.length > 0 && shared.every((m) => joined.get(m.code) === m.joined);
}

/** Each member's stable code: M1, M2… in the order they joined the record, which never reorders. */
export function memberCodes(group: Group): Map<string, string> {
  return new Map(group.members.map((m, i) => [m.id, `M${i + 1}`]));
}

export interface ReportSources {
  group: Group;
  purpose?: Purpose | undefined;
  goals?: Goals | undefined;
  form?: FeedbackForm | undefined;
  responses?: readonly FeedbackResponse[] | undefined;
  minResponses?: number;
  now: number;
}

/**
 * Answers linked to a meeting belong to it; older answers, kept by day only,
 * belong to the one held meeting of that day, and to none when there were two.
 */
function responsesByMeeting(meetings: readonly Meeting[], responses: readonly FeedbackResponse[]): Map<number, FeedbackResponse[]> {
  const held = meetings.filter((m) => m.status === 'ended');
  const byMeeting = new Map<number, FeedbackResponse[]>(held.map((m) => [m.at, []]));
  const byDay = new Map<string, number[]>();
  for (const m of held) {
    // An answer's own day is a UTC day (see FeedbackResponse.day): paired on the same terms.
    const day = dayOf(m.at);
    byDay.set(day, [...(byDay.get(day) ?? []), m.at]);
  }
  for (const response of responses) {
    const sameDay = response.meetingAt === undefined ? (byDay.get(response.day) ?? []) : [];
    const at = response.meetingAt ?? (sameDay.length === 1 ? sameDay[0] : undefined);
    if (at !== undefined) byMeeting.get(at)?.push(response);
  }
  return byMeeting;
}

const minutes = (ms: number) => Math.round(ms / 60_000);
const hundredths = (value: number) => Math.round(value * 100) / 100;

/**
 * A meeting's answers as counts: each scale question's mean, and each
 * one-choice question's count per option, only when at least `minResponses`
 * answered that question.
 */
function feedbackOf(questions: readonly ReportQuestion[], choices: readonly ReportChoice[], given: readonly FeedbackResponse[], minResponses: number): ReportFeedback {
  const answered: Record<string, number> = {};
  const means: Record<string, number | null> = {};
  const tallies: Record<string, number[] | null> = {};
  for (const question of questions) {
    const values = given.flatMap((r) => (typeof r.answers[question.id] === 'number' ? [r.answers[question.id] as number] : []));
    answered[question.id] = values.length;
    means[question.id] = values.length >= minResponses ? hundredths(values.reduce((a, b) => a + b, 0) / values.length) : null;
  }
  for (const choice of choices) {
    const picked = given.flatMap((r) => {
      const answer = r.answers[choice.id];
      const option = typeof answer === 'boolean' ? (answer ? 'yes' : 'no') : answer;
      return typeof option === 'string' && choice.options.includes(option) ? [option] : [];
    });
    answered[choice.id] = picked.length;
    tallies[choice.id] = picked.length >= minResponses ? choice.options.map((option) => picked.filter((p) => p === option).length) : null;
  }
  return { responses: given.length, answered, means, tallies };
}

/** The form's one-choice and yes-or-no questions, as a report counts them. */
function choicesOf(form: FeedbackForm | undefined): ReportChoice[] {
  return (form?.questions ?? []).flatMap((q) =>
    q.type === 'single' ? [{ id: q.id, label: q.label, options: [...q.options] }] : q.type === 'yes-no' ? [{ id: q.id, label: q.label, options: ['yes', 'no'] }] : [],
  );
}

/** The group's record as a report without names: everything the coordinator's figures need, nothing more. */
export function shareReport({ group, purpose, goals, form, responses = [], minResponses = DEFAULT_MIN_RESPONSES, now }: ReportSources): SharedReport {
  const codes = memberCodes(group);
  const code = (id: string) => codes.get(id) ?? 'M?';
  const questions = (form?.questions ?? []).flatMap((q) => (q.type === 'scale' ? [{ id: q.id, label: q.label, points: q.points }] : []));
  const choices = choicesOf(form);
  const zone = group.timeZone;
  const answers = responsesByMeeting(group.meetings, responses);
  const meetings = [...group.meetings]
    .filter((m): m is Meeting & { status: 'ended' | 'abandoned' } => m.status !== 'running')
    .sort((a, b) => a.at - b.at)
    .map((m): ReportMeeting => {
      const plan = m.plan?.filter((s) => s.usedMs !== null) ?? null;
      return {
        day: dayOf(m.at, zone),
        status: m.status,
        facilitator: m.facilitatorId ? code(m.facilitatorId) : null,
        attendance: m.attendance.map((a) => ({
          member: code(a.memberId),
          late: a.arrivedAt !== null && a.arrivedAt > m.at,
          leftEarly: a.leftAt !== null && (m.endedAt === null || a.leftAt < m.endedAt),
        })),
        plannedMinutes: m.plan ? minutes(m.plan.reduce((sum, s) => sum + s.plannedMs, 0)) : null,
        usedMinutes: plan ? minutes(plan.reduce((sum, s) => sum + (s.usedMs ?? 0), 0)) : null,
        largestShareRatio: m.talk && m.talk.spokenMs > 0 ? hundredths(m.talk.largestShareRatio) : null,
        feedback: form && m.status === 'ended' ? feedbackOf(questions, choices, answers.get(m.at) ?? [], minResponses) : null,
      };
    });
  return {
    format: REPORT_FORMAT,
    formatVersion: REPORT_FORMAT_VERSION,
    madeOn: dayOf(now, zone),
    timeZone: zone,
    group: { id: group.id, name: group.name, ...(group.formerIds?.length ? { formerIds: [...group.formerIds] } : {}) },
    purposeReview: purpose?.adopted ? { meetingsSinceReview: purpose.meetingsSinceReview, reviewAfterMeetings: purpose.reviewAfterMeetings } : null,
    ...(goals && goals.goals.length > 0 ? { goals: goalCounts(goals) } : {}),
    minResponses,
    questions,
    choices,
    members: group.members.map((m) => ({ code: code(m.id), joined: dayOf(m.joinedAt, zone), left: m.leftAt === null ? null : dayOf(m.leftAt, zone) })),
    meetings,
  };
}

/**
 * Version 1 to 2: reports gain their time zone and each question's count of
 * answers. A version 1 report kept a mean when enough forms were given, even
 * if only one person answered that question, and it cannot tell which: its
 * means are withheld. Its days were UTC days, and say so.
 */
export function migrateReportV1(data: unknown): unknown {
  if (typeof data !== 'object' || data === null) return data;
  const report = data as { meetings?: unknown };
  return {
    ...report,
    formatVersion: 2,
    timeZone: 'UTC',
    choices: [],
    meetings: Array.isArray(report.meetings)
      ? report.meetings.map((m: unknown) => {
          const feedback = (m as { feedback?: { responses?: unknown; means?: unknown } } | null)?.feedback;
          if (!feedback || typeof feedback !== 'object') return m;
          const ids = typeof feedback.means === 'object' && feedback.means !== null ? Object.keys(feedback.means) : [];
          return { ...(m as object), feedback: { responses: feedback.responses, answered: {}, means: Object.fromEntries(ids.map((id) => [id, null])), tallies: {} } };
        })
      : report.meetings,
  };
}
