import { expect } from '@esm-bundle/chai';
import { AGENDA_TEMPLATE_IDS, addSection, agendaTemplate, moveSection, endMeeting, inProgress, isPaused, pauseMeeting, resumeMeeting, LEFT_OPEN_AFTER_MS, leftOpen, nextSection, parseAgenda, planSection, plannedEnd, removeSection, schedule, skipSection, startSection } from '@peerkit/core';

const T0 = Date.UTC(2026, 10, 24, 18, 0);
const MIN = 60_000;

describe('meeting agenda', () => {
  it('templates add up and parse, in both languages', () => {
    for (const id of AGENDA_TEMPLATE_IDS) {
      for (const lang of ['en', 'es'] as const) expect(parseAgenda(agendaTemplate(id, lang)).ok, `${id} ${lang}`).to.equal(true);
    }
    const regular = agendaTemplate('regular', 'en');
    expect(regular.sections.reduce((sum, s) => sum + s.plannedMs, 0)).to.equal(90 * MIN);
    expect(schedule(regular, T0, T0).sections.map((s) => (s.start - T0) / MIN)).to.deep.equal([0, 5, 20, 25, 70, 75, 85]);
  });

  it('re-flows when a section runs over: the rest moves later, and the time left goes below zero', () => {
    let agenda = startSection(agendaTemplate('regular', 'en'), 'welcome', T0);
    agenda = nextSection(agenda, T0 + 5 * MIN); // check-in starts on time
    const late = schedule(agenda, T0 + 25 * MIN, T0); // check-in planned 15, now at 20
    expect(late.current?.section.id).to.equal('checkin');
    expect(late.currentRemainingMs).to.equal(-5 * MIN);
    expect((late.sections[2]!.start - T0) / MIN).to.equal(25);
    expect(late.lateByMs).to.equal(5 * MIN);
  });

  it('skipping a section gives its time back', () => {
    let agenda = startSection(agendaTemplate('regular', 'en'), 'welcome', T0);
    agenda = nextSection(agenda, T0 + 10 * MIN); // welcome ran 5 over
    agenda = skipSection(agenda, 'rules', T0 + 10 * MIN);
    const plan = schedule(agenda, T0 + 10 * MIN, T0);
    expect(plan.sections.find((s) => s.section.id === 'rules')?.section.status).to.equal('skipped');
    expect(plan.lateByMs).to.equal(0);
    expect((plan.projectedEnd - T0) / MIN).to.equal(90);
  });

  it('skipping the current section moves on, and next after the last ends the meeting', () => {
    let agenda = startSection(agendaTemplate('review', 'en'), 'close', T0);
    agenda = skipSection(agenda, 'close', T0 + MIN);
    expect(agenda.sections.some((s) => s.status === 'current')).to.equal(false);
    agenda = startSection(agendaTemplate('review', 'en'), 'close', T0);
    agenda = nextSection(agenda, T0 + 3 * MIN);
    expect(agenda.sections.at(-1)).to.deep.include({ status: 'done', endedAt: T0 + 3 * MIN });
  });

  it('refuses a plan with two current sections', () => {
    const agenda = agendaTemplate('regular', 'en');
    const bad = { ...agenda, sections: agenda.sections.map((s, i) => (i < 2 ? { ...s, status: 'current', startedAt: T0 } : s)) };
    expect(parseAgenda(bad)).to.deep.equal({ ok: false, errors: ['agenda.sections: 2 sections are current; at most one can be'] });
  });

  it('is planned before it starts: lengths in whole minutes, sections left out; not once started', () => {
    let plan = agendaTemplate('regular', 'en');
    plan = planSection(plan, 'sharing', 30.4 * 60_000);
    plan = planSection(plan, 'welcome', 0);
    plan = removeSection(plan, 'resources');
    expect(plan.sections.map((s) => [s.id, s.plannedMs / 60_000])).to.deep.equal([
      ['welcome', 1],
      ['checkin', 15],
      ['rules', 5],
      ['sharing', 30],
      ['feedback', 10],
      ['close', 5],
    ]);
    expect(inProgress(plan)).to.equal(false);
    const started = startSection(plan, 'welcome', 0);
    expect(inProgress(started)).to.equal(true);
    expect(planSection(started, 'close', 20 * 60_000)).to.equal(started);
    expect(removeSection(started, 'close')).to.equal(started);
    let ended = started;
    for (let i = 0; i < plan.sections.length; i++) ended = nextSection(ended, (i + 1) * 60_000);
    expect(inProgress(ended)).to.equal(false);
  });
});

