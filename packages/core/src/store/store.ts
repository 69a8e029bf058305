/**
 * The document store: IndexedDB through `idb`, or memory where IndexedDB is
 * unavailable. Validates every document, refuses stale writes, migrates old
 * schemas, and tells watchers in this tab and other tabs about changes.
 */
import { Checker, ValidationError } from '../internal/validate.js';
import { plainDataProblems } from '../internal/outside-data.js';
import { IndexedDbBackend, MemoryBackend, type Backend, type Update } from './backends.js';
import { DEFAULT_IDLE_MINUTES, LOCK_STORE, LockingBackend } from './lock.js';
import { holdWhileSaving } from './unsaved.js';
import { migrate } from './migrate.js';
import {
  StaleRevisionError,
  StorageError,
  type Change,
  type ExportFile,
  type ImportOptions,
  type KindSpec,
  type KindTable,
  type LockState,
  type MemoryCarrier,
  type PeerStore,
  type PutOptions,
  type StoreLock,
  type StoredDoc,
  type WatchCallback,
} from './types.js';

export const DEFAULT_STORE_NAME = 'peerkit';

export interface OpenStoreOptions {
  /** The IndexedDB database name; one per page origin by default. */
  name?: string;
  /** The kinds of document this store holds. */
  kinds: KindTable;
  /** Object stores to create besides the kinds' own (kinds registered later need theirs). */
  objectStores?: readonly string[];
  /** `memory` forces the in-memory store (tests, or a page that must keep nothing). */
  backend?: 'auto' | 'memory';
  /** Where an in-memory store is carried between pages of one tab, when IndexedDB cannot be used. */
  memoryCarrier?: MemoryCarrier;
}

type ChannelMessage =
  | { type: 'change'; kind: string; id: string }
  | { type: 'wipe' }
  | { type: 'lock' }
  | { type: 'lock-settings' }
  | { type: 'unlock'; key: CryptoKey }
  | { type: 'key-please' };

export async function openStore(options: OpenStoreOptions): Promise<PeerStore> {
  const name = options.name ?? DEFAULT_STORE_NAME;
  const kinds = [...new Set([...Object.keys(options.kinds), ...(options.objectStores ?? []), LOCK_STORE])];
  let backend: Backend;
  let fallbackReason: string | undefined;
  if (options.backend === 'memory') {
    backend = new MemoryBackend(kinds, options.memoryCarrier);
    fallbackReason = 'in-memory storage was requested';
  } else {
    try {
      // Where site data is blocked, even reading `indexedDB` throws (a SecurityError).
      if (typeof indexedDB === 'undefined') {
        backend = new MemoryBackend(kinds, options.memoryCarrier);
        fallbackReason = 'this browser offers no IndexedDB';
      } else backend = await IndexedDbBackend.open(name, kinds);
    } catch (error) {
      backend = new MemoryBackend(kinds, options.memoryCarrier);
      fallbackReason = `IndexedDB could not be opened (${describeError(error)})`;
    }
  }
  const locking = new LockingBackend(backend, () => kinds.filter((kind) => kind !== LOCK_STORE));
  await locking.refresh();
  const store = new DocumentStore(name, { ...options.kinds }, kinds, locking, fallbackReason);
  await store.migrateStored();
  return store;
}

class DocumentStore implements PeerStore {
  private readonly watchers = new Map<string, Set<WatchCallback>>();
  private readonly lockWatchers = new Set<(state: LockState) => void>();
  private readonly channel: BroadcastChannel | undefined;
  readonly lock: StoreLock;

  constructor(
    readonly name: string,
    private readonly kinds: Record<string, KindSpec>,
    private readonly objectStores: readonly string[],
    private readonly backend: LockingBackend,
    readonly fallbackReason: string | undefined,
  ) {
    this.lock = this.makeLock();
    // Other tabs share IndexedDB, not memory: only a persistent store syncs.
    if (backend.persistent && typeof BroadcastChannel !== 'undefined') {
      this.channel = new BroadcastChannel(`peerkit-store:${name}`);
      this.channel.onmessage = (event: MessageEvent<ChannelMessage>) => void this.onRemote(event.data);
    }
  }

  get persistent(): boolean {
    return this.backend.persistent;
  }

  async get<T>(kind: string, id: string): Promise<StoredDoc<T> | undefined> {
    const doc = await this.guard(`read ${kind} "${id}"`, () => this.backend.read(this.known(kind), id));
    return doc && (this.upToDate(doc) as StoredDoc<T>);
  }

  async list<T>(kind: string): Promise<StoredDoc<T>[]> {
    const docs = await this.guard(`list ${kind}`, () => this.backend.readAll(this.known(kind)));
    return docs.map((doc) => this.upToDate(doc) as StoredDoc<T>);
  }

