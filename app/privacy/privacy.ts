/**
 * Privacy on a shared computer, on every page of the app: the lock screen
 * (nothing of any group shows while locked), locking after a time without use,
 * the key handed from one page of this tab to the next, quick exit, and
 * forgetting everything on this device.
 */
import { WrongPassphraseError, leaveWithoutWaiting, type LockState, type PeerStore } from '@peerkit/core';
import { closeSharedStores } from '@peerkit/components/store.js';
import type { AppLang } from '../messages.js';
import { PRIVACY_MESSAGES, type PrivacyMessages } from './messages.js';
import { IdleLock } from './idle-lock.js';

/**
 * The key goes from one page of the app to the next through the app's service
 * worker, which keeps it in its memory only (never stored, never in window.name
 * or session history, which the browser may write to disk) while a page is
 * unlocked; pages ping it so it stays up between them. Without a worker (the
 * dev server, a first visit), the next page asks the open ones, then for the passphrase.
 */
const KEEP_WORKER_EVERY_MS = 20_000;
export const EXIT_URL_KEY = 'peerkit-exit-url';
const ESC_TWICE_MS = 800;
/** Other pages hear of use at most this often, so one busy page keeps the others open. */
const ACTIVITY_EVERY_MS = 15_000;

type PrivacyMessage = { type: 'quick-exit' } | { type: 'active'; at: number } | { type: 'forgotten' };
const channel = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel('peerkit-privacy');

let leaving = false;
/** This page is going at once (quick exit, everything forgotten): nothing it shows matters now, and nothing waits for a write. */
function leaveNow(): void {
  leaving = true;
  leaveWithoutWaiting();
}
let watchedStore: PeerStore | undefined;

/** The passphrase lock's gate: resolves once the store can be read; while locked it shows the lock screen and never resolves. */
export async function guardStore(store: PeerStore, lang: AppLang): Promise<void> {
  if (store.lock.state === 'locked') {
    const handed = await keyFromWorker();
    if (handed) await store.lock.adoptKey(handed);
  }
  // A window opened by another (the presenter view) gets the key from it.
  if (store.lock.state === 'locked') await store.lock.askOtherTabs();
  if (watchedStore !== store) {
    watchedStore = store;
    watchLock(store, lang);
  }
  if (store.lock.state !== 'locked') return;
  showLockScreen(store, PRIVACY_MESSAGES[lang]);
  await new Promise<never>(() => undefined);
}

/** The app's service worker, where there is one (not on the dev server, nor before the first visit's install). */
const worker = (): ServiceWorker | null => ('serviceWorker' in navigator ? navigator.serviceWorker.controller : null);

function toWorker(message: { type: 'keep-key'; key: CryptoKey } | { type: 'forget-key' }): void {
  worker()?.postMessage(message);
}

/** The key the previous page left with the service worker, if it has one (within half a second). */
function keyFromWorker(): Promise<CryptoKey | null> {
  const controller = worker();
  if (!controller) return Promise.resolve(null);
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const timer = setTimeout(() => resolve(null), 500);
    channel.port1.onmessage = (event: MessageEvent<CryptoKey | null>) => {
      clearTimeout(timer);
      resolve(event.data instanceof CryptoKey ? event.data : null);
    };
    controller.postMessage({ type: 'give-key' }, [channel.port2]);
  });
}

/** Locking (here, by time, or in another window) takes the page back to the lock screen; the key goes with the page to the next. */
function watchLock(store: PeerStore, lang: AppLang): void {
  let ping: ReturnType<typeof setInterval> | undefined;
  const keep = (state: LockState) => {
    clearInterval(ping);
    if (state !== 'unlocked' || leaving) {
      toWorker({ type: 'forget-key' });
      return;
    }
    const key = store.lock.key();
    if (!key) return;
    toWorker({ type: 'keep-key', key });
    // The worker is stopped when idle; a page in use keeps it (and the key) for the next page.
    ping = setInterval(() => toWorker({ type: 'keep-key', key }), KEEP_WORKER_EVERY_MS);
  };
  keep(store.lock.state);
  store.lock.onChange((state) => {
    // The worker is told first, so a page reloaded now gets the key from it.
    keep(state);
    if (leaving) return;
    // Locked here or elsewhere: back to the lock screen. Unlocked here or in another window: the page itself again.
    if (state === 'locked' || (state === 'unlocked' && document.body.classList.contains('locked'))) location.reload();
  });
  // A page the browser kept for Back (the back-forward cache) may hold a key since forgotten: it is
  // hidden as it is left and, if brought back while a lock is on, reloaded to ask the lock again.
  addEventListener('pagehide', () => {
    if (store.lock.state !== 'off') document.body.hidden = true;
  });
  addEventListener('pageshow', (event) => {
    if (event.persisted && store.lock.state !== 'off') location.reload();
  });
  watchIdle(store, PRIVACY_MESSAGES[lang]);
}

