/**
 * What the room is shown (the stage) and how members know it came from the
 * facilitator: every stage is signed (ECDSA P-256) with the facilitator's key,
 * whose public half is in the join link, and numbered, so a tampered, forged
 * or replayed stage is refused. Like the presenter screen, a stage is public
 * to the room: nothing private goes on it.
 */
import type { FeedbackForm, Resource } from '@peerkit/core';
import { fromBase64Url, toBase64Url } from './secrets.js';

export interface StageTimer {
  speaker: string | null;
  next: string | null;
  /** Time left for the speaker when the stage was made; members count down from when it arrived. */
  remainingMs: number | null;
  running: boolean;
}

export interface Stage {
  group: string;
  /** The group's language: what the stage says is in it. */
  lang: 'en' | 'es';
  /** soon: not started; running; break; over: the meeting ended; closed: the room is closed. */
  phase: 'soon' | 'running' | 'break' | 'over' | 'closed';
  section: { title: string; tool: string | null } | null;
  timer: StageTimer | null;
  checkin: { question: string; speaker: string | null; speakerId: string | null; mood: boolean } | null;
  rules: string[] | null;
  /** Those here, for a member to say who they are when giving a fit, a rule response or a mood. */
  roster: { id: string; name: string }[] | null;
  /** Purpose drafts to give a fit (1–5) to. */
  drafts: { id: string; text: string }[] | null;
  /** Proposed rules to respond to, with the group's way of checking agreement. */
  proposals: { id: string; text: string; method: 'consent' | 'fist-to-five' }[] | null;
  /** The form members answer from their own devices, while the feedback section runs. */
  feedback: FeedbackForm | null;
  /** In every stage, whatever the section: a member in crisis finds help during a break, a round or after the end. */
  help: StageHelp;
  /** Who holds each member's name, by member id: the device (its room id) that claimed it first. Another device's claim is refused. */
  claims: Record<string, string>;
  /** The room's answer-token key (see tokens.ts): a member device blinds its token with it. Signed here, so no one else can swap it. */
  answerKey: string | null;
}

/** Help a member can open on their own device at any moment, without the room knowing. */
export interface StageHelp {
  /** The group's crisis lines (public numbers; never a facilitator's note). */
  lines: Resource[];
  /** Counts the facilitator's "Show crisis help on every device": each new count opens help on every phone once. */
  pushed: number;
}

/** A stage as it travels: the signed text and its signature. */
export interface StageEnvelope {
  body: string;
  sig: string;
}

const ECDSA = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGN = { name: 'ECDSA', hash: 'SHA-256' } as const;

export interface StageKeys {
  signing: CryptoKey;
  /** Raw public key, base64url: the room's document carries it; links carry its fingerprint. */
  publicKey: string;
  /** The private key's `d`, base64url: only in a co-facilitator's link. */
  control: string;
}

export async function newStageKeys(): Promise<StageKeys> {
  const pair = await crypto.subtle.generateKey(ECDSA, true, ['sign', 'verify']);
  const publicKey = toBase64Url(new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey)));
  const jwk = await crypto.subtle.exportKey('jwk', pair.privateKey);
  return { signing: pair.privateKey, publicKey, control: jwk.d ?? '' };
}

/** A co-facilitator's signing key, from the link's public key and control secret. */
export async function stageKeysFrom(publicKey: string, control: string): Promise<StageKeys> {
  const raw = fromBase64Url(publicKey);
  const jwk: JsonWebKey = { kty: 'EC', crv: 'P-256', x: toBase64Url(raw.slice(1, 33)), y: toBase64Url(raw.slice(33, 65)), d: control, ext: true };
  const signing = await crypto.subtle.importKey('jwk', jwk, ECDSA, false, ['sign']);
  return { signing, publicKey, control };
}

/** What a link carries of the public key: 128 bits of its SHA-256. */
export async function keyFingerprint(publicKey: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', fromBase64Url(publicKey));
  return toBase64Url(new Uint8Array(digest).slice(0, 16));
}

export function verifyingKey(publicKey: string): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', fromBase64Url(publicKey), ECDSA, false, ['verify']);
}

/** Signs and numbers anything the facilitator says to the room: a stage, or a co-facilitator's command. */
export async function sealSigned(signing: CryptoKey, seq: number, payload: unknown): Promise<StageEnvelope> {
  const body = JSON.stringify({ seq, payload });
  const sig = await crypto.subtle.sign(SIGN, signing, new TextEncoder().encode(body));
  return { body, sig: toBase64Url(new Uint8Array(sig)) };
}

export type SignedReading = { ok: true; seq: number; payload: object } | { ok: false; problem: 'forged' | 'replayed' | 'malformed' };

/** A signature that is not even base64url is as forged as a wrong one. */
async function verifies(verifying: CryptoKey, sig: string, body: string): Promise<boolean> {
  try {
    return await crypto.subtle.verify(SIGN, verifying, fromBase64Url(sig), new TextEncoder().encode(body));
  } catch {
    return false;
  }
}

/** Opens what a facilitator signed: the signature holds, it is newer than `lastSeq`, and it carries an object. */
export async function openSigned(verifying: CryptoKey, envelope: unknown, lastSeq: number): Promise<SignedReading> {
  const { body, sig } = (envelope ?? {}) as Partial<StageEnvelope>;
  if (typeof body !== 'string' || typeof sig !== 'string' || body.length > 200_000) return { ok: false, problem: 'malformed' };
  if (!(await verifies(verifying, sig, body))) return { ok: false, problem: 'forged' };
  const parsed = JSON.parse(body) as { seq?: unknown; payload?: unknown };
  if (typeof parsed.seq !== 'number' || typeof parsed.payload !== 'object' || parsed.payload === null) return { ok: false, problem: 'malformed' };
  if (parsed.seq <= lastSeq) return { ok: false, problem: 'replayed' };
  return { ok: true, seq: parsed.seq, payload: parsed.payload };
}

export function sealStage(signing: CryptoKey, seq: number, stage: Stage): Promise<StageEnvelope> {
  return sealSigned(signing, seq, stage);
}

export type StageReading = { ok: true; seq: number; stage: Stage } | { ok: false; problem: 'forged' | 'replayed' | 'malformed' };

/** Opens a stage: signed by the facilitator's key, newer than the last one shown. */
export async function openStage(verifying: CryptoKey, envelope: unknown, lastSeq: number): Promise<StageReading> {
  const reading = await openSigned(verifying, envelope, lastSeq);
  return reading.ok ? { ok: true, seq: reading.seq, stage: reading.payload as Stage } : reading;
}
