/**
 * Keeps one stored document in step with an element: loads it, watches it
 * (this tab and others), and writes each change as a command applied to the
 * latest stored version in one transaction, so changes made at the same moment
 * in other windows all land. What cannot merge (two people rewording one rule)
 * becomes a `conflict` showing both versions; nothing is dropped unsaid.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ConflictError, type KindSpec, type PeerStore, type StoredDoc } from '@peerkit/core';

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
type Command<T> = (data: T, now: number) => T;

export class DocumentController<T> implements ReactiveController {
  status: DocumentStatus = 'detached';
  /** The last storage problem, in words a facilitator can act on. */
  error: string | undefined;
  /** A change that could not merge with one made elsewhere, waiting for the person's choice. */
  conflict: DocumentConflict | undefined;
  store: PeerStore | undefined;
  /** The kind's spec, loaded with the store. */
  private spec: KindSpec<T> | undefined;
  private key: string | undefined;
  /** The stored revision the element's state reflects (once the commands in flight are written). */
  private revision = 0;
  private unwatch: (() => void) | undefined;
  private generation = 0;
  /** Writes run one after another, in the order the person made them. */
  private queue: Promise<unknown> = Promise.resolve();
  private inFlight = 0;
  /** Set while writing when the element's state may no longer match storage. */
  private stale = false;
  /** The newest revision heard of from watchers while writes were in flight. */
  private heard = 0;
  /** The value last given to or taken from the element; anything else it holds was set by its host. */
  private known: T | undefined;
  /** What the element showed before a change that failed, for when storage holds nothing to show instead. */
  private revertTo: T | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: DocumentControllerOptions<T>,
  ) {
    host.addController(this);
  }

  /** False when storage fell back to memory: nothing will outlive the page. */
  get persistent(): boolean {
    return this.store?.persistent ?? false;
  }

  /** True once a stored version has been read or written: the element shows storage, not its own default. */
  get hasStored(): boolean {
    return this.revision > 0;
  }

  /** True when the element keeps a document but storage will not outlive the page. */
  get notKept(): boolean {
    return this.status === 'ready' && this.store?.persistent === false;
  }

  hostDisconnected(): void {
    this.unwatch?.();
    this.unwatch = undefined;
  }

  hostConnected(): void {
    if (this.key !== undefined && !this.unwatch && this.store) this.watch(this.store, this.key);
  }

  /**
   * Points the controller at a key. Resolves to the stored data, or undefined
   * when nothing valid is stored yet (the caller then creates and saves it).
   */
  async attach(key: string | undefined, storeName?: string): Promise<T | undefined> {
    const generation = ++this.generation;
    this.unwatch?.();
    this.unwatch = undefined;
    this.key = key;
    this.revision = 0;
    this.known = undefined;
    this.error = undefined;
    this.conflict = undefined;
    if (key === undefined) {
      this.status = 'detached';
      this.host.requestUpdate();
      return undefined;
    }
    this.status = 'loading';
    try {
      // The store (IndexedDB, idb, validation) loads only for an element that keeps something.
      const [{ sharedStore }, spec] = await Promise.all([import('./shared-store.js'), this.options.spec()]);
      this.spec = spec;
      const store = (this.store = await sharedStore(storeName, { [this.options.kind]: spec }));
      const doc = await store.get(this.options.kind, key);
      if (generation !== this.generation) return undefined;
      this.watch(store, key);
      this.status = 'ready';
      if (store.fallbackReason && !store.persistent) console.warn(`PeerKit: nothing will be kept: ${store.fallbackReason}.`);
      this.host.requestUpdate();
      if (!doc) return undefined;
      const parsed = this.parse(doc.data);
      this.revision = doc.revision;
      if (!parsed.ok) {
        this.report(`The saved ${this.options.kind} could not be read (${parsed.errors[0] ?? 'unknown problem'}); starting afresh.`);
        return undefined;
      }
      return (this.known = parsed.value);
    } catch (error) {
      if (generation === this.generation) {
        this.status = 'error';
        this.report(`Could not open storage: ${message(error)}`);
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
    const value = seed();
    if (value === undefined) return undefined;
    this.known = value;
    const doc = await this.commit((data) => data, value);
    const parsed = doc && doc.data !== value ? this.parse(doc.data) : undefined;
    if (parsed?.ok) this.known = parsed.value;
    return parsed?.ok ? { value: parsed.value, fromStorage: true } : { value, fromStorage: false };
  }

  /**
   * Returns `command` applied to `current`, for the element to show at once,
   * and writes the same command to the latest stored version. When the command
   * meets a ConflictError there, `force` (if given) is what "use mine" writes.
   * A `current` the host set itself (not one this controller gave) is written
   * whole: the host's value replaces what was stored, as a property set should.
   */
  apply(current: T, command: Command<T>, force?: Command<T>): T {
    const now = Date.now();
    const updated = command(current, now);
    if (updated === current) return current;
    const fromHost = this.known !== undefined && current !== this.known;
    this.known = updated;
    void (fromHost ? this.commit(() => updated, updated) : this.commit(command, current, force, now));
    return updated;
  }

  /** Replaces the stored document with `data` (a reset, a file brought in): the last such write wins. */
  async save(data: T): Promise<boolean> {
    this.known = data;
    return (await this.commit(() => data, data)) !== undefined;
  }

  /** Queues a command; resolves to the stored document, or undefined when it did not land. */
  private commit(command: Command<T>, fallback: T, force?: Command<T>, now = Date.now()): Promise<StoredDoc<T> | undefined> {
    const { store, key } = this;
    if (key === undefined || !store) return Promise.resolve(undefined);
    const generation = this.generation;
    this.inFlight++;
    const run = this.queue.then(() => this.write(store, key, generation, command, fallback, force, now));
    this.queue = run;
    return run;
  }

  private async write(
    store: PeerStore,
    key: string,
    generation: number,
    command: Command<T>,
    fallback: T,
    force: Command<T> | undefined,
    now: number,
  ): Promise<StoredDoc<T> | undefined> {
    const basedOn = this.revision;
    try {
      const doc = await store.update<T>(this.options.kind, key, (latest, stored) =>
        command(latest ?? fallback, (stored?.revision ?? 0) === basedOn ? now : Math.max(now, Date.now())),
      );
      if (generation === this.generation) {
        // Someone else wrote in between: what the element shows lacks their change.
        if (doc.revision !== this.revision + 1 && doc.revision !== this.revision) this.stale = true;
        this.revision = Math.max(this.revision, doc.revision);
        if (this.error) {
          this.error = undefined;
          this.host.requestUpdate();
        }
      }
      return doc;
    } catch (error) {
      if (generation !== this.generation) return undefined;
      // This change did not land: show what is stored (or what was shown before it), and say why.
      this.stale = true;
      this.revertTo ??= fallback;
      if (error instanceof ConflictError) this.offerChoice(error, fallback, force);
      else this.report(`Could not save: ${message(error)}`);
      return undefined;
    } finally {
      if (--this.inFlight === 0 && generation === this.generation) await this.settle(store, key, generation);
    }
  }

  /** Once every queued write is done, shows the stored version if it differs from what the element shows. */
  private async settle(store: PeerStore, key: string, generation: number): Promise<void> {
    const missed = this.stale || this.heard > this.revision;
    const revertTo = this.revertTo;
    this.stale = false;
    this.heard = 0;
    this.revertTo = undefined;
    if (!missed) return;
    const latest = await store.get<T>(this.options.kind, key).catch(() => undefined);
    // A new change started meanwhile: its own settle will show the outcome.
    if (this.inFlight > 0 || generation !== this.generation) return;
    if (latest) {
      this.revision = Math.min(this.revision, latest.revision - 1);
      this.adopt(latest);
    } else if (revertTo !== undefined) {
      this.known = revertTo;
      this.options.onChange(revertTo);
      this.host.requestUpdate();
    }
  }

  private offerChoice(error: ConflictError, fallback: T, force: Command<T> | undefined): void {
    const close = () => {
      this.conflict = undefined;
      this.host.requestUpdate();
    };
    this.conflict = {
      what: error.what,
      theirs: error.theirs,
      mine: error.mine,
      keepTheirs: close,
      useMine: () => {
        close();
        if (!force) return;
        void this.commit(force, fallback);
        // The element shows the other version now: show the outcome once it is written.
        this.stale = true;
      },
    };
    this.host.requestUpdate();
  }

  private watch(store: PeerStore, key: string): void {
    this.unwatch = store.watch(this.options.kind, key, (doc) => {
      if (!doc) return;
      // While writes are in flight the element shows changes not stored yet; look again once they land.
      if (this.inFlight > 0) {
        this.heard = Math.max(this.heard, doc.revision);
        return;
      }
      this.adopt(doc);
    });
  }

  /** Reads stored data with the kind's parser; only ever called once attached, when the spec has loaded. */
  private parse(data: unknown): ReturnType<KindSpec<T>['parse']> {
    if (!this.spec) throw new Error(`PeerKit: the ${this.options.kind} kind is read before it has loaded.`);
    return this.spec.parse(data);
  }

  private adopt(doc: StoredDoc): void {
    if (doc.revision <= this.revision) return;
    const parsed = this.parse(doc.data);
    if (!parsed.ok) {
      this.report(`Ignored an unreadable update (${parsed.errors[0] ?? 'unknown problem'}).`);
      return;
    }
    this.revision = doc.revision;
    this.known = parsed.value;
    this.options.onChange(parsed.value);
    this.host.requestUpdate();
  }

  private report(text: string): void {
    this.error = text;
    console.error(`PeerKit: ${text}`);
    this.host.requestUpdate();
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
