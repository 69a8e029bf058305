/**
 * Keeps one stored document in step with an element: loads it, watches it
 * (this tab and others), and saves changes based on the revision it holds,
 * so a change made elsewhere in the meantime is detected rather than lost.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { StaleRevisionError, type KindSpec, type PeerStore, type StoredDoc } from '@peerkit/core';
import { sharedStore } from './shared-store.js';

export type DocumentStatus = 'detached' | 'loading' | 'ready' | 'error';

export interface DocumentControllerOptions<T> {
  kind: string;
  /** The kind's schema version, parser and migrations (e.g. roundKind from @peerkit/core). */
  spec: KindSpec<T>;
  /** Called with each newer version of the document from storage. */
  onChange: (data: T) => void;
}

export class DocumentController<T> implements ReactiveController {
  status: DocumentStatus = 'detached';
  /** The last storage problem, in words a facilitator can act on. */
  error: string | undefined;
  /** True when the last save lost to a change made in another window (the newer version is shown). */
  conflict = false;
  store: PeerStore | undefined;
  private key: string | undefined;
  private revision = 0;
  private unwatch: (() => void) | undefined;
  private generation = 0;

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
    this.error = undefined;
    if (key === undefined) {
      this.status = 'detached';
      this.host.requestUpdate();
      return undefined;
    }
    this.status = 'loading';
    try {
      const store = (this.store = await sharedStore(storeName, { [this.options.kind]: this.options.spec }));
      const doc = await store.get(this.options.kind, key);
      if (generation !== this.generation) return undefined;
      this.watch(store, key);
      this.status = 'ready';
      this.host.requestUpdate();
      if (!doc) return undefined;
      const parsed = this.options.spec.parse(doc.data);
      this.revision = doc.revision;
      if (!parsed.ok) {
        this.report(`The saved ${this.options.kind} could not be read (${parsed.errors[0] ?? 'unknown problem'}); starting afresh.`);
        return undefined;
      }
      return parsed.value;
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
   * seed gives nothing). Resolves to the value and whether it came from
   * storage; undefined without a key.
   */
  async open(key: string | undefined, storeName: string | undefined, seed: () => T | undefined): Promise<{ value: T; fromStorage: boolean } | undefined> {
    const stored = await this.attach(key, storeName);
    if (key === undefined) return undefined;
    if (stored !== undefined) return { value: stored, fromStorage: true };
    const value = seed();
    if (value === undefined) return undefined;
    await this.save(value);
    return { value, fromStorage: false };
  }

  /**
   * Saves data based on the revision last seen. Saves run one at a time and
   * only the newest waiting data is written, so quick presses never race.
   * Resolves true when saved; false when another window changed it first
   * (the newer version then arrives through onChange) or storage failed
   * (reported in `error`).
   */
  save(data: T): Promise<boolean> {
    this.pending = data;
    this.saving ??= this.flush().finally(() => (this.saving = undefined));
    return this.saving;
  }

  private pending: T | undefined;
  private saving: Promise<boolean> | undefined;
  /** The revision a write in flight is based on; its own echo is not news. */
  private inFlightBase: number | undefined;

  private async flush(): Promise<boolean> {
    let ok = true;
    while (this.pending !== undefined) {
      const data = this.pending;
      this.pending = undefined;
      ok = await this.write(data);
      if (!ok) this.pending = undefined;
    }
    return ok;
  }

  private async write(data: T): Promise<boolean> {
    if (this.key === undefined || !this.store) return true;
    const key = this.key;
    this.inFlightBase = this.revision;
    try {
      const doc = await this.store.put(this.options.kind, key, data, { baseRevision: this.revision });
      if (key === this.key) this.revision = Math.max(this.revision, doc.revision);
      if (this.error || this.conflict) {
        this.error = undefined;
        this.conflict = false;
        this.host.requestUpdate();
      }
      return true;
    } catch (error) {
      if (error instanceof StaleRevisionError) {
        this.inFlightBase = undefined;
        this.conflict = true;
        this.host.requestUpdate();
        const latest = await this.store.get(this.options.kind, key).catch(() => undefined);
        if (latest) this.adopt(latest);
        return false;
      }
      this.report(`Could not save: ${message(error)}`);
      return false;
    } finally {
      this.inFlightBase = undefined;
    }
  }

  private watch(store: PeerStore, key: string): void {
    this.unwatch = store.watch(this.options.kind, key, (doc) => {
      if (doc) this.adopt(doc);
    });
  }

  private adopt(doc: StoredDoc): void {
    if (doc.revision <= this.revision) return;
    if (this.inFlightBase !== undefined && doc.revision === this.inFlightBase + 1) return;
    const parsed = this.options.spec.parse(doc.data);
    if (!parsed.ok) {
      this.report(`Ignored an unreadable update (${parsed.errors[0] ?? 'unknown problem'}).`);
      return;
    }
    this.revision = doc.revision;
    this.options.onChange(parsed.value);
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
