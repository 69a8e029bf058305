/**
 * An equal-time round as plain data. Every function that needs the time takes
 * `now` (ms since the epoch): nothing here reads a clock or holds a timer.
 */
import { orderMembers, type OrderMode } from './order.js';

export const ROUND_SCHEMA_VERSION = 1;

/** What happens when a speaker's time runs out. */
export type OvertimePolicy = 'soft' | 'hard' | 'none';
export const OVERTIME_POLICIES: readonly OvertimePolicy[] = ['soft', 'hard', 'none'];

export type SpeakerStatus = 'waiting' | 'speaking' | 'done' | 'passed' | 'left';
export const SPEAKER_STATUSES: readonly SpeakerStatus[] = ['waiting', 'speaking', 'done', 'passed', 'left'];

export type RoundPhase = 'idle' | 'running' | 'paused' | 'complete';
export const ROUND_PHASES: readonly RoundPhase[] = ['idle', 'running', 'paused', 'complete'];

export interface Member {
  id: string;
  name: string;
}

/** A total shared equally by those present, or a fixed time for each. */
export type Timing = { mode: 'shared'; totalMs: number } | { mode: 'each'; eachMs: number };

export interface RoundSettings {
  timing: Timing;
  overtime: OvertimePolicy;
  /** A pause between speakers; not taken from anyone's share. */
  changeoverMs: number;
  /** Set points before zero, largest first, at which a warning is given. */
  warnAtMs: number[];
  /** Whether a member who passes is offered the floor again at the end. */
  passersReturn: boolean;
}

export interface Speaker {
  memberId: string;
  name: string;
  allottedMs: number;
  /** Time spoken in finished stretches; the running stretch is derived from `startedAt`. */
  usedMs: number;
  status: SpeakerStatus;
  passes: number;
}

export interface Round {
  schemaVersion: typeof ROUND_SCHEMA_VERSION;
  settings: RoundSettings;
  /** In speaking order. Finished speakers stay, so stats can be drawn. */
  speakers: Speaker[];
  /** Index of the speaker who has the floor, or -1. */
  current: number;
  phase: RoundPhase;
  /** When the current speaker's clock starts; later than now during a changeover. */
  startedAt: number | null;
  /** Minutes added with "+1 minute" on a shared total; reset drops them. */
  addedMs: number;
  roundStartedAt: number | null;
  completedAt: number | null;
  /** Who opened the round, so the next meeting can start with someone else. */
  firstSpeakerId: string | null;
}

export interface RoundSetup {
  members: readonly (string | Member)[];
  timing: Timing;
  order?: OrderMode;
  /** For `order: 'shuffled'`: the same seed gives the same order. */
  seed?: number;
  /** For `order: 'rotated'`: who spoke first last time; the next member starts. */
  lastFirstSpeakerId?: string;
  overtime?: OvertimePolicy;
  changeoverMs?: number;
  warnAtMs?: readonly number[];
  passersReturn?: boolean;
}

export const DEFAULT_WARN_AT_MS = [60_000];

/** Turns names into members with stable, unique, readable ids. */
export function toMembers(entries: readonly (string | Member)[]): Member[] {
  const taken = new Set<string>();
  const members: Member[] = [];
  for (const entry of entries) {
    const name = (typeof entry === 'string' ? entry : entry.name).trim();
    if (name === '') continue;
    const id = uniqueId(typeof entry === 'string' ? slug(name) || 'member' : entry.id, taken);
    taken.add(id);
    members.push({ id, name });
  }
  return members;
}

/** Names typed as a list: separated by commas or new lines, blanks dropped. */
export function splitNames(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((name) => name.trim())
    .filter(Boolean);
}

function uniqueId(base: string, taken: ReadonlySet<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** Lower case, accents folded, anything but letters and digits turned into single dashes. */
function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
}

export function createRound(setup: RoundSetup): Round {
  const members = orderMembers(toMembers(setup.members), setup.order ?? 'given', {
    seed: setup.seed,
    lastFirstSpeakerId: setup.lastFirstSpeakerId,
  });
  const round: Round = {
    schemaVersion: ROUND_SCHEMA_VERSION,
    settings: {
      timing: setup.timing,
      overtime: setup.overtime ?? 'soft',
      changeoverMs: setup.changeoverMs ?? 0,
      warnAtMs: normaliseWarnAt(setup.warnAtMs ?? DEFAULT_WARN_AT_MS),
      passersReturn: setup.passersReturn ?? true,
    },
    speakers: members.map((member) => ({
      memberId: member.id,
      name: member.name,
      allottedMs: 0,
      usedMs: 0,
      status: 'waiting',
      passes: 0,
    })),
    current: -1,
    phase: 'idle',
    startedAt: null,
    addedMs: 0,
    roundStartedAt: null,
    completedAt: null,
    firstSpeakerId: null,
  };
  return divideTime(round, 0);
}

export function normaliseWarnAt(values: readonly number[]): number[] {
  return [...new Set(values.filter((v) => Number.isFinite(v) && v > 0))].sort((a, b) => b - a);
}

/** The whole time this round may use, including added minutes. */
export function totalMs(round: Round): number {
  const { timing } = round.settings;
  return timing.mode === 'shared' ? timing.totalMs + round.addedMs : timing.eachMs * round.speakers.length;
}

/** Time the speaker has spoken up to `now`, including the running stretch. */
export function spokenMs(round: Round, index: number, now: number): number {
  const speaker = round.speakers[index];
  if (!speaker) return 0;
  const running = index === round.current && round.phase === 'running' && round.startedAt !== null;
  return speaker.usedMs + (running ? Math.max(0, now - (round.startedAt ?? now)) : 0);
}

/**
 * Shares out time to those still waiting. With a shared total, the time not yet
 * spoken (nor held by the current speaker) is split equally among them, to the
 * millisecond: the shares sum exactly to what is left and none is negative.
 * With a fixed time each, every waiting speaker simply gets that time.
 */
export function divideTime(round: Round, now: number): Round {
  const { timing } = round.settings;
  const waiting = round.speakers.flatMap((speaker, index) => (speaker.status === 'waiting' ? [index] : []));
  if (timing.mode === 'each') {
    const speakers = round.speakers.map((speaker) =>
      speaker.status === 'waiting' ? { ...speaker, allottedMs: timing.eachMs } : speaker,
    );
    return { ...round, speakers };
  }
  let committed = 0;
  round.speakers.forEach((speaker, index) => {
    if (speaker.status === 'waiting') committed += speaker.usedMs;
    else if (speaker.status === 'speaking') committed += Math.max(speaker.allottedMs, spokenMs(round, index, now));
    else committed += speaker.usedMs;
  });
  const pool = Math.max(0, totalMs(round) - committed);
  const share = waiting.length > 0 ? Math.floor(pool / waiting.length) : 0;
  let remainder = waiting.length > 0 ? pool - share * waiting.length : 0;
  const speakers = round.speakers.map((speaker) => {
    if (speaker.status !== 'waiting') return speaker;
    const extra = remainder > 0 ? 1 : 0;
    remainder -= extra;
    return { ...speaker, allottedMs: speaker.usedMs + share + extra };
  });
  return { ...round, speakers };
}
