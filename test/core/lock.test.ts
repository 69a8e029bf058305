import { expect } from '@esm-bundle/chai';
import {
  addMember,
  addRule,
  blankResource,
  createGroup,
  emptyResourceList,
  emptyRuleSet,
  isSealedFile,
  LockedError,
  openSealedFile,
  openStore,
  PBKDF2_ITERATIONS,
  PEERKIT_KINDS,
  putResource,
  sealFile,
  WrongPassphraseError,
  type Group,
  type PeerStore,
  type ResourceList,
  type RuleSet,
} from '@peerkit/core';
import { until, rejection } from '../helpers.js';

let counter = 0;
const freshName = () => `peerkit-lock-${Date.now()}-${counter++}`;
/** Fewer rounds than the real 600,000 so the tests run quickly; one test checks the real count. */
const FAST = { iterations: 2_000 };
const open = (name: string) => openStore({ name, kinds: PEERKIT_KINDS });

/** Everything in the database as another script on the origin would read it: every value of every object store, as text. */
async function rawDatabase(name: string): Promise<string> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
  const values: unknown[] = [];
  for (const storeName of db.objectStoreNames) {
    values.push(
      await new Promise((resolve, reject) => {
        const request = db.transaction(storeName).objectStore(storeName).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('read failed'));
      }),
    );
  }
  db.close();
  return JSON.stringify(values);
}

const SECRETS = ['Marisol Quintero', 'Benedikt Oyelaran', 'What is said here stays here, always', 'Sample night line for Zanzibar', 'I felt heard when Marisol'];

/** A group with members, a rule and a resource, holding the strings a test looks for. */
async function fillWithSecrets(store: PeerStore): Promise<void> {
  const group: Group = createGroup('thursday', 'Thursday circle', [SECRETS[0]!, SECRETS[1]!], Date.UTC(2026, 10, 1), 'en');
  await store.put('group', 'thursday', group);
  await store.put('ground-rules', 'thursday', addRule(emptyRuleSet(), 'r1', SECRETS[2]!));
  const list: ResourceList = putResource(emptyResourceList(), { ...blankResource('line'), name: SECRETS[3]!, description: SECRETS[4]! });
  await store.put('resources', 'thursday', list);
}

