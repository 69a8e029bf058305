import { expect } from '@esm-bundle/chai';
import {
  createRound,
  emptyGuidance,
  emptyHandOver,
  parseGroupGuidance,
  setCrisisPlan,
  setSituationNote,
  handOverFor,
  parseHandOver,
  writeHandOver,
  type HandOver,
  next,
  pass,
  promptsFor,
  roundPromptSignals,
  situationsFor,
  SITUATION_IDS,
  SITUATIONS,
  start,
  type MeetingSignals,
  muteSituation,
  migrateGuidanceV1,
} from '@peerkit/core';
import { throughAFile } from '../fixtures.js';

const T0 = Date.UTC(2026, 11, 7, 18);
const calm: MeetingSignals = { spokenMs: [], silentPasses: 0, lateArrival: false, newMember: false, sectionOverMs: 0, crisisOpened: false, reviewUnderWay: false };

describe('guidance: the hard moments', () => {
  it('has every situation, each complete in English and Spanish: what to notice, two or three things to try, what to do afterwards', () => {
    expect(SITUATIONS.map((s) => s.id)).to.deep.equal([...SITUATION_IDS]);
    expect(SITUATIONS.length).to.be.at.least(15);
    for (const s of SITUATIONS) {
      for (const lang of ['en', 'es'] as const) {
        const text = s.text[lang];
        expect(text.title.trim(), `${s.id} ${lang} title`).to.not.equal('');
        expect(text.notice.trim(), `${s.id} ${lang} notice`).to.not.equal('');
        expect(text.afterwards.trim(), `${s.id} ${lang} afterwards`).to.not.equal('');
        expect(text.try.length, `${s.id} ${lang} things to try`).to.be.within(2, 3);
        for (const line of [text.title, text.notice, text.afterwards, ...text.try]) expect(line, `${s.id} ${lang}`).to.not.match(/TODO|\{|\}|^\s|\s$/);
      }
      // Written in each language, not left in English.
      expect(s.text.es.title, s.id).to.not.equal(s.text.en.title);
      expect(s.text.es.try.join(' '), s.id).to.not.equal(s.text.en.try.join(' '));
    }
  });

  it('lists crisis first, then what most often comes up in the section under way', () => {
    const sharing = situationsFor('sharing').map((s) => s.id);
    expect(sharing[0]).to.equal('crisis');
    const firstOthers = sharing.findIndex((id) => !SITUATIONS.find((s) => s.id === id)?.sections.includes('sharing') && id !== 'crisis');
    expect(sharing.slice(1, firstOthers).every((id) => SITUATIONS.find((s) => s.id === id)?.sections.includes('sharing'))).to.equal(true);
    expect(sharing.slice(1, firstOthers)).to.include.members(['dominating', 'advice-giving', 'crosstalk']);
    expect(situationsFor(null).map((s) => s.id)).to.have.length(SITUATIONS.length);
  });

  it('prompts when one voice has had far over its share: 60% of the time spoken does, 40% does not', () => {
    const minutes = (...m: number[]) => m.map((x) => x * 60_000);
    expect(promptsFor({ ...calm, spokenMs: minutes(6, 2, 2) })).to.deep.equal(['dominating']);
    expect(promptsFor({ ...calm, spokenMs: minutes(4, 3, 3) })).to.deep.equal([]);
    // Too early to tell, or only two people.
    expect(promptsFor({ ...calm, spokenMs: minutes(1.2, 0.4, 0.4) })).to.deep.equal([]);
    expect(promptsFor({ ...calm, spokenMs: minutes(6, 4) })).to.deep.equal([]);
  });

  it('prompts on exactly their signals, crisis first', () => {
    expect(promptsFor(calm)).to.deep.equal([]);
    expect(promptsFor({ ...calm, silentPasses: 2 })).to.deep.equal([]);
    expect(promptsFor({ ...calm, silentPasses: 3 })).to.deep.equal(['quiet']);
    expect(promptsFor({ ...calm, lateArrival: true })).to.deep.equal(['late-arrival']);
    expect(promptsFor({ ...calm, newMember: true })).to.deep.equal(['new-member']);
    expect(promptsFor({ ...calm, sectionOverMs: 4 * 60_000 })).to.deep.equal([]);
    expect(promptsFor({ ...calm, sectionOverMs: 5 * 60_000 })).to.deep.equal(['losing-focus']);
    expect(promptsFor({ ...calm, crisisOpened: true, lateArrival: true })).to.deep.equal(['crisis', 'late-arrival']);
    // The group's stage comes up when the purpose is reviewed, after anything more pressing.
    expect(promptsFor({ ...calm, reviewUnderWay: true })).to.deep.equal(['group-stage']);
    expect(promptsFor({ ...calm, reviewUnderWay: true, silentPasses: 3 })).to.deep.equal(['quiet', 'group-stage']);
  });

  it('reads a round\'s signals: time spoken by each, and who passed without speaking since', () => {
    let round = start(createRound({ members: ['Ana', 'Ben', 'Cy', 'Dee', 'Eli'], timing: { mode: 'each', eachMs: 300_000 } }), T0);
    round = next(round, T0 + 240_000); // Ana spoke four minutes
    round = pass(round, T0 + 240_000); // Ben
    round = pass(round, T0 + 240_000); // Cy
    const now = T0 + 250_000;
    const signals = roundPromptSignals(round, now);
    const spoken = Object.fromEntries(round.speakers.map((s, i) => [s.name, signals.spokenMs[i]]));
    expect(spoken).to.deep.equal({ Ana: 240_000, Ben: 0, Cy: 0, Dee: 10_000, Eli: 0 });
    expect(signals.silentPasses).to.equal(2);
    round = pass(round, T0 + 260_000); // Dee had begun: she spoke, so hers is not a silent pass
    round = pass(round, T0 + 260_000); // Eli
    expect(roundPromptSignals(round, T0 + 260_000).silentPasses).to.equal(3);
    // Ana's four minutes are most of the time spoken too.
    expect(promptsFor({ ...calm, ...roundPromptSignals(round, T0 + 260_000) })).to.deep.equal(['dominating', 'quiet']);
  });
});