  async put<T>(kind: string, id: string, data: T, options: PutOptions = {}): Promise<StoredDoc<T>> {
    this.known(kind);
    this.validate(kind, id, data);
    const update: Update = (current) => {
      const currentRevision = current?.revision ?? 0;
      if (options.baseRevision !== undefined && options.baseRevision !== currentRevision) {
        throw new StaleRevisionError(kind, id, options.baseRevision, currentRevision);
      }
      return this.stamp(kind, id, data, currentRevision);
    };
    const doc = await holdWhileSaving(this.guard(`save ${kind} "${id}"`, () => this.backend.write(kind, id, update)));
    this.changed(kind, id, doc);
    return doc as StoredDoc<T>;
  }

  async update<T>(kind: string, id: string, change: Change<T>): Promise<StoredDoc<T>> {
    this.known(kind);
    // What the change itself throws reaches the caller unwrapped: it is the change's answer, not a storage fault.
    let refusal: { error: unknown } | undefined;
    const update: Update = (current) => {
      const latest = current && (this.upToDate(current) as StoredDoc<T>);
      const before = latest?.data;
      let data: T;
      try {
        data = change(before, latest);
      } catch (error) {
        refusal = { error };
        throw error;
      }
      // A change that returns what it was given writes nothing.
      if (current && data === before && current.schemaVersion === this.kinds[kind]?.schemaVersion) return current;
      this.validate(kind, id, data);
      return this.stamp(kind, id, data, current?.revision ?? 0);
    };
    try {
      const outcome = { written: true };
      const doc = await holdWhileSaving(
        this.guard(`save ${kind} "${id}"`, () =>
          this.backend.write(kind, id, (current) => {
            const next = update(current);
            outcome.written = next !== current;
            return next;
          }),
        ),
      );
      if (outcome.written) this.changed(kind, id, doc);
      return doc as StoredDoc<T>;
    } catch (error) {
      throw refusal ? refusal.error : error;
    }
  }

  async delete(kind: string, id: string): Promise<void> {
    await holdWhileSaving(this.guard(`delete ${kind} "${id}"`, () => this.backend.remove(this.known(kind), id)));
    this.changed(kind, id, undefined);
  }

  watch<T>(kind: string, id: string, callback: WatchCallback<T>): () => void {
    const key = watchKey(kind, id);
    let set = this.watchers.get(key);
    if (!set) this.watchers.set(key, (set = new Set()));
    set.add(callback as WatchCallback);
    return () => set.delete(callback as WatchCallback);
  }

  async exportAll(): Promise<ExportFile> {
    const documents: StoredDoc[] = [];
    for (const kind of Object.keys(this.kinds)) documents.push(...(await this.list(kind)));
    return { format: 'peerkit', formatVersion: 1, exportedAt: new Date().toISOString(), documents };
  }

  async importAll(file: unknown, options: ImportOptions = {}): Promise<{ imported: number }> {
    const documents = this.parseExport(file);
    const entries = documents.map((doc) => ({
      kind: doc.kind,
      id: doc.id,
      // Imported documents continue the local revision count, so open editors see them as newer.
      update: (current: StoredDoc | undefined): StoredDoc => ({ ...doc, revision: (current?.revision ?? 0) + 1, updatedAt: Date.now() }),
    }));
    await holdWhileSaving(this.guard('import', () => this.backend.writeMany(entries, options.mode === 'replace')));
    if (options.mode === 'replace') this.wiped();
    else for (const doc of documents) this.changed(doc.kind, doc.id, doc);
    return { imported: documents.length };
  }

  async wipe(): Promise<void> {
    await holdWhileSaving(this.guard('wipe', () => this.backend.clear()));
    this.wiped();
  }

  async register(kinds: KindTable): Promise<void> {
    const added: string[] = [];
    for (const [kind, spec] of Object.entries(kinds)) {
      if (!this.objectStores.includes(kind)) {
        throw new StorageError(`No object store for kind "${kind}" in "${this.name}"; open the store with it in objectStores.`);
      }
      if (this.kinds[kind] !== spec) added.push(kind);
      this.kinds[kind] = spec;
    }
    if (added.length > 0) await this.migrateStored(added);
  }

  close(): void {
    this.channel?.close();
    this.backend.close();
    this.watchers.clear();
  }

  /** Brings every stored document of an older schema up to date, in one transaction (once unlocked, when locked). */
  async migrateStored(only: readonly string[] = Object.keys(this.kinds)): Promise<void> {
    if (this.backend.state === 'locked') return;
    const entries: { kind: string; id: string; update: Update }[] = [];
    for (const kind of only) {
      const spec = this.kinds[kind];
      if (!spec) continue;
      if (spec.migrations.length === 0) continue;
      for (const doc of await this.backend.readOlderThan(kind, spec.schemaVersion)) {
        const migrated = this.upToDate(doc);
        entries.push({ kind, id: doc.id, update: () => ({ ...migrated, revision: doc.revision + 1 }) });
      }
    }
    if (entries.length > 0) await this.guard('upgrade stored documents', () => this.backend.writeMany(entries, false));
  }

