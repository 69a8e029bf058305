/**
 * Where documents physically live: IndexedDB, or memory when IndexedDB cannot
 * be used. Both give the same atomic operations; the store adds the rest.
 */
import { openDB, type IDBPDatabase } from 'idb';
import { StorageError, type MemoryCarrier, type StoredDoc } from './types.js';

export const DATABASE_VERSION = 1;

/** What swapAll throws when the documents changed since they were read. */
export class ChangedMeanwhile extends Error {
  constructor() {
    super('The stored documents changed while this was being prepared.');
    this.name = 'ChangedMeanwhile';
  }
}

/** The key swapAll's `expected` uses. */
export const docKey = (kind: string, id: string): string => `${kind}/${id}`;

/**
 * Builds the next document from the current one, or returns the current one
 * (undefined included) to write nothing; may throw to refuse the write.
 */
export type Update = (current: StoredDoc | undefined) => StoredDoc | undefined;

export interface Backend {
  readonly persistent: boolean;
  read(kind: string, id: string): Promise<StoredDoc | undefined>;
  readAll(kind: string): Promise<StoredDoc[]>;
  /** Reads, updates and writes one document in one transaction. */
  write(kind: string, id: string, update: Update): Promise<StoredDoc>;
  remove(kind: string, id: string): Promise<void>;
  /**
   * Writes many documents in one transaction: all land or none do. Each update
   * sees the document as it was (even when `clearFirst` empties every store first).
   */
  writeMany(entries: readonly { kind: string; id: string; update: Update }[], clearFirst: boolean): Promise<StoredDoc[]>;
  /**
   * In one transaction: when `kinds` hold exactly the documents `expected` names
   * (kind/id to revision), writes `docs` over them; otherwise writes nothing and
   * throws ChangedMeanwhile. What re-sealing everything needs to be all or nothing.
   */
  swapAll(kinds: readonly string[], expected: ReadonlyMap<string, number>, docs: readonly StoredDoc[]): Promise<void>;
  clear(): Promise<void>;
  close(): void;
}

/** Same contract as IndexedDB, in a Map; async so a refused update rejects like IndexedDB's. */
export class MemoryBackend implements Backend {
  readonly persistent = false;
  private readonly docs = new Map<string, Map<string, StoredDoc>>();

  constructor(
    kinds: readonly string[],
    private readonly carrier?: MemoryCarrier,
  ) {
    for (const kind of kinds) this.docs.set(kind, new Map());
    for (const doc of carrier?.load() ?? []) this.docs.get(doc.kind)?.set(doc.id, doc);
  }

  /** Hands every document to the carrier after each change. */
  private carry(): void {
    this.carrier?.save([...this.docs.values()].flatMap((table) => [...table.values()]));
  }

  private table(kind: string): Map<string, StoredDoc> {
    const table = this.docs.get(kind);
    if (!table) throw new StorageError(`No object store for kind "${kind}".`);
    return table;
  }

  async read(kind: string, id: string): Promise<StoredDoc | undefined> {
    return structuredCloneOrUndefined(this.table(kind).get(id));
  }

  async readAll(kind: string): Promise<StoredDoc[]> {
    return [...this.table(kind).values()].map((doc) => structuredClone(doc));
  }

  async write(kind: string, id: string, update: Update): Promise<StoredDoc> {
    const [doc] = await this.writeMany([{ kind, id, update }], false);
    return doc as StoredDoc;
  }

  async remove(kind: string, id: string): Promise<void> {
    this.table(kind).delete(id);
    this.carry();
  }

  async writeMany(entries: readonly { kind: string; id: string; update: Update }[], clearFirst: boolean): Promise<StoredDoc[]> {
    // Build everything before touching the tables, so a throw leaves them as they were.
    const staged = entries.map(({ kind, id, update }) => structuredCloneOrUndefined(update(structuredCloneOrUndefined(this.table(kind).get(id)))));
    if (clearFirst) for (const table of this.docs.values()) table.clear();
    for (const doc of staged) if (doc) this.table(doc.kind).set(doc.id, doc);
    this.carry();
    return staged.map((doc) => structuredCloneOrUndefined(doc) as StoredDoc);
  }

  async swapAll(kinds: readonly string[], expected: ReadonlyMap<string, number>, docs: readonly StoredDoc[]): Promise<void> {
    const stored = kinds.flatMap((kind) => [...this.table(kind).values()]);
    if (stored.length !== expected.size || stored.some((doc) => expected.get(docKey(doc.kind, doc.id)) !== doc.revision)) throw new ChangedMeanwhile();
    for (const doc of docs) this.table(doc.kind).set(doc.id, structuredClone(doc));
    this.carry();
  }

