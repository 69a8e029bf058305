import { expect } from '@esm-bundle/chai';
import { openDB } from 'idb';
import {
  createRound,
  openStore,
  PEERKIT_KINDS,
  StaleRevisionError,
  ValidationError,
  type KindTable,
  type PeerStore,
  type Round,
  type StoredDoc,
  unsavedWrites,
} from '@peerkit/core';
import { rejection } from '../helpers.js';

let counter = 0;
const freshName = () => `peerkit-test-${Date.now()}-${counter++}`;
const round = (names: string[] = ['Ana', 'Ben']) =>
  createRound({ members: names, timing: { mode: 'shared', totalMs: 600_000 } });

const nextChange = (store: PeerStore, kind: string, id: string) =>
  new Promise<StoredDoc | undefined>((resolve) => {
    const stop = store.watch(kind, id, (doc) => {
      stop();
      resolve(doc);
    });
  });

describe('store: IndexedDB', () => {
  let store: PeerStore;
  beforeEach(async () => {
    store = await openStore({ name: freshName(), kinds: PEERKIT_KINDS });
  });
  afterEach(() => store.close());

  it('is persistent, and keeps documents with schema version and revision', async () => {
    expect(store.persistent).to.equal(true);
    const saved = await store.put('round', 'r1', round());
    expect(saved.revision).to.equal(1);
    expect(saved.schemaVersion).to.equal(1);
    const read = await store.get<Round>('round', 'r1');
    expect(read?.data.speakers.map((s) => s.name)).to.deep.equal(['Ana', 'Ben']);
    expect((await store.list('round')).length).to.equal(1);
  });

  it('survives closing and reopening the database', async () => {
    const name = freshName();
    const first = await openStore({ name, kinds: PEERKIT_KINDS });
    await first.put('round', 'kept', round(['Chen']));
    first.close();
    const second = await openStore({ name, kinds: PEERKIT_KINDS });
    expect((await second.get<Round>('round', 'kept'))?.data.speakers[0]?.name).to.equal('Chen');
    second.close();
  });

  it('refuses a write based on a stale revision, and keeps the newer one', async () => {
    await store.put('round', 'r1', round(['Ana']), { baseRevision: 0 });
    await store.put('round', 'r1', round(['Ben']), { baseRevision: 1 });
    const error = await rejection(store.put('round', 'r1', round(['Chen']), { baseRevision: 1 }));
    expect(error).to.be.instanceOf(StaleRevisionError);
    expect(error.message).to.contain('based on revision 1, but the stored one is revision 2');
    expect((await store.get<Round>('round', 'r1'))?.data.speakers[0]?.name).to.equal('Ben');
  });

  it('refuses invalid data with every problem named, and stores nothing', async () => {
    const error = await rejection(store.put('round', 'bad', { ...round(), phase: 'nope' }));
    expect(error).to.be.instanceOf(ValidationError);
    expect(error.message).to.contain('round.phase');
    expect(await store.get('round', 'bad')).to.equal(undefined);
  });

  it('refuses an unknown kind with a clear message', async () => {
    const error = await rejection(store.get('sandwich', 'x'));
    expect(error.message).to.contain('Unknown kind "sandwich"');
  });

  it('tells watchers in this tab of changes and deletes', async () => {
    const changed = nextChange(store, 'round', 'w');
    await store.put('round', 'w', round());
    expect((await changed)?.revision).to.equal(1);
    const deleted = nextChange(store, 'round', 'w');
    await store.delete('round', 'w');
    expect(await deleted).to.equal(undefined);
  });

  it('tells watchers of another connection (another tab) through BroadcastChannel', async () => {
    const other = await openStore({ name: store.name, kinds: PEERKIT_KINDS });
    const seen = nextChange(other, 'round', 'shared');
    await store.put('round', 'shared', round(['Dee']));
    const doc = (await seen) as StoredDoc<Round> | undefined;
    expect(doc?.data.speakers[0]?.name).to.equal('Dee');
    other.close();
  });

  it('exports and imports everything, continuing local revisions', async () => {
    await store.put('round', 'a', round(['Ana']));
    await store.put('round', 'b', round(['Ben']));
    const file = await store.exportAll();
    expect(file.format).to.equal('peerkit');
    expect(file.documents.map((d) => d.id).sort()).to.deep.equal(['a', 'b']);
    const target = await openStore({ name: freshName(), kinds: PEERKIT_KINDS });
    await target.put('round', 'a', round(['Old']));
    expect(await target.importAll(JSON.parse(JSON.stringify(file)))).to.deep.equal({ imported: 2 });
    const a = await target.get<Round>('round', 'a');
    expect(a?.data.speakers[0]?.name).to.equal('Ana');
    expect(a?.revision).to.equal(2);
    target.close();
  });

  it('rejects a bad import whole, naming each problem, and changes nothing', async () => {
    await store.put('round', 'keep', round(['Ana']));
    const good = (await store.exportAll()).documents[0]!;
    const file = {
      format: 'peerkit',
      formatVersion: 1,
      exportedAt: '2026-01-01',
      documents: [
        { ...good, id: 'new-one', data: round(['Zed']) },
        { ...good, id: 'keep', data: { ...round(), settings: { ...round().settings, overtime: 'forever' } } },
        { ...good, kind: 'sandwich' },
      ],
    };
    const error = await rejection(store.importAll(file));
    expect(error).to.be.instanceOf(ValidationError);
    expect(error.message).to.contain('file.documents[1].data: round.settings.overtime');
    expect(error.message).to.contain('file.documents[2].kind');
    expect(await store.get('round', 'new-one')).to.equal(undefined);
    expect((await store.get<Round>('round', 'keep'))?.data.speakers[0]?.name).to.equal('Ana');
  });

  it('rejects a file that is not a PeerKit export', async () => {
    const error = await rejection(store.importAll({ hello: 'world' }));
    expect(error.message).to.contain('file.format: expected "peerkit"');
  });

  it('replace mode removes what the file does not name', async () => {
    await store.put('round', 'old', round());
    const file = await store.exportAll();
    await store.put('round', 'extra', round());
    await store.importAll(file, { mode: 'replace' });
    expect((await store.list('round')).map((d) => d.id)).to.deep.equal(['old']);
  });

  it('wipe forgets everything and tells watchers', async () => {
    await store.put('round', 'gone', round());
    const told = nextChange(store, 'round', 'gone');
    await store.wipe();
    expect(await told).to.equal(undefined);
    expect(await store.list('round')).to.deep.equal([]);
  });
});