describe('agenda: the meeting as a whole', () => {
  const T = Date.UTC(2026, 10, 24, 19);
  const running = () => nextSection(startSection(agendaTemplate('regular', 'en'), 'welcome', T), T + 5 * 60_000);

  it('ends the meeting at a given time: the section in progress done then, the rest left out', () => {
    const ended = endMeeting(running(), T + 20 * 60_000);
    expect(inProgress(ended)).to.equal(false);
    expect(ended.sections.map((s) => s.status)).to.deep.equal(['done', 'done', 'skipped', 'skipped', 'skipped', 'skipped', 'skipped']);
    expect(ended.sections[1]?.endedAt).to.equal(T + 20 * 60_000);
    expect(endMeeting(ended, T + 99 * 60_000)).to.equal(ended);
  });

  it('knows the planned end, and a meeting left open long after it', () => {
    const agenda = running();
    expect(plannedEnd(agenda)).to.equal(T + 90 * 60_000);
    expect(leftOpen(agenda, T + 90 * 60_000 + LEFT_OPEN_AFTER_MS)).to.equal(false);
    expect(leftOpen(agenda, T + 90 * 60_000 + LEFT_OPEN_AFTER_MS + 1)).to.equal(true);
    expect(leftOpen(endMeeting(agenda, T + 3600_000), T + 7 * 24 * 3600_000)).to.equal(false);
    expect(plannedEnd(agendaTemplate('regular', 'en'))).to.equal(null);
  });
});

describe('agenda: a pause for the whole meeting', () => {
  const T = Date.UTC(2026, 10, 24, 19);
  it('holds the plan’s clock while paused, and loses no time on resume', () => {
    const running = startSection(agendaTemplate('regular', 'en'), 'welcome', T);
    const paused = pauseMeeting(running, T + 60_000);
    expect(isPaused(paused)).to.equal(true);
    expect(parseAgenda(paused).ok).to.equal(true);
    // Five minutes of break: the welcome still has four minutes left.
    expect(schedule(paused, T + 6 * 60_000).currentRemainingMs).to.equal(4 * 60_000);
    const resumed = resumeMeeting(paused, T + 6 * 60_000);
    expect(isPaused(resumed)).to.equal(false);
    expect(schedule(resumed, T + 6 * 60_000).currentRemainingMs).to.equal(4 * 60_000);
    expect(pauseMeeting(paused, T + 7 * 60_000)).to.equal(paused);
    expect(resumeMeeting(running, T)).to.equal(running);
  });

  it('moving on from a paused meeting resumes it first', () => {
    const paused = pauseMeeting(startSection(agendaTemplate('regular', 'en'), 'welcome', T), T + 60_000);
    const next = nextSection(paused, T + 10 * 60_000);
    expect(isPaused(next)).to.equal(false);
    expect(next.sections[0]?.status).to.equal('done');
    expect(next.sections[1]?.startedAt).to.equal(T + 10 * 60_000);
  });
});

describe('meeting agenda: changing the plan while it runs', () => {
  it('adds a section straight after the one in progress, named and linked to its tool, with a unique id', () => {
    const running = startSection(agendaTemplate('first-meeting', 'en'), 'welcome', T0);
    const added = addSection(running, 'resources', 'en', 5);
    expect(added.sections.map((s) => s.id).slice(0, 3)).to.deep.equal(['welcome', 'resources', 'consent']);
    expect(added.sections[1]).to.deep.equal({ id: 'resources', title: 'Resources', plannedMs: 300_000, tool: 'resource-list', status: 'pending', startedAt: null, endedAt: null });
    const again = addSection(added, 'resources', 'es', 500);
    expect(again.sections[1]).to.deep.include({ id: 'resources-2', title: 'Recursos', plannedMs: 240 * 60_000 });
    expect(schedule(again, T0).plannedEnd).to.equal(schedule(running, T0).plannedEnd + 245 * 60_000);
    // Over, nothing is added.
    const over = endMeeting(again, T0 + 1000);
    expect(addSection(over, 'checkin', 'en', 10)).to.equal(over);
  });

  it('moves a section still to come earlier or later, never past the one in progress', () => {
    const running = startSection(agendaTemplate('regular', 'en'), 'welcome', T0);
    const moved = moveSection(running, 'resources', -1);
    expect(moved.sections.map((s) => s.id)).to.deep.equal(['welcome', 'checkin', 'rules', 'resources', 'sharing', 'feedback', 'close']);
    expect(moveSection(running, 'checkin', -1)).to.equal(running);
    expect(moveSection(running, 'close', 1)).to.equal(running);
    expect(moveSection(running, 'welcome', 1)).to.equal(running);
  });
});