/** What on this page counts as use while it runs (a meeting, a round): see countAsUse. */
const busySources = new Set<() => boolean>();

/** A running meeting or round counts as use: the lock never interrupts a speaker. */
export function countAsUse(running: () => boolean): void {
  busySources.add(running);
}

/** A window on a projector: it never shows a passphrase field, only "Paused". */
const projected = () => ['presenter', 'timer', 'rules', 'projector'].includes(new URLSearchParams(location.search).get('view') ?? '');

/** Locks after the chosen time without use of any of the app's pages, warning 30 seconds before. */
function watchIdle(store: PeerStore, text: PrivacyMessages): void {
  let lastTold = 0;
  const tell = (at: number) => {
    if (at - lastTold <= ACTIVITY_EVERY_MS) return;
    lastTold = at;
    channel?.postMessage({ type: 'active', at } satisfies PrivacyMessage);
  };
  const warning = idleWarning(text, () => idle.used());
  const idle = new IdleLock({
    idleMs: () => store.lock.idleMinutes * 60_000,
    busy: () => [...busySources].some((running) => running()),
    lock: () => store.lock.lockNow(),
    // The projector's window warns nobody: the facilitator's does.
    warn: (lockAt) => !projected() && warning(lockAt),
    told: tell,
  });
  let lastUse = 0;
  const used = () => {
    // Pointer moves come many a second: a second apart is close enough for a lock counted in minutes.
    const now = Date.now();
    if (now - lastUse < 1000) return;
    lastUse = now;
    idle.used(now);
    tell(now);
  };
  for (const type of ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart']) addEventListener(type, used, { passive: true, capture: true });
  channel?.addEventListener('message', (event: MessageEvent<PrivacyMessage>) => {
    if (event.data.type === 'active') idle.used(event.data.at);
  });
  const follow = (state: LockState) => (state === 'unlocked' ? idle.start() : idle.stop());
  store.lock.onChange(follow);
  follow(store.lock.state);
}

/** The warning before the lock: said politely, with a button; any key or pointer use keeps PeerKit open too. */
function idleWarning(text: PrivacyMessages, keepOpen: () => void): (lockAt: number | null) => void {
  let box: HTMLElement | undefined;
  return (lockAt) => {
    if (lockAt === null) {
      box?.remove();
      box = undefined;
      return;
    }
    if (box) return;
    box = document.createElement('div');
    box.className = 'idle-warning';
    box.setAttribute('role', 'status');
    const message = document.createElement('p');
    // Written just after the region is in the page, so screen readers hear it.
    const seconds = Math.max(1, Math.round((lockAt - Date.now()) / 1000));
    setTimeout(() => (message.textContent = text.idleWarning(seconds)), 100);
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = text.keepOpen;
    button.addEventListener('click', keepOpen);
    box.append(message, button);
    document.body.append(box);
  };
}

function showLockScreen(store: PeerStore, text: PrivacyMessages): void {
  // The page's own content is removed, not hidden: nothing of it stays in the document.
  const main = document.querySelector('main') ?? document.body.appendChild(document.createElement('main'));
  document.body.classList.add('locked');
  if (projected()) {
    // Seen by the room: no passphrase field, only "Paused"; it opens again when the facilitator's window is unlocked.
    const paused = document.createElement('p');
    paused.className = 'lock-screen paused';
    paused.textContent = text.paused;
    main.replaceChildren(paused);
    main.hidden = false;
    return;
  }
  const screen = document.createElement('div');
  screen.className = 'lock-screen';
  screen.innerHTML = `
    <h2 id="lock-title" tabindex="-1"></h2>
    <p class="about"></p>
    <form class="setup">
      <label for="lock-passphrase"></label>
      <input id="lock-passphrase" type="password" autocomplete="current-password" required />
      <button type="submit" class="primary"></button>
      <p class="error" role="alert"></p>
    </form>
    <details class="forgot">
      <summary></summary>
      <p></p>
      <div class="forget-slot"></div>
    </details>`;
  const set = (selector: string, value: string) => ((screen.querySelector(selector) as HTMLElement).textContent = value);
  set('h2', text.lockedTitle);
  set('.about', text.lockedAbout);
  set('label', text.passphrase);
  set('button[type=submit]', text.unlock);
  set('summary', text.forgotTitle);
  set('.forgot p', text.forgotAbout);
  (screen.querySelector('.forget-slot') as HTMLElement).append(forgetEverythingControl(store, text));
  const form = screen.querySelector('form') as HTMLFormElement;
  const input = screen.querySelector('input') as HTMLInputElement;
  const button = screen.querySelector('button[type=submit]') as HTMLButtonElement;
  const error = screen.querySelector('.error') as HTMLElement;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    button.disabled = true;
    button.textContent = text.unlocking;
    error.textContent = '';
    // Once unlocked, the lock's watcher reloads the page with the key.
    store.lock.unlock(input.value).then(
      () => undefined,
      (failure: unknown) => {
        button.disabled = false;
        button.textContent = text.unlock;
        error.textContent = failure instanceof WrongPassphraseError ? text.wrongPassphrase : text.failed(failure instanceof Error ? failure.message : String(failure));
        input.select();
      },
    );
  });
  main.replaceChildren(screen);
  main.hidden = false;
  input.focus();
}

