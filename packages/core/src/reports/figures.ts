/**
 * A group's figures for a date range, from its shared report (so a coordinator's
 * view and the group's own report are one computation), with the flags a
 * coordinator wants raised. Days are compared as YYYY-MM-DD text.
 */
import { DEFAULT_DOMINATION_RATIO } from '../rounds/view.js';
import type { ReportMeeting, SharedReport } from './shared.js';
import type { GoalCounts, GoalTerm } from '../goals/goals.js';

export interface DateRange {
  /** First day included (YYYY-MM-DD); none: from the start. */
  from?: string | undefined;
  /** Last day included; none: to the end. */
  to?: string | undefined;
}

export interface MeetingFigures {
  day: string;
  facilitator: string | null;
  /** Members in the group that day. */
  members: number;
  present: number;
  late: number;
  leftEarly: number;
  /** Members that day who did not come. */
  absent: number;
  largestShareRatio: number | null;
  plannedMinutes: number | null;
  usedMinutes: number | null;
  responses: number | null;
  /** How many answered each scale and choice question. */
  answered: Record<string, number>;
  means: Record<string, number | null>;
  /** Each choice question's count per option; null where too few answered. */
  tallies: Record<string, number[] | null>;
}

export interface MemberFigures {
  code: string;
  current: boolean;
  /** Held meetings in the range while they were a member. */
  possible: number;
  present: number;
  late: number;
  leftEarly: number;
  absent: number;
}

export interface Retention {
  /** After this many meetings since joining. */
  after: number;
  /** Members with more meetings than that since they joined. */
  eligible: number;
  /** Of those, who came to at least one meeting after it. */
  stillComing: number;
}

export interface QuestionTrend {
  questionId: string;
  label: string;
  /** The meetings' means, oldest first, where enough answered. */
  points: { day: string; mean: number }[];
}

export type Flag =
  | { kind: 'feedback-drop'; questionId: string; label: string; day: string; latest: number; average: number }
  | { kind: 'attendance-falling'; days: string[]; present: number[] }
  | { kind: 'member-absent'; member: string; days: string[] }
  | { kind: 'review-overdue'; meetingsSinceReview: number; reviewAfterMeetings: number }
  /** In more than half the meetings with a round, one voice took far more than an equal share. */
  | { kind: 'dominated'; share: number; meetings: number }
  /** Meetings held with a feedback form, and not one question with enough answers to show. */
  | { kind: 'no-feedback'; meetings: number }
  | { kind: 'low-attendance'; rate: number; threshold: number }
  /** The report was made before the range ends: meetings after it are missing. */
  | { kind: 'stale'; madeOn: string; until: string }
  /** Another report here has the same group id or name and a different history: kept side by side. */
  | { kind: 'clash'; name: string };

export interface GroupFigures {
  groupId: string;
  name: string;
  madeOn: string;
  timeZone: string;
  /** Members who belonged to the group at some point in the range. */
  membersInRange: number;
  /** Members who came to at least one held meeting in the range. */
  cameAtLeastOnce: number;
  /** Attendances in all: each person at each held meeting. */
  attendances: number;
  /** Of members who joined before the range began (and had not left), how many came at least once in it; null without a start to the range. */
  returning: { eligible: number; came: number } | null;
  meetingsHeld: number;
  meetingsAbandoned: number;
  meetings: MeetingFigures[];
  members: MemberFigures[];
  /** Present over possible, across the held meetings; null when none. */
  attendanceRate: number | null;
  retention: Retention[];
  equity: { meetingsWithRound: number; medianLargestShare: number | null; dominatedShare: number | null };
  feedback: QuestionTrend[];
  /** The group's goals as counted in its report (not by date: as they stand); null when it has none. */
  goals: Record<GoalTerm, GoalCounts> | null;
  flags: Flag[];
}

export const RETENTION_POINTS = [4, 8, 12] as const;
/** A drop of this much below the group's own average of a scale question is flagged. */
export const FEEDBACK_DROP = 1;
/** Falls or absences in a row that are flagged. */
export const IN_A_ROW = 3;
/** Attendance below this share of possible attendances is flagged. */
export const LOW_ATTENDANCE = 0.6;
/** Dominated in more than this share of the meetings with a round is flagged. */
export const DOMINATED_SHARE = 0.5;
/** With no end to the range, a report this many days old is stale. */
export const STALE_AFTER_DAYS = 7;

