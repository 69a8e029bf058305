import { expect } from '@esm-bundle/chai';
import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import {
  LiveRoom,
  joinLink,
  keyFingerprint,
  newStageKeys,
  openStage,
  qrModules,
  randomId,
  readJoinLink,
  roomTopic,
  sealStage,
  stageKeysFrom,
  verifyingKey,
  type ProviderFactory,
  type RoomLink,
  type Stage,
  type TransportStatus,
} from '@peerkit/live';
import { answerKeysFrom, blindToken, newAnswerKeys, signBlinded, tokenHolds, unblindToken } from '@peerkit/live/tokens';
import { until } from '../helpers.js';

const STAGE: Stage = { group: 'Tuesday circle', lang: 'en', phase: 'running', section: { title: 'Sharing round', tool: 'peer-timer' }, timer: { speaker: 'Ana', next: 'Ben', remainingMs: 120_000, running: true }, checkin: null, rules: null, roster: null, drafts: null, proposals: null, feedback: null, help: { lines: [], pushed: 0 }, claims: {}, answerKey: null };

/**
 * A transport for tests: every document opened on the same bus sees the others' updates and
 * presence at once, in this page, with no network. The rooms' logic is the same as over WebRTC.
 */
function loopback(): ProviderFactory & { drop(doc: Y.Doc): void; join(doc: Y.Doc): void } {
  const docs = new Map<Y.Doc, Awareness>();
  const offline = new Set<Y.Doc>();
  const factory = (async (doc: Y.Doc) => {
    const awareness = new Awareness(doc);
    for (const [other, theirs] of docs) {
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));
      Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
      applyAwarenessUpdate(awareness, encodeAwarenessUpdate(theirs, [...theirs.getStates().keys()]), 'bus');
    }
    docs.set(doc, awareness);
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === 'bus' || offline.has(doc)) return;
      for (const other of docs.keys()) if (other !== doc && !offline.has(other)) Y.applyUpdate(other, update, 'bus');
    });
    awareness.on('update', ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
      if (origin === 'bus') return;
      const update = encodeAwarenessUpdate(awareness, [...added, ...updated, ...removed]);
      for (const [other, theirs] of docs) if (other !== doc) applyAwarenessUpdate(theirs, update, 'bus');
    });
    return {
      awareness,
      onStatus: (listener: (status: TransportStatus) => void) => {
        listener({ relay: true, peers: docs.size - 1, unreadable: 0 });
        return () => undefined;
      },
      destroy: () => {
        docs.delete(doc);
        awareness.destroy();
      },
    };
  }) as unknown as ProviderFactory & { drop(doc: Y.Doc): void; join(doc: Y.Doc): void };
  factory.drop = (doc) => offline.add(doc);
  /** Back online: catches up both ways, as a rejoin's sync does. */
  factory.join = (doc) => {
    offline.delete(doc);
    for (const other of docs.keys()) {
      if (other === doc) continue;
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(other, Y.encodeStateVector(doc)), 'bus');
      Y.applyUpdate(other, Y.encodeStateAsUpdate(doc, Y.encodeStateVector(other)), 'bus');
    }
  };
  return factory;
}

async function facilitatorLink(): Promise<{ link: RoomLink; keys: Awaited<ReturnType<typeof newStageKeys>> }> {
  const keys = await newStageKeys();
  return { keys, link: { room: randomId(), key: randomId(), relay: 'ws://127.0.0.1:4444', stageKey: await keyFingerprint(keys.publicKey) } };
}

describe('live: join links', () => {
  it('keeps every secret in the fragment, and reads back only a whole link', async () => {
    const { link, keys } = await facilitatorLink();
    const member = joinLink('https://example.org/app/live.html?x=1#old', link);
    const url = new URL(member);
    expect(url.search).to.equal('?x=1');
    expect(url.hash).to.include(`room=${link.room}`);
    expect(readJoinLink(url.hash)).to.deep.equal({ ok: true, link });
    const co = readJoinLink(new URL(joinLink(member, { ...link, control: keys.control })).hash);
    expect(co.ok && co.link.control).to.equal(keys.control);
    expect(readJoinLink(url.hash.slice(0, 30))).to.deep.include({ ok: false });
    // A TURN server travels in the fragment too, for phones on mobile networks.
    const turn = { urls: 'turns:relay.example.org:5349', username: 'peerkit', credential: 'a long secret' };
    expect(readJoinLink(new URL(joinLink(member, { ...link, turn })).hash)).to.deep.equal({ ok: true, link: { ...link, turn } });
    expect(readJoinLink(`${url.hash}&turn=http://example.org`)).to.deep.equal({ ok: false, problem: 'the link names a TURN server that is not a turn: address' });
    expect(readJoinLink(url.hash.replace('ws%3A%2F%2F', 'http%3A%2F%2F'))).to.deep.equal({ ok: false, problem: 'the link names no meeting relay; ask the facilitator for it again' });
    // 128-bit ids, never the same twice; the relay sees a hash of the room, not the room.
    expect(randomId()).to.have.length(22).and.not.equal(randomId());
    expect(await roomTopic(link.room)).to.match(/^peerkit-[A-Za-z0-9_-]{43}$/).and.not.include(link.room);
  });

  it('draws a QR code of the link (modules, square)', () => {
    const modules = qrModules('https://example.org/app/live.html#room=abc');
    expect(modules.length).to.be.greaterThan(20);
    expect(modules.every((row) => row.length === modules.length)).to.equal(true);
  });
});