describe('store: in-memory fallback', () => {
  it('runs in memory and says so when IndexedDB throws on open', async () => {
    const original = indexedDB.open.bind(indexedDB);
    indexedDB.open = () => {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    };
    let store: PeerStore;
    try {
      store = await openStore({ name: freshName(), kinds: PEERKIT_KINDS });
    } finally {
      indexedDB.open = original;
    }
    expect(store.persistent).to.equal(false);
    expect(store.fallbackReason).to.contain('SecurityError');
    await store.put('round', 'm', round(['Mo']), { baseRevision: 0 });
    expect((await store.get<Round>('round', 'm'))?.data.speakers[0]?.name).to.equal('Mo');
    const error = await rejection(store.put('round', 'm', round(), { baseRevision: 0 }));
    expect(error).to.be.instanceOf(StaleRevisionError);
    store.close();
  });

  it('runs in memory and says so when reading indexedDB itself throws (site data blocked in Firefox)', async () => {
    const own = Object.getOwnPropertyDescriptor(window, 'indexedDB');
    Object.defineProperty(window, 'indexedDB', {
      configurable: true,
      get: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    let store: PeerStore;
    try {
      store = await openStore({ name: freshName(), kinds: PEERKIT_KINDS });
    } finally {
      if (own) Object.defineProperty(window, 'indexedDB', own);
      else delete (window as { indexedDB?: unknown }).indexedDB;
    }
    expect(store.persistent).to.equal(false);
    expect(store.fallbackReason).to.contain('operation is insecure');
    await store.put('round', 'm', round(['Mo']));
    expect((await store.get<Round>('round', 'm'))?.data.speakers[0]?.name).to.equal('Mo');
    store.close();
  });

  it('has the same import rules in memory', async () => {
    const store = await openStore({ name: freshName(), kinds: PEERKIT_KINDS, backend: 'memory' });
    const error = await rejection(store.importAll({ format: 'peerkit', formatVersion: 2, documents: [] }));
    expect(error.message).to.contain('file.formatVersion');
    store.close();
  });
});

describe('store: migrations', () => {
  // Version 1 of this test kind kept one "minutes" number; version 2 keeps milliseconds.
  const kinds: KindTable = {
    note: {
      schemaVersion: 2,
      parse: (data) =>
        typeof (data as { ms?: unknown }).ms === 'number'
          ? { ok: true, value: data }
          : { ok: false, errors: ['note.ms: expected a number'] },
      migrations: [(data) => ({ ms: (data as { minutes: number }).minutes * 60_000, title: (data as { title: string }).title })],
    },
  };

  it('upgrades a stored fixture of an older schema on open, data intact', async () => {
    const name = freshName();
    // The fixture: a database exactly as version 1 of the kind left it.
    const old = await openDB(name, 1, { upgrade: (db) => db.createObjectStore('note', { keyPath: 'id' }) });
    await old.put('note', { kind: 'note', id: 'n1', schemaVersion: 1, revision: 4, updatedAt: 1, data: { minutes: 3, title: 'Día uno' } });
    old.close();

    const store = await openStore({ name, kinds });
    const doc = await store.get('note', 'n1');
    expect(doc?.schemaVersion).to.equal(2);
    expect(doc?.revision).to.equal(5);
    expect(doc?.data).to.deep.equal({ ms: 180_000, title: 'Día uno' });
    store.close();

    // Written back, not just converted on the way out.
    const raw = await openDB(name);
    expect(((await raw.get('note', 'n1')) as StoredDoc).schemaVersion).to.equal(2);
    raw.close();
  });

  it('migrates older documents in an import', async () => {
    const store = await openStore({ name: freshName(), kinds, backend: 'memory' });
    await store.importAll({
      format: 'peerkit',
      formatVersion: 1,
      exportedAt: 'x',
      documents: [{ kind: 'note', id: 'n', schemaVersion: 1, revision: 1, updatedAt: 1, data: { minutes: 1, title: 't' } }],
    });
    expect((await store.get('note', 'n'))?.data).to.deep.equal({ ms: 60_000, title: 't' });
    store.close();
  });
});

describe('store: kinds registered later', () => {
  it('opens with every object store, and takes parsers kind by kind', async () => {
    const { PEERKIT_KIND_NAMES, roundKind } = await import('@peerkit/core');
    expect([...PEERKIT_KIND_NAMES].sort()).to.deep.equal(Object.keys(PEERKIT_KINDS).sort());
    const store = await openStore({ name: freshName(), kinds: {}, objectStores: PEERKIT_KIND_NAMES });
    const early = await rejection(store.put('round', 'r', round()));
    expect(early.message).to.contain('Unknown kind "round"');
    await store.register({ round: roundKind });
    await store.put('round', 'r', round());
    const bad = await rejection(store.put('round', 'r', { nope: true }));
    expect(bad).to.be.instanceOf(ValidationError);
    const missing = await rejection(store.register({ sandwich: roundKind }));
    expect(missing.message).to.contain('No object store for kind "sandwich"');
    store.close();
  });
});

describe('store: leaving while a write is on its way', () => {
  const leaving = () => {
    const event = new Event('beforeunload', { cancelable: true });
    dispatchEvent(event);
    return event.defaultPrevented;
  };

  it('asks before the page goes while a write is unfinished, and not once it has landed', async () => {
    const store = await openStore({ name: freshName(), kinds: PEERKIT_KINDS });
    expect(leaving()).to.equal(false);
    const writing = store.put('round', 'r', round(['Ana', 'Ben']));
    expect(unsavedWrites()).to.equal(1);
    expect(leaving()).to.equal(true);
    await writing;
    expect([unsavedWrites(), leaving()]).to.deep.equal([0, false]);
    // A write that fails is no longer on its way either.
    await store.put('round', 'r', { nonsense: true }).catch(() => undefined);
    expect([unsavedWrites(), leaving()]).to.deep.equal([0, false]);
    store.close();
  });
});

