/** What a round looks like at a moment: derived from the data and `now`, never counted. */
import { settle } from './commands.js';
import { spokenMs, totalMs, type Round, type Speaker } from './round.js';

export type TimerState = 'idle' | 'running' | 'paused' | 'changeover' | 'complete';
export type TimeLevel = 'normal' | 'warning' | 'overtime';

export interface RoundView {
  state: TimerState;
  speaker: Speaker | null;
  next: Speaker | null;
  spokenMs: number;
  allottedMs: number;
  /** Below zero in overtime. Under the `none` policy this is simply allotted − spoken. */
  remainingMs: number;
  overtimeMs: number;
  changeoverLeftMs: number;
  level: TimeLevel;
  /** Spoken share of the allotment, 0 to 1. */
  progress: number;
  /** Speakers done, passed or left, out of all. */
  finishedCount: number;
  speakerCount: number;
}

/**
 * The warning set points that fit a turn: none longer than half of it, so a
 * 30-second turn is not 'almost over' from its first second.
 */
export function warningsFor(warnAtMs: readonly number[], allottedMs: number): number[] {
  return warnAtMs.filter((at) => at <= allottedMs / 2);
}

export function roundView(input: Round, now: number): RoundView {
  const round = settle(input, now);
  const speaker = round.speakers[round.current] ?? null;
  const nextSpeaker = findNext(round);
  const spoken = speaker ? spokenMs(round, round.current, now) : 0;
  const allotted = speaker?.allottedMs ?? 0;
  const remaining = allotted - spoken;
  const limited = round.settings.overtime !== 'none';
  const changeoverLeft =
    round.phase === 'running' && round.startedAt !== null ? Math.max(0, round.startedAt - now) : 0;
  const warnAt = warningsFor(round.settings.warnAtMs, allotted)[0] ?? 0;
  let level: TimeLevel = 'normal';
  if (speaker && limited && remaining <= 0) level = 'overtime';
  else if (speaker && limited && remaining <= warnAt) level = 'warning';
  return {
    state: round.phase === 'running' && changeoverLeft > 0 ? 'changeover' : round.phase,
    speaker,
    next: nextSpeaker,
    spokenMs: spoken,
    allottedMs: allotted,
    remainingMs: remaining,
    overtimeMs: limited ? Math.max(0, -remaining) : 0,
    changeoverLeftMs: changeoverLeft,
    level,
    progress: allotted > 0 ? Math.min(1, spoken / allotted) : speaker ? 1 : 0,
    finishedCount: round.speakers.filter((s) => s.status !== 'waiting' && s.status !== 'speaking').length,
    speakerCount: round.speakers.length,
  };
}

function findNext(round: Round): Speaker | null {
  const after = round.speakers.find((s, i) => i > round.current && s.status === 'waiting');
  return after ?? round.speakers.find((s) => s.status === 'waiting') ?? null;
}

export type RoundSignal =
  | { type: 'start' }
  | { type: 'speaker-change'; speaker: Speaker; previous: Speaker | null }
  | { type: 'warning'; speaker: Speaker; remainingMs: number }
  | { type: 'time-up'; speaker: Speaker }
  | { type: 'pause'; speaker: Speaker | null; remainingMs: number }
  | { type: 'resume'; speaker: Speaker | null; remainingMs: number }
  /** The speaker has more time: "+1 minute", or a share grown when someone else left or passed. */
  | { type: 'time-added'; speaker: Speaker; addedMs: number; remainingMs: number }
  | { type: 'complete' };

/**
 * What happened between two views: the moments worth announcing or chiming.
 * Comparing views, rather than counting ticks, means a late or skipped frame
 * still yields each signal exactly once.
 */
