/**
 * A live room: one Yjs document the facilitator's device and members' devices
 * share for one meeting. The facilitator (or a co-facilitator) publishes the
 * signed stage; members add what they give (anonymous feedback, carried by a
 * blind-signed one-time token: see tokens.ts). The
 * facilitator's own store stays the record: what members give is checked and
 * copied into it by the meeting page. Guests keep nothing: the document lives
 * in memory and is gone when they leave.
 */
import * as Y from 'yjs';
import type { Answers } from '@peerkit/core';
import { keyFingerprint, openSigned, openStage, sealSigned, sealStage, stageKeysFrom, verifyingKey, type Stage, type StageKeys } from './stage.js';
import { roomTopic, type RoomLink } from './secrets.js';
import { webrtcProvider, type ProviderFactory, type SyncProvider } from './provider.js';

export type Role = 'facilitator' | 'co-facilitator' | 'member';

export interface Presence {
  /** As the person chose on joining; empty for anonymous. */
  name: string;
  role: Role;
  /** The member this device says it is (from the stage's roster), once chosen. */
  claim?: string;
  /** The device's random id for this room, which its actions carry: claims are held per device. */
  device?: string;
}

export interface GivenAnswers {
  formId: string;
  /** The device's one-time answer token and the facilitator's signature on it: one answer per token, unlinkable to the device. */
  token: string;
  proof: string;
  answers: Answers;
}

/** A device asking for its answer token: the token blinded, by the device's room id. */
export interface TokenRequest {
  deviceId: string;
  blinded: string;
}

/** What a member does from their own device, as the member they say they are. */
export type MemberAction =
  | { kind: 'fit'; draftId: string; fit: number }
  | { kind: 'rule'; ruleId: string; response: string | number }
  | { kind: 'mood'; mood: number }
  | { kind: 'pass' }
  | { kind: 'come-back' };

export interface GivenAction {
  /** Unique per action: the facilitator applies each once. */
  id: string;
  memberId: string;
  deviceId: string;
  action: MemberAction;
}

/** What a co-facilitator does from their own device: the facilitator's device carries it out. */
export type FacilitatorCommand = { kind: 'next-section' } | { kind: 'round'; action: 'toggle' | 'next' };

export interface RoomOptions {
  link: RoomLink;
  presence: Presence;
  /** Only for those who publish the stage: the facilitator, or a co-facilitator from the control key. */
  keys?: StageKeys;
  provider?: ProviderFactory;
  iceServers?: RTCIceServer[];
  /** The last command carried out before a reload, so none is carried out twice. */
  lastCommand?: number;
}

export type RoomProblem = 'forged' | 'replayed' | 'malformed';

export class LiveRoom {
  private readonly stageMap: Y.Map<unknown>;
  private readonly answerMap: Y.Map<unknown>;
  private readonly actionMap: Y.Map<unknown>;
  private readonly commandMap: Y.Map<unknown>;
  private readonly requestMap: Y.Map<unknown>;
  private readonly grantMap: Y.Map<unknown>;
  private lastCommand = 0;
  private lastSeq = 0;
  private shown: Stage | null = null;
  private readonly stageListeners = new Set<(stage: Stage) => void>();
  private readonly problemListeners = new Set<(problem: RoomProblem) => void>();
  private reading: Promise<void> = Promise.resolve();

  /** The facilitator's key, once the document has brought one that matches the link's fingerprint. */
  private verifying: CryptoKey | undefined;

  private constructor(
    readonly doc: Y.Doc,
    readonly link: RoomLink,
    private keys: StageKeys | undefined,
    readonly provider: SyncProvider,
  ) {
    this.stageMap = doc.getMap('stage');
    this.answerMap = doc.getMap('answers');
    this.actionMap = doc.getMap('actions');
    this.commandMap = doc.getMap('commands');
    this.requestMap = doc.getMap('token-requests');
    this.grantMap = doc.getMap('token-grants');
    // Stages are opened one at a time, in the order they arrive, so a newer one is never overtaken.
    this.stageMap.observe(() => {
      this.reading = this.reading.then(() => this.readStage());
    });
  }

  static async open({ link, presence, keys, provider = webrtcProvider, iceServers, lastCommand = 0 }: RoomOptions): Promise<LiveRoom> {
    const doc = new Y.Doc();
    // The facilitator puts the full public key in the document; links carry only its fingerprint.
    if (keys) doc.getMap('stage').set('key', keys.publicKey);
    // The link's TURN server, if it names one, for devices that cannot reach each other directly.
    const servers = iceServers ?? (link.turn ? [link.turn] : []);
    const transport = await provider(doc, await roomTopic(link.room), { relay: link.relay, password: link.key, iceServers: servers });
    transport.awareness.setLocalState(presence);
    const room = new LiveRoom(doc, link, keys, transport);
    room.lastCommand = lastCommand;
    return room;
  }

