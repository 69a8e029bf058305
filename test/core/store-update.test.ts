import { expect } from '@esm-bundle/chai';
import {
  addContribution,
  blankResource,
  addResponse,
  addRule,
  addTime,
  ConflictError,
  createRound,
  editRule,
  emptyLog,
  emptyPurpose,
  emptyResourceList,
  emptyRuleSet,
  openStore,
  PEERKIT_KINDS,
  putResource,
  start,
  ValidationError,
  type PeerStore,
  type Purpose,
  type Resource,
  type ResourceList,
  type ResponseLog,
  type Round,
  type RuleSet,
} from '@peerkit/core';
import { rejection } from '../helpers.js';

let counter = 0;
const freshName = () => `peerkit-update-${Date.now()}-${counter++}`;
const T0 = Date.UTC(2026, 10, 26, 18);

/** Two connections to one database: what two windows of the same site have. */
async function twoWindows(): Promise<[PeerStore, PeerStore]> {
  const name = freshName();
  return [await openStore({ name, kinds: PEERKIT_KINDS }), await openStore({ name, kinds: PEERKIT_KINDS })];
}

const resource = (id: string): Resource => ({ ...blankResource(id), name: id });

/** 50 rounds; in each, both windows add at the same moment. Returns what is stored at the end. */
async function addConcurrently<T>(kind: string, seed: T, add: (data: T, window: 'a' | 'b', round: number) => T): Promise<T> {
  const [a, b] = await twoWindows();
  try {
    await a.put(kind, 'g', seed);
    for (let round = 0; round < 50; round++) {
      await Promise.all([
        a.update<T>(kind, 'g', (data) => add(data ?? seed, 'a', round)),
        b.update<T>(kind, 'g', (data) => add(data ?? seed, 'b', round)),
      ]);
    }
    return (await a.get<T>(kind, 'g'))!.data;
  } finally {
    a.close();
    b.close();
  }
}

describe('store.update: two windows adding at once, 50 rounds', () => {
  it('keeps all 100 rules', async () => {
    const rules = await addConcurrently<RuleSet>('ground-rules', emptyRuleSet(), (set, w, i) => addRule(set, `${w}-${i}`, `Rule ${w} ${i}`));
    expect(rules.rules).to.have.length(100);
  });

  it('keeps all 100 purpose contributions', async () => {
    const purpose = await addConcurrently<Purpose>('purpose', emptyPurpose(), (p, w, i) => addContribution(p, `${w}-${i}`, `Words ${w} ${i}`, null, T0));
    expect(purpose.contributions).to.have.length(100);
  });

  it('keeps all 100 resources', async () => {
    const list = await addConcurrently<ResourceList>('resources', emptyResourceList(), (l, w, i) => putResource(l, resource(`${w}-${i}`)));
    expect(list.resources).to.have.length(100);
  });

  it('keeps all 100 feedback responses', async () => {
    const log = await addConcurrently<ResponseLog>('feedback-responses', emptyLog('end'), (l, w, i) =>
      addResponse(l, { id: `${w}-${i}`, day: '2026-11-26', answers: {} }),
    );
    expect(log.responses).to.have.length(100);
  });

  it('adds 100 minutes for "+1 minute" pressed 50 times in each of two windows', async () => {
    const running = start(createRound({ members: ['Ana', 'Ben'], timing: { mode: 'shared', totalMs: 600_000 } }), T0);
    const round = await addConcurrently<Round>('round', running, (r) => addTime(r, T0 + 1000, 60_000));
    expect(round.addedMs).to.equal(100 * 60_000);
  });
});

describe('store.update', () => {
  it('gives the change the latest version and undefined when nothing is stored', async () => {
    const store = await openStore({ name: freshName(), kinds: PEERKIT_KINDS });
    let seen: RuleSet | undefined = emptyRuleSet();
    const first = await store.update<RuleSet>('ground-rules', 'g', (current) => {
      seen = current;
      return addRule(emptyRuleSet(), 'r1', 'Listen.');
    });
    expect(seen).to.equal(undefined);
    expect(first.revision).to.equal(1);
    const second = await store.update<RuleSet>('ground-rules', 'g', (current) => addRule(current!, 'r2', 'Be kind.'));
    expect(second.revision).to.equal(2);
    expect(second.data.rules.map((r) => r.text)).to.deep.equal(['Listen.', 'Be kind.']);
    store.close();
  });

  it('writes nothing for a change that returns what it was given', async () => {
    const store = await openStore({ name: freshName(), kinds: PEERKIT_KINDS });
    await store.put('ground-rules', 'g', addRule(emptyRuleSet(), 'r1', 'Listen.'));
    const heard: number[] = [];
    store.watch('ground-rules', 'g', (doc) => heard.push(doc?.revision ?? 0));
    const same = await store.update<RuleSet>('ground-rules', 'g', (current) => current!);
    expect(same.revision).to.equal(1);
    expect(heard).to.deep.equal([]);
    store.close();
  });

  it('passes a ConflictError through as thrown, with both versions, and stores nothing', async () => {
    const store = await openStore({ name: freshName(), kinds: PEERKIT_KINDS });
    const start = addRule(emptyRuleSet(), 'r1', 'Listen.');
    await store.put('ground-rules', 'g', start);
    // Someone else rewords rule 1 first.
    await store.update<RuleSet>('ground-rules', 'g', (current) => editRule(current!, 'r1', { text: 'Listen well.' }));
    const error = await rejection(
      store.update<RuleSet>('ground-rules', 'g', (current) => editRule(current!, 'r1', { text: 'Listen fully.' }, { text: 'Listen.', explanation: '' })),
    );
    if (!(error instanceof ConflictError)) throw new Error(`expected a ConflictError, got ${String(error)}`);
    expect(error.theirs).to.equal('Listen well.');
    expect(error.mine).to.equal('Listen fully.');
    const stored = await store.get<RuleSet>('ground-rules', 'g');
    expect(stored!.revision).to.equal(2);
    expect(stored!.data.rules[0]!.text).to.equal('Listen well.');
    store.close();
  });

  it('refuses data that is not plain: a cycle, a BigInt', async () => {
    const store = await openStore({ name: freshName(), kinds: PEERKIT_KINDS });
    const cyclic = emptyResourceList() as ResourceList & { self?: unknown };
    cyclic.self = cyclic;
    const error = await rejection(store.update('resources', 'g', () => cyclic));
    expect(error).to.be.instanceOf(ValidationError);
    expect(String(error)).to.contain('cycle');
    const big = { ...emptyResourceList(), count: 10n };
    expect(String(await rejection(store.put('resources', 'g', big)))).to.contain('bigint');
    expect(await store.get('resources', 'g')).to.equal(undefined);
    store.close();
  });
});
