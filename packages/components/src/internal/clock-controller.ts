import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Re-renders a host while its clock matters. It never counts time: the host
 * derives everything from `now`, so a late or throttled wake-up (background
 * tab, sleeping laptop, busy main thread) simply shows the right time later.
 */
export class ClockController implements ReactiveController {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly onVisible = () => this.tick();

  constructor(
    private readonly host: ReactiveControllerHost,
    /** How long until the display next changes, in ms; undefined when nothing is moving. */
    private readonly nextChangeIn: () => number | undefined,
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
    const delay = this.nextChangeIn();
    if (delay !== undefined) this.timer = setTimeout(() => this.tick(), Math.max(16, Math.min(delay, 1000)));
  }

  private tick(): void {
    this.host.requestUpdate();
    this.schedule();
  }
}
