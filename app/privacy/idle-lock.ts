/**
 * When PeerKit locks itself for lack of use, and the warning before it. A
 * running meeting or round counts as use (a speaker is never interrupted by the
 * lock screen); otherwise the facilitator is warned 30 seconds before, and any
 * use keeps it open. The clock is passed in, so tests can move it by hand.
 */

export const WARN_BEFORE_MS = 30_000;

export interface IdleClock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realClock: IdleClock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export type IdleStep = { kind: 'lock' } | { kind: 'warn'; lockAt: number; checkIn: number } | { kind: 'wait'; checkIn: number };

/** What to do now, given the last use and the lock's time: lock, warn (and look again at the lock's time), or look again later. */
export function idleStep(lastActive: number, idleMs: number, now: number): IdleStep {
  const left = lastActive + idleMs - now;
  if (left <= 0) return { kind: 'lock' };
  if (left <= WARN_BEFORE_MS) return { kind: 'warn', lockAt: lastActive + idleMs, checkIn: left };
  return { kind: 'wait', checkIn: left - WARN_BEFORE_MS };
}

export interface IdleWatch {
  /** The lock's time without use, in ms (read each time: the facilitator may change it). */
  idleMs: () => number;
  /** Whether a meeting or round is running on this page: that counts as use. */
  busy: () => boolean;
  lock: () => void;
  /** The warning: the time it will lock at, or null when it is no longer coming. */
  warn: (lockAt: number | null) => void;
  /** Use on this page, told to the app's other pages. */
  told?: (at: number) => void;
  clock?: IdleClock;
}

/** Watches for use and locks after the chosen time without any; `used` is called for every use, here or on another page. */
export class IdleLock {
  private lastActive: number;
  private timer: unknown;
  private warned = false;
  private running = false;
  private readonly clock: IdleClock;

  constructor(private readonly watch: IdleWatch) {
    this.clock = watch.clock ?? realClock;
    this.lastActive = this.clock.now();
  }

  start(): void {
    this.running = true;
    this.lastActive = Math.max(this.lastActive, this.clock.now());
    this.schedule();
  }

  stop(): void {
    this.running = false;
    this.clock.clearTimeout(this.timer);
    this.setWarning(null);
  }

  /** Use, now or at a time another page says: the lock's time starts again, and a warning goes. */
  used(at = this.clock.now()): void {
    if (at <= this.lastActive) return;
    this.lastActive = at;
    if (this.running) this.schedule();
  }

  private setWarning(lockAt: number | null): void {
    if (!this.warned && lockAt === null) return;
    this.warned = lockAt !== null;
    this.watch.warn(lockAt);
  }

  private schedule(): void {
    this.clock.clearTimeout(this.timer);
    if (!this.running) return;
    const now = this.clock.now();
    if (this.watch.busy()) {
      // Running: used now, no warning, and looked at again before the lock's time could come.
      this.lastActive = now;
      this.watch.told?.(now);
      this.setWarning(null);
      this.timer = this.clock.setTimeout(() => this.schedule(), Math.max(1000, this.watch.idleMs() - WARN_BEFORE_MS));
      return;
    }
    const step = idleStep(this.lastActive, this.watch.idleMs(), now);
    if (step.kind === 'lock') {
      this.stop();
      this.watch.lock();
      return;
    }
    this.setWarning(step.kind === 'warn' ? step.lockAt : null);
    this.timer = this.clock.setTimeout(() => this.schedule(), step.checkIn);
  }
}
