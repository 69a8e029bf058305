import { expect } from '@esm-bundle/chai';
import { IdleLock, idleStep, WARN_BEFORE_MS, type IdleClock } from '../../../app/privacy/idle-lock.js';

/** A clock moved by hand: timers run when the time passes theirs, in order. */
function handClock(start = 1_000_000): IdleClock & { advance(ms: number): void } {
  let now = start;
  let next = 1;
  const timers = new Map<number, { at: number; run: () => void }>();
  return {
    now: () => now,
    setTimeout: (run, ms) => {
      timers.set(next, { at: now + ms, run });
      return next++;
    },
    clearTimeout: (handle) => void timers.delete(handle as number),
    advance(ms) {
      const end = now + ms;
      for (;;) {
        const due = [...timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].run();
      }
      now = end;
    },
  };
}

const MINUTE = 60_000;

function watched(busy = () => false) {
  const clock = handClock();
  const events: string[] = [];
  const idle = new IdleLock({
    idleMs: () => 5 * MINUTE,
    busy,
    lock: () => events.push(`lock at ${(clock.now() - 1_000_000) / 1000}s`),
    warn: (lockAt) => events.push(lockAt === null ? `warning gone at ${(clock.now() - 1_000_000) / 1000}s` : `warn at ${(clock.now() - 1_000_000) / 1000}s for ${(lockAt - 1_000_000) / 1000}s`),
    clock,
  });
  idle.start();
  return { clock, events, idle };
}

describe('app: the idle lock', () => {
  it('says what to do: wait, warn in the last 30 seconds, lock at the time', () => {
    expect(idleStep(0, 5 * MINUTE, 0)).to.deep.equal({ kind: 'wait', checkIn: 5 * MINUTE - WARN_BEFORE_MS });
    expect(idleStep(0, 5 * MINUTE, 5 * MINUTE - 10_000)).to.deep.equal({ kind: 'warn', lockAt: 5 * MINUTE, checkIn: 10_000 });
    expect(idleStep(0, 5 * MINUTE, 5 * MINUTE)).to.deep.equal({ kind: 'lock' });
  });

  it('with nothing running, warns 30 seconds before and then locks', () => {
    const { clock, events } = watched();
    clock.advance(4 * MINUTE + 29_000);
    expect(events).to.deep.equal([]);
    clock.advance(1000);
    expect(events).to.deep.equal(['warn at 270s for 300s']);
    clock.advance(30_000);
    expect(events).to.deep.equal(['warn at 270s for 300s', 'warning gone at 300s', 'lock at 300s']);
  });

  it('any use during the warning keeps it open, and the time starts again', () => {
    const { clock, events, idle } = watched();
    clock.advance(4 * MINUTE + 40_000);
    idle.used();
    expect(events).to.deep.equal(['warn at 270s for 300s', 'warning gone at 280s']);
    clock.advance(4 * MINUTE + 29_000);
    expect(events.length).to.equal(2);
    clock.advance(31_000);
    expect(events.slice(2)).to.deep.equal(['warn at 550s for 580s', 'warning gone at 580s', 'lock at 580s']);
  });

  it('never locks while a round runs, however long; once it stops, the warning comes first', () => {
    let running = true;
    const { clock, events } = watched(() => running);
    clock.advance(60 * MINUTE);
    expect(events).to.deep.equal([], 'an hour of a running round: no warning, no lock');
    running = false;
    clock.advance(10 * MINUTE);
    expect(events[0]).to.match(/^warn at/);
    expect(events.at(-1)).to.match(/^lock at/);
    // The lock came no sooner than five minutes after the round was last seen running.
    expect(Number(/lock at (\d+)s/.exec(events.at(-1) ?? '')?.[1])).to.be.above(3600);
  });

  it('a lock shorter than the warning still never warns while a round runs', () => {
    const clock = handClock();
    const events: string[] = [];
    let running = true;
    const idle = new IdleLock({ idleMs: () => 12_000, busy: () => running, lock: () => events.push('lock'), warn: (at) => events.push(at === null ? 'gone' : 'warn'), clock });
    idle.start();
    clock.advance(60_000);
    expect(events).to.deep.equal([]);
    running = false;
    clock.advance(13_000);
    expect(events).to.deep.equal(['warn', 'gone', 'lock']);
  });

  it('use on another page (a later time) counts; an older one does not', () => {
    const { clock, events, idle } = watched();
    clock.advance(4 * MINUTE);
    idle.used(clock.now() - 10 * MINUTE);
    clock.advance(60_000);
    expect(events.at(-1)).to.equal('lock at 300s');
    const second = watched();
    second.clock.advance(4 * MINUTE);
    second.idle.used(second.clock.now());
    second.clock.advance(60_000);
    expect(second.events).to.deep.equal([]);
  });
});
