/**
 * A group's ground rules as data: a working list the group builds and agrees
 * rule by rule, numbered versions it adopts, and who accepted which version.
 * Every function is pure; anything that needs the time takes `now`.
 */
import { ConflictError } from '../store/types.js';
import type { RuleCategory } from './templates.js';

export const RULES_SCHEMA_VERSION = 1;

export type RuleStatus = 'proposed' | 'agreed' | 'not-agreed';
export const RULE_STATUSES: readonly RuleStatus[] = ['proposed', 'agreed', 'not-agreed'];

/** How a group checks agreement: agree / stand aside / block, or fist-to-five (0 is a block). */
export type CheckMethod = 'consent' | 'fist-to-five';
export type ConsentResponse = 'agree' | 'stand-aside' | 'block';
export const CONSENT_RESPONSES: readonly ConsentResponse[] = ['agree', 'stand-aside', 'block'];
export type Response = ConsentResponse | 0 | 1 | 2 | 3 | 4 | 5;

export interface AgreementCheck {
  method: CheckMethod;
  /** Each member's response, by member id (names or initials, as the group chooses). */
  responses: Record<string, Response>;
}

export interface Rule {
  id: string;
  text: string;
  explanation: string;
  category: RuleCategory | null;
  templateId: string | null;
  status: RuleStatus;
  check: AgreementCheck | null;
  /** When the group last decided on this rule. */
  decidedAt: number | null;
}

export interface AdoptedRule {
  id: string;
  text: string;
  explanation: string;
}

export interface RuleVersion {
  number: number;
  adoptedAt: number;
  rules: AdoptedRule[];
}

export interface Acceptance {
  /** A name or initials, as the group chose. */
  who: string;
  /** The version accepted; 0 is consent to confidentiality and its limits before any version was adopted (a first meeting). */
  version: number;
  at: number;
}

export interface RuleSet {
  schemaVersion: typeof RULES_SCHEMA_VERSION;
  rules: Rule[];
  versions: RuleVersion[];
  acceptances: Acceptance[];
}

export function emptyRuleSet(): RuleSet {
  return { schemaVersion: RULES_SCHEMA_VERSION, rules: [], versions: [], acceptances: [] };
}

/** A new rule, proposed; `templateId` names the starter card it came from. */
export const newRule = (id: string, text: string, explanation: string, category: RuleCategory | null, templateId: string | null): Rule => ({
  id,
  text: text.trim(),
  explanation: explanation.trim(),
  category,
  templateId,
  status: 'proposed',
  check: null,
  decidedAt: null,
});

export function addRule(set: RuleSet, id: string, text: string, explanation = '', category: RuleCategory | null = null): RuleSet {
  if (text.trim() === '' || set.rules.some((r) => r.id === id)) return set;
  return { ...set, rules: [...set.rules, newRule(id, text, explanation, category, null)] };
}

/** Rewording a rule makes it a proposal again: the group agreed the old words, not these. */
/**
 * Rewords a rule. With `basedOn` (the wording the person started from), a rule
 * someone else has reworded since is not overwritten: a ConflictError carries
 * both wordings, for the person to choose.
 */
export function editRule(
  set: RuleSet,
  id: string,
  change: { text?: string; explanation?: string },
  basedOn?: { text: string; explanation: string },
): RuleSet {
  const rule = set.rules.find((r) => r.id === id);
  if (!rule) return set;
  const text = change.text?.trim() ?? rule.text;
  const explanation = change.explanation?.trim() ?? rule.explanation;
  if (text === '' || (text === rule.text && explanation === rule.explanation)) return set;
  if (basedOn && (basedOn.text !== rule.text || basedOn.explanation !== rule.explanation)) {
    const number = set.rules.indexOf(rule) + 1;
    throw new ConflictError(`Rule ${number}`, wording(rule), wording({ text, explanation }));
  }
  return replaceRule(set, { ...rule, text, explanation, status: 'proposed', check: null, decidedAt: null });
}