  /** The last command carried out (or sent): kept by a page that may reload. */
  get lastCommandSeq(): number {
    return this.lastCommand;
  }

  /** The stage's verifying key: the document's public key, only if it matches the link's fingerprint. */
  private async stageKey(): Promise<CryptoKey | undefined> {
    if (this.verifying) return this.verifying;
    const publicKey = this.stageMap.get('key');
    if (typeof publicKey !== 'string' || (await keyFingerprint(publicKey).catch(() => '')) !== this.link.stageKey) return undefined;
    this.verifying = await verifyingKey(publicKey);
    return this.verifying;
  }

  get stage(): Stage | null {
    return this.shown;
  }

  onStage(listener: (stage: Stage) => void): () => void {
    this.stageListeners.add(listener);
    if (this.shown) listener(this.shown);
    return () => this.stageListeners.delete(listener);
  }

  onProblem(listener: (problem: RoomProblem) => void): () => void {
    this.problemListeners.add(listener);
    return () => this.problemListeners.delete(listener);
  }

  private async readStage(): Promise<void> {
    const current = this.stageMap.get('current');
    if (current === undefined) return;
    const key = await this.stageKey();
    // A stage with no key that matches the link is someone else's: refused like a forged one.
    const reading = key ? await openStage(key, current, this.lastSeq) : ({ ok: false, problem: 'forged' } as const);
    if (!reading.ok) {
      // The same stage seen again (a rejoin's catch-up) is not a problem worth saying.
      if (reading.problem !== 'replayed') this.problemListeners.forEach((listener) => listener(reading.problem));
      return;
    }
    this.lastSeq = reading.seq;
    this.shown = reading.stage;
    this.stageListeners.forEach((listener) => listener(reading.stage));
  }

  /** The signing key: the facilitator's own, or a co-facilitator's from the link's control part and the room's public key. */
  private async signingKeys(): Promise<StageKeys | undefined> {
    if (this.keys) return this.keys;
    const publicKey = this.stageMap.get('key');
    if (!this.link.control || typeof publicKey !== 'string' || !(await this.stageKey())) return undefined;
    this.keys = await stageKeysFrom(publicKey, this.link.control).catch(() => undefined);
    return this.keys;
  }

  /** Whether this device may change what the room is shown (the facilitator, or a co-facilitator once the room's key has arrived). */
  async canControl(): Promise<boolean> {
    return (await this.signingKeys()) !== undefined;
  }

  /** Signs and shows a stage to the room (facilitator and co-facilitator only). */
  async publish(stage: Stage): Promise<void> {
    const keys = await this.signingKeys();
    if (!keys) throw new Error('Only the facilitator can change what the room is shown.');
    // Numbered by time, and always past the last one seen, so two facilitators never go backwards.
    const seq = Math.max(Date.now(), this.lastSeq + 1);
    const envelope = await sealStage(keys.signing, seq, stage);
    this.stageMap.set('current', envelope);
  }

  /** A co-facilitator's command, signed like a stage, for the facilitator's device to carry out. */
  async command(command: FacilitatorCommand): Promise<void> {
    const keys = await this.signingKeys();
    if (!keys) throw new Error('Only a facilitator can run the meeting.');
    const seq = Math.max(Date.now(), this.lastCommand + 1);
    this.lastCommand = seq;
    this.commandMap.set(String(seq), await sealSigned(keys.signing, seq, { command }));
  }

  /** Commands signed by a facilitator's key, each once and in order; any other is refused as a problem. */
  onCommand(listener: (command: FacilitatorCommand) => void): () => void {
    let reading: Promise<void> = Promise.resolve();
    const read = () => {
      reading = reading.then(async () => {
        const key = await this.stageKey();
        const pending = [...this.commandMap.entries()].map(([seq, envelope]) => [Number(seq), envelope] as const).filter(([seq]) => seq > this.lastCommand).sort((a, b) => a[0] - b[0]);
        for (const [, envelope] of pending) {
          const opened = key ? await openSigned(key, envelope, this.lastCommand) : ({ ok: false, problem: 'forged' } as const);
          if (!opened.ok) {
            if (opened.problem !== 'replayed') this.problemListeners.forEach((problem) => problem(opened.problem));
            continue;
          }
          this.lastCommand = opened.seq;
          const { command } = opened.payload as { command?: unknown };
          if (isCommand(command)) listener(command);
        }
      });
    };
    this.commandMap.observe(read);
    return () => this.commandMap.unobserve(read);
  }

  /**
   * A member's answers to the form on the stage, anonymous: the token and nothing else. Written under a
   * fresh Yjs client id, so the document does not tie the answer to this device's presence (same id otherwise).
   */
  answer(given: GivenAnswers): void {
    this.doc.clientID = Math.floor(Math.random() * 0xffffffff);
    this.answerMap.set(`${given.formId}|${given.token}`, { formId: given.formId, token: given.token, proof: given.proof, answers: given.answers });
  }