describe('the passphrase lock', () => {
  const stores: PeerStore[] = [];
  const track = (store: PeerStore) => (stores.push(store), store);
  afterEach(() => stores.splice(0).forEach((store) => store.close()));

  it('leaves no member name, rule, resource or answer readable in IndexedDB once on, and seals what is written after', async () => {
    const name = freshName();
    const store = track(await open(name));
    await fillWithSecrets(store);
    expect(await rawDatabase(name)).to.contain(SECRETS[0]);
    await store.lock.turnOn('correct horse battery staple', FAST);
    expect(store.lock.state).to.equal('unlocked');
    let raw = await rawDatabase(name);
    for (const secret of SECRETS) expect(raw, secret).not.to.contain(secret);
    // The store still reads and writes as before.
    expect((await store.get<Group>('group', 'thursday'))?.data.name).to.equal('Thursday circle');
    await store.update<Group>('group', 'thursday', (group) => addMember(group!, 'Xiomara Late-Arrival', Date.UTC(2026, 10, 2)));
    raw = await rawDatabase(name);
    expect(raw).not.to.contain('Xiomara');
    expect(raw).not.to.contain('Thursday circle');
    // What stays in the clear: kind, id, revision, schema version.
    expect(raw).to.contain('"kind":"group","id":"thursday","schemaVersion"');
  });

  it('derives the key with PBKDF2-SHA-256 at 600,000 iterations unless told otherwise', async () => {
    const name = freshName();
    const store = track(await open(name));
    await store.lock.turnOn('a long enough passphrase');
    const raw = JSON.parse(await rawDatabase(name)) as { data?: { derivation?: { iterations: number; hash: string } } }[][];
    const settings = raw.flat().find((doc) => doc.data?.derivation);
    expect(settings?.data?.derivation).to.deep.include({ iterations: PBKDF2_ITERATIONS, hash: 'SHA-256' });
    expect(PBKDF2_ITERATIONS).to.be.at.least(600_000);
  });

  it('opens nothing with a wrong passphrase, says so, and opens everything with the right one', async () => {
    const name = freshName();
    const first = track(await open(name));
    await fillWithSecrets(first);
    await first.lock.turnOn('the right one', FAST);
    first.close();
    // Another page of the origin, later: locked, and reading is refused rather than empty.
    const later = track(await open(name));
    expect(later.lock.state).to.equal('locked');
    expect(await rejection(later.get('group', 'thursday'))).to.be.instanceOf(LockedError);
    expect(await rejection(later.put('group', 'other', createGroup('other', 'Other', ['A'], 0, 'en')))).to.be.instanceOf(LockedError);
    const wrong = await rejection(later.lock.unlock('the wrong one'));
    expect(wrong).to.be.instanceOf(WrongPassphraseError);
    expect(wrong.message).to.equal('That passphrase does not open PeerKit on this device. Nothing was opened.');
    expect(later.lock.state).to.equal('locked');
    await later.lock.unlock('the right one');
    expect((await later.get<RuleSet>('ground-rules', 'thursday'))?.data.rules[0]?.text).to.equal(SECRETS[2]);
  });

  it('locks every open page of the app at once, and unlocking one opens the others', async () => {
    const name = freshName();
    const one = track(await open(name));
    await one.lock.turnOn('shared passphrase', FAST);
    const other = track(await open(name));
    expect(other.lock.state).to.equal('locked');
    await one.lock.unlock('shared passphrase');
    await until(() => other.lock.state === 'unlocked', 'the other page unlocked');
    one.lock.lockNow();
    expect(one.lock.state).to.equal('locked');
    await until(() => other.lock.state === 'locked', 'the other page locked');
    // A page that opens later (a presenter window) asks the open ones for the key.
    await one.lock.unlock('shared passphrase');
    const presenter = track(await open(name));
    expect(await presenter.lock.askOtherTabs(2000)).to.equal(true);
    expect(presenter.lock.state).to.equal('unlocked');
  });

  it('hands the key to the next page as base64, and refuses a key that is not this lock’s', async () => {
    const name = freshName();
    const page = track(await open(name));
    await page.lock.turnOn('passphrase one', FAST);
    const key = await page.lock.exportKey();
    expect(key).to.be.a('string');
    const next = track(await open(name));
    expect(await next.lock.adoptKey(btoa('x'.repeat(32)))).to.equal(false);
    expect(await next.lock.adoptKey('not base64 at all!')).to.equal(false);
    expect(next.lock.state).to.equal('locked');
    expect(await next.lock.adoptKey(key!)).to.equal(true);
    expect(next.lock.state).to.equal('unlocked');
  });

  it('changes the passphrase for everything at once, and turns off leaving everything plain again', async () => {
    const name = freshName();
    const store = track(await open(name));
    await fillWithSecrets(store);
    await store.lock.turnOn('old passphrase', FAST);
    expect(await rejection(store.lock.changePassphrase('not the old one', 'new passphrase'))).to.be.instanceOf(WrongPassphraseError);
    await store.lock.changePassphrase('old passphrase', 'new passphrase');
    store.close();
    const later = track(await open(name));
    expect(await rejection(later.lock.unlock('old passphrase'))).to.be.instanceOf(WrongPassphraseError);
    await later.lock.unlock('new passphrase');
    expect((await later.list('group')).length).to.equal(1);
    expect((await later.get<ResourceList>('resources', 'thursday'))?.data.resources[0]?.name).to.equal(SECRETS[3]);
    await later.lock.turnOff('new passphrase');
    expect(later.lock.state).to.equal('off');
    expect(await rawDatabase(name)).to.contain(SECRETS[0]);
  });

  it('binds each sealed record to its kind and id: moved onto another, it does not open', async () => {
    const name = freshName();
    const store = track(await open(name));
    await fillWithSecrets(store);
    await store.put('group', 'second', createGroup('second', 'Second', ['A'], 0, 'en'));
    await store.lock.turnOn('passphrase', FAST);
    store.close();
    // Another script copies one group's sealed content over the other's.
    const db = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
    });
    await new Promise<void>((resolve) => {
      const tx = db.transaction('group', 'readwrite');
      const groups = tx.objectStore('group');
      const read = groups.get('thursday');
      read.onsuccess = () => groups.put({ ...(read.result as object), id: 'second' });
      tx.oncomplete = () => resolve();
    });
    db.close();
    const later = track(await open(name));
    await later.lock.unlock('passphrase');
    expect((await later.get<Group>('group', 'thursday'))?.data.name).to.equal('Thursday circle');
    expect(await rejection(later.get('group', 'second'))).to.be.instanceOf(Error);
  });

  it('loses no change when two pages write the same sealed document at once', async () => {
    const name = freshName();
    const a = track(await open(name));
    await a.put('group', 'g', createGroup('g', 'G', ['First'], 0, 'en'));
    await a.lock.turnOn('passphrase', FAST);
    const b = track(await open(name));
    await b.lock.unlock('passphrase');
    const writes = Array.from({ length: 12 }, (_, i) => (i % 2 ? a : b).update<Group>('group', 'g', (group) => addMember(group!, `Member ${i}`, i)));
    await Promise.all(writes);
    const members = (await a.get<Group>('group', 'g'))?.data.members.map((m) => m.name);
    expect(members?.sort()).to.deep.equal(['First', ...Array.from({ length: 12 }, (_, i) => `Member ${i}`)].sort());
  });

  it('keeps its settings through a replacing import, so what is imported is sealed too', async () => {
    const name = freshName();
    const store = track(await open(name));
    await fillWithSecrets(store);
    const file = await store.exportAll();
    await store.lock.turnOn('passphrase', FAST);
    await store.importAll(file, { mode: 'replace' });
    expect(store.lock.state).to.equal('unlocked');
    const raw = await rawDatabase(name);
    expect(raw).to.contain('"derivation"');
    for (const secret of SECRETS) expect(raw).not.to.contain(secret);
  });
});

describe('sealed files', () => {
  it('round-trips a file with its passphrase and refuses a wrong one', async () => {
    const content = { format: 'peerkit', formatVersion: 1, documents: [{ secret: SECRETS[0] }] };
    const file = await sealFile(content, 'file passphrase', 2_000);
    expect(isSealedFile(JSON.parse(JSON.stringify(file)))).to.equal(true);
    expect(JSON.stringify(file)).not.to.contain(SECRETS[0]);
    expect(await openSealedFile(file, 'file passphrase')).to.deep.equal(content);
    const wrong = await rejection(openSealedFile(file, 'guess'));
    expect(wrong.message).to.equal('That passphrase does not open this file. Nothing was opened.');
    expect(isSealedFile(content)).to.equal(false);
  });
});
