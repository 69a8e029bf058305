/**
 * A check-in round: one question, everyone answers in turn (or passes, or
 * asks to come back at the end), with an optional time each and an optional
 * mood scale. By default the record keeps who checked in, who passed and the
 * time taken, never what anyone said; moods are kept as counts only unless the
 * group turns on named recording.
 */
import { createRound, spokenMs, type Member, type OrderMode, type Round } from '../rounds/index.js';
import type { Question, QuestionText } from './bank.js';

export const CHECKIN_SCHEMA_VERSION = 1;

export type Mood = 1 | 2 | 3 | 4 | 5;
export const MOODS: readonly Mood[] = [1, 2, 3, 4, 5];

export interface MoodRecord {
  enabled: boolean;
  /** When true, each member's mood is kept with their id; otherwise counts only. */
  named: boolean;
  /** How many chose 1, 2, 3, 4, 5. */
  counts: [number, number, number, number, number];
  /** Who has given a mood (so nobody is asked twice); not what they gave. */
  givenBy: string[];
  /** Only when `named`. */
  byMember: Record<string, Mood>;
}

export interface CheckinRound {
  schemaVersion: typeof CHECKIN_SCHEMA_VERSION;
  /** A copy of the question as asked, so the record reads the same if the bank changes. */
  question: { id: string; text: QuestionText };
  /** The speaking order and times, from the round engine. */
  round: Round;
  mood: MoodRecord;
}

export interface CheckinSetup {
  members: readonly (string | Member)[];
  question: Question;
  /** A time each, or none to just measure. */
  perPersonMs?: number | undefined;
  order?: OrderMode;
  seed?: number;
  lastFirstSpeakerId?: string;
  warnAtMs?: readonly number[];
  mood?: boolean;
  namedMoods?: boolean;
}

export function createCheckin(setup: CheckinSetup): CheckinRound {
  const timed = setup.perPersonMs !== undefined && setup.perPersonMs > 0;
  return {
    schemaVersion: CHECKIN_SCHEMA_VERSION,
    question: { id: setup.question.id, text: { ...setup.question.text } },
    round: createRound({
      members: setup.members,
      timing: { mode: 'each', eachMs: timed ? (setup.perPersonMs ?? 0) : 0 },
      overtime: timed ? 'soft' : 'none',
      order: setup.order ?? 'given',
      ...(setup.seed !== undefined ? { seed: setup.seed } : {}),
      ...(setup.lastFirstSpeakerId !== undefined ? { lastFirstSpeakerId: setup.lastFirstSpeakerId } : {}),
      warnAtMs: setup.warnAtMs ?? [15_000],
      // A pass is final; "come back to me" is its own command (defer).
      passersReturn: false,
    }),
    mood: { enabled: setup.mood ?? false, named: setup.namedMoods ?? false, counts: [0, 0, 0, 0, 0], givenBy: [], byMember: {} },
  };
}

/** Applies a round command (start, next, pass, defer, ...) to the check-in. */
export function withRound(checkin: CheckinRound, update: (round: Round) => Round): CheckinRound {
  const round = update(checkin.round);
  return round === checkin.round ? checkin : { ...checkin, round };
}

/** Another question (or new words for the same one), until the round is complete. */
export function changeQuestion(checkin: CheckinRound, question: Question): CheckinRound {
  const same = question.id === checkin.question.id && JSON.stringify(question.text) === JSON.stringify(checkin.question.text);
  if (checkin.round.phase === 'complete' || same) return checkin;
  return { ...checkin, question: { id: question.id, text: { ...question.text } } };
}

/** A member gives a mood, once per check-in; they may also never give one. */
export function giveMood(checkin: CheckinRound, memberId: string, mood: Mood): CheckinRound {
  const { mood: record } = checkin;
  const known = checkin.round.speakers.some((s) => s.memberId === memberId);
  if (!record.enabled || !known || record.givenBy.includes(memberId)) return checkin;
  const counts = record.counts.map((n, i) => (i === mood - 1 ? n + 1 : n)) as MoodRecord['counts'];
  return {
    ...checkin,
    mood: {
      ...record,
      counts,
      givenBy: [...record.givenBy, memberId],
      byMember: record.named ? { ...record.byMember, [memberId]: mood } : record.byMember,
    },
  };
}

export interface CheckinSummary {
  questionId: string;
  checkedIn: { memberId: string; name: string; spokenMs: number }[];
  passed: { memberId: string; name: string }[];
  left: { memberId: string; name: string }[];
  /** From the first speaker's start to the end (or to `now`). */
  durationMs: number;
  moodCounts: MoodRecord['counts'] | null;
}

export function checkinSummary(checkin: CheckinRound, now: number): CheckinSummary {
  const { round } = checkin;
  const people = round.speakers.map((s, i) => ({ memberId: s.memberId, name: s.name, status: s.status, spokenMs: spokenMs(round, i, now) }));
  const end = round.completedAt ?? now;
  return {
    questionId: checkin.question.id,
    checkedIn: people.filter((p) => p.status === 'done').map(({ memberId, name, spokenMs: ms }) => ({ memberId, name, spokenMs: ms })),
    passed: people.filter((p) => p.status === 'passed').map(({ memberId, name }) => ({ memberId, name })),
    left: people.filter((p) => p.status === 'left').map(({ memberId, name }) => ({ memberId, name })),
    durationMs: round.roundStartedAt === null ? 0 : Math.max(0, end - round.roundStartedAt),
    moodCounts: checkin.mood.enabled ? checkin.mood.counts : null,
  };
}