function wording(rule: { text: string; explanation: string }): string {
  return rule.explanation ? `${rule.text} (${rule.explanation})` : rule.text;
}

export function removeRule(set: RuleSet, id: string): RuleSet {
  if (!set.rules.some((r) => r.id === id)) return set;
  return { ...set, rules: set.rules.filter((r) => r.id !== id) };
}

/** Moves a rule up (negative) or down (positive) by steps: reordering without dragging. */
export function moveRule(set: RuleSet, id: string, steps: number): RuleSet {
  const from = set.rules.findIndex((r) => r.id === id);
  if (from === -1) return set;
  const to = Math.max(0, Math.min(set.rules.length - 1, from + steps));
  if (to === from) return set;
  const rules = [...set.rules];
  const [moved] = rules.splice(from, 1);
  rules.splice(to, 0, moved as Rule);
  return { ...set, rules };
}

/** Records one member's response to a rule; changing method starts the check afresh. */
export function respond(set: RuleSet, ruleId: string, memberId: string, method: CheckMethod, response: Response): RuleSet {
  const rule = set.rules.find((r) => r.id === ruleId);
  if (!rule || !responseFits(method, response)) return set;
  const previous = rule.check?.method === method ? rule.check.responses : {};
  return replaceRule(set, { ...rule, check: { method, responses: { ...previous, [memberId]: response } } });
}

export function responseFits(method: CheckMethod, response: Response): boolean {
  return method === 'consent' ? typeof response === 'string' && CONSENT_RESPONSES.includes(response) : typeof response === 'number' && Number.isInteger(response) && response >= 0 && response <= 5;
}

export function isBlock(response: Response): boolean {
  return response === 'block' || response === 0;
}

export interface CheckTally {
  responses: number;
  blocks: number;
  standAsides: number;
  /** For fist-to-five: the lowest and the mean; null for consent. */
  lowest: number | null;
  mean: number | null;
  /** Consensus: at least one response and no block. */
  consensus: boolean;
}

export function tallyCheck(check: AgreementCheck | null): CheckTally {
  const values = Object.values(check?.responses ?? {});
  const numbers = values.filter((v): v is 0 | 1 | 2 | 3 | 4 | 5 => typeof v === 'number');
  const blocks = values.filter(isBlock).length;
  return {
    responses: values.length,
    blocks,
    standAsides: values.filter((v) => v === 'stand-aside').length,
    lowest: numbers.length > 0 ? Math.min(...numbers) : null,
    mean: numbers.length > 0 ? numbers.reduce<number>((a, b) => a + b, 0) / numbers.length : null,
    consensus: values.length > 0 && blocks === 0,
  };
}

/** Closes the check on a rule: agreed by consensus (no block), otherwise not agreed. */
export function decide(set: RuleSet, ruleId: string, now: number): RuleSet {
  const rule = set.rules.find((r) => r.id === ruleId);
  if (!rule?.check || Object.keys(rule.check.responses).length === 0) return set;
  return replaceRule(set, { ...rule, status: tallyCheck(rule.check).consensus ? 'agreed' : 'not-agreed', decidedAt: now });
}

/**
 * The quick way: every member who has not answered on a rule still to be decided
 * agrees (consent) or shows five fingers; the answers already given (the
 * exceptions: a stand-aside, a block, a three) stay; then every such rule is decided.
 */
export function agreeAll(set: RuleSet, memberIds: readonly string[], method: CheckMethod, now: number): RuleSet {
  const full: Response = method === 'consent' ? 'agree' : 5;
  let next = set;
  for (const rule of set.rules) {
    if (rule.status === 'agreed' || rule.status === 'not-agreed') continue;
    const given = rule.check?.method === method ? rule.check.responses : {};
    for (const member of memberIds) if (!(member in given)) next = respond(next, rule.id, member, method, full);
    next = decide(next, rule.id, now);
  }
  return next;
}

