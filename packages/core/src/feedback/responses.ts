/**
 * Responses and results. Anonymous by default: no member id, and the time
 * kept only to the day. Breakdowns stay hidden until enough people answered,
 * so an answer cannot be traced to a person.
 */
import { localDay } from '../internal/days.js';
import { cleanAnswers, validateAnswers, type Answers, type FeedbackForm, type FormQuestion, type ValidationProblems } from './form.js';

export const RESPONSES_SCHEMA_VERSION = 1;
export const DEFAULT_MIN_RESPONSES = 3;

export interface FeedbackResponse {
  id: string;
  /**
   * The day only (YYYY-MM-DD, UTC), never the time of day: it only pairs an
   * answer kept without its meeting with that meeting. Days shown are the
   * meeting's, in the group's time zone.
   */
  day: string;
  answers: Answers;
  /** Only when the group chose named feedback. */
  memberId?: string;
  /** The meeting it was given at (its start, as the group record keeps it): shared by every answer of that meeting, so it says nothing of who. */
  meetingAt?: number;
}

export interface ResponseLog {
  schemaVersion: typeof RESPONSES_SCHEMA_VERSION;
  formId: string;
  responses: FeedbackResponse[];
}

export function emptyLog(formId: string): ResponseLog {
  return { schemaVersion: RESPONSES_SCHEMA_VERSION, formId, responses: [] };
}

/** The day of an instant in a time zone (a group's); UTC when none is given. */
export function dayOf(now: number, timeZone = 'UTC'): string {
  return localDay(now, timeZone);
}

export type SubmitResult = { ok: true; log: ResponseLog; response: FeedbackResponse } | { ok: false; problems: ValidationProblems };

/** Validates and stores a response; nothing is stored when any answer has a problem. */
export function submitResponse(
  log: ResponseLog,
  form: FeedbackForm,
  answers: Answers,
  now: number,
  id: string,
  { memberId, meetingAt }: { memberId?: string | undefined; meetingAt?: number | undefined } = {},
): SubmitResult {
  const problems = validateAnswers(form, answers);
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  const response: FeedbackResponse = {
    id,
    day: dayOf(now),
    answers: cleanAnswers(form, answers),
    ...(memberId ? { memberId } : {}),
    ...(meetingAt !== undefined ? { meetingAt } : {}),
  };
  return { ok: true, response, log: { ...log, responses: [...log.responses, response] } };
}

/** Adds a response once: a response already in the log (the same id) is not added again. */
export function addResponse(log: ResponseLog, response: FeedbackResponse): ResponseLog {
  if (log.responses.some((r) => r.id === response.id)) return log;
  return { ...log, responses: [...log.responses, response] };
}

export type ResponseImport = { ok: true; log: ResponseLog; added: number; alreadyHere: number } | { ok: false; errors: string[] };

/**
 * Brings responses from a file into a log: the file must be for the same form,
 * and a named response never enters anonymous feedback. Responses already here
 * (the same id) are skipped, so importing a file twice adds nothing the second time.
 */
export function importResponses(log: ResponseLog, incoming: ResponseLog, { named = false } = {}): ResponseImport {
  const errors: string[] = [];
  if (log.formId && incoming.formId !== log.formId) {
    errors.push(`responses.formId: these answers are to the form "${incoming.formId}", not to this one ("${log.formId}")`);
  }
  if (!named) {
    incoming.responses.forEach((r, i) => {
      if (r.memberId !== undefined) errors.push(`responses.responses[${i}].memberId: this feedback is anonymous; a named response cannot be added`);
    });
  }
  if (errors.length > 0) return { ok: false, errors };
  const here = new Set(log.responses.map((r) => r.id));
  const fresh = incoming.responses.filter((r) => !here.has(r.id));
  return {
    ok: true,
    log: fresh.length === 0 ? log : { ...log, formId: log.formId || incoming.formId, responses: [...log.responses, ...fresh] },
    added: fresh.length,
    alreadyHere: incoming.responses.length - fresh.length,
  };
}

