import { expect } from '@esm-bundle/chai';
import { BUILT_IN_QUESTIONS, addDraft, addRule, createCheckin, emptyPurpose, emptyRuleSet, roundView, start, withRound } from '@peerkit/core';
import type { GivenAction, MemberAction } from '@peerkit/live';
import { applyToCheckin, applyToPurpose, applyToRules } from '../../../app/live/actions.js';

const T0 = Date.UTC(2026, 10, 26, 18);
const here = new Set(['ana', 'ben']);
const from = (memberId: string, action: MemberAction): GivenAction => ({ id: `${action.kind}-${memberId}`, memberId, deviceId: `device-${memberId}`, action });

describe('app: what members do from their own devices', () => {
  it('records a purpose draft’s fit from someone here, 1 to 5, and nothing else', () => {
    const purpose = addDraft(emptyPurpose('en'), 'd1', 'We listen and share', 'facilitator');
    const fitted = applyToPurpose(purpose, from('ana', { kind: 'fit', draftId: 'd1', fit: 4 }), here);
    expect(fitted.drafts[0]?.fit).to.deep.equal({ ana: 4 });
    expect(applyToPurpose(purpose, from('zed', { kind: 'fit', draftId: 'd1', fit: 4 }), here)).to.equal(purpose);
    expect(applyToPurpose(purpose, from('ben', { kind: 'fit', draftId: 'd1', fit: 7 }), here)).to.equal(purpose);
    expect(applyToPurpose(purpose, from('ben', { kind: 'fit', draftId: 'nope', fit: 3 }), here)).to.equal(purpose);
  });

  it('records a response to a proposed rule in the group’s way of checking, and refuses one that does not fit', () => {
    const rules = addRule(emptyRuleSet(), 'r1', 'One person speaks at a time');
    const agreed = applyToRules(rules, from('ben', { kind: 'rule', ruleId: 'r1', response: 'stand-aside' }), here);
    expect(agreed.rules[0]?.check).to.deep.equal({ method: 'consent', responses: { ben: 'stand-aside' } });
    expect(applyToRules(rules, from('ben', { kind: 'rule', ruleId: 'r1', response: 'maybe' }), here)).to.equal(rules);
    expect(applyToRules(rules, from('zed', { kind: 'rule', ruleId: 'r1', response: 'agree' }), here)).to.equal(rules);
  });

  it('takes a mood once, and a pass or "come back to me" only from the person whose turn it is', () => {
    const question = BUILT_IN_QUESTIONS[0]!;
    const checkin = withRound(createCheckin({ members: ['Ana', 'Ben'], question, mood: true }), (round) => start(round, T0));
    const moody = applyToCheckin(checkin, from('ben', { kind: 'mood', mood: 2 }), here, T0 + 1000);
    expect(moody.mood.counts).to.deep.equal([0, 1, 0, 0, 0]);
    expect(applyToCheckin(moody, from('ben', { kind: 'mood', mood: 5 }), here, T0 + 2000)).to.equal(moody);
    // Ana speaks first: Ben cannot pass for her, nor skip his place from the queue.
    expect(applyToCheckin(checkin, from('ben', { kind: 'pass' }), here, T0 + 1000)).to.equal(checkin);
    const passed = applyToCheckin(checkin, from('ana', { kind: 'pass' }), here, T0 + 1000);
    expect(roundView(passed.round, T0 + 1000).speaker?.memberId).to.equal('ben');
    const deferred = applyToCheckin(checkin, from('ana', { kind: 'come-back' }), here, T0 + 1000);
    expect(deferred.round.speakers.map((s) => s.memberId)).to.deep.equal(['ben', 'ana']);
    expect(applyToCheckin(checkin, from('zed', { kind: 'mood', mood: 3 }), here, T0)).to.equal(checkin);
  });
});