describe('hand-over: from one rotating facilitator to the next', () => {
  const WEEK = 7 * 86_400_000;

  it('keeps one note a meeting, rewritten in place; a note with nothing in it is removed; the next meeting sees the newest words', () => {
    let handOver = writeHandOver(emptyHandOver(), T0, { howItWent: 4, carryOver: '  Start on time; the room is booked until 8.  ' }, T0 + 5400_000);
    handOver = writeHandOver(handOver, T0 + WEEK, { howItWent: 2, carryOver: '' }, T0 + WEEK + 5400_000);
    expect(handOver.notes.map((n) => [n.meetingAt, n.howItWent, n.carryOver])).to.deep.equal([
      [T0, 4, 'Start on time; the room is booked until 8.'],
      [T0 + WEEK, 2, ''],
    ]);
    // The second meeting said nothing to carry over: the third sees the first's words.
    expect(handOverFor(handOver, T0 + 2 * WEEK)?.carryOver).to.equal('Start on time; the room is booked until 8.');
    expect(handOverFor(handOver, T0)).to.equal(undefined);
    handOver = writeHandOver(handOver, T0, { howItWent: 5, carryOver: 'Ask about the new venue.' }, T0 + 6000_000);
    expect(handOver.notes.length).to.equal(2);
    expect(handOverFor(handOver, T0 + 2 * WEEK)?.carryOver).to.equal('Ask about the new venue.');
    expect(writeHandOver(handOver, T0 + WEEK, { howItWent: null, carryOver: ' ' }, T0).notes.map((n) => n.meetingAt)).to.deep.equal([T0]);
    expect(parseHandOver(JSON.parse(JSON.stringify(handOver)))).to.deep.equal({ ok: true, value: handOver });
  });

  it('refuses a malformed record, naming each problem', () => {
    const bad = { schemaVersion: 1, notes: [{ meetingAt: T0, writtenAt: T0, howItWent: 9, carryOver: 'x' }, { meetingAt: T0, writtenAt: T0, howItWent: null, carryOver: 3 }] };
    expect(parseHandOver(bad)).to.deep.equal({
      ok: false,
      errors: ['handover.notes[0].howItWent: must be at most 5, got 9', 'handover.notes[1].meetingAt: a second note about the same meeting', 'handover.notes[1].carryOver: expected text, got 3'],
    });
  });

  it('travels with the group: exported and brought back with its other records', async () => {
    const back = await throughAFile<HandOver>('handover', writeHandOver(emptyHandOver(), T0, { howItWent: 3, carryOver: 'Bring the rules sheet.' }, T0));
    expect(back?.notes[0]?.carryOver).to.equal('Bring the rules sheet.');
  });
});

describe('a group\'s own plan for the hard moments', () => {
  it('keeps the crisis plan one step a line (blank lines dropped, at most twelve) and the group\'s own notes, and travels with the group', async () => {
    let guidance = setCrisisPlan(emptyGuidance(), '  Sam stays with the person \n\nJo calls the crisis line\nThe facilitator tells the coordinator the same day\n');
    expect(guidance.crisisPlan).to.deep.equal(['Sam stays with the person', 'Jo calls the crisis line', 'The facilitator tells the coordinator the same day']);
    expect(setCrisisPlan(guidance, Array.from({ length: 20 }, (_, i) => `Step ${i}`).join('\n')).crisisPlan).to.have.length(12);
    guidance = setSituationNote(guidance, 'late-arrival', 'The door locks at 7: someone waits downstairs until 7:15.');
    expect(setSituationNote(guidance, 'late-arrival', ' ').notes).to.deep.equal({});
    expect(parseGroupGuidance(JSON.parse(JSON.stringify(guidance)))).to.deep.equal({ ok: true, value: guidance });
    expect(parseGroupGuidance({ ...guidance, notes: { 'made-up': 'x' }, crisisPlan: [''] })).to.deep.equal({
      ok: false,
      errors: ['guidance.crisisPlan[0]: must not be empty', 'guidance.notes.made-up: is not a situation PeerKit knows'],
    });
    expect(await throughAFile('guidance', guidance)).to.deep.equal(guidance);
  });

  it('keeps the prompts the group turned off with the group (ids, never names); a record from before has none', () => {
    let guidance = muteSituation(muteSituation(emptyGuidance(), 'late-arrival'), 'quiet');
    expect(muteSituation(guidance, 'late-arrival').muted, 'once each').to.deep.equal(['quiet', 'late-arrival']);
    guidance = muteSituation(guidance, 'quiet', false);
    expect(guidance.muted).to.deep.equal(['late-arrival']);
    expect(parseGroupGuidance({ ...guidance, muted: ['late-arrival', 'late-arrival', 'Ana'] })).to.deep.equal({
      ok: false,
      errors: ['guidance.muted[1]: "late-arrival" appears twice', 'guidance.muted[2]: expected one of ' + SITUATION_IDS.map((id) => `"${id}"`).join(', ') + ', got "Ana"'],
    });
    const before = { schemaVersion: 1, crisisPlan: ['Sam stays'], notes: {} };
    expect(parseGroupGuidance(migrateGuidanceV1(before))).to.deep.equal({ ok: true, value: { schemaVersion: 2, crisisPlan: ['Sam stays'], notes: {}, muted: [] } });
  });
});