describe('live: the transport', () => {
  it('is given the link’s relay, key and TURN server, and a hashed topic', async () => {
    const { link } = await facilitatorLink();
    const turn = { urls: 'turn:relay.example.org:3478', username: 'peerkit', credential: 'secret' };
    const seen: unknown[] = [];
    const bus = loopback();
    const spy: ProviderFactory = (doc, topic, options) => {
      seen.push({ topic, options });
      return bus(doc, topic, options);
    };
    const room = await LiveRoom.open({ link: { ...link, turn }, presence: { name: '', role: 'member' }, provider: spy });
    expect(seen).to.deep.equal([{ topic: await roomTopic(link.room), options: { relay: link.relay, password: link.key, iceServers: [turn] } }]);
    room.leave();
  });
});

describe('live: the stage is the facilitator’s alone', () => {
  it('opens a signed stage once, refuses a tampered, forged or replayed one', async () => {
    const { keys } = await facilitatorLink();
    const verifying = await verifyingKey(keys.publicKey);
    const sealed = await sealStage(keys.signing, 5, STAGE);
    expect(await openStage(verifying, sealed, 0)).to.deep.equal({ ok: true, seq: 5, stage: STAGE });
    expect(await openStage(verifying, sealed, 5)).to.deep.equal({ ok: false, problem: 'replayed' });
    expect(await openStage(verifying, { ...sealed, body: sealed.body.replace('Ana', 'Eve') }, 0)).to.deep.equal({ ok: false, problem: 'forged' });
    const stranger = await newStageKeys();
    expect(await openStage(verifying, await sealStage(stranger.signing, 9, STAGE), 0)).to.deep.equal({ ok: false, problem: 'forged' });
    expect(await openStage(verifying, { body: 1 }, 0)).to.deep.equal({ ok: false, problem: 'malformed' });
    for (const sig of ['!!', 'A']) expect(await openStage(verifying, { ...sealed, sig }, 0)).to.deep.equal({ ok: false, problem: 'forged' });
    // A co-facilitator signs with the same key, rebuilt from the link's control part.
    const co = await stageKeysFrom(keys.publicKey, keys.control);
    expect(await openStage(verifying, await sealStage(co.signing, 6, STAGE), 5)).to.deep.include({ ok: true, seq: 6 });
  });
});

