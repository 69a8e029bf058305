/**
 * Writes still on their way to storage hold the page: leaving it while one is
 * (a link, Back, a reload, closing the tab) asks first, with the browser's own
 * "Leave site? Changes that you made may not be saved." A change shown on the
 * screen is never lost without a word. Quick exit never waits.
 */
let pending = 0;
let leavingAnyway = false;

function ask(event: BeforeUnloadEvent): void {
  if (pending === 0 || leavingAnyway) return;
  event.preventDefault();
  // Older engines (WebKit before 17) ask only when this is set.
  // eslint-disable-next-line @typescript-eslint/no-deprecated
  event.returnValue = 'Still saving';
}

/** Holds the page while `work` (a write, or writes queued behind others) is unfinished; returns it. */
export function holdWhileSaving<T>(work: Promise<T>): Promise<T> {
  // Outside a page (a worker, Node) there is nothing to hold.
  if (typeof addEventListener !== 'function' || typeof window === 'undefined') return work;
  // The listener is there only while something is unsaved: a page with one is not kept for Back in some browsers.
  if (pending++ === 0) addEventListener('beforeunload', ask);
  const done = () => {
    if (--pending === 0) removeEventListener('beforeunload', ask);
  };
  work.then(done, done);
  return work;
}

/** How many writes this page has under way. */
export function unsavedWrites(): number {
  return pending;
}

/** For quick exit and forgetting everything: leave at once, whatever is under way. */
export function leaveWithoutWaiting(): void {
  leavingAnyway = true;
}
