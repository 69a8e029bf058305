/** Validates stored or imported purpose records, naming each problem. */
import { Checker, type ParseResult } from '../internal/validate.js';
import { PURPOSE_SCHEMA_VERSION, REVIEW_OUTCOMES, type Purpose } from './purpose.js';

const MAX_TEXT = 2000;

export function parsePurpose(input: unknown): ParseResult<Purpose> {
  const check = new Checker();
  const purpose = check.object(input, 'purpose');
  if (!purpose) return check.result(() => input as Purpose);
  if (purpose.schemaVersion !== PURPOSE_SCHEMA_VERSION) {
    check.fail('purpose.schemaVersion', `expected ${PURPOSE_SCHEMA_VERSION}, got ${String(purpose.schemaVersion)}`);
  }
  check.oneOf(purpose.lang, 'purpose.lang', ['en', 'es'] as const);
  const text = (value: unknown, path: string) => {
    const words = check.string(value, path, { nonEmpty: true });
    if (words !== undefined && words.length > MAX_TEXT) check.fail(path, `is ${words.length} characters; at most ${MAX_TEXT}`);
  };
  const ids = (kind: string) => {
    const seen = new Set<string>();
    return (id: unknown, path: string) => {
      const value = check.string(id, path, { nonEmpty: true });
      if (value !== undefined && seen.has(value)) check.fail(path, `${kind} "${value}" appears twice`);
      if (value !== undefined) seen.add(value);
    };
  };
  const contributionId = ids('contribution');
  (check.array(purpose.contributions, 'purpose.contributions') ?? []).forEach((value, i) => {
    const path = `purpose.contributions[${i}]`;
    const c = check.object(value, path);
    if (!c) return;
    contributionId(c.id, `${path}.id`);
    check.nullable(c.memberId, (v) => check.string(v, `${path}.memberId`, { nonEmpty: true }));
    text(c.text, `${path}.text`);
    check.number(c.at, `${path}.at`, { min: 0 });
  });
  const draftId = ids('draft');
  (check.array(purpose.drafts, 'purpose.drafts') ?? []).forEach((value, i) => {
    const path = `purpose.drafts[${i}]`;
    const d = check.object(value, path);
    if (!d) return;
    draftId(d.id, `${path}.id`);
    text(d.text, `${path}.text`);
    check.oneOf(d.source, `${path}.source`, ['suggested', 'facilitator'] as const);
    for (const [member, fit] of Object.entries(check.object(d.fit, `${path}.fit`) ?? {})) {
      check.number(fit, `${path}.fit.${member}`, { min: 1, max: 5, integer: true });
    }
  });
  check.nullable(purpose.adopted, (v) => {
    const adopted = check.object(v, 'purpose.adopted');
    if (adopted) {
      text(adopted.text, 'purpose.adopted.text');
      check.number(adopted.at, 'purpose.adopted.at', { min: 0 });
    }
    return adopted;
  });
  check.number(purpose.reviewAfterMeetings, 'purpose.reviewAfterMeetings', { min: 1, max: 520, integer: true });
  check.number(purpose.meetingsSinceReview, 'purpose.meetingsSinceReview', { min: 0, integer: true });
  (check.array(purpose.reviews, 'purpose.reviews') ?? []).forEach((value, i) => {
    const path = `purpose.reviews[${i}]`;
    const r = check.object(value, path);
    if (!r) return;
    check.number(r.at, `${path}.at`, { min: 0 });
    check.oneOf(r.outcome, `${path}.outcome`, REVIEW_OUTCOMES);
    text(r.statement, `${path}.statement`);
  });
  return check.result(() => purpose as unknown as Purpose);
}
