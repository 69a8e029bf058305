/**
 * Reads a shared report strictly: every field known, member codes only (never a
 * name), days without times. A field the format does not have is refused, so
 * nothing more than the figures can travel inside one.
 */
import { Checker, LIMITS, type ParseResult } from '../internal/validate.js';
import { isCalendarDay, isTimeZone } from '../internal/days.js';
import { migrateReportV1, REPORT_FORMAT, REPORT_FORMAT_VERSION, type SharedReport } from './shared.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const CODE = /^M[1-9]\d*$/;

class ReportChecker extends Checker {
  /** An object with exactly these fields (no others). */
  fields(value: unknown, path: string, allowed: readonly string[]): Record<string, unknown> | undefined {
    const object = this.object(value, path);
    if (!object) return undefined;
    for (const key of Object.keys(object)) if (!allowed.includes(key)) this.fail(`${path}.${key}`, 'is not part of a shared report');
    return object;
  }

  day(value: unknown, path: string): string | undefined {
    const text = this.string(value, path, { max: 40 });
    if (text !== undefined && !DAY.test(text)) return this.fail(path, `expected a day as YYYY-MM-DD, got ${JSON.stringify(text)}`);
    if (text !== undefined && !isCalendarDay(text)) return this.fail(path, `${text} is not a day of the calendar`);
    return text;
  }

  code(value: unknown, path: string, known?: ReadonlySet<string>): string | undefined {
    const text = this.string(value, path, { max: 12 });
    if (text === undefined) return undefined;
    if (!CODE.test(text)) return this.fail(path, `expected a member code such as "M1", got ${JSON.stringify(text.slice(0, 20))}`);
    if (known && !known.has(text)) return this.fail(path, `"${text}" is not one of the report’s members`);
    return text;
  }

  mean(value: unknown, path: string): void {
    this.nullable(value, (v) => this.number(v, path, { min: 1, max: 10 }));
  }
}

/**
 * A shared report from a file: a version 1 report (before time zones and
 * per-question counts) is read as version 2, its means withheld.
 */
export function readSharedReport(input: unknown): ParseResult<SharedReport> {
  const old = typeof input === 'object' && input !== null && (input as { formatVersion?: unknown }).formatVersion === 1;
  return parseSharedReport(old ? migrateReportV1(input) : input);
}

