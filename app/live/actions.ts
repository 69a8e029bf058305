/**
 * What members do from their own devices, applied to the meeting's records by the
 * facilitator's device, through the core's own commands (which check every value):
 * a purpose draft's fit, a response to a proposed rule, a check-in mood, and, only
 * on their own turn, a pass or "come back to me". Anyone not here is ignored.
 */
import { defer, giveMood, pass, respond, roundView, setFit, withRound, type CheckinRound, type Purpose, type Response, type RuleSet } from '@peerkit/core';
import type { GivenAction } from '@peerkit/live';

const isScale = (value: number): value is 1 | 2 | 3 | 4 | 5 => Number.isInteger(value) && value >= 1 && value <= 5;

export function applyToPurpose(purpose: Purpose, given: GivenAction, here: ReadonlySet<string>): Purpose {
  const { action, memberId } = given;
  if (action.kind !== 'fit' || !here.has(memberId) || !isScale(action.fit)) return purpose;
  return setFit(purpose, action.draftId, memberId, action.fit);
}

export function applyToRules(rules: RuleSet, given: GivenAction, here: ReadonlySet<string>): RuleSet {
  const { action, memberId } = given;
  if (action.kind !== 'rule' || !here.has(memberId)) return rules;
  const rule = rules.rules.find((r) => r.id === action.ruleId && r.status === 'proposed');
  // respond() refuses a response that does not fit the method (a 7, or "maybe").
  return rule ? respond(rules, rule.id, memberId, rule.check?.method ?? 'consent', action.response as Response) : rules;
}

export function applyToCheckin(checkin: CheckinRound, given: GivenAction, here: ReadonlySet<string>, now: number): CheckinRound {
  const { action, memberId } = given;
  if (!here.has(memberId)) return checkin;
  if (action.kind === 'mood') return isScale(action.mood) ? giveMood(checkin, memberId, action.mood) : checkin;
  if (action.kind !== 'pass' && action.kind !== 'come-back') return checkin;
  // Only the person whose turn it is passes or asks to come back, and only on their turn.
  if (roundView(checkin.round, now).speaker?.memberId !== memberId) return checkin;
  return withRound(checkin, (round) => (action.kind === 'pass' ? pass(round, now, memberId) : defer(round, now)));
}
