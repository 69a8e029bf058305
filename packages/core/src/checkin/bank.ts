/**
 * A group's question bank: the built-in questions (never edited in place),
 * the group's own, which ones are hidden, and which were asked when, so a
 * draw does not repeat what the group had recently.
 */
import { BUILT_IN_QUESTIONS } from './questions.js';

export { DEPTHS, THEMES, type Depth, type Theme } from './kinds-of-question.js';
import type { Depth, Theme } from './kinds-of-question.js';

/** Text per language; a group's own question may have just one. */
export interface QuestionText {
  en?: string;
  es?: string;
}

export interface Question {
  id: string;
  depth: Depth;
  themes: Theme[];
  text: QuestionText;
  source: 'built-in' | 'group';
  /** For a group's edit of a built-in question: the one it stands in for. */
  basedOn?: string;
}

export interface AskedEntry {
  questionId: string;
  at: number;
}

export const BANK_SCHEMA_VERSION = 1;
/** A group's own questions have ids starting with this, so they never clash with built-in ones. */
export const GROUP_QUESTION_PREFIX = 'own-';
/** How many past draws are remembered. */
export const ASKED_HISTORY_LIMIT = 100;

export interface QuestionBank {
  schemaVersion: typeof BANK_SCHEMA_VERSION;
  custom: Question[];
  /** Ids of built-in or group questions taken out of the draw. */
  hidden: string[];
  /** Oldest first. */
  asked: AskedEntry[];
}

export function emptyBank(): QuestionBank {
  return { schemaVersion: BANK_SCHEMA_VERSION, custom: [], hidden: [], asked: [] };
}

export function allQuestions(bank: QuestionBank): Question[] {
  return [...BUILT_IN_QUESTIONS, ...bank.custom];
}

export function findQuestion(bank: QuestionBank, id: string): Question | undefined {
  return allQuestions(bank).find((q) => q.id === id);
}

export interface QuestionFilter {
  depth?: Depth | undefined;
  theme?: Theme | undefined;
}

/** Questions in the draw: not hidden, matching the filter. */
export function availableQuestions(bank: QuestionBank, filter: QuestionFilter = {}): Question[] {
  const hidden = new Set(bank.hidden);
  return allQuestions(bank).filter(
    (q) =>
      !hidden.has(q.id) &&
      (filter.depth === undefined || q.depth === filter.depth) &&
      (filter.theme === undefined || q.themes.includes(filter.theme)),
  );
}

/**
 * Draws a question at random (`random` in [0, 1), so callers and tests
 * control chance), avoiding the ones asked most recently. When every match
 * was asked recently, the one asked longest ago is chosen.
 */
export function drawQuestion(bank: QuestionBank, filter: QuestionFilter, random: number, exclude: readonly string[] = []): Question | undefined {
  const pool = availableQuestions(bank, filter).filter((q) => !exclude.includes(q.id));
  if (pool.length === 0) return undefined;
  const inPool = new Set(pool.map((q) => q.id));
  const lastAsked = new Map<string, number>();
  bank.asked.forEach((entry, index) => lastAsked.set(entry.questionId, index));
  // Avoid the last half-pool of this pool's questions, so a small pool still has room to choose.
  const recentWindow = Math.floor(pool.length / 2);
  const recent = new Set<string>();
  for (let i = bank.asked.length - 1; i >= 0 && recent.size < recentWindow; i--) {
    const id = bank.asked[i]?.questionId;
    if (id !== undefined && inPool.has(id)) recent.add(id);
  }
  const fresh = pool.filter((q) => !recent.has(q.id));
  if (fresh.length > 0) return fresh[Math.min(fresh.length - 1, Math.floor(random * fresh.length))];
  return [...pool].sort((a, b) => (lastAsked.get(a.id) ?? -1) - (lastAsked.get(b.id) ?? -1))[0];
}

export function recordAsked(bank: QuestionBank, questionId: string, now: number): QuestionBank {
  const asked = [...bank.asked, { questionId, at: now }].slice(-ASKED_HISTORY_LIMIT);
  return { ...bank, asked };
}

export interface QuestionDraft {
  text: QuestionText;
  depth: Depth;
  themes: Theme[];
}

/** Adds a group question; `id` must be new and start with GROUP_QUESTION_PREFIX. */
export function addQuestion(bank: QuestionBank, id: string, draft: QuestionDraft): QuestionBank {
  if (!id.startsWith(GROUP_QUESTION_PREFIX) || findQuestion(bank, id)) return bank;
  return { ...bank, custom: [...bank.custom, { id, ...draft, source: 'group' }] };
}

/**
 * Edits a question. A group question changes in place; a built-in one stays
 * as it is and a group copy with the change takes its place in the draw.
 */
export function editQuestion(bank: QuestionBank, id: string, change: Partial<QuestionDraft>, newId: string): QuestionBank {
  const custom = bank.custom.find((q) => q.id === id);
  if (custom) {
    return { ...bank, custom: bank.custom.map((q) => (q.id === id ? { ...q, ...change } : q)) };
  }
  const builtIn = BUILT_IN_QUESTIONS.find((q) => q.id === id);
  if (!builtIn || !newId.startsWith(GROUP_QUESTION_PREFIX) || findQuestion(bank, newId)) return bank;
  const copy: Question = { ...builtIn, ...change, id: newId, source: 'group', basedOn: id };
  return hideQuestion({ ...bank, custom: [...bank.custom, copy] }, id);
}

export function hideQuestion(bank: QuestionBank, id: string): QuestionBank {
  if (bank.hidden.includes(id) || !findQuestion(bank, id)) return bank;
  return { ...bank, hidden: [...bank.hidden, id] };
}

/** Puts a hidden question back in the draw. Restoring a built-in drops the group's edit of it. */
export function restoreQuestion(bank: QuestionBank, id: string): QuestionBank {
  if (!bank.hidden.includes(id)) return bank;
  const edits = bank.custom.filter((q) => q.basedOn === id).map((q) => q.id);
  return {
    ...bank,
    hidden: bank.hidden.filter((h) => h !== id && !edits.includes(h)),
    custom: bank.custom.filter((q) => !edits.includes(q.id)),
  };
}

/** The question's words in the language asked for, else in the other one. */
export function questionText(question: Pick<Question, 'text'>, lang: 'en' | 'es'): string {
  return question.text[lang] ?? question.text.en ?? question.text.es ?? '';
}