export function parseSharedReport(input: unknown): ParseResult<SharedReport> {
  const check = new ReportChecker();
  const report = check.fields(input, 'report', ['format', 'formatVersion', 'madeOn', 'timeZone', 'group', 'purposeReview', 'goals', 'minResponses', 'questions', 'choices', 'members', 'meetings']);
  if (!report) return check.result(() => input as SharedReport);
  if (report.format !== REPORT_FORMAT) check.fail('report.format', `expected "${REPORT_FORMAT}": this is not a PeerKit shared report`);
  if (report.formatVersion !== REPORT_FORMAT_VERSION) check.fail('report.formatVersion', `expected ${REPORT_FORMAT_VERSION}, got ${String(report.formatVersion)}`);
  check.day(report.madeOn, 'report.madeOn');
  if (!isTimeZone(report.timeZone)) check.fail('report.timeZone', `expected a time zone such as "America/Mexico_City", got ${JSON.stringify(String(report.timeZone).slice(0, 40))}`);
  const group = check.fields(report.group, 'report.group', ['id', 'name', 'formerIds']);
  check.string(group?.id, 'report.group.id', { nonEmpty: true, max: LIMITS.name });
  check.string(group?.name, 'report.group.name', { nonEmpty: true, max: LIMITS.name });
  if (group?.formerIds !== undefined) (check.array(group.formerIds, 'report.group.formerIds', { max: 20 }) ?? []).forEach((id, i) => check.string(id, `report.group.formerIds[${i}]`, { nonEmpty: true, max: LIMITS.name }));
  const review = check.nullable(report.purposeReview, (v) => check.fields(v, 'report.purposeReview', ['meetingsSinceReview', 'reviewAfterMeetings']));
  if (review) {
    check.number(review.meetingsSinceReview, 'report.purposeReview.meetingsSinceReview', { min: 0, integer: true });
    check.number(review.reviewAfterMeetings, 'report.purposeReview.reviewAfterMeetings', { min: 1, max: 520, integer: true });
  }
  if (report.goals !== undefined) {
    const goals = check.fields(report.goals, 'report.goals', ['short', 'long']);
    for (const term of ['short', 'long'] as const) {
      const counts = check.fields(goals?.[term], `report.goals.${term}`, ['met', 'inProgress']);
      check.number(counts?.met, `report.goals.${term}.met`, { min: 0, max: 1000, integer: true });
      check.number(counts?.inProgress, `report.goals.${term}.inProgress`, { min: 0, max: 1000, integer: true });
    }
  }
  check.number(report.minResponses, 'report.minResponses', { min: 1, max: 100, integer: true });
  const questionIds = new Set<string>();
  (check.array(report.questions, 'report.questions', { max: 100 }) ?? []).forEach((value, i) => {
    const path = `report.questions[${i}]`;
    const q = check.fields(value, path, ['id', 'label', 'points']);
    const id = check.string(q?.id, `${path}.id`, { nonEmpty: true, max: LIMITS.name });
    if (id !== undefined) questionIds.add(id);
    check.string(q?.label, `${path}.label`, { max: 500 });
    check.number(q?.points, `${path}.points`, { min: 3, max: 10, integer: true });
  });
  const choiceOptions = new Map<string, number>();
  (check.array(report.choices, 'report.choices', { max: 100 }) ?? []).forEach((value, i) => {
    const path = `report.choices[${i}]`;
    const q = check.fields(value, path, ['id', 'label', 'options']);
    const id = check.string(q?.id, `${path}.id`, { nonEmpty: true, max: LIMITS.name });
    if (id !== undefined && (questionIds.has(id) || choiceOptions.has(id))) check.fail(`${path}.id`, `"${id}" appears twice`);
    check.string(q?.label, `${path}.label`, { max: 500 });
    const options = check.array(q?.options, `${path}.options`, { max: 20 }) ?? [];
    options.forEach((option, j) => check.string(option, `${path}.options[${j}]`, { nonEmpty: true, max: 200 }));
    if (id !== undefined) choiceOptions.set(id, options.length);
  });
  const codes = new Set<string>();
  (check.array(report.members, 'report.members') ?? []).forEach((value, i) => {
    const path = `report.members[${i}]`;
    const m = check.fields(value, path, ['code', 'joined', 'left']);
    const code = check.code(m?.code, `${path}.code`);
    if (code !== undefined && codes.has(code)) check.fail(`${path}.code`, `"${code}" appears twice`);
    if (code !== undefined) codes.add(code);
    check.day(m?.joined, `${path}.joined`);
    check.nullable(m?.left, (v) => check.day(v, `${path}.left`));
  });
  (check.array(report.meetings, 'report.meetings') ?? []).forEach((value, i) => {
    const path = `report.meetings[${i}]`;
    const m = check.fields(value, path, ['day', 'status', 'facilitator', 'attendance', 'plannedMinutes', 'usedMinutes', 'largestShareRatio', 'feedback']);
    if (!m) return;
    check.day(m.day, `${path}.day`);
    check.oneOf(m.status, `${path}.status`, ['ended', 'abandoned'] as const);
    check.nullable(m.facilitator, (v) => check.code(v, `${path}.facilitator`, codes));
    const came = new Set<string>();
    (check.array(m.attendance, `${path}.attendance`) ?? []).forEach((entry, j) => {
      const where = `${path}.attendance[${j}]`;
      const a = check.fields(entry, where, ['member', 'late', 'leftEarly']);
      const code = check.code(a?.member, `${where}.member`, codes);
      if (code !== undefined && came.has(code)) check.fail(`${where}.member`, `"${code}" appears twice`);
      if (code !== undefined) came.add(code);
      check.boolean(a?.late, `${where}.late`);
      check.boolean(a?.leftEarly, `${where}.leftEarly`);
    });
    for (const field of ['plannedMinutes', 'usedMinutes'] as const) check.nullable(m[field], (v) => check.number(v, `${path}.${field}`, { min: 0, max: 24 * 60 }));
    check.nullable(m.largestShareRatio, (v) => check.number(v, `${path}.largestShareRatio`, { min: 0, max: 1000 }));
    const feedback = check.nullable(m.feedback, (v) => check.fields(v, `${path}.feedback`, ['responses', 'answered', 'means', 'tallies']));
    if (feedback) {
      const responses = check.number(feedback.responses, `${path}.feedback.responses`, { min: 0, integer: true });
      const answered = check.object(feedback.answered, `${path}.feedback.answered`) ?? {};
      for (const [id, count] of Object.entries(answered)) {
        if (!questionIds.has(id) && !choiceOptions.has(id)) check.fail(`${path}.feedback.answered.${id}`, 'is not one of the report’s questions');
        else check.number(count, `${path}.feedback.answered.${id}`, { min: 0, max: responses ?? Infinity, integer: true });
      }
      const means = check.object(feedback.means, `${path}.feedback.means`) ?? {};
      for (const [id, mean] of Object.entries(means)) {
        // Per question: three forms with one answer to an optional question must not publish that answer.
        const count = typeof answered[id] === 'number' ? answered[id] : 0;
        if (!questionIds.has(id)) check.fail(`${path}.feedback.means.${id}`, 'is not one of the report’s questions');
        else if (mean !== null && typeof report.minResponses === 'number' && count < report.minResponses)
          check.fail(`${path}.feedback.means.${id}`, `must be null: ${count} answered this question, fewer than ${String(report.minResponses)}`);
        else check.mean(mean, `${path}.feedback.means.${id}`);
      }
      const tallies = check.object(feedback.tallies, `${path}.feedback.tallies`) ?? {};
      for (const [id, tally] of Object.entries(tallies)) {
        const where = `${path}.feedback.tallies.${id}`;
        const count = typeof answered[id] === 'number' ? answered[id] : 0;
        if (!choiceOptions.has(id)) check.fail(where, 'is not one of the report’s choice questions');
        else if (tally !== null && typeof report.minResponses === 'number' && count < report.minResponses) check.fail(where, `must be null: ${count} answered this question, fewer than ${String(report.minResponses)}`);
        else if (tally !== null) {
          const counts = check.array(tally, where, { max: 20 }) ?? [];
          if (counts.length !== choiceOptions.get(id)) check.fail(where, `expected a count for each of its ${String(choiceOptions.get(id))} options, got ${counts.length}`);
          counts.forEach((n, k) => check.number(n, `${where}[${k}]`, { min: 0, integer: true }));
          const sum = counts.reduce<number>((total, n) => total + (typeof n === 'number' ? n : 0), 0);
          if (sum !== count) check.fail(where, `its counts add up to ${sum}, not the ${count} who answered`);
        }
      }
    }
  });
  return check.result(() => report as unknown as SharedReport);
}
