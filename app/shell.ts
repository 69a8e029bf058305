/** What every page of the app shares: its store, element lookup, offline support. */
import { PEERKIT_KINDS, moveNamedIds, movedGroupId, plainDataProblems, type KindTable, type PeerStore, type StoredDoc } from '@peerkit/core';
import { carryMemoryStore, sharedStore } from '@peerkit/components/store.js';
import { APP_MESSAGES, type AppLang, type AppMessages, type TextKey } from './messages.js';
import { guardStore, installQuickExit, leftByQuickExit } from './privacy/privacy.js';

const LANG_KEY = 'peerkit-app-lang';
const WINDOW_NAME_PREFIX = 'peerkit-memory:';

/**
 * Where the browser keeps nothing (site data blocked), the app still works: its
 * in-memory store rides in window.name from page to page of this tab. Browsers
 * clear window.name when a tab goes to another site, so it stays with this tab.
 */
carryMemoryStore({
  load: () => {
    if (!window.name.startsWith(WINDOW_NAME_PREFIX)) return [];
    try {
      const documents: unknown = JSON.parse(window.name.slice(WINDOW_NAME_PREFIX.length));
      // Only what this app wrote: plain data shaped as stored documents; each element parses the rest.
      if (!Array.isArray(documents) || plainDataProblems(documents).length > 0) return [];
      return documents.filter(
        (doc): doc is StoredDoc => typeof doc === 'object' && doc !== null && typeof (doc as StoredDoc).kind === 'string' && typeof (doc as StoredDoc).id === 'string',
      );
    } catch {
      return [];
    }
  },
  save: (documents) => {
    window.name = documents.length === 0 ? '' : WINDOW_NAME_PREFIX + JSON.stringify(documents);
  },
});

/** The language of the app's own pages: the one chosen here, else the browser's. */
export function appLang(): AppLang {
  const chosen = savedSetting(LANG_KEY) ?? chosenThisVisit ?? navigator.language;
  return chosen.toLowerCase().startsWith('es') ? 'es' : 'en';
}

/** The choice, where site data is blocked, lasts for this page only. */
let chosenThisVisit: string | undefined;

export function chooseAppLang(lang: AppLang): void {
  chosenThisVisit = lang;
  keep('local', LANG_KEY, lang);
}