  async clear(): Promise<void> {
    for (const table of this.docs.values()) table.clear();
    this.carry();
  }

  close(): void {
    // Nothing to release.
  }
}

/** Aborts a transaction that failed part-way (if it is still running) and waits for it to end. */
async function abandon(tx: { abort(): void }, done: Promise<void>): Promise<void> {
  try {
    tx.abort();
  } catch {
    // Already finished or aborted: the original error is what matters.
  }
  await done.catch(() => undefined);
}

function structuredCloneOrUndefined<T>(value: T | undefined): T | undefined {
  return value === undefined ? undefined : structuredClone(value);
}

export class IndexedDbBackend implements Backend {
  readonly persistent = true;

  private constructor(private readonly db: IDBPDatabase) {}

  /** Opens the database and creates an object store for each kind that lacks one. */
  static async open(name: string, kinds: readonly string[]): Promise<IndexedDbBackend> {
    const upgrade = (db: IDBPDatabase) => {
      for (const kind of kinds) {
        if (!db.objectStoreNames.contains(kind)) db.createObjectStore(kind, { keyPath: 'id' });
      }
    };
    let db = await openDB(name, DATABASE_VERSION, { upgrade, blocked: () => undefined });
    // A kind added since the database was made (or a test's own kind) needs a version step.
    if (kinds.some((kind) => !db.objectStoreNames.contains(kind))) {
      const version = db.version + 1;
      db.close();
      db = await openDB(name, version, { upgrade });
    }
    return new IndexedDbBackend(db);
  }

  async read(kind: string, id: string): Promise<StoredDoc | undefined> {
    return (await this.db.get(kind, id)) as StoredDoc | undefined;
  }

  async readAll(kind: string): Promise<StoredDoc[]> {
    return (await this.db.getAll(kind)) as StoredDoc[];
  }

  async write(kind: string, id: string, update: Update): Promise<StoredDoc> {
    const [doc] = await this.writeMany([{ kind, id, update }], false);
    return doc as StoredDoc;
  }

  async remove(kind: string, id: string): Promise<void> {
    await this.db.delete(kind, id);
  }

  async writeMany(
    entries: readonly { kind: string; id: string; update: Update }[],
    clearFirst: boolean,
  ): Promise<StoredDoc[]> {
    const names = clearFirst ? [...this.db.objectStoreNames] : [...new Set(entries.map((e) => e.kind))];
    if (names.length === 0) return [];
    const tx = this.db.transaction(names, 'readwrite');
    const done = tx.done;
    try {
      const currents: (StoredDoc | undefined)[] = [];
      for (const { kind, id } of entries) currents.push((await tx.objectStore(kind).get(id)) as StoredDoc | undefined);
      if (clearFirst) await Promise.all(names.map((n) => tx.objectStore(n).clear()));
      const written: StoredDoc[] = [];
      for (const [i, { kind, update }] of entries.entries()) {
        const current = currents[i];
        const next = update(current);
        // An update may hand back the current document unchanged: nothing to write (unless all was just cleared).
        if (next !== undefined && (clearFirst || next !== current)) await tx.objectStore(kind).put(next);
        written.push(next as StoredDoc);
      }
      await done;
      return written;
    } catch (error) {
      await abandon(tx, done);
      throw error;
    }
  }

  async swapAll(kinds: readonly string[], expected: ReadonlyMap<string, number>, docs: readonly StoredDoc[]): Promise<void> {
    const names = [...new Set([...kinds, ...docs.map((doc) => doc.kind)])];
    const tx = this.db.transaction(names, 'readwrite');
    const done = tx.done;
    try {
      const stored = (await Promise.all(kinds.map((kind) => tx.objectStore(kind).getAll()))).flat() as StoredDoc[];
      if (stored.length !== expected.size || stored.some((doc) => expected.get(docKey(doc.kind, doc.id)) !== doc.revision)) throw new ChangedMeanwhile();
      for (const doc of docs) await tx.objectStore(doc.kind).put(doc);
      await done;
    } catch (error) {
      await abandon(tx, done);
      throw error;
    }
  }

  async clear(): Promise<void> {
    const names = [...this.db.objectStoreNames];
    const tx = this.db.transaction(names, 'readwrite');
    await Promise.all([...names.map((n) => tx.objectStore(n).clear()), tx.done]);
  }

  close(): void {
    this.db.close();
  }
}
