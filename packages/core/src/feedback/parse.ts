/** Validates forms written by hand as JSON, and stored or imported response logs. */
import { Checker, type ParseResult } from '../internal/validate.js';
import { FORM_SCHEMA_VERSION, QUESTION_TYPES, SHORT_TEXT_MAX, answerProblem, type FeedbackForm, type FormQuestion } from './form.js';
import { RESPONSES_SCHEMA_VERSION, type ResponseLog } from './responses.js';

export function parseForm(input: unknown): ParseResult<FeedbackForm> {
  const check = new Checker();
  const form = check.object(input, 'form');
  if (!form) return check.result(() => input as FeedbackForm);
  if (form.schemaVersion !== FORM_SCHEMA_VERSION) check.fail('form.schemaVersion', `expected ${FORM_SCHEMA_VERSION}, got ${String(form.schemaVersion)}`);
  check.string(form.id, 'form.id', { nonEmpty: true });
  check.string(form.title, 'form.title', { nonEmpty: true });
  check.nullable(form.templateId, (v) => check.string(v, 'form.templateId', { nonEmpty: true }));
  const seen: string[] = [];
  const questions = check.array(form.questions, 'form.questions') ?? [];
  if (Array.isArray(form.questions) && questions.length === 0) check.fail('form.questions', 'needs at least one question');
  questions.forEach((value, i) => {
    const path = `form.questions[${i}]`;
    const q = check.object(value, path);
    if (!q) return;
    const id = check.string(q.id, `${path}.id`, { nonEmpty: true });
    if (id !== undefined && seen.includes(id)) check.fail(`${path}.id`, `"${id}" appears twice`);
    const type = check.oneOf(q.type, `${path}.type`, QUESTION_TYPES);
    check.string(q.label, `${path}.label`, { nonEmpty: true });
    if (q.help !== undefined) check.string(q.help, `${path}.help`);
    check.boolean(q.required, `${path}.required`);
    if (type === 'scale') {
      check.number(q.points, `${path}.points`, { min: 3, max: 10, integer: true });
      check.string(q.lowLabel, `${path}.lowLabel`, { nonEmpty: true });
      check.string(q.highLabel, `${path}.highLabel`, { nonEmpty: true });
    }
    if (type === 'single' || type === 'multiple') {
      const options = check.array(q.options, `${path}.options`) ?? [];
      if (Array.isArray(q.options) && options.length < 2) check.fail(`${path}.options`, 'needs at least two options');
      options.forEach((o, j) => check.string(o, `${path}.options[${j}]`, { nonEmpty: true }));
      if (new Set(options).size !== options.length) check.fail(`${path}.options`, 'has the same option twice');
    }
    if (q.showIf !== undefined) {
      const showIf = check.object(q.showIf, `${path}.showIf`);
      if (showIf) {
        const target = check.string(showIf.questionId, `${path}.showIf.questionId`, { nonEmpty: true });
        if (target !== undefined && !seen.includes(target)) {
          check.fail(`${path}.showIf.questionId`, `"${target}" must be an earlier question`);
        }
        (check.array(showIf.equals, `${path}.showIf.equals`) ?? []).forEach((e, j) => check.string(e, `${path}.showIf.equals[${j}]`));
      }
    }
    if (id !== undefined) seen.push(id);
  });
  return check.result(() => form as unknown as FeedbackForm);
}

/** A stored or imported log, checked against its form: every answer must fit its question. */
export function parseResponseLog(input: unknown, form?: FeedbackForm): ParseResult<ResponseLog> {
  const check = new Checker();
  const log = check.object(input, 'responses');
  if (!log) return check.result(() => input as ResponseLog);
  if (log.schemaVersion !== RESPONSES_SCHEMA_VERSION) {
    check.fail('responses.schemaVersion', `expected ${RESPONSES_SCHEMA_VERSION}, got ${String(log.schemaVersion)}`);
  }
  check.string(log.formId, 'responses.formId', { nonEmpty: true });
  const ids = new Set<unknown>();
  (check.array(log.responses, 'responses.responses') ?? []).forEach((value, i) => {
    const path = `responses.responses[${i}]`;
    const r = check.object(value, path);
    if (!r) return;
    const id = check.string(r.id, `${path}.id`, { nonEmpty: true, max: 200 });
    if (id !== undefined && ids.has(id)) check.fail(`${path}.id`, `"${id.slice(0, 40)}" appears twice`);
    ids.add(id);
    const day = check.string(r.day, `${path}.day`);
    if (day !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(day)) check.fail(`${path}.day`, `expected a day as YYYY-MM-DD (no time), got "${day.slice(0, 30)}"`);
    if (r.memberId !== undefined) check.string(r.memberId, `${path}.memberId`, { nonEmpty: true });
    if (r.meetingAt !== undefined) check.number(r.meetingAt, `${path}.meetingAt`, { min: 0, integer: true });
    const answers = check.object(r.answers, `${path}.answers`) ?? {};
    for (const [qid, answer] of Object.entries(answers)) {
      if (!form) {
        if (typeof answer === 'string' && answer.length > SHORT_TEXT_MAX * 20) check.fail(`${path}.answers.${qid}`, 'is too long');
        continue;
      }
      const question: FormQuestion | undefined = form.questions.find((q) => q.id === qid);
      const problem = question ? answerProblem(question, answer as never) : 'not a question on this form';
      if (problem) check.fail(`${path}.answers.${qid}`, problem);
    }
  });
  return check.result(() => log as unknown as ResponseLog);
}
