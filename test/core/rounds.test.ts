import { expect } from '@esm-bundle/chai';
import {
  addTime,
  createRound,
  gini,
  join,
  leave,
  next,
  parseRound,
  pass,
  pause,
  previous,
  reorder,
  reset,
  resume,
  roundSignals,
  roundStats,
  roundView,
  warningsFor,
  start,
  type Round,
} from '@peerkit/core';

const MIN = 60_000;
const T0 = 1_700_000_000_000;

function shared(names: string[], totalMinutes: number, extra: Partial<Parameters<typeof createRound>[0]> = {}): Round {
  return createRound({ members: names, timing: { mode: 'shared', totalMs: totalMinutes * MIN }, ...extra });
}

const allotted = (round: Round) => round.speakers.map((s) => s.allottedMs);

describe('rounds: set-up', () => {
  it('divides a shared total equally, to the millisecond', () => {
    const round = shared(['Ana', 'Ben', 'Chen'], 10);
    expect(allotted(round)).to.deep.equal([200_000, 200_000, 200_000]);
    const odd = createRound({ members: ['A', 'B', 'C'], timing: { mode: 'shared', totalMs: 100 } });
    expect(allotted(odd)).to.deep.equal([34, 33, 33]);
  });

  it('gives a fixed time each', () => {
    const round = createRound({ members: ['Ana', 'Ben'], timing: { mode: 'each', eachMs: 3 * MIN } });
    expect(allotted(round)).to.deep.equal([180_000, 180_000]);
  });

  it('makes unique ids from names, even for two people with one name', () => {
    const round = shared(['Ana', 'Ana', 'José María'], 6);
    expect(round.speakers.map((s) => s.memberId)).to.deep.equal(['ana', 'ana-2', 'jose-maria']);
  });

  it('shuffles with a seed: the same seed gives the same order, another seed may not', () => {
    const names = ['A', 'B', 'C', 'D', 'E', 'F', 'G'];
    const a = shared(names, 7, { order: 'shuffled', seed: 42 }).speakers.map((s) => s.name);
    const b = shared(names, 7, { order: 'shuffled', seed: 42 }).speakers.map((s) => s.name);
    const c = shared(names, 7, { order: 'shuffled', seed: 7 }).speakers.map((s) => s.name);
    expect(a).to.deep.equal(b);
    expect([...a].sort()).to.deep.equal(names);
    expect(c).to.not.deep.equal(a);
  });

  it('rotates so the member after last time’s first speaker starts', () => {
    const round = shared(['Ana', 'Ben', 'Chen'], 3, { order: 'rotated', lastFirstSpeakerId: 'ben' });
    expect(round.speakers.map((s) => s.name)).to.deep.equal(['Chen', 'Ana', 'Ben']);
  });
});

describe('rounds: time is derived from timestamps', () => {
  it('counts down from the start time, with no ticks', () => {
    const round = start(shared(['Ana', 'Ben'], 10), T0);
    const view = roundView(round, T0 + 90_000);
    expect(view.speaker?.name).to.equal('Ana');
    expect(view.remainingMs).to.equal(5 * MIN - 90_000);
    expect(view.state).to.equal('running');
    expect(round.firstSpeakerId).to.equal('ana');
  });

  it('pauses and resumes without losing or gaining time', () => {
    let round = start(shared(['Ana', 'Ben'], 10), T0);
    round = pause(round, T0 + 60_000);
    expect(roundView(round, T0 + 600_000).spokenMs).to.equal(60_000);
    round = resume(round, T0 + 600_000);
    expect(roundView(round, T0 + 630_000).spokenMs).to.equal(90_000);
  });

  it('shows warning and overtime levels under the soft policy', () => {
    const round = start(shared(['Ana', 'Ben'], 4, { warnAtMs: [30_000] }), T0);
    expect(roundView(round, T0 + 60_000).level).to.equal('normal');
    expect(roundView(round, T0 + 100_000).level).to.equal('warning');
    const over = roundView(round, T0 + 130_000);
    expect(over.level).to.equal('overtime');
    expect(over.overtimeMs).to.equal(10_000);
    expect(over.speaker?.name).to.equal('Ana');
  });

  it('hands over at exactly zero under the hard policy, even if nobody looked', () => {
    const round = start(shared(['Ana', 'Ben', 'Chen'], 3, { overtime: 'hard' }), T0);
    const view = roundView(round, T0 + 150_000);
    expect(view.speaker?.name).to.equal('Chen');
    expect(view.spokenMs).to.equal(30_000);
    const stats = roundStats(round, T0 + 150_000);
    expect(stats.members.map((m) => m.spokenMs)).to.deep.equal([60_000, 60_000, 30_000]);
    expect(roundView(round, T0 + 400_000).state).to.equal('complete');
  });

  it('never limits under the none policy, just measures', () => {
    const round = start(shared(['Ana', 'Ben'], 2, { overtime: 'none' }), T0);
    const view = roundView(round, T0 + 10 * MIN);
    expect(view.level).to.equal('normal');
    expect(view.overtimeMs).to.equal(0);
    expect(view.spokenMs).to.equal(10 * MIN);
  });

  it('holds a changeover between speakers without taking it from their share', () => {
    let round = start(shared(['Ana', 'Ben'], 4, { changeoverMs: 10_000 }), T0);
    round = next(round, T0 + 2 * MIN);
    expect(roundView(round, T0 + 2 * MIN + 4_000).state).to.equal('changeover');
    expect(roundView(round, T0 + 2 * MIN + 4_000).changeoverLeftMs).to.equal(6_000);
    const afterChangeover = roundView(round, T0 + 2 * MIN + 70_000);
    expect(afterChangeover.spokenMs).to.equal(60_000);
    expect(afterChangeover.remainingMs).to.equal(60_000);
  });
});