describe('live: a room', () => {
  it('shows members the facilitator’s stage, takes one anonymous answer per token, and lists who is here', async () => {
    const bus = loopback();
    const { link, keys } = await facilitatorLink();
    const facilitator = await LiveRoom.open({ link, presence: { name: 'Facilitator', role: 'facilitator' }, keys, provider: bus });
    const ana = await LiveRoom.open({ link, presence: { name: 'Ana', role: 'member' }, provider: bus });
    const anonymous = await LiveRoom.open({ link, presence: { name: '', role: 'member' }, provider: bus });
    await facilitator.publish(STAGE);
    await until(() => ana.stage?.timer?.speaker === 'Ana' && anonymous.stage?.section?.title === 'Sharing round', 'members see the stage');
    expect(facilitator.presence().map((p) => p.name).sort()).to.deep.equal(['', 'Ana']);

    const given: unknown[] = [];
    facilitator.onAnswers((all) => given.splice(0, given.length, ...all));
    ana.answer({ formId: 'end', token: 'token-a', proof: 'signed', answers: { safe: 4 } });
    ana.answer({ formId: 'end', token: 'token-a', proof: 'signed', answers: { safe: 5 } }); // changed mind: replaces
    anonymous.answer({ formId: 'end', token: 'token-b', proof: 'signed', answers: { safe: 2 } });
    await until(() => given.length === 2, 'two answers reach the facilitator');
    expect(given).to.deep.equal([
      { formId: 'end', token: 'token-a', proof: 'signed', answers: { safe: 5 } },
      { formId: 'end', token: 'token-b', proof: 'signed', answers: { safe: 2 } },
    ]);
    expect(JSON.stringify(facilitator.doc.getMap('answers').toJSON())).not.to.include('Ana'); // no member's name beside an answer
    // Nor Ana's device: the answer was written under a Yjs client id that is not the one her presence carries.
    const written = (facilitator.doc.getMap('answers') as unknown as { _map: Map<string, { id: { client: number } }> })._map.get('end|token-a');
    expect(written?.id.client).to.be.a('number').and.not.equal(ana.provider.awareness.clientID);

    // A member cannot change what the room is shown: without the key, nothing to sign with; a forged stage is refused.
    let problem = '';
    anonymous.onProblem((p) => (problem = p));
    await ana.publish(STAGE).then(
      () => expect.fail('a member published'),
      (error: unknown) => expect(String(error)).to.match(/Only the facilitator/),
    );
    const forger = await newStageKeys();
    ana.doc.getMap('stage').set('current', await sealStage(forger.signing, Date.now() + 1e9, { ...STAGE, group: 'Forged' }));
    await until(() => problem === 'forged', 'the forged stage is refused');
    expect(anonymous.stage?.group).to.equal('Tuesday circle');
    for (const room of [facilitator, ana, anonymous]) room.leave();
  });

  it('trusts only the signing key the link’s fingerprint names', async () => {
    const bus = loopback();
    const { link, keys } = await facilitatorLink();
    const facilitator = await LiveRoom.open({ link, presence: { name: 'F', role: 'facilitator' }, keys, provider: bus });
    await facilitator.publish(STAGE);
    const other = await newStageKeys();
    const misled = await LiveRoom.open({ link: { ...link, stageKey: await keyFingerprint(other.publicKey) }, presence: { name: '', role: 'member' }, provider: bus });
    let problem = '';
    misled.onProblem((p) => (problem = p));
    await facilitator.publish({ ...STAGE, group: 'Again' });
    await until(() => problem === 'forged', 'a key the link does not name is refused');
    expect(misled.stage).to.equal(null);
    for (const room of [facilitator, misled]) room.leave();
  });

  it('catches a member up after they drop and come back, counting nothing twice; closing clears the stage', async () => {
    const bus = loopback();
    const { link, keys } = await facilitatorLink();
    const facilitator = await LiveRoom.open({ link, presence: { name: 'F', role: 'facilitator' }, keys, provider: bus });
    const ben = await LiveRoom.open({ link, presence: { name: 'Ben', role: 'member' }, provider: bus });
    await facilitator.publish(STAGE);
    await until(() => ben.stage !== null, 'Ben sees the stage');
    ben.answer({ formId: 'end', token: 'token-ben', proof: 'signed', answers: { safe: 3 } });
    bus.drop(ben.doc);
    await facilitator.publish({ ...STAGE, section: { title: 'Feedback', tool: 'feedback-form' } });
    ben.answer({ formId: 'end', token: 'token-ben', proof: 'signed', answers: { safe: 4 } }); // given offline
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(ben.stage?.section?.title).to.equal('Sharing round');
    bus.join(ben.doc);
    await until(() => ben.stage?.section?.title === 'Feedback', 'Ben catches up');
    const answers: unknown[] = [];
    facilitator.onAnswers((all) => answers.splice(0, answers.length, ...all));
    expect(answers).to.deep.equal([{ formId: 'end', token: 'token-ben', proof: 'signed', answers: { safe: 4 } }]);

    await facilitator.close(STAGE);
    await until(() => ben.stage?.phase === 'closed', 'the room closes for Ben');
    expect(ben.stage).to.deep.include({ section: null, timer: null, feedback: null });
    ben.leave();
  });
});

