/** Validates stored or imported question banks and check-ins, naming each problem. */
import { Checker, type ParseResult } from '../internal/validate.js';
import { parseRound } from '../rounds/index.js';
import { BANK_SCHEMA_VERSION, DEPTHS, GROUP_QUESTION_PREFIX, THEMES, type Question, type QuestionBank } from './bank.js';
import { CHECKIN_SCHEMA_VERSION, type CheckinRound } from './checkin.js';

const MAX_QUESTION_LENGTH = 500;

function checkText(check: Checker, value: unknown, path: string): void {
  const text = check.object(value, path);
  if (!text) return;
  const languages = ['en', 'es'].filter((lang) => text[lang] !== undefined);
  if (languages.length === 0) check.fail(path, 'needs the question in English (en) or Spanish (es)');
  for (const lang of languages) {
    const words = check.string(text[lang], `${path}.${lang}`, { nonEmpty: true });
    if (words !== undefined && words.length > MAX_QUESTION_LENGTH) {
      check.fail(`${path}.${lang}`, `is ${words.length} characters; at most ${MAX_QUESTION_LENGTH}`);
    }
  }
}

function checkQuestion(check: Checker, value: unknown, path: string): void {
  const question = check.object(value, path);
  if (!question) return;
  const id = check.string(question.id, `${path}.id`, { nonEmpty: true });
  if (id !== undefined && !id.startsWith(GROUP_QUESTION_PREFIX)) {
    check.fail(`${path}.id`, `a group question's id starts with "${GROUP_QUESTION_PREFIX}", got "${id}"`);
  }
  check.oneOf(question.depth, `${path}.depth`, DEPTHS);
  (check.array(question.themes, `${path}.themes`) ?? []).forEach((theme, i) => check.oneOf(theme, `${path}.themes[${i}]`, THEMES));
  checkText(check, question.text, `${path}.text`);
  check.oneOf(question.source, `${path}.source`, ['group'] as const);
  if (question.basedOn !== undefined) check.string(question.basedOn, `${path}.basedOn`, { nonEmpty: true });
}

export function parseQuestionBank(input: unknown): ParseResult<QuestionBank> {
  const check = new Checker();
  const bank = check.object(input, 'bank');
  if (!bank) return check.result(() => input as QuestionBank);
  if (bank.schemaVersion !== BANK_SCHEMA_VERSION) {
    check.fail('bank.schemaVersion', `expected ${BANK_SCHEMA_VERSION}, got ${String(bank.schemaVersion)}`);
  }
  const custom = check.array(bank.custom, 'bank.custom') ?? [];
  custom.forEach((q, i) => checkQuestion(check, q, `bank.custom[${i}]`));
  const ids = new Set<string>();
  custom.forEach((q, i) => {
    const id = (q as Partial<Question> | null)?.id;
    if (typeof id !== 'string') return;
    if (ids.has(id)) check.fail(`bank.custom[${i}].id`, `"${id}" appears twice`);
    ids.add(id);
  });
  // Hidden ids are not checked against the built-in texts (which this parser does not
  // load): an id that matches nothing hides nothing.
  (check.array(bank.hidden, 'bank.hidden') ?? []).forEach((id, i) => check.string(id, `bank.hidden[${i}]`, { nonEmpty: true }));
  (check.array(bank.asked, 'bank.asked') ?? []).forEach((entry, i) => {
    const asked = check.object(entry, `bank.asked[${i}]`);
    if (!asked) return;
    check.string(asked.questionId, `bank.asked[${i}].questionId`, { nonEmpty: true });
    check.number(asked.at, `bank.asked[${i}].at`, { min: 0 });
  });
  return check.result(() => bank as unknown as QuestionBank);
}

export function parseCheckin(input: unknown): ParseResult<CheckinRound> {
  const check = new Checker();
  const checkin = check.object(input, 'checkin');
  if (!checkin) return check.result(() => input as CheckinRound);
  if (checkin.schemaVersion !== CHECKIN_SCHEMA_VERSION) {
    check.fail('checkin.schemaVersion', `expected ${CHECKIN_SCHEMA_VERSION}, got ${String(checkin.schemaVersion)}`);
  }
  const question = check.object(checkin.question, 'checkin.question');
  if (question) {
    check.string(question.id, 'checkin.question.id', { nonEmpty: true });
    checkText(check, question.text, 'checkin.question.text');
  }
  const round = parseRound(checkin.round);
  if (!round.ok) for (const error of round.errors) check.errors.push(`checkin.${error}`);
  const memberIds = new Set(round.ok ? round.value.speakers.map((s) => s.memberId) : []);
  const mood = check.object(checkin.mood, 'checkin.mood');
  if (mood) {
    check.boolean(mood.enabled, 'checkin.mood.enabled');
    const named = check.boolean(mood.named, 'checkin.mood.named');
    const counts = check.array(mood.counts, 'checkin.mood.counts') ?? [];
    if (counts.length !== 5) check.fail('checkin.mood.counts', `expected 5 counts (for moods 1 to 5), got ${counts.length}`);
    counts.forEach((n, i) => check.number(n, `checkin.mood.counts[${i}]`, { min: 0, integer: true }));
    const givenBy = check.array(mood.givenBy, 'checkin.mood.givenBy') ?? [];
    givenBy.forEach((id, i) => {
      const text = check.string(id, `checkin.mood.givenBy[${i}]`);
      if (round.ok && text !== undefined && !memberIds.has(text)) check.fail(`checkin.mood.givenBy[${i}]`, `"${text}" is not in the round`);
    });
    const total = counts.reduce<number>((sum, n) => sum + (typeof n === 'number' ? n : 0), 0);
    if (counts.length === 5 && total !== givenBy.length) {
      check.fail('checkin.mood.counts', `add up to ${total}, but ${givenBy.length} members gave a mood`);
    }
    const byMember = check.object(mood.byMember, 'checkin.mood.byMember') ?? {};
    if (named === false && Object.keys(byMember).length > 0) {
      check.fail('checkin.mood.byMember', 'must be empty unless named recording is on');
    }
    for (const [id, value] of Object.entries(byMember)) {
      check.number(value, `checkin.mood.byMember.${id}`, { min: 1, max: 5, integer: true });
    }
  }
  return check.result(() => checkin as unknown as CheckinRound);
}