export function roundSignals(before: RoundView, after: RoundView, warnAtMs: readonly number[]): RoundSignal[] {
  const signals: RoundSignal[] = [];
  if (before.state === 'idle' && after.state !== 'idle') signals.push({ type: 'start' });
  const moving = (state: RoundView['state']) => state === 'running' || state === 'changeover';
  if (moving(before.state) && after.state === 'paused') signals.push({ type: 'pause', speaker: after.speaker, remainingMs: after.remainingMs });
  if (before.state === 'paused' && moving(after.state)) signals.push({ type: 'resume', speaker: after.speaker, remainingMs: after.remainingMs });
  const speaker = after.speaker;
  if (speaker && speaker.memberId !== before.speaker?.memberId) {
    signals.push({ type: 'speaker-change', speaker, previous: before.speaker });
  } else if (speaker) {
    if (after.allottedMs > before.allottedMs) signals.push({ type: 'time-added', speaker, addedMs: after.allottedMs - before.allottedMs, remainingMs: after.remainingMs });
    const crossed = warningsFor(warnAtMs, after.allottedMs).filter((at) => before.remainingMs > at && after.remainingMs <= at);
    const deepest = crossed.at(-1);
    if (deepest !== undefined && after.remainingMs > 0) {
      signals.push({ type: 'warning', speaker, remainingMs: deepest });
    }
    if (before.remainingMs > 0 && after.remainingMs <= 0 && after.level === 'overtime') {
      signals.push({ type: 'time-up', speaker });
    }
  }
  if (before.state !== 'complete' && after.state === 'complete') signals.push({ type: 'complete' });
  return signals;
}

export interface MemberStats {
  memberId: string;
  name: string;
  status: Speaker['status'];
  spokenMs: number;
  allottedMs: number;
  overtimeMs: number;
  passes: number;
}

export interface RoundStats {
  members: MemberStats[];
  totalMs: number;
  totalSpokenMs: number;
  /** Mean spoken time of those who spoke. */
  equalShareMs: number;
  /** The largest spoken time over the equal share: 1 is perfectly even. */
  largestShareRatio: number;
  /** 0 when everyone who spoke spoke equally, towards 1 when one voice filled the round. */
  gini: number;
  /** Members who took more than `dominationRatio` times the equal share. */
  dominating: string[];
}

export const DEFAULT_DOMINATION_RATIO = 1.5;

export function roundStats(input: Round, now: number, dominationRatio = DEFAULT_DOMINATION_RATIO): RoundStats {
  const round = settle(input, now);
  const members = round.speakers.map((s, index): MemberStats => {
    const spoken = spokenMs(round, index, now);
    return {
      memberId: s.memberId,
      name: s.name,
      status: s.status,
      spokenMs: spoken,
      allottedMs: s.allottedMs,
      overtimeMs: round.settings.overtime === 'none' ? 0 : Math.max(0, spoken - s.allottedMs),
      passes: s.passes,
    };
  });
  const spoke = members.filter((m) => m.spokenMs > 0);
  const totalSpoken = spoke.reduce((sum, m) => sum + m.spokenMs, 0);
  const equalShare = spoke.length > 0 ? totalSpoken / spoke.length : 0;
  const largest = Math.max(0, ...spoke.map((m) => m.spokenMs));
  return {
    members,
    totalMs: totalMs(round),
    totalSpokenMs: totalSpoken,
    equalShareMs: equalShare,
    largestShareRatio: equalShare > 0 ? largest / equalShare : 0,
    gini: gini(spoke.map((m) => m.spokenMs)),
    dominating: spoke.length > 1 ? spoke.filter((m) => m.spokenMs > dominationRatio * equalShare).map((m) => m.memberId) : [],
  };
}

/** Gini coefficient: mean absolute difference over twice the mean. */
export function gini(values: readonly number[]): number {
  const n = values.length;
  const sum = values.reduce((a, b) => a + b, 0);
  if (n < 2 || sum === 0) return 0;
  // Sorted form: G = (2 Σ i·x_i) / (n Σ x) − (n + 1) / n, with i from 1.
  const sorted = [...values].sort((a, b) => a - b);
  const weighted = sorted.reduce((acc, x, i) => acc + (i + 1) * x, 0);
  return (2 * weighted) / (n * sum) - (n + 1) / n;
}
