/**
 * The passphrase lock. With it on, every stored document's content — its data
 * and when it was saved — is sealed (seal.ts); only its kind, id, revision and
 * schema version stay readable, for the store to find it. The key lives in
 * this page's memory only; the lock's settings (how the key is derived, a
 * sealed check value, the idle time) sit in a store of their own.
 *
 * IndexedDB transactions cannot wait on WebCrypto, so a write reads, opens,
 * changes and seals outside the transaction, then writes inside one that
 * first checks nothing moved meanwhile (the document's revision, and the lock
 * settings' own revision); if something did, it starts again on the new state.
 */
import { ChangedMeanwhile, docKey, type Backend, type Update } from './backends.js';
import type { KeyDerivation, Sealed } from './seal.js';

/** The WebCrypto part, fetched only once a lock is on or being turned on: a page with the lock off never loads it. */
const sealing = () => import('./seal.js');
import { StorageError, type StoredDoc } from './types.js';

/** The object store the lock's settings live in, beside the kinds' own. */
export const LOCK_STORE = 'peerkit-lock';
const SETTINGS_ID = 'settings';
const CHECK_VALUE = 'PeerKit lock check';
export const DEFAULT_IDLE_MINUTES = 15;

export interface LockSettings {
  derivation: KeyDerivation;
  /** A known value sealed with the key: opening it proves a passphrase right. */
  check: Sealed;
  /** Minutes without use before the app locks itself. */
  idleMinutes: number;
}

export type LockState = 'off' | 'locked' | 'unlocked';

/** A document as kept while the lock is on: nothing of its content in the clear. */
interface SealedDoc {
  kind: string;
  id: string;
  schemaVersion: number;
  revision: number;
  sealed: Sealed;
}

/** The settings record; `data` is null once the lock has been turned off. */
type SettingsDoc = StoredDoc<LockSettings | null>;

export class LockedError extends StorageError {
  constructor() {
    super('PeerKit is locked on this device: unlock it with the passphrase to see or change anything.');
    this.name = 'LockedError';
  }
}

export class WrongPassphraseError extends Error {
  constructor(what = 'PeerKit on this device') {
    super(`That passphrase does not open ${what}. Nothing was opened.`);
    this.name = 'WrongPassphraseError';
  }
}

const isSealedDoc = (doc: unknown): doc is SealedDoc => typeof doc === 'object' && doc !== null && 'sealed' in doc;
const contextOf = (doc: { kind: string; id: string }) => `${doc.kind}/${doc.id}`;
/** Signals inside a write's transaction that it must start again. */
const MOVED = new Error('moved');
const RETRIES = 25;

/**
 * A backend that seals what it writes and opens what it reads while the lock
 * is on, over the real one. With the lock off it passes straight through (one
 * transaction a write, as before), checking only that the lock is still off.
 */
export class LockingBackend implements Backend {
  private settings: SettingsDoc | undefined;
  private key: CryptoKey | null = null;

  constructor(
    private readonly inner: Backend,
    private readonly kinds: () => readonly string[],
  ) {}

  get persistent(): boolean {
    return this.inner.persistent;
  }

  get state(): LockState {
    return !this.settings?.data ? 'off' : this.key ? 'unlocked' : 'locked';
  }

  get lockSettings(): LockSettings | null {
    return this.settings?.data ?? null;
  }

  get currentKey(): CryptoKey | null {
    return this.key;
  }

  /** Reads the settings again (another tab may have turned the lock on, off or changed it); forgets a key they no longer open. */
  async refresh(): Promise<void> {
    this.settings = (await this.inner.read(LOCK_STORE, SETTINGS_ID)) as SettingsDoc | undefined;
    if (this.key && !(await this.opens(this.key))) this.key = null;
    if (!this.settings?.data) this.key = null;
  }

  /** Whether a key opens the check value (so it is this lock's key). */
  async opens(key: CryptoKey): Promise<boolean> {
    const settings = this.settings?.data;
    if (!settings) return false;
    try {
      return (await (await sealing()).unseal(key, settings.check, CHECK_VALUE)) === CHECK_VALUE;
    } catch (error) {
      if (error instanceof Error && error.name === 'WrongKeyError') return false;
      throw error;
    }
  }

