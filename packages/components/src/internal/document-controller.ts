/**
 * Keeps one stored document in step with an element: loads it, watches it
 * (this tab and others), and writes each change as a command applied to the
 * latest stored version in one transaction, so changes made at the same moment
 * in other windows all land. What cannot merge (two people rewording one rule)
 * becomes a `conflict` showing both versions; nothing is dropped unsaid.
 *
 * This is the part every element carries; the work (document-sync.ts) and the
 * notices' words load with the store, when the element attaches to a key.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { KindSpec, PeerStore } from '@peerkit/core';
import type { Lang } from './i18n.js';
import type * as Notices from './storage-notice.js';
import type { DocumentSync, SyncOwner } from './document-sync.js';
import { errorMessage } from './error-message.js';

export type DocumentStatus = 'detached' | 'loading' | 'ready' | 'error';

export interface DocumentControllerOptions<T> {
  kind: string;
  /**
   * Loads the kind's schema version, parser and migrations (e.g. `@peerkit/core/rounds/kind`):
   * with the store, when the element attaches to a key, so an element that keeps nothing never loads them.
   */
  spec: () => Promise<KindSpec<T>>;
  /** Called with each newer version of the document from storage. */
  onChange: (data: T) => void;
}

/** A change that met another one; the person chooses. */
export interface DocumentConflict {
  what: string;
  theirs: string;
  mine: string;
  /** Writes this change over the other one. */
  useMine(): void;
  /** Keeps the other version; the notice goes. */
  keepTheirs(): void;
}

/**
 * A change to a document, given the time it happens. Inside the write it gets the
 * same time as on the screen, unless another window wrote first: then the time of
 * the write, so it never stamps a time older than that window's change.
 */
export type Command<T> = (data: T, now: number) => T;

/** The notices' drawing, once the store (and with it the notices' words) has loaded. */
let drawNotices: typeof Notices.drawNotices | undefined;

/**
 * The notices for an element's documents: storage that will not outlive the page, a save
 * that failed, a change that met another one. Nothing when all is well.
 */
export function storageNotices(docs: readonly Notices.NoticeSource[], lang: Lang): TemplateResult | typeof nothing {
  if (!docs.some((doc) => doc.notKept || doc.error || doc.conflict)) return nothing;
  if (drawNotices) return drawNotices(docs, lang);
  // The store's code could not load (offline, say): its error is all there is to show.
  return html`${docs.map((doc) => (doc.error ? html`<p class="notice error" role="alert" part="notice">${doc.error}</p>` : nothing))}`;
}

export class DocumentController<T> implements ReactiveController {
  status: DocumentStatus = 'detached';
  /** The last storage problem, in words a facilitator can act on. */
  error: string | undefined;
  /** The working half, once attached to a key and the store has opened. */
  private sync: DocumentSync<T> | undefined;
  private generation = 0;
  private readonly owner: SyncOwner<T>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: DocumentControllerOptions<T>,
  ) {
    this.owner = {
      kind: options.kind,
      changed: (data) => options.onChange(data),
      reported: (text) => this.report(text),
      requestUpdate: () => host.requestUpdate(),
    };
    host.addController(this);
  }

  get store(): PeerStore | undefined {
    return this.sync?.store;
  }

  /** A change that could not merge with one made elsewhere, waiting for the person's choice. */
  get conflict(): DocumentConflict | undefined {
    return this.sync?.conflict;
  }

  /** False when storage fell back to memory: nothing will outlive the page. */
  get persistent(): boolean {
    return this.store?.persistent ?? false;
  }

  /** True once a stored version has been read or written: the element shows storage, not its own default. */
  get hasStored(): boolean {
    return (this.sync?.revision ?? 0) > 0;
  }

  /** True when the element keeps a document but storage will not outlive the page. */
  get notKept(): boolean {
    return this.status === 'ready' && this.store?.persistent === false;
  }

  hostDisconnected(): void {
    this.sync?.stopWatching();
  }

  hostConnected(): void {
    this.sync?.watch();
  }

  /**
   * Points the controller at a key. Resolves to the stored data, or undefined
   * when nothing valid is stored yet (the caller then creates and saves it).
   */
  async attach(key: string | undefined, storeName?: string): Promise<T | undefined> {
    const generation = ++this.generation;
    this.sync?.close();
    this.sync = undefined;
    this.error = undefined;
    if (key === undefined) {
      this.status = 'detached';
      this.host.requestUpdate();
      return undefined;
    }
    this.status = 'loading';
    try {
      // The store (IndexedDB, idb, validation) loads only for an element that keeps something.
      const [engine, spec] = await Promise.all([import('./document-sync.js'), this.options.spec()]);
      drawNotices = engine.drawNotices;
      const { sync, stored } = await engine.connect(this.owner, key, storeName, spec);
      if (generation !== this.generation) return undefined;
      this.sync = sync;
      sync.watch();
      this.status = 'ready';
      if (sync.store.fallbackReason && !sync.store.persistent) console.warn(`PeerKit: nothing will be kept: ${sync.store.fallbackReason}.`);
      this.host.requestUpdate();
      return stored ? sync.read(stored) : undefined;
    } catch (error) {
      if (generation === this.generation) {
        this.status = 'error';
        this.report(`Could not open storage: ${errorMessage(error)}`);
      }
      return undefined;
    }
  }

  /**
   * Attaches to a key and makes sure a document lives there: the stored one,
   * or else `seed()` saved as the first revision (nothing is saved when the
   * seed gives nothing; a document another window saved first wins). Resolves
   * to the value and whether it came from storage; undefined without a key.
   */
  async open(key: string | undefined, storeName: string | undefined, seed: () => T | undefined): Promise<{ value: T; fromStorage: boolean } | undefined> {
    const stored = await this.attach(key, storeName);
    if (key === undefined) return undefined;
    if (stored !== undefined) return { value: stored, fromStorage: true };
    const sync = this.sync;
    const value = seed();
    if (value === undefined) return undefined;
    // Storage could not open (the notice says why), or another key was asked for since: the element keeps its own value.
    if (!sync) return { value, fromStorage: false };
    sync.known = value;
    const doc = await sync.commit((data) => data, value);
    const theirs = doc && doc.data !== value ? sync.parse(doc.data) : undefined;
    if (theirs === undefined) return { value, fromStorage: false };
    sync.known = theirs;
    return { value: theirs, fromStorage: true };
  }

  /**
   * Returns `command` applied to `current`, for the element to show at once,
   * and writes the same command to the latest stored version. When the command
   * meets a ConflictError there, `force` (if given) is what "use mine" writes.
   * A `current` the host set itself (not one this controller gave) is written
   * whole: the host's value replaces what was stored, as a property set should.
   */
  apply(current: T, command: Command<T>, force?: Command<T>): T {
    return this.sync ? this.sync.apply(current, command, force) : command(current, Date.now());
  }

  /** Replaces the stored document with `data` (a reset, a file brought in): the last such write wins. */
  async save(data: T): Promise<boolean> {
    if (!this.sync) return false;
    this.sync.known = data;
    return (await this.sync.commit(() => data, data)) !== undefined;
  }

  /** Shows a storage problem (and logs it); undefined clears the last one. */
  private report(text: string | undefined): void {
    if (text === undefined && this.error === undefined) return;
    this.error = text;
    if (text) console.error(`PeerKit: ${text}`);
    this.host.requestUpdate();
  }
}