describe('rounds: commands', () => {
  it('re-divides what is left when a speaker finishes early', () => {
    let round = start(shared(['Ana', 'Ben', 'Chen'], 9), T0);
    round = next(round, T0 + 1 * MIN); // Ana used 1 of her 3 minutes
    expect(allotted(round)).to.deep.equal([3 * MIN, 4 * MIN, 4 * MIN]);
    expect(roundView(round, T0 + 1 * MIN).remainingMs).to.equal(4 * MIN);
  });

  it('takes overtime from those still to speak, so the round ends on time', () => {
    let round = start(shared(['Ana', 'Ben', 'Chen'], 9), T0);
    round = next(round, T0 + 5 * MIN);
    expect(round.speakers.slice(1).map((s) => s.allottedMs)).to.deep.equal([2 * MIN, 2 * MIN]);
  });

  it('a passer comes back at the end once, then a second pass is final', () => {
    let round = start(shared(['Ana', 'Ben', 'Chen'], 9), T0);
    round = pass(round, T0 + 10_000);
    expect(round.speakers.map((s) => s.name)).to.deep.equal(['Ben', 'Chen', 'Ana']);
    expect(roundView(round, T0 + 10_000).speaker?.name).to.equal('Ben');
    round = next(round, T0 + 3 * MIN);
    round = next(round, T0 + 6 * MIN);
    expect(roundView(round, T0 + 6 * MIN).speaker?.name).to.equal('Ana');
    round = pass(round, T0 + 6 * MIN + 5_000);
    expect(round.phase).to.equal('complete');
    const ana = roundStats(round, T0 + 7 * MIN).members.find((m) => m.name === 'Ana');
    expect(ana?.passes).to.equal(2);
    expect(ana?.status).to.equal('passed');
  });

  it('a pass is final when passers do not return, and their time goes to the others', () => {
    let round = start(shared(['Ana', 'Ben', 'Chen'], 9, { passersReturn: false }), T0);
    round = pass(round, T0);
    expect(round.speakers.map((s) => s.status)).to.deep.equal(['passed', 'speaking', 'waiting']);
    expect(round.speakers.slice(1).map((s) => s.allottedMs)).to.deep.equal([4.5 * MIN, 4.5 * MIN]);
  });

  it('a late arrival joins at the end and the shared time is re-divided', () => {
    let round = start(shared(['Ana', 'Ben'], 8), T0);
    round = join(round, T0 + 1 * MIN, 'Dee');
    expect(round.speakers.map((s) => s.name)).to.deep.equal(['Ana', 'Ben', 'Dee']);
    // Ana keeps her 4 minutes; the other 4 are split between Ben and Dee.
    expect(allotted(round)).to.deep.equal([4 * MIN, 2 * MIN, 2 * MIN]);
  });

  it('when the current speaker leaves, the floor moves on and their time stays on record', () => {
    let round = start(shared(['Ana', 'Ben', 'Chen'], 9), T0);
    round = leave(round, T0 + 1 * MIN, 'ana');
    expect(roundView(round, T0 + 1 * MIN).speaker?.name).to.equal('Ben');
    expect(round.speakers[0]?.status).to.equal('left');
    expect(roundStats(round, T0 + 1 * MIN).members[0]?.spokenMs).to.equal(1 * MIN);
    expect(allotted(round).slice(1)).to.deep.equal([4 * MIN, 4 * MIN]);
  });

  it('previous gives the floor back, and the interrupted speaker resumes next', () => {
    let round = start(shared(['Ana', 'Ben', 'Chen'], 9), T0);
    round = next(round, T0 + 2 * MIN);
    round = previous(round, T0 + 2 * MIN + 5_000);
    const view = roundView(round, T0 + 2 * MIN + 5_000);
    expect(view.speaker?.name).to.equal('Ana');
    expect(view.spokenMs).to.equal(2 * MIN);
    expect(view.next?.name).to.equal('Ben');
  });

  it('+1 minute extends the speaker and the shared total, so nobody else loses', () => {
    let round = start(shared(['Ana', 'Ben'], 4), T0);
    round = addTime(round, T0, MIN);
    expect(allotted(round)).to.deep.equal([3 * MIN, 2 * MIN]);
    round = next(round, T0 + 3 * MIN);
    expect(round.speakers[1]?.allottedMs).to.equal(2 * MIN);
  });

  it('reorders those still waiting', () => {
    let round = start(shared(['Ana', 'Ben', 'Chen', 'Dee'], 8), T0);
    round = reorder(round, T0, ['dee', 'ben']);
    expect(round.speakers.map((s) => s.name)).to.deep.equal(['Ana', 'Dee', 'Ben', 'Chen']);
  });

  it('reset starts again with those present and drops added time', () => {
    let round = start(shared(['Ana', 'Ben', 'Chen'], 9), T0);
    round = addTime(round, T0, MIN);
    round = leave(round, T0 + MIN, 'chen');
    round = reset(round);
    expect(round.phase).to.equal('idle');
    expect(round.speakers.map((s) => s.name)).to.deep.equal(['Ana', 'Ben']);
    expect(allotted(round)).to.deep.equal([4.5 * MIN, 4.5 * MIN]);
  });

  it('ignores commands that do not apply, rather than corrupting state', () => {
    const idle = shared(['Ana'], 1);
    expect(next(idle, T0)).to.deep.equal(idle);
    expect(pause(idle, T0)).to.deep.equal(idle);
    expect(start(createRound({ members: [], timing: { mode: 'shared', totalMs: MIN } }), T0).phase).to.equal('idle');
  });
});

