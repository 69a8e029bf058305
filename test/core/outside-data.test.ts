import { expect } from '@esm-bundle/chai';
import {
  blankResource,
  createGroup,
  exportGroup,
  fromHsds,
  importGroup,
  openStore,
  PEERKIT_KINDS,
  plainDataProblems,
  readResourceList,
  readResourcesInSteps,
  RESOURCES_SCHEMA_VERSION,
  ValidationError,
  type PeerStore,
} from '@peerkit/core';

let counter = 0;
const freshStore = () => openStore({ name: `peerkit-outside-${Date.now()}-${counter++}`, kinds: PEERKIT_KINDS });
const T0 = Date.UTC(2026, 10, 26);

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(ValidationError);
    return (error as Error).message;
  }
  throw new Error('expected a refusal');
}

async function groupFile(store: PeerStore, name = 'Tuesday circle', members = ['Ana', 'Ben']) {
  await store.put('group', 'tuesday', createGroup('tuesday', name, members, T0));
  const file = await exportGroup(store, 'tuesday');
  await store.delete('group', 'tuesday');
  return file;
}

describe('plainDataProblems', () => {
  it('passes plain JSON data', () => {
    expect(plainDataProblems(JSON.parse('{"a":[1,"x",true,null,{"b":2}]}'))).to.deep.equal([]);
  });

  it('names prototype keys, deep nesting, cycles and values JSON cannot hold, with their paths', () => {
    expect(plainDataProblems(JSON.parse('{"a":{"__proto__":{"x":1}}}'))).to.deep.equal(['file.a: the key "__proto__" is not allowed']);
    expect(plainDataProblems({ list: [{ constructor: 1 }] })).to.deep.equal(['file.list[0]: the key "constructor" is not allowed']);
    const deep = JSON.parse('['.repeat(60_000) + ']'.repeat(60_000)) as unknown;
    expect(plainDataProblems(deep)[0]).to.match(/^file(\[0\])+: nested more than 32 levels deep$/);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = { back: cyclic };
    expect(plainDataProblems(cyclic)).to.deep.equal(['file.self.back: refers back to itself (a cycle)']);
    expect(plainDataProblems({ n: 1n, f: () => 1, d: new Date(0), nan: NaN })).to.deep.equal([
      'file.n: expected plain data, got a bigint',
      'file.f: expected plain data, got a function',
      'file.d: expected plain data, got an object of another kind',
      'file.nan: NaN is not a number JSON can hold',
    ]);
  });

  it('names where most of a file too large to read is: its longest list', () => {
    const file = { schemaVersion: 2, group: { id: 'g', name: 'G' }, meetings: Array.from({ length: 400 }, (_, i) => ({ day: `2026-01-${i}`, here: 3 })) };
    expect(plainDataProblems(file, 'file', 5, 1000)).to.deep.equal(['file: more than 1,000 values (the longest list, file.meetings, has 400 items); too large to be a PeerKit file']);
  });

  it('reads a list of 100,000 resources (the most a list holds), and names its one bad record by record and field, in our format and in HSDS', () => {
    const resources = Array.from({ length: 100_000 }, (_, i) => ({ ...blankResource(`r${i}`), name: `Service ${i}`, organization: 'Sample organisation (invented)', categories: ['food', 'housing'] }));
    const good = JSON.parse(JSON.stringify({ schemaVersion: RESOURCES_SCHEMA_VERSION, resources })) as unknown;
    expect(plainDataProblems(good)).to.deep.equal([]);
    expect(readResourceList(good).ok).to.equal(true);
    const bad = JSON.parse(JSON.stringify({ schemaVersion: RESOURCES_SCHEMA_VERSION, resources: resources.map((r, i) => (i === 73_210 ? { ...r, name: 42 } : r)) })) as unknown;
    expect(readResourceList(bad)).to.deep.equal({ ok: false, errors: ['list.resources[73210].name: expected text, got 42'] });
    const services = resources.map((r, i) => ({ id: r.id, name: r.name, description: i === 99_999 ? ['not', 'text'] : 'Invented for the test.' }));
    expect(fromHsds(services)).to.deep.equal({ ok: false, errors: ['services[99999].description: expected text, got a list'] });
  });

  it('refuses a restore of 100,000 groups with one bad name, naming that record and field, and writes nothing', async function () {
    this.timeout(60_000); // every group's record checked whole, in each engine
    const store = await openStore({ name: `peerkit-outside-${Date.now()}-${counter++}`, kinds: PEERKIT_KINDS, backend: 'memory' });
    const one = createGroup('g-000000000000', 'Group', [{ id: 'm-000000000000', name: 'Ana' }], T0);
    const documents = Array.from({ length: 100_000 }, (_, i) => {
      const id = `g-${String(i).padStart(12, '0')}`;
      return { kind: 'group', id, schemaVersion: 5, revision: 1, updatedAt: T0, data: { ...one, id, name: i === 54_321 ? ' ' : `Group ${i}` } };
    });
    const said = await refusal(store.importAll({ format: 'peerkit', formatVersion: 1, documents }));
    expect(said).to.contain('file.documents[54321].data: group.name: must not be empty');
    expect(await store.list('group')).to.deep.equal([]);
    store.close();
  });

  it('checks a long list a step at a time, saying how far it has got, with the same outcome as whole: each bad record named at its place in the whole list', async () => {
    const resources = Array.from({ length: 12_000 }, (_, i) => ({ ...blankResource(`r${i}`), name: `Service ${i}` }));
    const list = JSON.parse(JSON.stringify({ schemaVersion: RESOURCES_SCHEMA_VERSION, timeZone: 'Europe/Madrid', resources })) as unknown;
    const told: number[] = [];
    const read = await readResourcesInSteps(list, false, (checked, total) => void told.push(checked, total));
    expect(told).to.deep.equal([5_000, 12_000, 10_000, 12_000, 12_000, 12_000]);
    expect(read).to.deep.equal(readResourceList(list));
    const broken = resources.map((r, i) => (i === 7_321 ? { ...r, name: '' } : i === 11_999 ? { ...r, id: 'r4' } : r));
    const bad = JSON.parse(JSON.stringify({ schemaVersion: RESOURCES_SCHEMA_VERSION, resources: broken })) as unknown;
    expect(await readResourcesInSteps(bad, false, () => undefined)).to.deep.equal({ ok: false, errors: ['list.resources[7321].name: must not be empty'] });
    const twice = JSON.parse(JSON.stringify({ schemaVersion: RESOURCES_SCHEMA_VERSION, resources: resources.map((r, i) => (i === 11_999 ? { ...r, id: 'r4' } : r)) })) as unknown;
    expect(await readResourcesInSteps(twice, false, () => undefined)).to.deep.equal(readResourceList(twice));
    const services = resources.map((r, i) => ({ id: r.id, name: r.name, ...(i === 9_000 ? { email: 7 } : {}) }));
    expect(await readResourcesInSteps(services, true, () => undefined)).to.deep.equal({ ok: false, errors: ['services[9000].email: expected text, got 7'] });
  });

  it('does not count a value seen twice (not a cycle) as a problem', () => {
    const shared = { x: 1 };
    expect(plainDataProblems({ a: shared, b: shared })).to.deep.equal([]);
  });
});

