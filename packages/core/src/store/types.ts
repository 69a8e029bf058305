import type { ParseResult } from '../internal/validate.js';

/** One stored document: the model's data wrapped with what storage needs. */
export interface StoredDoc<T = unknown> {
  kind: string;
  id: string;
  schemaVersion: number;
  /** Counts writes from 1; a write names the revision it was based on. */
  revision: number;
  updatedAt: number;
  data: T;
}

/** A migration turns data of one schema version into the next. Pure. */
export type Migration = (data: unknown) => unknown;

/** How the store treats one kind of document. */
export interface KindSpec<T = unknown> {
  schemaVersion: number;
  parse: (data: unknown) => ParseResult<T>;
  /** `migrations[i]` turns version i + 1 into version i + 2, so its length is schemaVersion − 1. */
  migrations: readonly Migration[];
}

export type KindTable = Readonly<Record<string, KindSpec>>;

export interface PutOptions {
  /**
   * The revision this write is based on (0 for "must not exist yet"). When the
   * stored revision differs, the write is refused with a StaleRevisionError.
   * Leave it out only for writes that should replace whatever is there.
   */
  baseRevision?: number;
}

export interface ImportOptions {
  /** `merge` (default) keeps documents the file does not name; `replace` removes them. */
  mode?: 'merge' | 'replace';
}

export interface ExportFile {
  format: 'peerkit';
  formatVersion: 1;
  exportedAt: string;
  documents: StoredDoc[];
}

/** A command on a document's data: the latest stored version in (and its stored form), the next version out. */
export type Change<T> = (current: T | undefined, stored: StoredDoc<T> | undefined) => T;

/**
 * Carries an in-memory store from one page to the next in the same tab (the app
 * uses window.name), where the browser keeps nothing else. Synchronous, because
 * a page being left cannot wait.
 */
export interface MemoryCarrier {
  load(): StoredDoc[];
  save(documents: readonly StoredDoc[]): void;
}

export type WatchCallback<T = unknown> = (doc: StoredDoc<T> | undefined) => void;

export interface PeerStore {
  readonly name: string;
  /** False when IndexedDB could not be used and nothing will outlive the page. */
  readonly persistent: boolean;
  /** Why the store is not persistent, for a notice; undefined when it is. */
  readonly fallbackReason: string | undefined;
  get<T>(kind: string, id: string): Promise<StoredDoc<T> | undefined>;
  put<T>(kind: string, id: string, data: T, options?: PutOptions): Promise<StoredDoc<T>>;
  /**
   * Applies `change` to the latest stored data inside one transaction, so changes
   * made at the same moment in other windows all land. `change` gets undefined when
   * nothing is stored; it must be synchronous and pure. A throw (such as a
   * ConflictError) refuses the write, and the error reaches the caller as it was thrown.
   */
  update<T>(kind: string, id: string, change: Change<T>): Promise<StoredDoc<T>>;
  delete(kind: string, id: string): Promise<void>;
  list<T>(kind: string): Promise<StoredDoc<T>[]>;
  /** Calls back after each change to the document, from this tab or another. Returns an unsubscribe. */
  watch<T>(kind: string, id: string, callback: WatchCallback<T>): () => void;
  exportAll(): Promise<ExportFile>;
  importAll(file: unknown, options?: ImportOptions): Promise<{ imported: number }>;
  wipe(): Promise<void>;
  /** Adds kinds (with their parsers) to an open store; their object stores must exist. */
  register(kinds: KindTable): Promise<void>;
  /** The passphrase lock: everything stored sealed, the key in memory only. */
  readonly lock: StoreLock;
  close(): void;
}

/** 'off': nothing sealed; 'locked': sealed and no key here; 'unlocked': sealed, and this page holds the key. */
export type LockState = 'off' | 'locked' | 'unlocked';

export interface StoreLock {
  readonly state: LockState;
  /** Minutes without use before the app locks itself (while the lock is on). */
  readonly idleMinutes: number;
  /** Turns the lock on: everything stored is sealed with a key from the passphrase, in one transaction. */
  turnOn(passphrase: string, options?: { idleMinutes?: number; iterations?: number }): Promise<void>;
  /** Opens the lock in this tab and the app's other tabs; a WrongPassphraseError opens nothing. */
  unlock(passphrase: string): Promise<void>;
  /** Forgets the key here and in every other tab of the app. */
  lockNow(): void;
  /** Re-seals everything with a new passphrase, in one transaction: all old or all new, never a mix. */
  changePassphrase(current: string, next: string): Promise<void>;
  /** Opens everything for good and turns the lock off. */
  turnOff(passphrase: string): Promise<void>;
  setIdleMinutes(minutes: number): Promise<void>;
  /** The key itself, to hand to another page of the app (it cannot be read out, only passed on); null unless unlocked. */
  key(): CryptoKey | null;
  /** The key as base64; null unless unlocked. */
  exportKey(): Promise<string | null>;
  /** Takes a key handed over; false (and still locked) if it is not this lock's. */
  adoptKey(key: string | CryptoKey): Promise<boolean>;
  /** Asks the app's other open tabs for the key (a presenter window opened by the facilitator's); true if one gave it. */
  askOtherTabs(waitMs?: number): Promise<boolean>;
  /** Calls back whenever the state changes, here or from another tab. Returns an unsubscribe. */
  onChange(callback: (state: LockState) => void): () => void;
}

export class StaleRevisionError extends Error {
  constructor(
    readonly kind: string,
    readonly id: string,
    readonly baseRevision: number,
    readonly currentRevision: number,
  ) {
    super(
      `${kind} "${id}" changed elsewhere: this write was based on revision ${baseRevision}, ` +
        `but the stored one is revision ${currentRevision}. Load it again and repeat the change.`,
    );
    this.name = 'StaleRevisionError';
  }
}

export class StorageError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StorageError';
  }
}

/**
 * A true conflict: the change was made to a version of something (a rule's
 * wording, a resource) that someone else has changed since. Neither is dropped:
 * the person is shown both and chooses.
 */
export class ConflictError extends Error {
  constructor(
    /** What both changed, in words: 'rule 3', 'the resource "Crisis line"'. */
    readonly what: string,
    /** The version now stored, as text to show. */
    readonly theirs: string,
    /** The version this change would have written. */
    readonly mine: string,
  ) {
    super(`${what} was changed elsewhere while you edited it.`);
    this.name = 'ConflictError';
  }
}