  private lockChanged(): void {
    const state = this.backend.state;
    for (const callback of this.lockWatchers) callback(state);
  }

  private makeLock(): StoreLock {
    const backend = this.backend;
    const post = (message: ChannelMessage) => this.channel?.postMessage(message);
    const after = async (message: ChannelMessage) => {
      post(message);
      await this.migrateStored();
      this.lockChanged();
    };
    // A passphrase is proved against the check value, whatever key this page holds.
    const check = (passphrase: string) => backend.verify(passphrase);
    return {
      get state() {
        return backend.state;
      },
      get idleMinutes() {
        return backend.lockSettings?.idleMinutes ?? DEFAULT_IDLE_MINUTES;
      },
      turnOn: async (passphrase, options = {}) => {
        if (!this.persistent) throw new StorageError('This browser keeps nothing from this site, so there is nothing on the device to lock.');
        if (backend.state !== 'off') throw new StorageError('The lock is already on.');
        await backend.reseal(passphrase, options.idleMinutes ?? DEFAULT_IDLE_MINUTES, options.iterations);
        await after({ type: 'lock-settings' });
      },
      unlock: async (passphrase) => {
        const key = await backend.unlock(passphrase);
        await after({ type: 'unlock', key });
      },
      lockNow: () => {
        if (backend.state === 'off') return;
        backend.forgetKey();
        post({ type: 'lock' });
        this.lockChanged();
      },
      changePassphrase: async (current, next) => {
        await check(current);
        await backend.reseal(next, backend.lockSettings?.idleMinutes ?? DEFAULT_IDLE_MINUTES);
        await after({ type: 'lock-settings' });
      },
      turnOff: async (passphrase) => {
        await check(passphrase);
        await backend.reseal(null, DEFAULT_IDLE_MINUTES);
        await after({ type: 'lock-settings' });
      },
      setIdleMinutes: async (minutes) => {
        await backend.setIdleMinutes(minutes);
        await after({ type: 'lock-settings' });
      },
      key: () => backend.currentKey,
      exportKey: () => backend.exportKey(),
      adoptKey: async (key) => {
        const cryptoKey = typeof key === 'string' ? await backend.importKey(key) : key;
        if (!cryptoKey || !(await backend.adopt(cryptoKey))) return false;
        await this.migrateStored();
        this.lockChanged();
        return true;
      },
      askOtherTabs: async (waitMs = 400) => {
        if (backend.state !== 'locked' || !this.channel) return backend.state !== 'locked';
        const opened = new Promise<boolean>((resolve) => {
          const stop = this.lock.onChange((state) => {
            if (state !== 'unlocked') return;
            stop();
            resolve(true);
          });
          setTimeout(() => {
            stop();
            resolve(false);
          }, waitMs);
        });
        post({ type: 'key-please' });
        return opened;
      },
      onChange: (callback) => {
        this.lockWatchers.add(callback);
        return () => this.lockWatchers.delete(callback);
      },
    };
  }

  private parseExport(file: unknown): StoredDoc[] {
    const problems = plainDataProblems(file);
    if (problems.length > 0) throw new ValidationError('The import file', problems);
    const check = new Checker();
    const data = check.object(file, 'file');
    if (data) {
      if (data.format !== 'peerkit') check.fail('file.format', 'expected "peerkit": this is not a PeerKit export');
      if (data.formatVersion !== 1) check.fail('file.formatVersion', `expected 1, got ${String(data.formatVersion)}`);
    }
    const seen = new Set<string>();
    const documents: StoredDoc[] = [];
    (check.array(data?.documents, 'file.documents') ?? []).forEach((raw, i) => {
      const path = `file.documents[${i}]`;
      const doc = check.object(raw, path);
      if (!doc) return;
      const kind = check.oneOf(doc.kind, `${path}.kind`, Object.keys(this.kinds));
      const id = check.string(doc.id, `${path}.id`, { nonEmpty: true });
      const spec = kind === undefined ? undefined : this.kinds[kind];
      const schemaVersion = check.number(doc.schemaVersion, `${path}.schemaVersion`, {
        min: 1,
        max: spec?.schemaVersion ?? Infinity,
        integer: true,
      });
      const revision = check.number(doc.revision, `${path}.revision`, { min: 1, integer: true });
      const updatedAt = check.number(doc.updatedAt, `${path}.updatedAt`, { min: 0 });
      if (kind === undefined || id === undefined || !spec || schemaVersion === undefined) return;
      if (revision === undefined || updatedAt === undefined) return;
      if (seen.has(`${kind}/${id}`)) check.fail(`${path}.id`, `${kind} "${id}" appears twice`);
      seen.add(`${kind}/${id}`);
      const data = migrate(doc.data, schemaVersion, spec);
      const parsed = spec.parse(data);
      if (!parsed.ok) for (const error of parsed.errors) check.fail(`${path}.data`, error);
      else documents.push({ kind, id, schemaVersion: spec.schemaVersion, revision, updatedAt, data: parsed.value });
    });
    if (check.errors.length > 0) throw new ValidationError('The import file', check.errors);
    return documents;
  }