describe('imports refuse what would harm, and store nothing', () => {
  it('refuses a 2,000,000-character member name in a group file', async () => {
    const store = await freshStore();
    const file = await groupFile(store, 'Tuesday circle', ['x'.repeat(2_000_000)]).catch(async () => {
      // The store itself refuses to keep such a name, so the file is made by hand.
      const good = await groupFile(store);
      const doc = good.documents[0] as { data: { members: { name: string }[] } };
      doc.data.members[0]!.name = 'x'.repeat(2_000_000);
      return good;
    });
    const said = await refusal(importGroup(store, file));
    expect(said).to.contain('is 2,000,000 characters long; at most 200 are allowed');
    expect(await store.list('group')).to.deep.equal([]);
    store.close();
  });

  it('refuses prototype keys and deep nesting before any parser walks them', async () => {
    const store = await freshStore();
    const file = await groupFile(store);
    const poisoned = JSON.parse(JSON.stringify(file).replace('"documents":', '"__proto__":{"polluted":true},"documents":')) as unknown;
    expect(await refusal(store.importAll(poisoned))).to.contain('the key "__proto__" is not allowed');
    const deep = { ...file, extra: JSON.parse('['.repeat(60_000) + ']'.repeat(60_000)) as unknown };
    expect(await refusal(store.importAll(deep))).to.contain('nested more than 32 levels deep');
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(await store.list('group')).to.deep.equal([]);
    store.close();
  });

  it('keeps export working: data with a cycle or a BigInt never gets stored', async () => {
    const store = await freshStore();
    const file = await groupFile(store);
    const withBigInt = structuredClone(file) as typeof file & { documents: { data: Record<string, unknown> }[] };
    withBigInt.documents[0]!.data.count = 10n;
    expect(await refusal(store.importAll(withBigInt))).to.contain('bigint');
    await store.importAll(file);
    const exported = await store.exportAll();
    expect((JSON.parse(JSON.stringify(exported)) as { documents: unknown[] }).documents).to.have.length(1);
    store.close();
  });
});
