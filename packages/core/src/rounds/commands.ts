/**
 * Commands on a round: each takes the round and `now`, and returns a new round.
 * A command that does not apply in the round's phase returns the round as it is,
 * so a stray key press can never corrupt the state.
 */
import { divideTime, spokenMs, toMembers, type Member, type Round, type Speaker } from './round.js';

/**
 * Applies what the clock alone decides: under the `hard` policy a speaker whose
 * time is up hands over at the exact moment it ran out (even if nobody was
 * looking), so every view of the same round at the same `now` agrees.
 */
export function settle(round: Round, now: number): Round {
  let settled = round;
  while (
    settled.settings.overtime === 'hard' &&
    settled.phase === 'running' &&
    settled.startedAt !== null &&
    settled.current !== -1
  ) {
    const speaker = settled.speakers[settled.current] as Speaker;
    const runsOutAt = settled.startedAt + Math.max(0, speaker.allottedMs - speaker.usedMs);
    if (runsOutAt > now) break;
    settled = handOver(finishCurrent(settled, runsOutAt, 'done'), runsOutAt);
  }
  return settled;
}

export function start(round: Round, now: number): Round {
  if (round.phase !== 'idle') return round;
  const first = nextWaiting(round, -1);
  if (first === -1) return round;
  return {
    ...makeCurrent(round, first, now, 0),
    phase: 'running',
    roundStartedAt: now,
    firstSpeakerId: round.speakers[first]?.memberId ?? null,
  };
}

export function pause(round: Round, now: number): Round {
  const settled = settle(round, now);
  if (settled.phase !== 'running') return settled;
  return { ...recordStretch(settled, now), phase: 'paused', startedAt: null };
}

export function resume(round: Round, now: number): Round {
  if (round.phase !== 'paused') return round;
  return { ...round, phase: 'running', startedAt: now };
}

/** Start, pause or resume: the one key a facilitator presses most. */
export function toggle(round: Round, now: number): Round {
  const settled = settle(round, now);
  if (settled.phase === 'idle') return start(settled, now);
  if (settled.phase === 'running') return pause(settled, now);
  return resume(settled, now);
}

/** The current speaker is done; the floor passes on (after any changeover). */
export function next(round: Round, now: number): Round {
  const settled = settle(round, now);
  if (settled.current === -1 || settled.phase === 'idle' || settled.phase === 'complete') return settled;
  return handOver(finishCurrent(settled, now, 'done'), now);
}

/** Back to the speaker before, who carries on from the time already used. */
export function previous(round: Round, now: number): Round {
  const settled = settle(round, now);
  if (settled.current === -1) return settled;
  let back = -1;
  for (let i = settled.current - 1; i >= 0; i--) {
    if (settled.speakers[i]?.status === 'done') {
      back = i;
      break;
    }
  }
  if (back === -1) return settled;
  const interrupted = finishCurrent(settled, now, 'waiting');
  // The interrupted speaker goes right after the one who returns, to resume next.
  const speakers = [...interrupted.speakers];
  const [moved] = speakers.splice(settled.current, 1);
  speakers.splice(back + 1, 0, moved as Speaker);
  const reordered = { ...interrupted, speakers, current: -1 };
  return makeCurrent(reordered, back, now, 0);
}

/**
 * A member passes: the current speaker by default, or one still waiting who
 * says so in advance. With `passersReturn`, a first pass moves them to the end.
 */
export function pass(round: Round, now: number, memberId?: string): Round {
  const settled = settle(round, now);
  if (settled.phase === 'complete') return settled;
  const index = memberId === undefined ? settled.current : settled.speakers.findIndex((s) => s.memberId === memberId);
  const speaker = settled.speakers[index];
  if (!speaker || (speaker.status !== 'speaking' && speaker.status !== 'waiting')) return settled;
  const returns = settled.settings.passersReturn && speaker.passes === 0;
  if (index === settled.current) {
    const finished = finishCurrent(settled, now, returns ? 'waiting' : 'passed');
    const withPass = updateSpeaker(finished, index, { passes: speaker.passes + 1 });
    return handOver(returns ? moveToEnd(withPass, index) : withPass, now);
  }
  const passed = updateSpeaker(settled, index, {
    passes: speaker.passes + 1,
    status: returns ? 'waiting' : 'passed',
  });
  return divideTime(returns ? moveToEnd(passed, index) : passed, now);
}

/** "Come back to me": the current speaker goes to the end of the order, keeping the time used. */
export function defer(round: Round, now: number): Round {
  const settled = settle(round, now);
  if (settled.current === -1 || settled.phase === 'complete') return settled;
  const index = settled.current;
  return handOver(moveToEnd(finishCurrent(settled, now, 'waiting'), index), now);
}

/** Adds time to the current speaker; on a shared total it extends the total, so nobody else loses. */
export function addTime(round: Round, now: number, ms: number): Round {
  const settled = settle(round, now);
  const speaker = settled.speakers[settled.current];
  if (!speaker || ms <= 0) return settled;
  const extended = updateSpeaker(settled, settled.current, { allottedMs: speaker.allottedMs + ms });
  const addedMs = settled.settings.timing.mode === 'shared' ? settled.addedMs + ms : settled.addedMs;
  return { ...extended, addedMs };
}

