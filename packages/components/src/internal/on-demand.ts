/**
 * A module fetched the first time it is needed (the virtualizer, a file reader, templates),
 * so a page that never needs it never fetches it. `value` is there once it has loaded, for
 * code that only runs after: a form drawn after the load, a draw held until it is here.
 */
export class OnDemand<M> {
  value: M | undefined;
  private loading: Promise<M> | undefined;

  constructor(
    /** What it is, for the warning when it cannot load. */
    private readonly what: string,
    private readonly importer: () => Promise<M>,
  ) {}

  /** Fetches the module once; a failed fetch is said (once) and tried again the next time. */
  load(): Promise<M> {
    this.loading ??= this.importer().then(
      (module) => (this.value = module),
      (error: unknown) => {
        this.loading = undefined;
        console.warn(`PeerKit: ${this.what} could not be loaded (${String(error)}).`);
        throw error;
      },
    );
    return this.loading;
  }

  /**
   * Runs `update` at once when the module is here or not `needed`, else once it has loaded
   * (or failed to: the element draws without it). For `scheduleUpdate()`, so an element never
   * draws a half it must then redraw.
   */
  before<R>(needed: boolean, update: () => R): R | Promise<R> {
    if (this.value || !needed) return update();
    return this.load().then(update, update);
  }

  /** The module if it is here; else undefined, and `arrived` is called once it is (to draw again). */
  now(arrived: () => void): M | undefined {
    if (!this.value) void this.load().then(arrived, () => undefined);
    return this.value;
  }
}