export type QuestionResult =
  | { questionId: string; label: string; type: 'scale'; answered: number; points: number; mean: number | null; distribution: number[] | null }
  | { questionId: string; label: string; type: 'single' | 'multiple' | 'yes-no'; answered: number; tallies: { option: string; count: number }[] | null }
  | { questionId: string; label: string; type: 'short-text' | 'long-text'; answered: number; texts: string[] | null };

export interface FormResults {
  responses: number;
  /** False while fewer than `minResponses` answered: breakdowns are null. */
  breakdownsShown: boolean;
  minResponses: number;
  questions: QuestionResult[];
}

export function formResults(form: FeedbackForm, responses: readonly FeedbackResponse[], minResponses = DEFAULT_MIN_RESPONSES): FormResults {
  const shown = responses.length >= minResponses;
  return {
    responses: responses.length,
    breakdownsShown: shown,
    minResponses,
    questions: form.questions.map((q) => questionResult(q, responses, shown, minResponses)),
  };
}

/**
 * A question's breakdown shows only when the form's does and at least the
 * minimum answered that question: three forms with one answer to an optional
 * question would otherwise show that one person's answer.
 */
function questionResult(question: FormQuestion, responses: readonly FeedbackResponse[], formShown: boolean, minResponses: number): QuestionResult {
  const answers = responses.map((r) => r.answers[question.id]).filter((a) => a !== undefined);
  const shown = formShown && answers.length >= minResponses;
  const base = { questionId: question.id, label: question.label, answered: answers.length };
  switch (question.type) {
    case 'scale': {
      const values = answers.filter((a): a is number => typeof a === 'number');
      const distribution = Array.from({ length: question.points }, (_, i) => values.filter((v) => v === i + 1).length);
      return {
        ...base,
        type: 'scale',
        points: question.points,
        mean: shown && values.length > 0 ? values.reduce((a, b) => a + b, 0) / values.length : null,
        distribution: shown ? distribution : null,
      };
    }
    case 'single':
    case 'multiple':
    case 'yes-no': {
      const options = 'options' in question ? question.options : ['yes', 'no'];
      const picked = answers.flatMap((a) => (Array.isArray(a) ? a : typeof a === 'boolean' ? [a ? 'yes' : 'no'] : [String(a)]));
      return { ...base, type: question.type, tallies: shown ? options.map((option) => ({ option, count: picked.filter((p) => p === option).length })) : null };
    }
    case 'short-text':
    case 'long-text':
      return { ...base, type: question.type, texts: shown ? answers.filter((a): a is string => typeof a === 'string') : null };
  }
}

export interface TrendPoint {
  day: string;
  /** The meeting, when the answers were linked to one; null for answers kept by day only (before meetings were linked). */
  meetingAt: number | null;
  responses: number;
  /** Mean of each scale question at that meeting (null below the minimum), by question id. */
  means: Record<string, number | null>;
}

/** Scale means meeting by meeting, for the same form over time: answers linked to a meeting group by it (two meetings on one day stay two), older ones by day. */
export function trend(form: FeedbackForm, responses: readonly FeedbackResponse[], minResponses = DEFAULT_MIN_RESPONSES, timeZone = 'UTC'): TrendPoint[] {
  const groups = new Map<string, { day: string; meetingAt: number | null; responses: FeedbackResponse[] }>();
  for (const r of responses) {
    const key = r.meetingAt !== undefined ? `m${r.meetingAt}` : `d${r.day}`;
    const entry = groups.get(key) ?? { day: r.meetingAt !== undefined ? dayOf(r.meetingAt, timeZone) : r.day, meetingAt: r.meetingAt ?? null, responses: [] };
    entry.responses.push(r);
    groups.set(key, entry);
  }
  return [...groups.values()]
    .sort((a, b) => a.day.localeCompare(b.day) || (a.meetingAt ?? 0) - (b.meetingAt ?? 0))
    .map(({ day, meetingAt, responses: those }) => {
      const results = formResults(form, those, minResponses);
      const means: Record<string, number | null> = {};
      for (const q of results.questions) if (q.type === 'scale') means[q.questionId] = q.mean;
      return { day, meetingAt, responses: those.length, means };
    });
}
