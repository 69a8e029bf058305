/** Validates a stored or imported rule set whole, naming each problem. */
import { Checker, LIMITS, type ParseResult } from '../internal/validate.js';
import { RULE_CATEGORIES } from './templates.js';
import { RULE_STATUSES, RULES_SCHEMA_VERSION, responseFits, type CheckMethod, type Response, type RuleSet } from './rules.js';

const MAX_TEXT = 1000;

function text(check: Checker, value: unknown, path: string, nonEmpty: boolean): void {
  const words = check.string(value, path, { nonEmpty });
  if (words !== undefined && words.length > MAX_TEXT) check.fail(path, `is ${words.length} characters; at most ${MAX_TEXT}`);
}

export function parseRuleSet(input: unknown): ParseResult<RuleSet> {
  const check = new Checker();
  const set = check.object(input, 'rules');
  if (!set) return check.result(() => input as RuleSet);
  if (set.schemaVersion !== RULES_SCHEMA_VERSION) {
    check.fail('rules.schemaVersion', `expected ${RULES_SCHEMA_VERSION}, got ${String(set.schemaVersion)}`);
  }
  const ids = new Set<string>();
  (check.array(set.rules, 'rules.rules') ?? []).forEach((value, i) => {
    const path = `rules.rules[${i}]`;
    const rule = check.object(value, path);
    if (!rule) return;
    const id = check.string(rule.id, `${path}.id`, { nonEmpty: true });
    if (id !== undefined && ids.has(id)) check.fail(`${path}.id`, `"${id}" appears twice`);
    if (id !== undefined) ids.add(id);
    text(check, rule.text, `${path}.text`, true);
    text(check, rule.explanation, `${path}.explanation`, false);
    check.nullable(rule.category, (v) => check.oneOf(v, `${path}.category`, RULE_CATEGORIES));
    check.nullable(rule.templateId, (v) => check.string(v, `${path}.templateId`, { nonEmpty: true }));
    check.oneOf(rule.status, `${path}.status`, RULE_STATUSES);
    check.nullable(rule.decidedAt, (v) => check.number(v, `${path}.decidedAt`, { min: 0 }));
    check.nullable(rule.check, (v) => {
      const agreement = check.object(v, `${path}.check`);
      if (!agreement) return undefined;
      const method = check.oneOf<CheckMethod>(agreement.method, `${path}.check.method`, ['consent', 'fist-to-five']);
      const responses = check.object(agreement.responses, `${path}.check.responses`) ?? {};
      for (const [member, response] of Object.entries(responses)) {
        if (method && !responseFits(method, response as Response)) {
          const expected = method === 'consent' ? '"agree", "stand-aside" or "block"' : 'a whole number from 0 to 5';
          check.fail(`${path}.check.responses.${member}`, `expected ${expected} for ${method}, got ${JSON.stringify(response)}`);
        }
      }
      return agreement;
    });
  });
  let lastNumber = 0;
  (check.array(set.versions, 'rules.versions') ?? []).forEach((value, i) => {
    const path = `rules.versions[${i}]`;
    const version = check.object(value, path);
    if (!version) return;
    const number = check.number(version.number, `${path}.number`, { min: 1, integer: true });
    if (number !== undefined && number <= lastNumber) check.fail(`${path}.number`, `must be above the one before (${lastNumber})`);
    lastNumber = number ?? lastNumber;
    check.number(version.adoptedAt, `${path}.adoptedAt`, { min: 0 });
    (check.array(version.rules, `${path}.rules`) ?? []).forEach((r, j) => {
      const adopted = check.object(r, `${path}.rules[${j}]`);
      if (!adopted) return;
      check.string(adopted.id, `${path}.rules[${j}].id`, { nonEmpty: true });
      text(check, adopted.text, `${path}.rules[${j}].text`, true);
      text(check, adopted.explanation, `${path}.rules[${j}].explanation`, false);
    });
  });
  (check.array(set.acceptances, 'rules.acceptances') ?? []).forEach((value, i) => {
    const path = `rules.acceptances[${i}]`;
    const acceptance = check.object(value, path);
    if (!acceptance) return;
    check.string(acceptance.who, `${path}.who`, { nonEmpty: true, max: LIMITS.name });
    // 0: consent to confidentiality given before any version was adopted.
    const version = check.number(acceptance.version, `${path}.version`, { min: 0, integer: true });
    if (version !== undefined && version > lastNumber) check.fail(`${path}.version`, `version ${version} was never adopted`);
    check.number(acceptance.at, `${path}.at`, { min: 0 });
  });
  return check.result(() => set as unknown as RuleSet);
}