describe('rounds: signals and stats', () => {
  it('never warns for longer than half a turn: a 30-second turn is not "almost time" from its first second', () => {
    const short = start(createRound({ members: ['Ana', 'Ben'], timing: { mode: 'each', eachMs: 30_000 }, warnAtMs: [60_000, 10_000] }), T0);
    expect(roundView(short, T0 + 1_000).level).to.equal('normal');
    expect(roundView(short, T0 + 21_000).level).to.equal('warning');
    const signals = roundSignals(roundView(short, T0), roundView(short, T0 + 1_000), short.settings.warnAtMs);
    expect(signals.filter((s) => s.type === 'warning')).to.deep.equal([]);
    expect(warningsFor([60_000, 30_000, 10_000], 60_000)).to.deep.equal([30_000, 10_000]);
  });

  it('signals a warning and time-up once each as the clock crosses them', () => {
    const round = start(shared(['Ana', 'Ben'], 4, { warnAtMs: [60_000, 30_000] }), T0);
    const at = (ms: number) => roundView(round, T0 + ms);
    const warn = round.settings.warnAtMs;
    expect(roundSignals(at(50_000), at(70_000), warn)).to.deep.equal([
      { type: 'warning', speaker: round.speakers[0], remainingMs: 60_000 },
    ]);
    expect(roundSignals(at(70_000), at(80_000), warn)).to.deep.equal([]);
    // A late frame that skipped both set points reports the deeper one, once.
    expect(roundSignals(at(50_000), at(100_000), warn).map((s) => s.type)).to.deep.equal(['warning']);
    expect(roundSignals(at(119_000), at(121_000), warn).map((s) => s.type)).to.deep.equal(['time-up']);
  });

  it('signals a pause, a resume and more time once each, with the time left then', () => {
    const running = start(shared(['Ana', 'Ben'], 4), T0);
    const warn = running.settings.warnAtMs;
    const paused = pause(running, T0 + 30_000);
    expect(roundSignals(roundView(running, T0 + 30_000), roundView(paused, T0 + 30_000), warn)).to.deep.equal([{ type: 'pause', speaker: paused.speakers[0], remainingMs: 90_000 }]);
    expect(roundSignals(roundView(paused, T0 + 40_000), roundView(paused, T0 + 50_000), warn)).to.deep.equal([]);
    const resumed = resume(paused, T0 + 60_000);
    expect(roundSignals(roundView(paused, T0 + 60_000), roundView(resumed, T0 + 60_000), warn).map((s) => s.type)).to.deep.equal(['resume']);
    const more = addTime(resumed, T0 + 70_000, 60_000);
    const [added] = roundSignals(roundView(resumed, T0 + 70_000), roundView(more, T0 + 70_000), warn);
    expect(added?.type === 'time-added' && [added.speaker.name, added.addedMs > 0, added.remainingMs > 80_000]).to.deep.equal(['Ana', true, true]);
  });

  it('signals start, speaker change and completion', () => {
    const idle = shared(['Ana', 'Ben'], 2);
    const running = start(idle, T0);
    const warn = idle.settings.warnAtMs;
    expect(roundSignals(roundView(idle, T0), roundView(running, T0), warn).map((s) => s.type)).to.deep.equal([
      'start',
      'speaker-change',
    ]);
    const done = next(next(running, T0 + 1000), T0 + 2000);
    expect(roundSignals(roundView(running, T0), roundView(done, T0 + 2000), warn).map((s) => s.type)).to.deep.equal([
      'complete',
    ]);
  });

  it('measures fairness: share ratio, Gini and domination', () => {
    let round = start(shared(['Ana', 'Ben', 'Chen'], 9), T0);
    round = next(round, T0 + 6 * MIN);
    round = next(round, T0 + 7 * MIN);
    round = next(round, T0 + 8 * MIN);
    const stats = roundStats(round, T0 + 8 * MIN);
    expect(stats.totalSpokenMs).to.equal(8 * MIN);
    expect(stats.largestShareRatio).to.be.closeTo(6 / (8 / 3), 1e-9);
    expect(stats.gini).to.be.closeTo(gini([6, 1, 1]), 1e-9);
    expect(stats.dominating).to.deep.equal(['ana']);
    expect(stats.members[0]?.overtimeMs).to.equal(3 * MIN);
  });

  it('computes the Gini coefficient', () => {
    expect(gini([5, 5, 5])).to.equal(0);
    expect(gini([0, 0, 10])).to.be.closeTo(2 / 3, 1e-12);
    expect(gini([1, 3])).to.be.closeTo(0.25, 1e-12);
  });
});