  /** The key a passphrase makes, if it is this lock's; a WrongPassphraseError otherwise. Changes nothing. */
  async verify(passphrase: string): Promise<CryptoKey> {
    const settings = this.settings?.data;
    if (!settings) throw new StorageError('The lock is not on.');
    const key = await (await sealing()).deriveKey(passphrase, settings.derivation);
    if (!(await this.opens(key))) throw new WrongPassphraseError();
    return key;
  }

  async unlock(passphrase: string): Promise<CryptoKey> {
    this.key = await this.verify(passphrase);
    return this.key;
  }

  /** Takes a key handed over (from another tab or the page before), if it is this lock's. */
  async adopt(key: CryptoKey): Promise<boolean> {
    if (!(await this.opens(key))) return false;
    this.key = key;
    return true;
  }

  forgetKey(): void {
    this.key = null;
  }

  /** The key as base64, to hand to the next page of the tab; null unless unlocked. */
  async exportKey(): Promise<string | null> {
    const key = this.key;
    return key ? (await sealing()).toBase64(new Uint8Array(await crypto.subtle.exportKey('raw', key))) : null;
  }

  /** A raw AES-GCM key handed over as base64; null for anything else. */
  async importKey(base64: string): Promise<CryptoKey | null> {
    try {
      return await crypto.subtle.importKey('raw', (await sealing()).fromBase64(base64), { name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
    } catch {
      return null;
    }
  }

  /**
   * Re-seals every document with a new passphrase (or opens them all, for
   * `null`), with the new settings, in one transaction: a page closed part-way
   * leaves everything as it was. Needs the lock open (or off).
   */
  async reseal(passphrase: string | null, idleMinutes: number, iterations?: number): Promise<CryptoKey | null> {
    if (this.state === 'locked') throw new LockedError();
    const { deriveKey, newDerivation, seal } = await sealing();
    const derivation = passphrase === null ? null : newDerivation(iterations);
    const key = passphrase === null || derivation === null ? null : await deriveKey(passphrase, derivation);
    const settings: LockSettings | null = key && derivation ? { derivation, check: await seal(key, CHECK_VALUE, CHECK_VALUE), idleMinutes } : null;
    const kinds = this.kinds();
    for (let attempt = 0; attempt < RETRIES; attempt++) {
      const raws = (await Promise.all(kinds.map((kind) => this.inner.readAll(kind)))).flat();
      const settingsDoc = (await this.inner.read(LOCK_STORE, SETTINGS_ID)) as SettingsDoc | undefined;
      const opened = await Promise.all(raws.map((raw) => this.open(raw)));
      const resealed = await Promise.all(opened.map(async (doc) => (key ? sealWith(key, doc as StoredDoc) : (doc as StoredDoc))));
      const nextSettings: SettingsDoc = { kind: LOCK_STORE, id: SETTINGS_ID, schemaVersion: 1, revision: (settingsDoc?.revision ?? 0) + 1, updatedAt: Date.now(), data: settings };
      const expected = new Map(raws.map((raw) => [docKey(raw.kind, raw.id), raw.revision]));
      if (settingsDoc) expected.set(docKey(LOCK_STORE, SETTINGS_ID), settingsDoc.revision);
      try {
        await this.inner.swapAll([...kinds, LOCK_STORE], expected, [...resealed, nextSettings]);
        this.settings = nextSettings;
        this.key = key;
        return key;
      } catch (error) {
        if (!(error instanceof ChangedMeanwhile)) throw error;
      }
    }
    throw new StorageError('Other windows kept changing the groups while the lock was being changed; close them and try again.');
  }

  /** Changes the idle time only (no re-sealing). */
  async setIdleMinutes(idleMinutes: number): Promise<void> {
    const written = await this.inner.write(LOCK_STORE, SETTINGS_ID, (current) => {
      const doc = current as SettingsDoc | undefined;
      if (!doc?.data) throw new StorageError('The lock is not on.');
      return { ...doc, revision: doc.revision + 1, updatedAt: Date.now(), data: { ...doc.data, idleMinutes } };
    });
    this.settings = written as SettingsDoc;
  }

  async read(kind: string, id: string): Promise<StoredDoc | undefined> {
    return this.open(await this.inner.read(kind, id));
  }

  async readAll(kind: string): Promise<StoredDoc[]> {
    return Promise.all((await this.inner.readAll(kind)).map(async (raw) => (await this.open(raw)) as StoredDoc));
  }

  /** Documents of a kind saved under an older schema, opened; the others are not opened at all (one bad record cannot stop an upgrade). */
  async readOlderThan(kind: string, schemaVersion: number): Promise<StoredDoc[]> {
    const older = (await this.inner.readAll(kind)).filter((raw) => raw.schemaVersion < schemaVersion);
    return Promise.all(older.map(async (raw) => (await this.open(raw)) as StoredDoc));
  }

  async write(kind: string, id: string, update: Update): Promise<StoredDoc> {
    const [doc] = await this.writeMany([{ kind, id, update }], false);
    return doc as StoredDoc;
  }

  async writeMany(entries: readonly { kind: string; id: string; update: Update }[], clearFirst: boolean): Promise<StoredDoc[]> {
    for (let attempt = 0; attempt < RETRIES; attempt++) {
      const settingsRevision = this.settings?.revision ?? 0;
      // Each write also checks the lock's settings did not change since this page last read them.
      const guard = {
        kind: LOCK_STORE,
        id: SETTINGS_ID,
        update: (now: StoredDoc | undefined) => {
          if ((now?.revision ?? 0) !== settingsRevision) throw MOVED;
          return now;
        },
      };
      try {
        if (this.state === 'off') {
          // Off: straight through in one transaction; a sealed document here means the lock came on meanwhile.
          const written = await this.inner.writeMany(
            [
              guard,
              ...entries.map((entry) => ({
                ...entry,
                update: (now: StoredDoc | undefined) => {
                  if (isSealedDoc(now)) throw MOVED;
                  return entry.update(now);
                },
              })),
            ],
            clearFirst,
          );
          return written.slice(1);
        }
        if (this.state === 'locked') throw new LockedError();
        const raws = await Promise.all(entries.map((entry) => this.inner.read(entry.kind, entry.id)));
        const currents = await Promise.all(raws.map((raw) => this.open(raw)));
        const nexts = entries.map((entry, i) => entry.update(currents[i]));
        const sealed = await Promise.all(nexts.map(async (next, i) => (next === currents[i] || next === undefined ? undefined : sealWith(this.key as CryptoKey, next))));
        await this.inner.writeMany(
          [
            guard,
            ...entries.map((entry, i) => ({
              kind: entry.kind,
              id: entry.id,
              update: (now: StoredDoc | undefined) => {
                if (now?.revision !== raws[i]?.revision) throw MOVED;
                return sealed[i] ?? now;
              },
            })),
          ],
          clearFirst,
        );
        return nexts as StoredDoc[];
      } catch (error) {
        if (error !== MOVED) throw error;
        await this.refresh();
      }
    }
    throw new StorageError('The document kept changing in other windows while this change was being saved; try again.');
  }

  async swapAll(kinds: readonly string[], expected: ReadonlyMap<string, number>, docs: readonly StoredDoc[]): Promise<void> {
    if (this.state === 'locked') throw new LockedError();
    const key = this.key;
    await this.inner.swapAll(kinds, expected, await Promise.all(docs.map(async (doc) => (key ? sealWith(key, doc) : doc))));
  }

  async remove(kind: string, id: string): Promise<void> {
    await this.inner.remove(kind, id);
  }

  /** Empties everything, the lock's settings too: nothing is left to protect. */
  async clear(): Promise<void> {
    await this.inner.clear();
    this.settings = undefined;
    this.key = null;
  }

  close(): void {
    this.key = null;
    this.inner.close();
  }

  /** A stored document as the store knows it: opened when sealed (which needs the key). */
  private async open(raw: StoredDoc | undefined): Promise<StoredDoc | undefined> {
    if (!isSealedDoc(raw)) return raw;
    if (!this.key) throw new LockedError();
    const { updatedAt, data } = await (await sealing()).unseal<{ updatedAt: number; data: unknown }>(this.key, raw.sealed, contextOf(raw));
    return { kind: raw.kind, id: raw.id, schemaVersion: raw.schemaVersion, revision: raw.revision, updatedAt, data };
  }
}

/** A document as kept under the lock: its content sealed, bound to its kind and id. */
async function sealWith(key: CryptoKey, doc: StoredDoc): Promise<StoredDoc> {
  const sealed: SealedDoc = { kind: doc.kind, id: doc.id, schemaVersion: doc.schemaVersion, revision: doc.revision, sealed: await (await sealing()).seal(key, { updatedAt: doc.updatedAt, data: doc.data }, contextOf(doc)) };
  return sealed as unknown as StoredDoc;
}