/** The site the facilitator chose for quick exit ('' for none, or where site data is blocked). */
export function savedExitUrl(): string {
  try {
    return localStorage.getItem(EXIT_URL_KEY) ?? '';
  } catch {
    return '';
  }
}

/** Where quick exit goes: the site the facilitator chose, else a blank page. */
function exitUrl(): string {
  const chosen = savedExitUrl();
  return /^https:\/\//.test(chosen) ? chosen : 'about:blank';
}

/** Leaves at once, for the page to be out of sight and out of the Back button; locks PeerKit and sends its other windows away too. */
export function quickExit(tellOthers = true): void {
  leaveNow();
  // Back (or history) into this tab then shows a neutral cover, not the group: see installQuickExit.
  try {
    sessionStorage.setItem(EXITED_KEY, '1');
  } catch {
    // Site data blocked: nothing of a group was kept to show again either.
  }
  toWorker({ type: 'forget-key' });
  document.body.hidden = true;
  if (tellOthers) channel?.postMessage({ type: 'quick-exit' } satisfies PrivacyMessage);
  watchedStore?.lock.lockNow();
  location.replace(exitUrl());
}

/** The Quick exit button on every page, Esc pressed twice, and other windows' exits and clearing. */
export function installQuickExit(lang: AppLang): void {
  const text = PRIVACY_MESSAGES[lang];
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'quick-exit';
  button.textContent = text.quickExit;
  button.title = text.quickExitHint;
  button.setAttribute('aria-keyshortcuts', 'Escape Escape');
  button.addEventListener('click', () => quickExit());
  // First on the page, so it is the first Tab stop (like GOV.UK's "Exit this page"), in a bar of its own that covers no control.
  const bar = document.createElement('div');
  bar.className = 'quick-exit-bar';
  bar.append(button);
  document.body.prepend(bar);
  if (leftByQuickExit()) coverAfterExit(text);
  // A page the browser kept for Back comes back through a reload, which puts the cover up.
  addEventListener('pageshow', (event) => {
    if (event.persisted && leftByQuickExit()) location.reload();
  });
  let lastEscape = 0;
  addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Escape') return;
      // Only an Esc nothing else uses counts: not one that closes a dialog or a menu, or one a control took.
      if (event.defaultPrevented || document.querySelector('dialog[open]') || (event.target instanceof Element && event.target.closest('select, [aria-expanded="true"]'))) {
        lastEscape = 0;
        return;
      }
      const now = performance.now();
      if (now - lastEscape < ESC_TWICE_MS) quickExit();
      lastEscape = now;
    },
    { capture: true },
  );
  channel?.addEventListener('message', (event: MessageEvent<PrivacyMessage>) => {
    if (event.data.type === 'quick-exit') quickExit(false);
    if (event.data.type === 'forgotten') showCleared(text.clearedElsewhere);
  });
}

const EXITED_KEY = 'peerkit-exited';

/** Whether this tab left PeerKit with quick exit and nobody has chosen to continue since. */
export function leftByQuickExit(): boolean {
  try {
    return sessionStorage.getItem(EXITED_KEY) !== null;
  } catch {
    return false;
  }
}

/**
 * After quick exit, a page reached again from this tab's history (Back, or the
 * history list) shows a neutral cover — nothing of any group, a neutral title —
 * until the person chooses to continue. (With the lock on, the lock screen is behind it.)
 */
function coverAfterExit(text: PrivacyMessages): void {
  document.documentElement.classList.add('exited');
  document.title = 'PeerKit';
  // The page's own main is hidden behind it; this one comes after it, so the page's code still finds its own.
  const cover = document.createElement('main');
  cover.className = 'exit-cover';
  const heading = document.createElement('h1');
  heading.textContent = 'PeerKit';
  const said = document.createElement('p');
  said.textContent = text.exitedCover;
  const go = document.createElement('button');
  go.type = 'button';
  go.className = 'primary';
  go.textContent = text.exitedContinue;
  go.addEventListener('click', () => {
    try {
      sessionStorage.removeItem(EXITED_KEY);
    } catch {
      // Nothing was kept.
    }
    document.documentElement.classList.remove('exited');
    cover.remove();
    document.querySelector<HTMLElement>('main')?.focus();
  });
  cover.append(heading, said, go);
  document.body.append(cover);
}

