import { expect } from '@esm-bundle/chai';
import fc from 'fast-check';
import {
  addTime,
  createRound,
  join,
  leave,
  next,
  parseRound,
  pass,
  pause,
  previous,
  resume,
  roundStats,
  roundView,
  spokenMs,
  start,
  totalMs,
  type Round,
} from '@peerkit/core';

const T0 = 1_700_000_000_000;

/** A command a facilitator might press, with how long after the last one. */
const command = fc.oneof(
  fc.record({ type: fc.constant('next' as const), wait: fc.nat(400_000) }),
  fc.record({ type: fc.constant('pass' as const), wait: fc.nat(60_000) }),
  fc.record({ type: fc.constant('join' as const), wait: fc.nat(60_000), name: fc.string({ minLength: 1, maxLength: 6 }) }),
  fc.record({ type: fc.constant('leave' as const), wait: fc.nat(60_000), pick: fc.nat(20) }),
  fc.record({ type: fc.constant('pause' as const), wait: fc.nat(60_000) }),
  fc.record({ type: fc.constant('resume' as const), wait: fc.nat(60_000) }),
  fc.record({ type: fc.constant('previous' as const), wait: fc.nat(60_000) }),
  fc.record({ type: fc.constant('add' as const), wait: fc.nat(60_000) }),
);

const setup = fc.record({
  names: fc.array(fc.string({ minLength: 1, maxLength: 8 }).filter((s) => s.trim() !== ''), { minLength: 1, maxLength: 8 }),
  totalMs: fc.integer({ min: 0, max: 3 * 3600_000 }),
  overtime: fc.constantFrom('soft' as const, 'hard' as const, 'none' as const),
  passersReturn: fc.boolean(),
  changeoverMs: fc.constantFrom(0, 5_000),
});

type Command = typeof command extends fc.Arbitrary<infer C> ? C : never;

function apply(round: Round, cmd: Command, now: number): Round {
  switch (cmd.type) {
    case 'next':
      return next(round, now);
    case 'pass':
      return pass(round, now);
    case 'join':
      return join(round, now, cmd.name);
    case 'leave': {
      const who = round.speakers[cmd.pick % Math.max(1, round.speakers.length)];
      return who ? leave(round, now, who.memberId) : round;
    }
    case 'pause':
      return pause(round, now);
    case 'resume':
      return resume(round, now);
    case 'previous':
      return previous(round, now);
    case 'add':
      return addTime(round, now, 60_000);
  }
}

const redivides = new Set(['next', 'pass', 'join', 'leave']);

/** Time promised to those still waiting: what they may yet speak. */
function promisedToWaiting(round: Round): number {
  return round.speakers.filter((s) => s.status === 'waiting').reduce((sum, s) => sum + s.allottedMs - s.usedMs, 0);
}

describe('rounds: properties', () => {
  it('initial shares of a shared total sum exactly to the total, and none is negative', () => {
    fc.assert(
      fc.property(setup, ({ names, totalMs: total }) => {
        const round = createRound({ members: names, timing: { mode: 'shared', totalMs: total } });
        const shares = round.speakers.map((s) => s.allottedMs);
        expect(shares.reduce((a, b) => a + b, 0)).to.equal(total);
        expect(Math.max(...shares) - Math.min(...shares)).to.be.at.most(1);
        expect(shares.every((s) => s >= 0 && Number.isInteger(s))).to.equal(true);
      }),
    );
  });

  it('after any commands, nothing is negative, promises never exceed the time left, and the round parses', () => {
    fc.assert(
      fc.property(setup, fc.array(command, { maxLength: 25 }), (config, commands) => {
        let round = start(
          createRound({
            members: config.names,
            timing: { mode: 'shared', totalMs: config.totalMs },
            overtime: config.overtime,
            passersReturn: config.passersReturn,
            changeoverMs: config.changeoverMs,
          }),
          T0,
        );
        let now = T0;
        for (const cmd of commands) {
          now += cmd.wait;
          const before = round;
          round = apply(round, cmd, now);
          for (const s of round.speakers) {
            expect(s.allottedMs).to.be.at.least(0);
            expect(s.usedMs).to.be.at.least(0);
          }
          // At each re-division, what is promised to those waiting never exceeds the time left.
          if (redivides.has(cmd.type) && round !== before) {
            const spentOrHeld = round.speakers.reduce((sum, s, i) => {
              if (s.status === 'speaking') return sum + Math.max(s.allottedMs, spokenMs(round, i, now));
              return sum + s.usedMs;
            }, 0);
            expect(promisedToWaiting(round)).to.be.at.most(Math.max(0, totalMs(round) - spentOrHeld));
          }
          const view = roundView(round, now);
          expect(view.spokenMs).to.be.at.least(0);
          expect(view.overtimeMs).to.be.at.least(0);
          expect(parseRound(round).ok).to.equal(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reloaded at any moment between random commands (stored, read back, the clock read again), the round goes on exactly as if it never was', () => {
    const step = fc.oneof({ weight: 4, arbitrary: command }, { weight: 1, arbitrary: fc.record({ type: fc.constant('reload' as const), wait: fc.nat(30_000) }) });
    fc.assert(
      fc.property(setup, fc.array(step, { maxLength: 30 }), (config, steps) => {
        const first = start(
          createRound({ members: config.names, timing: { mode: 'shared', totalMs: config.totalMs }, overtime: config.overtime, passersReturn: config.passersReturn, changeoverMs: config.changeoverMs }),
          T0,
        );
        let kept = first;
        let reloaded = first;
        let now = T0;
        for (const s of steps) {
          now += s.wait;
          if (s.type === 'reload') {
            const read = parseRound(JSON.parse(JSON.stringify(reloaded)));
            if (!read.ok) throw new Error(read.errors.join('; '));
            reloaded = read.value;
          } else {
            kept = apply(kept, s, now);
            reloaded = apply(reloaded, s, now);
          }
          expect(reloaded).to.deep.equal(kept);
          expect(roundView(reloaded, now)).to.deep.equal(roundView(kept, now));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('serialise then parse returns the same round', () => {
    fc.assert(
      fc.property(setup, fc.array(command, { maxLength: 10 }), (config, commands) => {
        let round = start(createRound({ members: config.names, timing: { mode: 'shared', totalMs: config.totalMs } }), T0);
        let now = T0;
        for (const cmd of commands) round = apply(round, cmd, (now += cmd.wait));
        const parsed = parseRound(JSON.parse(JSON.stringify(round)));
        expect(parsed).to.deep.equal({ ok: true, value: round });
      }),
    );
  });

  it('the hard policy never lets anyone speak past their allotment', () => {
    fc.assert(
      fc.property(setup, fc.array(command, { maxLength: 20 }), fc.nat(10 * 3600_000), (config, commands, later) => {
        let round = start(
          createRound({ members: config.names, timing: { mode: 'shared', totalMs: config.totalMs }, overtime: 'hard' }),
          T0,
        );
        let now = T0;
        for (const cmd of commands.filter((c) => c.type !== 'previous')) round = apply(round, cmd, (now += cmd.wait));
        for (const member of roundStats(round, now + later).members) {
          expect(member.overtimeMs).to.equal(0);
        }
      }),
      { numRuns: 200 },
    );
  });
});
