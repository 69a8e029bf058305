/**
 * The working half of DocumentController, loaded with the store when an element
 * attaches to a key: the write queue, merging with other windows' changes, the
 * conflict choice and the watch. An element that keeps nothing never loads it.
 */
import { ConflictError, holdWhileSaving, type KindSpec, type PeerStore, type StoredDoc } from '@peerkit/core';
import { sharedStore } from './shared-store.js';
import { errorMessage } from './error-message.js';
import type { Command, DocumentConflict } from './document-controller.js';

export { drawNotices } from './storage-notice.js';

/** What the sync tells the controller it works for. */
export interface SyncOwner<T> {
  readonly kind: string;
  /** Each newer version of the document, from storage. */
  changed(data: T): void;
  /** A storage problem in words a facilitator can act on; undefined once a write lands again. */
  reported(text: string | undefined): void;
  requestUpdate(): void;
}

/** Opens the shared store with the kind registered and reads what is stored at `key`. */
export async function connect<T>(owner: SyncOwner<T>, key: string, storeName: string | undefined, spec: KindSpec<T>): Promise<{ sync: DocumentSync<T>; stored: StoredDoc | undefined }> {
  const store = await sharedStore(storeName, { [owner.kind]: spec });
  const stored = await store.get(owner.kind, key);
  return { sync: new DocumentSync(owner, store, key, spec), stored };
}

export class DocumentSync<T> {
  /** The stored revision the element's state reflects (once the commands in flight are written). */
  revision = 0;
  /** A change that could not merge with one made elsewhere, waiting for the person's choice. */
  conflict: DocumentConflict | undefined;
  /** The value last given to or taken from the element; anything else it holds was set by its host. */
  known: T | undefined;
  /** Set once the controller has moved to another key: nothing more reaches the element. */
  private closed = false;
  private unwatch: (() => void) | undefined;
  /** Writes run one after another, in the order the person made them. */
  private queue: Promise<unknown> = Promise.resolve();
  private inFlight = 0;
  /** Set while writing when the element's state may no longer match storage. */
  private stale = false;
  /** The newest revision heard of from watchers while writes were in flight. */
  private heard = 0;
  /** What the element showed before a change that failed, for when storage holds nothing to show instead. */
  private revertTo: T | undefined;

  constructor(
    private readonly owner: SyncOwner<T>,
    readonly store: PeerStore,
    private readonly key: string,
    private readonly spec: KindSpec<T>,
  ) {}

  close(): void {
    this.closed = true;
    this.stopWatching();
  }

  /** Reads a stored version: its value, or undefined (and a notice) when it cannot be read. */
  read(doc: StoredDoc): T | undefined {
    const parsed = this.spec.parse(doc.data);
    this.revision = doc.revision;
    if (!parsed.ok) {
      this.owner.reported(`The saved ${this.owner.kind} could not be read (${parsed.errors[0] ?? 'unknown problem'}); starting afresh.`);
      return undefined;
    }
    return (this.known = parsed.value);
  }

  /** Reads a version another write produced, for when it differs from the value written. */
  parse(data: unknown): T | undefined {
    const parsed = this.spec.parse(data);
    return parsed.ok ? parsed.value : undefined;
  }

  /** See DocumentController.apply. */
  apply(current: T, command: Command<T>, force?: Command<T>): T {
    const now = Date.now();
    const updated = command(current, now);
    if (updated === current) return current;
    const fromHost = this.known !== undefined && current !== this.known;
    this.known = updated;
    void (fromHost ? this.commit(() => updated, updated) : this.commit(command, current, force, now));
    return updated;
  }

  /** Queues a command; resolves to the stored document, or undefined when it did not land. */
  commit(command: Command<T>, fallback: T, force?: Command<T>, now = Date.now()): Promise<StoredDoc<T> | undefined> {
    if (this.closed) return Promise.resolve(undefined);
    this.inFlight++;
    // Held from now, not from when its turn comes: a command queued behind another is unsaved too.
    const run = holdWhileSaving(this.queue.then(() => this.write(command, fallback, force, now)));
    this.queue = run;
    return run;
  }

  private async write(command: Command<T>, fallback: T, force: Command<T> | undefined, now: number): Promise<StoredDoc<T> | undefined> {
    const basedOn = this.revision;
    try {
      const doc = await this.store.update<T>(this.owner.kind, this.key, (latest, stored) =>
        command(latest ?? fallback, (stored?.revision ?? 0) === basedOn ? now : Math.max(now, Date.now())),
      );
      if (!this.closed) {
        // Someone else wrote in between: what the element shows lacks their change.
        if (doc.revision !== this.revision + 1 && doc.revision !== this.revision) this.stale = true;
        this.revision = Math.max(this.revision, doc.revision);
        this.owner.reported(undefined);
      }
      return doc;
    } catch (error) {
      if (this.closed) return undefined;
      // This change did not land: show what is stored (or what was shown before it), and say why.
      this.stale = true;
      this.revertTo ??= fallback;
      if (error instanceof ConflictError) this.offerChoice(error, fallback, force);
      else this.owner.reported(`Could not save: ${errorMessage(error)}`);
      return undefined;
    } finally {
      if (--this.inFlight === 0 && !this.closed) await this.settle();
    }
  }

  /** Once every queued write is done, shows the stored version if it differs from what the element shows. */
  private async settle(): Promise<void> {
    const missed = this.stale || this.heard > this.revision;
    const revertTo = this.revertTo;
    this.stale = false;
    this.heard = 0;
    this.revertTo = undefined;
    if (!missed) return;
    const latest = await this.store.get<T>(this.owner.kind, this.key).catch(() => undefined);
    // A new change started meanwhile: its own settle will show the outcome.
    if (this.inFlight > 0 || this.closed) return;
    if (latest) {
      this.revision = Math.min(this.revision, latest.revision - 1);
      this.adopt(latest);
    } else if (revertTo !== undefined) {
      this.known = revertTo;
      this.owner.changed(revertTo);
      this.owner.requestUpdate();
    }
  }

  private offerChoice(error: ConflictError, fallback: T, force: Command<T> | undefined): void {
    const close = () => {
      this.conflict = undefined;
      this.owner.requestUpdate();
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
    this.owner.requestUpdate();
  }

  watch(): void {
    if (this.unwatch || this.closed) return;
    this.unwatch = this.store.watch(this.owner.kind, this.key, (doc) => {
      if (!doc) return;
      // While writes are in flight the element shows changes not stored yet; look again once they land.
      if (this.inFlight > 0) {
        this.heard = Math.max(this.heard, doc.revision);
        return;
      }
      this.adopt(doc);
    });
  }

  stopWatching(): void {
    this.unwatch?.();
    this.unwatch = undefined;
  }

  private adopt(doc: StoredDoc): void {
    if (doc.revision <= this.revision) return;
    const parsed = this.spec.parse(doc.data);
    if (!parsed.ok) {
      this.owner.reported(`Ignored an unreadable update (${parsed.errors[0] ?? 'unknown problem'}).`);
      return;
    }
    this.revision = doc.revision;
    this.known = parsed.value;
    this.owner.changed(parsed.value);
    this.owner.requestUpdate();
  }
}