  /** Refuses data its kind's parser rejects, or that is not plain JSON data (a cycle, a BigInt). */
  private validate(kind: string, id: string, data: unknown): void {
    const problems = plainDataProblems(data, 'data');
    if (problems.length > 0) throw new ValidationError(`${kind} "${id}"`, problems);
    const parsed = this.kinds[kind]?.parse(data);
    if (parsed && !parsed.ok) throw new ValidationError(`${kind} "${id}"`, parsed.errors);
  }

  private stamp(kind: string, id: string, data: unknown, currentRevision: number): StoredDoc {
    const schemaVersion = this.kinds[kind]?.schemaVersion ?? 1;
    return { kind, id, schemaVersion, revision: currentRevision + 1, updatedAt: Date.now(), data };
  }

  private known(kind: string): string {
    if (!Object.hasOwn(this.kinds, kind)) {
      throw new StorageError(`Unknown kind "${kind}": this store holds ${Object.keys(this.kinds).join(', ')}.`);
    }
    return kind;
  }

  private upToDate(doc: StoredDoc): StoredDoc {
    const spec = this.kinds[doc.kind];
    if (!spec || doc.schemaVersion === spec.schemaVersion) return doc;
    if (doc.schemaVersion > spec.schemaVersion) {
      throw new StorageError(
        `${doc.kind} "${doc.id}" was saved by a newer PeerKit (schema ${doc.schemaVersion}; this one reads up to ${spec.schemaVersion}).`,
      );
    }
    return { ...doc, schemaVersion: spec.schemaVersion, data: migrate(doc.data, doc.schemaVersion, spec) };
  }

  /** Runs a storage operation, turning low-level failures into a StorageError that says what failed. */
  private async guard<T>(what: string, operation: () => Promise<T>): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      if (error instanceof StaleRevisionError || error instanceof StorageError || error instanceof ValidationError) throw error;
      throw new StorageError(`Could not ${what} in "${this.name}": ${describeError(error)}`, { cause: error });
    }
  }

  private changed(kind: string, id: string, doc: StoredDoc | undefined): void {
    this.notify(kind, id, doc);
    this.channel?.postMessage({ type: 'change', kind, id } satisfies ChannelMessage);
  }

  private wiped(): void {
    for (const key of this.watchers.keys()) {
      const [kind = '', id = ''] = key.split('\u0000');
      this.notify(kind, id, undefined);
    }
    this.channel?.postMessage({ type: 'wipe' } satisfies ChannelMessage);
  }

  private notify(kind: string, id: string, doc: StoredDoc | undefined): void {
    for (const callback of this.watchers.get(watchKey(kind, id)) ?? []) {
      try {
        callback(doc && structuredClone(doc));
      } catch (error) {
        // One failing watcher must not keep the others from hearing of the change.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }

  private async onRemote(message: ChannelMessage): Promise<void> {
    switch (message.type) {
      case 'lock':
        this.backend.forgetKey();
        this.lockChanged();
        return;
      case 'lock-settings':
        await this.backend.refresh();
        this.lockChanged();
        return;
      case 'unlock':
        if (this.backend.state === 'locked' && (await this.backend.adopt(message.key))) {
          await this.migrateStored();
          this.lockChanged();
        }
        return;
      case 'key-please': {
        const key = this.backend.currentKey;
        if (key) this.channel?.postMessage({ type: 'unlock', key } satisfies ChannelMessage);
        return;
      }
      default:
        break;
    }
    if (message.type === 'wipe') {
      for (const key of this.watchers.keys()) {
        const [kind = '', id = ''] = key.split('\u0000');
        this.notify(kind, id, await this.get(kind, id));
      }
      return;
    }
    if (!this.watchers.has(watchKey(message.kind, message.id))) return;
    // Re-read rather than trust the message: the database holds the latest revision.
    this.notify(message.kind, message.id, await this.get(message.kind, message.id));
  }
}

function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

function watchKey(kind: string, id: string): string {
  return `${kind}\u0000${id}`;
}