/** Every stored record's count, and the groups' names when they can be read. */
async function describeEverything(store: PeerStore | undefined, text: PrivacyMessages): Promise<string> {
  const databases = await peerkitDatabases();
  if (!store) return text.forgetSealed(0);
  let documents = 0;
  for (const name of databases) documents += await countRecords(name);
  if (store.lock.state === 'locked') return text.forgetSealed(documents);
  const groups = await store.list<{ name: string }>('group');
  return text.forgetGroups(
    groups.map((g) => g.data.name).sort((a, b) => a.localeCompare(b)),
    documents,
  );
}

async function peerkitDatabases(): Promise<string[]> {
  let idb: IDBFactory;
  try {
    idb = indexedDB;
  } catch {
    return []; // site data blocked: there is no database to count or delete
  }
  const listed = typeof idb.databases === 'function' ? await idb.databases() : [];
  const names = listed.map((db) => db.name ?? '').filter((name) => name.startsWith('peerkit'));
  return names.length > 0 ? names : ['peerkit'];
}

function countRecords(name: string): Promise<number> {
  return new Promise((resolve) => {
    const request = indexedDB.open(name);
    request.onerror = () => resolve(0);
    request.onsuccess = () => {
      const db = request.result;
      const stores = [...db.objectStoreNames];
      if (stores.length === 0) {
        db.close();
        resolve(0);
        return;
      }
      const tx = db.transaction(stores);
      let total = 0;
      for (const storeName of stores) {
        const count = tx.objectStore(storeName).count();
        count.onsuccess = () => (total += count.result);
      }
      tx.oncomplete = () => {
        db.close();
        resolve(total);
      };
    };
  });
}

/** Removes every PeerKit database, setting, cache and the service worker's copy; other windows are told to let go first. */
export async function forgetEverything(): Promise<void> {
  channel?.postMessage({ type: 'forgotten' } satisfies PrivacyMessage);
  leaveNow();
  toWorker({ type: 'forget-key' });
  closeSharedStores();
  for (const name of await peerkitDatabases()) {
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase(name);
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error ?? new Error(`could not delete ${name}`));
      // Another window still holding it open lets go when told; the deletion then goes through.
      request.onblocked = () => undefined;
    });
  }
  try {
    for (const key of Object.keys(localStorage)) if (key.startsWith('peerkit')) localStorage.removeItem(key);
  } catch {
    // Site data blocked: nothing was kept there.
  }
  if ('caches' in window) for (const key of await caches.keys()) await caches.delete(key);
  if ('serviceWorker' in navigator) for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister();
}

function showCleared(message: string): void {
  leaveNow();
  closeSharedStores();
  const main = document.querySelector('main');
  const note = document.createElement('p');
  note.className = 'notice';
  note.setAttribute('role', 'alert');
  note.textContent = message;
  main?.replaceChildren(note);
  if (main) main.hidden = false;
  document.querySelector('.lock-screen')?.remove();
}

/** "Forget everything…", with a confirmation that says what will go. */
export function forgetEverythingControl(store: PeerStore | undefined, text: PrivacyMessages): HTMLElement {
  const wrap = document.createElement('div');
  wrap.className = 'forget-everything';
  const open = document.createElement('button');
  open.type = 'button';
  open.className = 'danger';
  open.textContent = text.forgetButton;
  open.setAttribute('aria-expanded', 'false');
  const confirm = document.createElement('div');
  confirm.className = 'question';
  confirm.hidden = true;
  const question = document.createElement('p');
  question.setAttribute('role', 'alert');
  const yes = document.createElement('button');
  yes.type = 'button';
  yes.className = 'danger';
  yes.textContent = text.forgetYes;
  const no = document.createElement('button');
  no.type = 'button';
  no.textContent = text.forgetNo;
  confirm.append(question, yes, no);
  wrap.append(open, confirm);
  open.addEventListener('click', () => {
    void describeEverything(store, text).then((what) => {
      question.textContent = text.forgetQuestion(what);
      confirm.hidden = false;
      open.setAttribute('aria-expanded', 'true');
      no.focus();
    });
  });
  no.addEventListener('click', () => {
    confirm.hidden = true;
    open.setAttribute('aria-expanded', 'false');
    open.focus();
  });
  yes.addEventListener('click', () => {
    yes.disabled = true;
    question.textContent = text.forgetting;
    forgetEverything().then(
      // A page with no script: nothing registers a worker or opens a database again.
      () => location.replace('./forgotten.html'),
      (error: unknown) => {
        yes.disabled = false;
        question.textContent = text.failed(error instanceof Error ? error.message : String(error));
      },
    );
  });
  return wrap;
}