describe('rounds: parseRound', () => {
  it('accepts a real round and names every problem in a bad one', () => {
    const round = start(shared(['Ana', 'Ben'], 4), T0);
    expect(parseRound(JSON.parse(JSON.stringify(round)))).to.deep.equal({ ok: true, value: round });
    const bad = { ...round, phase: 'dancing', speakers: [{ ...round.speakers[0], allottedMs: -5 }, { name: 7 }] };
    const result = parseRound(bad);
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.errors).to.include('round.phase: expected one of "idle", "running", "paused", "complete", got "dancing"');
    expect(result.errors).to.include('round.speakers[0].allottedMs: must be at least 0, got -5');
    expect(result.errors).to.include('round.speakers[1].name: expected text, got 7');
    expect(result.errors).to.include('round.speakers[1].memberId: expected text, got nothing');
  });

  it('refuses data that is not an object at all', () => {
    expect(parseRound('hello')).to.deep.equal({ ok: false, errors: ['round: expected an object, got "hello"'] });
  });

  it('refuses a running round with nobody speaking', () => {
    const round = start(shared(['Ana'], 1), T0);
    const broken = { ...round, current: -1 };
    const result = parseRound(broken);
    expect(result.ok).to.equal(false);
  });
});

describe('rounds: found by property tests', () => {
  it('a late arrival with a blank name adds nobody (it once duplicated the last member)', () => {
    const round = start(shared(['Ana'], 1), T0);
    expect(join(round, T0, '  ')).to.deep.equal(round);
  });
});