const inRange = (day: string, { from, to }: DateRange) => (!from || day >= from) && (!to || day <= to);

/** Whether the member belonged to the group on that day. */
const memberOn = (member: { joined: string; left: string | null }, day: string) => member.joined <= day && (member.left === null || member.left >= day);

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function meetingFigures(report: SharedReport, meeting: ReportMeeting): MeetingFigures {
  const members = report.members.filter((m) => memberOn(m, meeting.day)).length;
  const came = new Set(meeting.attendance.map((a) => a.member));
  return {
    day: meeting.day,
    facilitator: meeting.facilitator,
    members,
    present: meeting.attendance.length,
    late: meeting.attendance.filter((a) => a.late).length,
    leftEarly: meeting.attendance.filter((a) => a.leftEarly).length,
    absent: report.members.filter((m) => memberOn(m, meeting.day) && !came.has(m.code)).length,
    largestShareRatio: meeting.largestShareRatio,
    plannedMinutes: meeting.plannedMinutes,
    usedMinutes: meeting.usedMinutes,
    responses: meeting.feedback?.responses ?? null,
    answered: meeting.feedback?.answered ?? {},
    tallies: meeting.feedback?.tallies ?? {},
    means: meeting.feedback?.means ?? {},
  };
}

function retention(report: SharedReport, held: readonly ReportMeeting[], after: number): Retention {
  let eligible = 0;
  let stillComing = 0;
  for (const member of report.members) {
    const since = held.filter((m) => m.day >= member.joined);
    if (since.length <= after) continue;
    eligible += 1;
    if (since.slice(after).some((m) => m.attendance.some((a) => a.member === member.code))) stillComing += 1;
  }
  return { after, eligible, stillComing };
}

/** A question's latest mean against the average of its earlier ones (to two decimals); null without an earlier one. */
export function latestAgainstAverage(trend: QuestionTrend): { day: string; latest: number; average: number; earlier: number } | null {
  const latest = trend.points.at(-1);
  const earlier = trend.points.slice(0, -1);
  if (!latest || earlier.length === 0) return null;
  const average = Math.round((earlier.reduce((sum, p) => sum + p.mean, 0) / earlier.length) * 100) / 100;
  return { day: latest.day, latest: latest.mean, average, earlier: earlier.length };
}

const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

function flags(report: SharedReport, held: readonly ReportMeeting[], feedback: readonly QuestionTrend[], rate: number | null, range: DateRange, today: string | undefined): Flag[] {
  const raised: Flag[] = [];
  const until = range.to ?? today;
  if (until !== undefined && report.madeOn < until && (range.to !== undefined || daysBetween(report.madeOn, until) > STALE_AFTER_DAYS)) {
    raised.push({ kind: 'stale', madeOn: report.madeOn, until });
  }
  for (const question of feedback) {
    const trend = latestAgainstAverage(question);
    // Against at least two earlier meetings; in hundredths, so 4.10 against 3.10 is a whole point.
    if (!trend || trend.earlier < 2 || Math.round((trend.average - trend.latest) * 100) < FEEDBACK_DROP * 100) continue;
    raised.push({ kind: 'feedback-drop', questionId: question.questionId, label: question.label, day: trend.day, latest: trend.latest, average: trend.average });
  }
  const lastFew = held.slice(-(IN_A_ROW + 1));
  if (lastFew.length === IN_A_ROW + 1 && lastFew.every((m, i) => i === 0 || m.attendance.length < (lastFew[i - 1] as ReportMeeting).attendance.length)) {
    raised.push({ kind: 'attendance-falling', days: lastFew.map((m) => m.day), present: lastFew.map((m) => m.attendance.length) });
  }
  for (const member of report.members) {
    if (member.left !== null) continue;
    const theirs = held.filter((m) => memberOn(member, m.day)).slice(-IN_A_ROW);
    if (theirs.length === IN_A_ROW && theirs.every((m) => !m.attendance.some((a) => a.member === member.code))) {
      raised.push({ kind: 'member-absent', member: member.code, days: theirs.map((m) => m.day) });
    }
  }
  const review = report.purposeReview;
  if (review && review.meetingsSinceReview > review.reviewAfterMeetings) raised.push({ kind: 'review-overdue', ...review });
  const ratios = held.flatMap((m) => (m.largestShareRatio === null ? [] : [m.largestShareRatio]));
  const dominated = ratios.filter((r) => r > DEFAULT_DOMINATION_RATIO).length;
  if (ratios.length > 0 && dominated / ratios.length > DOMINATED_SHARE) raised.push({ kind: 'dominated', share: dominated / ratios.length, meetings: ratios.length });
  const withForm = held.filter((m) => m.feedback !== null);
  if (withForm.length > 0 && report.questions.length > 0 && feedback.every((q) => q.points.length === 0)) raised.push({ kind: 'no-feedback', meetings: withForm.length });
  if (rate !== null && rate < LOW_ATTENDANCE) raised.push({ kind: 'low-attendance', rate, threshold: LOW_ATTENDANCE });
  return raised;
}

