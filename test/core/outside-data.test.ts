import { expect } from '@esm-bundle/chai';
import { createGroup, exportGroup, importGroup, openStore, PEERKIT_KINDS, plainDataProblems, ValidationError, type PeerStore } from '@peerkit/core';

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