/** A late arrival joins at the end of the order; a shared total is re-divided. */
export function join(round: Round, now: number, member: string | Member): Round {
  const settled = settle(round, now);
  if (settled.phase === 'complete') return settled;
  const present = settled.speakers.map((s) => ({ id: s.memberId, name: s.name }));
  const withJoined = toMembers([...present, member]);
  // A blank name adds nobody.
  const joined = withJoined.length > present.length ? withJoined.at(-1) : undefined;
  if (!joined) return settled;
  const speaker: Speaker = { memberId: joined.id, name: joined.name, allottedMs: 0, usedMs: 0, status: 'waiting', passes: 0 };
  return divideTime({ ...settled, speakers: [...settled.speakers, speaker] }, now);
}

/** A member leaves: their spoken time stays on record; what is left is re-divided. */
export function leave(round: Round, now: number, memberId: string): Round {
  const settled = settle(round, now);
  const index = settled.speakers.findIndex((s) => s.memberId === memberId);
  const speaker = settled.speakers[index];
  if (!speaker || (speaker.status !== 'waiting' && speaker.status !== 'speaking')) return settled;
  if (index === settled.current && settled.phase !== 'idle') {
    return handOver(finishCurrent(settled, now, 'left'), now);
  }
  return divideTime(updateSpeaker(settled, index, { status: 'left' }), now);
}

/** Puts the waiting speakers in the given order; ids not named keep their order after them. */
export function reorder(round: Round, now: number, memberIds: readonly string[]): Round {
  const settled = settle(round, now);
  const waitingSlots = settled.speakers.flatMap((s, i) => (s.status === 'waiting' ? [i] : []));
  const waiting = waitingSlots.map((i) => settled.speakers[i] as Speaker);
  const rank = (s: Speaker) => {
    const at = memberIds.indexOf(s.memberId);
    return at === -1 ? memberIds.length : at;
  };
  const sorted = [...waiting].sort((a, b) => rank(a) - rank(b));
  const speakers = [...settled.speakers];
  waitingSlots.forEach((slot, k) => (speakers[slot] = sorted[k] as Speaker));
  return { ...settled, speakers };
}

/** Back to the start with those still present, times cleared and added minutes dropped. */
export function reset(round: Round): Round {
  const speakers = round.speakers
    .filter((s) => s.status !== 'left')
    .map((s): Speaker => ({ ...s, usedMs: 0, allottedMs: 0, passes: 0, status: 'waiting' }));
  return divideTime(
    {
      ...round,
      speakers,
      current: -1,
      phase: 'idle',
      startedAt: null,
      addedMs: 0,
      roundStartedAt: null,
      completedAt: null,
      firstSpeakerId: null,
    },
    0,
  );
}

function nextWaiting(round: Round, after: number): number {
  const later = round.speakers.findIndex((s, i) => i > after && s.status === 'waiting');
  return later !== -1 ? later : round.speakers.findIndex((s) => s.status === 'waiting');
}

/** Closes the current speaker's stretch at `at` and gives them their final status. */
function finishCurrent(round: Round, at: number, status: Speaker['status']): Round {
  const index = round.current;
  const recorded = recordStretch(round, at);
  return { ...updateSpeaker(recorded, index, { status }), startedAt: null };
}

/** Folds the running stretch into `usedMs`, restarting the clock at `at`. */
function recordStretch(round: Round, at: number): Round {
  if (round.current === -1 || round.phase !== 'running') return round;
  const used = spokenMs(round, round.current, at);
  return { ...updateSpeaker(round, round.current, { usedMs: used }), startedAt: Math.max(at, round.startedAt ?? at) };
}

/** Gives the floor to the next waiting speaker at `at`, or completes the round. */
function handOver(round: Round, at: number): Round {
  const divided = divideTime({ ...round }, at);
  const following = nextWaiting(divided, round.current);
  if (following === -1) {
    return { ...divided, current: -1, phase: 'complete', startedAt: null, completedAt: at };
  }
  const phase = divided.phase === 'paused' ? 'paused' : 'running';
  return { ...makeCurrent(divided, following, at, round.settings.changeoverMs), phase };
}

function makeCurrent(round: Round, index: number, at: number, changeoverMs: number): Round {
  const withSpeaker = updateSpeaker(round, index, { status: 'speaking' });
  const running = round.phase !== 'paused';
  return { ...withSpeaker, current: index, startedAt: running ? at + changeoverMs : null };
}

function updateSpeaker(round: Round, index: number, change: Partial<Speaker>): Round {
  const speakers = round.speakers.map((s, i) => (i === index ? { ...s, ...change } : s));
  return { ...round, speakers };
}

function moveToEnd(round: Round, index: number): Round {
  const speakers = [...round.speakers];
  const [moved] = speakers.splice(index, 1);
  speakers.push(moved as Speaker);
  const current = round.current > index ? round.current - 1 : round.current === index ? -1 : round.current;
  return { ...round, speakers, current };
}