/** localStorage throws (not just returns null) when the browser blocks site data. */
export function savedSetting(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** A value kept as JSON in local or session storage; null when absent, unreadable, or storage is blocked. */
export function readKept(storage: 'local' | 'session', key: string): unknown {
  try {
    return JSON.parse((storage === 'local' ? localStorage : sessionStorage).getItem(key) ?? 'null');
  } catch {
    return null;
  }
}

/** Keeps a value as JSON (null: forgets it). Where storage is blocked nothing is kept, which costs only asking again. */
export function keep(storage: 'local' | 'session', key: string, value: unknown): void {
  const store = () => (storage === 'local' ? localStorage : sessionStorage);
  try {
    if (value === null) store().removeItem(key);
    else store().setItem(key, typeof value === 'string' ? value : JSON.stringify(value));
  } catch {
    // Site data blocked: the storage notice already says nothing is kept.
  }
}

/** This page's strings; the page's static text and lang are set on first use. */
export function pageText(): AppMessages {
  const lang = appLang();
  const messages = APP_MESSAGES[lang];
  if (document.documentElement.lang !== lang) {
    document.documentElement.lang = lang;
    for (const node of document.querySelectorAll<HTMLElement>('[data-text]')) {
      const text = messages.text[node.dataset.text as TextKey] as string | undefined;
      if (text === undefined) console.warn(`PeerKit app: no text for "${node.dataset.text ?? ''}".`);
      else node.textContent = text;
    }
  }
  return messages;
}

/** Says on the page (its #missing alert) why it cannot show what was asked for. */
export function showPageProblem(message: string): void {
  const missing = element('missing', HTMLElement);
  missing.hidden = false;
  missing.textContent = message;
}

export function element<T extends HTMLElement>(id: string, type: abstract new () => T): T {
  const found = document.getElementById(id);
  if (!(found instanceof type)) throw new Error(`The page is missing #${id}.`);
  return found;
}

/**
 * The tab's title: what the browser's history, tab list and address-bar
 * suggestions keep. A group's name is in it only while the lock is off; with
 * the lock on (a shared computer) it is a neutral "PeerKit".
 */
export function titleFor(store: PeerStore, title: string): string {
  return store.lock.state === 'off' && !leftByQuickExit() ? title : 'PeerKit';
}

/** The app's one database, the same one its elements use, with every kind registered; while locked, the lock screen instead. */
export async function appStore(kinds: KindTable = PEERKIT_KINDS): Promise<PeerStore> {
  const store = await sharedStore(undefined, kinds);
  await guardStore(store, appLang());
  showStorageNotice(store);
  // Pages that know every kind give old, name-made group and member ids random ones (once), and send an old link on.
  if (kinds === PEERKIT_KINDS) await (randomIds ??= giveRandomIds(store));
  return store;
}

let randomIds: Promise<void> | undefined;

/**
 * Groups and members from before ids were random have ids made from their
 * names (a group's is in the browser's history): they move to random ids (one
 * window at a time, so two never move one group twice), and a page opened by
 * an old link goes on to the group's new address, replacing the old one in
 * this tab's history.
 */
async function giveRandomIds(store: PeerStore): Promise<void> {
  const move = () => moveNamedIds(store);
  try {
    await ('locks' in navigator ? navigator.locks.request('peerkit-random-ids', move) : move());
  } catch (error) {
    // Each write is whole: the group stays where it was, and the page goes on.
    const notice = document.createElement('p');
    notice.className = 'notice';
    notice.setAttribute('role', 'alert');
    notice.textContent = pageText().idsNotMoved(errorText(error));
    document.querySelector('main')?.prepend(notice);
  }
  const asked = groupIdFromUrl();
  const movedTo = asked === null ? undefined : await movedGroupId(store, asked);
  if (movedTo === undefined) return;
  const url = new URL(location.href);
  url.searchParams.set('group', movedTo);
  location.replace(url.href);
  await new Promise<never>(() => undefined);
}

/**
 * Applies a change to the latest stored version of a document in one
 * transaction, so a change made at the same time in another window also lands.
 * Nothing happens when the document is absent or the change leaves it as it was.
 */
export async function updateDoc<T>(kind: string, id: string, change: (data: T) => T): Promise<StoredDoc<T> | undefined> {
  const store = await appStore();
  const absent = new Error('absent');
  return store
    .update<T>(kind, id, (current) => {
      if (current === undefined) throw absent;
      return change(current);
    })
    .catch((error: unknown) => {
      if (error === absent) return undefined;
      throw error;
    });
}

/**
 * When the browser will not keep anything (storage blocked, some private
 * modes), the page says so at the top, once, rather than losing a group quietly.
 */
export function showStorageNotice(store: Pick<PeerStore, 'persistent' | 'fallbackReason'>, page: Document = document): void {
  if (store.persistent || page.getElementById('storage-notice')) return;
  const notice = page.createElement('p');
  notice.id = 'storage-notice';
  notice.className = 'notice';
  notice.setAttribute('role', 'alert');
  notice.textContent = pageText().storageNotKept(store.fallbackReason ?? '');
  page.querySelector('main')?.prepend(notice);
}

/** A text field of a form ('' for a missing field or a file). */
export function formText(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === 'string' ? value : '';
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The group a page is about, from `?group=`. */
export function groupIdFromUrl(): string | null {
  return new URLSearchParams(location.search).get('group');
}

export function registerServiceWorker(): void {
  if ('serviceWorker' in navigator && import.meta.env.PROD) {
    void navigator.serviceWorker.register('./sw.js').catch((error: unknown) => {
      console.warn('PeerKit: offline support is unavailable.', error);
    });
  }
}

// On every page: the Quick exit button and Esc twice.
installQuickExit(appLang());
