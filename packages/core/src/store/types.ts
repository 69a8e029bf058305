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
  close(): void;
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