  /** A member device asks for its answer token, blinded. */
  requestToken(request: TokenRequest): void {
    this.requestMap.set(request.deviceId, request.blinded);
  }

  /** The facilitator's device: every device's request so far, and again whenever one is added. */
  onTokenRequests(listener: (all: TokenRequest[]) => void): () => void {
    const tell = () => listener([...this.requestMap.entries()].flatMap(([deviceId, blinded]) => (typeof blinded === 'string' ? [{ deviceId, blinded }] : [])));
    this.requestMap.observe(tell);
    tell();
    return () => this.requestMap.unobserve(tell);
  }

  /** The facilitator's device signs a device's blinded token. */
  grantToken(deviceId: string, blindSignature: string): void {
    if (this.grantMap.get(deviceId) !== blindSignature) this.grantMap.set(deviceId, blindSignature);
  }

  /** A member device: the blind signature on its token, once the facilitator's device has given it. */
  onTokenGrant(deviceId: string, listener: (blindSignature: string) => void): () => void {
    const tell = () => {
      const granted = this.grantMap.get(deviceId);
      if (typeof granted === 'string') listener(granted);
    };
    this.grantMap.observe(tell);
    tell();
    return () => this.grantMap.unobserve(tell);
  }

  /** Every answer given in the room so far, and again whenever one is added or changed. */
  onAnswers(listener: (all: GivenAnswers[]) => void): () => void {
    const tell = () => listener([...this.answerMap.values()].filter(isGiven));
    this.answerMap.observe(tell);
    tell();
    return () => this.answerMap.unobserve(tell);
  }

  /** A member's action: a fit or a rule response replaces the member's last one; a mood, pass or "come back to me" is one event. */
  act(given: Omit<GivenAction, 'id'> & { id?: string }): void {
    const { action, memberId } = given;
    const id = action.kind === 'fit' ? `fit|${action.draftId}|${memberId}` : action.kind === 'rule' ? `rule|${action.ruleId}|${memberId}` : (given.id ?? `${action.kind}|${memberId}|${Date.now()}`);
    this.actionMap.set(id, { ...given, id });
  }

  /** Every action given so far, and again whenever one is added or changed. */
  onActions(listener: (all: GivenAction[]) => void): () => void {
    const tell = () => listener([...this.actionMap.values()].filter(isAction));
    this.actionMap.observe(tell);
    tell();
    return () => this.actionMap.unobserve(tell);
  }

  /** Says who this device is now (a member's claim of a name), to the facilitator's list. */
  setPresence(presence: Presence): void {
    this.provider.awareness.setLocalState(presence);
  }

  /** Who is here now, as each device says (the facilitator's list; members see only a count). */
  presence(): Presence[] {
    const states = this.provider.awareness.getStates();
    return [...states.entries()].filter(([id]) => id !== this.provider.awareness.clientID).map(([, state]) => state as Presence).filter(isPresence);
  }

  onPresence(listener: (present: Presence[]) => void): () => void {
    const tell = () => listener(this.presence());
    this.provider.awareness.on('change', tell);
    tell();
    return () => this.provider.awareness.off('change', tell);
  }

  /** Ends the room for everyone: a signed closed stage, then this device leaves. */
  async close(stage: Stage): Promise<void> {
    await this.publish({ ...stage, phase: 'closed', section: null, timer: null, checkin: null, rules: null, roster: null, drafts: null, proposals: null, feedback: null, answerKey: null });
    // Give the closed stage a moment to reach the others before the connections go.
    await new Promise((resolve) => setTimeout(resolve, 600));
    this.leave();
  }

  leave(): void {
    this.provider.awareness.setLocalState(null);
    this.provider.destroy();
    this.doc.destroy();
  }
}

function isGiven(value: unknown): value is GivenAnswers {
  const given = value as { formId?: unknown; token?: unknown; proof?: unknown; answers?: unknown } | null;
  return typeof given?.formId === 'string' && typeof given.token === 'string' && typeof given.proof === 'string' && typeof given.answers === 'object' && given.answers !== null && !Array.isArray(given.answers);
}

function isCommand(value: unknown): value is FacilitatorCommand {
  const command = value as { kind?: unknown; action?: unknown } | null;
  return command?.kind === 'next-section' || (command?.kind === 'round' && (command.action === 'toggle' || command.action === 'next'));
}

function isAction(value: unknown): value is GivenAction {
  const given = value as { id?: unknown; memberId?: unknown; deviceId?: unknown; action?: { kind?: unknown } } | null;
  return typeof given?.id === 'string' && typeof given.memberId === 'string' && typeof given.deviceId === 'string' && typeof given.action?.kind === 'string';
}

function isPresence(value: unknown): value is Presence {
  const presence = value as { name?: unknown; role?: unknown } | null;
  return typeof presence?.name === 'string' && ['facilitator', 'co-facilitator', 'member'].includes(String(presence.role));
}