describe('live: one answer token per device, signed blind', () => {
  it('gives a device a token the facilitator signed without seeing it; nobody else can use the signature', async () => {
    const bus = loopback();
    const { link, keys } = await facilitatorLink();
    const answerKeys = await newAnswerKeys();
    const facilitator = await LiveRoom.open({ link, presence: { name: '', role: 'facilitator' }, keys, provider: bus });
    const ana = await LiveRoom.open({ link, presence: { name: 'Ana', role: 'member', device: 'device-a' }, provider: bus });
    const ben = await LiveRoom.open({ link, presence: { name: 'Ben', role: 'member', device: 'device-b' }, provider: bus });
    // The facilitator's side: each request signed (again after a reload, the same signature).
    facilitator.onTokenRequests((all) => all.forEach(({ deviceId, blinded }) => void signBlinded(answerKeys, blinded).then((signature) => facilitator.grantToken(deviceId, signature))));

    const pending = await blindToken(answerKeys.publicKey);
    ana.requestToken({ deviceId: 'device-a', blinded: pending.blinded });
    let granted = '';
    ana.onTokenGrant('device-a', (signature) => (granted = signature));
    await until(() => granted !== '', 'Ana’s token is signed');
    const proof = await unblindToken(answerKeys.publicKey, pending, granted);
    expect(await tokenHolds(answerKeys.publicKey, pending.token, proof)).to.equal(true);
    // The facilitator's device saw only the blinded token: nothing it holds names the token itself.
    const seen = JSON.stringify(['token-requests', 'token-grants', 'answers'].map((name) => facilitator.doc.getMap(name).toJSON()));
    expect(seen).to.include(pending.blinded);
    expect(seen).not.to.include(pending.token);
    expect(seen).not.to.include(proof);

    // Ben sees Ana's blind signature in the room, but without her unblinding secret it makes no token of his.
    const bens = await blindToken(answerKeys.publicKey);
    const stolen = await unblindToken(answerKeys.publicKey, bens, granted).then(
      () => 'unblinded',
      () => 'refused',
    );
    expect(stolen).to.equal('refused');
    // A made-up token, or a proof from another room's key, does not hold.
    const other = await newAnswerKeys();
    expect(await tokenHolds(answerKeys.publicKey, bens.token, proof)).to.equal(false);
    expect(await tokenHolds(other.publicKey, pending.token, proof)).to.equal(false);
    expect(await tokenHolds(answerKeys.publicKey, pending.token, 'not-a-signature')).to.equal(false);

    // After a reload the facilitator's tab signs with the same key, from what it kept.
    const reloaded = await answerKeysFrom(answerKeys.saved);
    expect(reloaded.publicKey).to.equal(answerKeys.publicKey);
    expect(await signBlinded(reloaded, pending.blinded)).to.equal(granted);
    for (const room of [facilitator, ana, ben]) room.leave();
  });
});

describe('live: a co-facilitator', () => {
  it('runs the meeting from the link’s control part; a member’s command, or a replayed one, is refused', async () => {
    const bus = loopback();
    const { link, keys } = await facilitatorLink();
    const facilitator = await LiveRoom.open({ link, presence: { name: 'F', role: 'facilitator' }, keys, provider: bus });
    const co = await LiveRoom.open({ link: { ...link, control: keys.control }, presence: { name: 'Co', role: 'co-facilitator' }, provider: bus });
    const member = await LiveRoom.open({ link, presence: { name: 'M', role: 'member' }, provider: bus });
    const carried: unknown[] = [];
    const problems: string[] = [];
    facilitator.onCommand((command) => carried.push(command));
    facilitator.onProblem((problem) => problems.push(problem));
    expect(await co.canControl()).to.equal(true);
    expect(await member.canControl()).to.equal(false);
    await co.command({ kind: 'round', action: 'next' });
    await co.command({ kind: 'next-section' });
    await until(() => carried.length === 2, 'the facilitator carries out both');
    expect(carried).to.deep.equal([{ kind: 'round', action: 'next' }, { kind: 'next-section' }]);
    await member.command({ kind: 'next-section' }).then(
      () => expect.fail('a member ran the meeting'),
      (error: unknown) => expect(String(error)).to.match(/Only a facilitator/),
    );
    // A member copies an old signed command under a new number, and forges one: neither runs.
    const commands = member.doc.getMap('commands');
    const old = [...commands.values()][0];
    commands.set(String(Date.now() + 1e9), old);
    const forger = await newStageKeys();
    commands.set(String(Date.now() + 2e9), await sealStage(forger.signing, Date.now() + 2e9, { command: { kind: 'next-section' } } as never));
    await until(() => problems.includes('forged'), 'the forged command is refused');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(carried).to.have.length(2);
    // With the stage, a co-facilitator can publish too.
    await co.publish({ ...STAGE, group: 'From the co-facilitator' });
    await until(() => member.stage?.group === 'From the co-facilitator', 'the member sees the co-facilitator’s stage');
    for (const room of [facilitator, co, member]) room.leave();
  });
});
