/**
 * A group's goals, as the facilitation guides split its purpose: short-term (ground rules
 * agreed, a first meeting evaluated…) and long-term (coping strategies learnt, a support
 * network built…), each with how the group will know it is met. Reviewed with the purpose;
 * a shared report counts them (met, in progress) and never shows their words.
 */

export const GOALS_SCHEMA_VERSION = 1;
export const MAX_GOALS = 24;
export const MAX_GOAL_TEXT = 300;

export type GoalTerm = 'short' | 'long';
export const GOAL_TERMS: readonly GoalTerm[] = ['short', 'long'];

export interface Goal {
  id: string;
  term: GoalTerm;
  text: string;
  /** How the group will know it is met. */
  howWeKnow: string;
  setAt: number;
  /** When the group said it is met; null while in progress. */
  metAt: number | null;
}

export interface Goals {
  schemaVersion: typeof GOALS_SCHEMA_VERSION;
  goals: Goal[];
}

export function emptyGoals(): Goals {
  return { schemaVersion: GOALS_SCHEMA_VERSION, goals: [] };
}

const clean = (text: string) => text.trim().replace(/\s+/g, ' ').slice(0, MAX_GOAL_TEXT);

/** Adds a goal (its words and how the group will know); nothing for empty words, a repeated id or past the limit. */
export function addGoal(goals: Goals, id: string, goal: { term: GoalTerm; text: string; howWeKnow: string }, now: number): Goals {
  const text = clean(goal.text);
  if (text === '' || goals.goals.length >= MAX_GOALS || goals.goals.some((g) => g.id === id)) return goals;
  return { ...goals, goals: [...goals.goals, { id, term: goal.term, text, howWeKnow: clean(goal.howWeKnow), setAt: now, metAt: null }] };
}

/** The group says a goal is met, or still in progress. */
export function markGoal(goals: Goals, id: string, met: boolean, now: number): Goals {
  return { ...goals, goals: goals.goals.map((g) => (g.id === id ? { ...g, metAt: met ? (g.metAt ?? now) : null } : g)) };
}

export function removeGoal(goals: Goals, id: string): Goals {
  return { ...goals, goals: goals.goals.filter((g) => g.id !== id) };
}

export interface GoalCounts {
  met: number;
  inProgress: number;
}

/** What a shared report shows of the goals: how many are met and in progress, by term; no words. */
export function goalCounts(goals: Goals): Record<GoalTerm, GoalCounts> {
  const count = (term: GoalTerm) => {
    const of = goals.goals.filter((g) => g.term === term);
    const met = of.filter((g) => g.metAt !== null).length;
    return { met, inProgress: of.length - met };
  };
  return { short: count('short'), long: count('long') };
}