/** Of members who had joined before `from` and not left, how many came to a held meeting in the range. */
function returning(report: SharedReport, held: readonly ReportMeeting[], from: string | undefined): GroupFigures['returning'] {
  if (from === undefined) return null;
  const before = report.members.filter((m) => m.joined < from && (m.left === null || m.left >= from));
  const came = before.filter((m) => held.some((meeting) => meeting.attendance.some((a) => a.member === m.code))).length;
  return { eligible: before.length, came };
}

/**
 * `today` (YYYY-MM-DD, on the reader's device) marks a report stale when the
 * range has no end and the report is more than a week old.
 */
export function groupFigures(report: SharedReport, range: DateRange = {}, today?: string): GroupFigures {
  const within = report.meetings.filter((m) => inRange(m.day, range));
  const held = within.filter((m) => m.status === 'ended');
  const meetings = held.map((m) => meetingFigures(report, m));
  const members = report.members.map((member): MemberFigures => {
    const theirs = held.filter((m) => memberOn(member, m.day));
    const attended = theirs.flatMap((m) => m.attendance.filter((a) => a.member === member.code));
    return {
      code: member.code,
      current: member.left === null,
      possible: theirs.length,
      present: attended.length,
      late: attended.filter((a) => a.late).length,
      leftEarly: attended.filter((a) => a.leftEarly).length,
      absent: theirs.length - attended.length,
    };
  });
  const possible = meetings.reduce((sum, m) => sum + m.present + m.absent, 0);
  const attendanceRate = possible === 0 ? null : meetings.reduce((sum, m) => sum + m.present, 0) / possible;
  const ratios = held.flatMap((m) => (m.largestShareRatio === null ? [] : [m.largestShareRatio]));
  const feedback = report.questions.map((q) => ({
    questionId: q.id,
    label: q.label,
    points: held.flatMap((m) => {
      const mean = m.feedback?.means[q.id];
      return typeof mean === 'number' ? [{ day: m.day, mean }] : [];
    }),
  }));
  const cameCodes = new Set(held.flatMap((m) => m.attendance.map((a) => a.member)));
  return {
    groupId: report.group.id,
    name: report.group.name,
    madeOn: report.madeOn,
    timeZone: report.timeZone,
    membersInRange: report.members.filter((m) => (!range.to || m.joined <= range.to) && (m.left === null || !range.from || m.left >= range.from)).length,
    cameAtLeastOnce: cameCodes.size,
    attendances: held.reduce((sum, m) => sum + m.attendance.length, 0),
    returning: returning(report, held, range.from),
    meetingsHeld: held.length,
    meetingsAbandoned: within.length - held.length,
    meetings,
    members,
    attendanceRate,
    retention: RETENTION_POINTS.map((after) => retention(report, held, after)),
    equity: {
      meetingsWithRound: ratios.length,
      medianLargestShare: median(ratios),
      dominatedShare: ratios.length === 0 ? null : ratios.filter((r) => r > DEFAULT_DOMINATION_RATIO).length / ratios.length,
    },
    feedback,
    goals: report.goals ?? null,
    flags: flags(report, held, feedback, attendanceRate, range, today),
  };
}