/** True when adoptVersion would make a new version: some rule is agreed and the agreed set differs from the current one. */
export function canAdopt(set: RuleSet): boolean {
  return adoptVersion(set, 0) !== set;
}

export function currentVersion(set: RuleSet): RuleVersion | undefined {
  return set.versions.at(-1);
}

/**
 * Adopts the agreed rules, in order, as the next numbered version. Nothing
 * happens when no rule is agreed or the agreed set is the current version.
 */
export function adoptVersion(set: RuleSet, now: number): RuleSet {
  const rules = set.rules.filter((r) => r.status === 'agreed').map(({ id, text, explanation }) => ({ id, text, explanation }));
  const current = currentVersion(set);
  if (rules.length === 0 || (current && JSON.stringify(current.rules) === JSON.stringify(rules))) return set;
  const version: RuleVersion = { number: (current?.number ?? 0) + 1, adoptedAt: now, rules };
  return { ...set, versions: [...set.versions, version] };
}

export interface VersionDiff {
  added: AdoptedRule[];
  removed: AdoptedRule[];
  changed: { before: AdoptedRule; after: AdoptedRule }[];
  /** Kept rules whose place in the order changed. */
  moved: AdoptedRule[];
}

export function diffVersions(before: RuleVersion, after: RuleVersion): VersionDiff {
  const old = new Map(before.rules.map((r) => [r.id, r]));
  const kept = after.rules.filter((r) => old.has(r.id));
  const keptBefore = before.rules.filter((r) => after.rules.some((a) => a.id === r.id));
  return {
    added: after.rules.filter((r) => !old.has(r.id)),
    removed: before.rules.filter((r) => !after.rules.some((a) => a.id === r.id)),
    changed: kept.flatMap((r) => {
      const was = old.get(r.id) as AdoptedRule;
      return was.text !== r.text || was.explanation !== r.explanation ? [{ before: was, after: r }] : [];
    }),
    moved: kept.filter((r, i) => keptBefore[i]?.id !== r.id),
  };
}

/** A member (new or returning) accepts the current version. */
export function acceptRules(set: RuleSet, who: string, now: number): RuleSet {
  const version = currentVersion(set);
  const name = who.trim();
  if (!version || name === '') return set;
  if (set.acceptances.some((a) => a.who === name && a.version === version.number)) return set;
  return { ...set, acceptances: [...set.acceptances, { who: name, version: version.number, at: now }] };
}

/**
 * A member consents to confidentiality and its limits: recorded with the day and the
 * version then in force (0 before the first is adopted, as at a first meeting).
 */
export function giveConsent(set: RuleSet, who: string, now: number): RuleSet {
  const name = who.trim();
  const version = currentVersion(set)?.number ?? 0;
  if (name === '' || set.acceptances.some((a) => a.who === name && a.version === version)) return set;
  return { ...set, acceptances: [...set.acceptances, { who: name, version, at: now }] };
}

/** The confidentiality rules to consent to: those of the current version, else of the draft. */
export function confidentialityRules(set: RuleSet): { text: string; explanation: string }[] {
  const ids = new Set(set.rules.filter((r) => r.category === 'confidentiality').map((r) => r.id));
  const version = currentVersion(set);
  return version ? version.rules.filter((r) => ids.has(r.id)) : set.rules.filter((r) => ids.has(r.id));
}

/** Who has consented under the version in force now (0 before any). */
export function consentedNow(set: RuleSet): Acceptance[] {
  const version = currentVersion(set)?.number ?? 0;
  return set.acceptances.filter((a) => a.version === version);
}

/** Who has accepted the current version. */
export function acceptedCurrent(set: RuleSet): Acceptance[] {
  const version = currentVersion(set);
  return version ? set.acceptances.filter((a) => a.version === version.number) : [];
}

function replaceRule(set: RuleSet, rule: Rule): RuleSet {
  return { ...set, rules: set.rules.map((r) => (r.id === rule.id ? rule : r)) };
}
