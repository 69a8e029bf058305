import { expect } from '@esm-bundle/chai';
import { BUILT_IN_QUESTIONS, RESOURCES_SCHEMA_VERSION, addRule, agendaTemplate, blankResource, createCheckin, createGroup, emptyRuleSet, pauseMeeting, startSection, start, withRound, type ResourceList, toMembers } from '@peerkit/core';
import { stageOf, type MeetingNow } from '../../../app/live/stage.js';

const T0 = Date.UTC(2026, 10, 26, 18);
const group = createGroup('g', 'Tuesday circle', toMembers(['Ana', 'Ben']), T0);
const here = [{ id: 'ana', name: 'Ana' }, { id: 'ben', name: 'Ben' }];
const base: MeetingNow = { group, agenda: undefined, round: undefined, checkin: undefined, rules: undefined, purpose: undefined, here, form: undefined, resources: undefined, helpPushed: 0, claims: {}, answerKey: null, now: T0 };

describe('app: what a live room is shown', () => {
  it('before and between: the group and "soon", nothing else', () => {
    expect(stageOf(base)).to.deep.equal({ group: 'Tuesday circle', lang: 'en', phase: 'soon', section: null, timer: null, checkin: null, rules: null, roster: null, drafts: null, proposals: null, feedback: null, help: { lines: [], pushed: 0 }, claims: {}, answerKey: null });
  });

  it('in every phase: the group’s active crisis lines for every member’s device, without the facilitator’s notes', () => {
    const line = { ...blankResource('line', '2026-11-26'), name: 'Crisis line (invented)', crisis: true, phones: [{ number: '000 111', type: 'hotline' as const }], notes: 'Ask for Jo', hsds: { x: 1 } };
    const resources: ResourceList = { schemaVersion: RESOURCES_SCHEMA_VERSION, resources: [line, { ...line, id: 'closed', status: 'defunct' as const }, { ...line, id: 'food', crisis: false }] };
    for (const agenda of [undefined, startSection(agendaTemplate('regular', 'en'), 'resources', T0), pauseMeeting(startSection(agendaTemplate('regular', 'en'), 'sharing', T0), T0 + 1000)]) {
      const { help } = stageOf({ ...base, agenda, resources, helpPushed: 2, now: T0 + 2000 });
      expect(help.pushed).to.equal(2);
      expect(help.lines.map((r) => r.id)).to.deep.equal(['line']);
      expect(help.lines[0]).not.to.have.property('notes');
      expect(help.lines[0]).not.to.have.property('hsds');
      expect(help.lines[0]?.phones).to.deep.equal([{ number: '000 111', type: 'hotline' }]);
    }
  });

  it('in the check-in: the question and whose turn it is, but a turn only once the round has started', () => {
    const agenda = startSection(agendaTemplate('regular', 'en'), 'checkin', T0);
    const checkin = createCheckin({ members: ['Ana', 'Ben'], question: BUILT_IN_QUESTIONS[0]!, mood: true });
    const before = stageOf({ ...base, agenda, checkin });
    expect(before.checkin).to.deep.include({ speakerId: null, mood: true });
    expect(before.roster).to.deep.equal(here);
    const running = stageOf({ ...base, agenda, checkin: withRound(checkin, (round) => start(round, T0)), now: T0 + 1000 });
    expect(running.checkin).to.deep.include({ speaker: 'Ana', speakerId: 'ana' });
    expect(running.section).to.deep.equal({ title: 'Check-in', tool: 'checkin-round' });
  });

  it('in the rules: those agreed to read, and those proposed to respond to; the feedback form only in its section', () => {
    const agenda = startSection(agendaTemplate('regular', 'en'), 'rules', T0);
    const rules = addRule(emptyRuleSet(), 'r1', 'One person speaks at a time');
    const stage = stageOf({ ...base, agenda, rules });
    expect(stage.rules).to.deep.equal([]);
    expect(stage.proposals).to.deep.equal([{ id: 'r1', text: 'One person speaks at a time', method: 'consent' }]);
    expect(stage.feedback).to.equal(null);
    const feedback = stageOf({ ...base, agenda: startSection(agendaTemplate('regular', 'en'), 'feedback', T0) });
    expect(feedback.feedback?.id).to.equal('end-of-meeting-en');
    expect(feedback.roster).to.equal(null);
  });
});
