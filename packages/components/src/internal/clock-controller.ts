import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Re-renders a host while its clock matters. It never counts time: the host
 * derives everything from `now`, so a late or throttled wake-up (background
 * tab, sleeping laptop, busy main thread) simply shows the right time later.
 */
export class ClockController implements ReactiveController {
  now = Date.now();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running = false;
  private readonly onVisible = () => this.tick();

  constructor(
    private readonly host: ReactiveControllerHost,
    /** How long until the display next changes, in ms; undefined when nothing is moving. */
    private readonly nextChangeIn: (now: number) => number | undefined,
    private readonly onTick: (now: number) => void = () => undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onVisible);
    this.schedule();
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onVisible);
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Call after anything that may start or stop the clock. */
  schedule(): void {
    clearTimeout(this.timer);
    const delay = this.nextChangeIn(Date.now());
    this.running = delay !== undefined;
    if (delay !== undefined) this.timer = setTimeout(() => this.tick(), Math.max(16, Math.min(delay, 1000)));
  }

  get isRunning(): boolean {
    return this.running;
  }

  private tick(): void {
    this.now = Date.now();
    this.onTick(this.now);
    this.host.requestUpdate();
    this.schedule();
  }
}
