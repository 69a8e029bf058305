/**
 * Naming a group's purpose together: members' own words, the themes they
 * share, drafts checked against the 12-word practice, how well each draft
 * fits each member, the adopted statement, and its reviews.
 */
import { findThemes, type PurposeLang, type CommonTheme } from './themes.js';
import { nounPhrase, withArticle, type NounPhrase } from './lexicon.js';

export const PURPOSE_SCHEMA_VERSION = 1;
export const MAX_PURPOSE_WORDS = 12;

export interface Contribution {
  id: string;
  /** Null when given anonymously. */
  memberId: string | null;
  text: string;
  at: number;
}

export type Fit = 1 | 2 | 3 | 4 | 5;

export interface Draft {
  id: string;
  text: string;
  source: 'suggested' | 'facilitator';
  /** How well it fits, 1 (not yet) to 5 (this is us), by member id. */
  fit: Record<string, Fit>;
}

export type ReviewOutcome = 'kept' | 'revised' | 'achieved' | 'adjourn';
export const REVIEW_OUTCOMES: readonly ReviewOutcome[] = ['kept', 'revised', 'achieved', 'adjourn'];

export interface Review {
  at: number;
  outcome: ReviewOutcome;
  statement: string;
}

export interface Purpose {
  schemaVersion: typeof PURPOSE_SCHEMA_VERSION;
  lang: PurposeLang;
  contributions: Contribution[];
  drafts: Draft[];
  adopted: { text: string; at: number } | null;
  /** Review after this many meetings (the practice suggests about six). */
  reviewAfterMeetings: number;
  /** Meetings held since the statement was adopted or last reviewed. */
  meetingsSinceReview: number;
  reviews: Review[];
}

export function emptyPurpose(lang: PurposeLang = 'en', reviewAfterMeetings = 6): Purpose {
  return {
    schemaVersion: PURPOSE_SCHEMA_VERSION,
    lang,
    contributions: [],
    drafts: [],
    adopted: null,
    reviewAfterMeetings,
    meetingsSinceReview: 0,
    reviews: [],
  };
}

export function addContribution(purpose: Purpose, id: string, text: string, memberId: string | null, now: number): Purpose {
  const words = text.trim();
  if (words === '' || purpose.contributions.some((c) => c.id === id)) return purpose;
  return { ...purpose, contributions: [...purpose.contributions, { id, memberId, text: words, at: now }] };
}

export function purposeThemes(purpose: Purpose): CommonTheme[] {
  return findThemes(
    purpose.contributions.map((c) => c.text),
    purpose.lang,
  );
}

export interface DraftCheck {
  words: number;
  withinLimit: boolean;
  oneSentence: boolean;
  /** True when the draft strings several ideas together (and…, and…; lists). */
  manyIdeas: boolean;
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

export function checkDraft(text: string, lang: PurposeLang): DraftCheck {
  const trimmed = text.trim();
  const words = countWords(trimmed);
  const sentences = trimmed.split(/[.!?¡¿]+/).filter((s) => /[\p{L}\p{N}]/u.test(s)).length;
  const joiners = lang === 'en' ? /\b(and|or|as well as|plus|also)\b/giu : /(?<![\p{L}])(y|e|o|u|además|también)(?![\p{L}])/giu;
  const links = (trimmed.match(joiners) ?? []).length + (trimmed.match(/[,;]/g) ?? []).length;
  return { words, withinLimit: words > 0 && words <= MAX_PURPOSE_WORDS, oneSentence: sentences <= 1, manyIdeas: links >= 2 };
}

/**
 * Frames around a noun phrase (lexicon.ts states the rule), neutral about what kind of group
 * it is: a circle for learning and growth reads as well as a group for grief.
 */
const PATTERNS: Record<PurposeLang, { one: (a: NounPhrase) => string; two: (a: NounPhrase, b: NounPhrase) => string }[]> = {
  en: [
    { one: (a) => `A space for ${a.text}.`, two: (a, b) => `A space for ${a.text} and ${b.text}.` },
    { one: (a) => `Peer support around ${a.text}.`, two: (a, b) => `Peer support around ${a.text} and ${b.text}.` },
    { one: (a) => `Meeting as peers around ${a.text}.`, two: (a, b) => `Meeting as peers around ${a.text} and ${b.text}.` },
  ],
  es: [
    { one: (a) => `Un espacio para ${withArticle(a)}.`, two: (a, b) => `Un espacio para ${withArticle(a)} y ${withArticle(b)}.` },
    { one: (a) => `Apoyo entre pares en torno ${withArticle(a, 'a')}.`, two: (a, b) => `Apoyo entre pares en torno ${withArticle(a, 'a')} y ${withArticle(b)}.` },
    { one: (a) => `Nos reunimos como pares en torno ${withArticle(a, 'a')}.`, two: (a, b) => `Nos reunimos como pares en torno ${withArticle(a, 'a')} y ${withArticle(b)}.` },
  ],
};

/**
 * The two themes a statement could be built on, each as a noun phrase: the most shared
 * first (a shared phrase standing in for a word inside it, when the phrase is one), then
 * the most shared one that does not repeat its words. Themes that cannot be a noun phrase
 * are left to be read as they are.
 */
function leadingThemes(themes: readonly CommonTheme[], lang: PurposeLang): NounPhrase[] {
  const words = (t: CommonTheme) => t.key.split(' ');
  const overlaps = (a: CommonTheme, b: CommonTheme) => words(a).some((w) => words(b).includes(w));
  const chosen: { theme: CommonTheme; phrase: NounPhrase }[] = [];
  for (const theme of themes) {
    if (chosen.length === 2) break;
    if (chosen.some((c) => overlaps(c.theme, theme))) continue;
    const wider = theme.kind === 'word' ? themes.find((t) => t.kind === 'phrase' && words(t).includes(theme.key) && nounPhrase(t.label, lang)) : undefined;
    const used = wider ?? theme;
    const phrase = nounPhrase(used.label, lang);
    if (phrase && !chosen.some((c) => c.phrase.text === phrase.text)) chosen.push({ theme: used, phrase });
  }
  return chosen.map((c) => c.phrase);
}

/** Candidate statements from the leading themes and a few frames; each fits in 12 words. None when no theme can be a noun phrase. */
export function suggestDrafts(purpose: Purpose, limit = 6): string[] {
  const [first, second] = leadingThemes(purposeThemes(purpose), purpose.lang);
  if (!first) return [];
  const suggestions = PATTERNS[purpose.lang].flatMap((p) => [p.one(first), ...(second ? [p.two(first, second)] : [])]);
  return [...new Set(suggestions)].filter((s) => checkDraft(s, purpose.lang).withinLimit).slice(0, limit);
}

export function addDraft(purpose: Purpose, id: string, text: string, source: Draft['source']): Purpose {
  const words = text.trim();
  if (words === '' || purpose.drafts.some((d) => d.id === id || d.text === words)) return purpose;
  return { ...purpose, drafts: [...purpose.drafts, { id, text: words, source, fit: {} }] };
}

export function setFit(purpose: Purpose, draftId: string, memberId: string, fit: Fit): Purpose {
  if (!purpose.drafts.some((d) => d.id === draftId) || !Number.isInteger(fit) || fit < 1 || fit > 5) return purpose;
  return { ...purpose, drafts: purpose.drafts.map((d) => (d.id === draftId ? { ...d, fit: { ...d.fit, [memberId]: fit } } : d)) };
}

export interface Alignment {
  responses: number;
  mean: number | null;
  lowest: number | null;
  /** How many chose 1, 2, 3, 4, 5. */
  distribution: [number, number, number, number, number];
}

export function alignment(draft: Draft): Alignment {
  const values = Object.values(draft.fit);
  const distribution = [1, 2, 3, 4, 5].map((level) => values.filter((v) => v === level).length) as Alignment['distribution'];
  return {
    responses: values.length,
    mean: values.length > 0 ? values.reduce<number>((a, b) => a + b, 0) / values.length : null,
    lowest: values.length > 0 ? Math.min(...values) : null,
    distribution,
  };
}

/** Adopts a draft as the purpose; it must keep to 12 words. The review count starts again. */
export function adoptDraft(purpose: Purpose, draftId: string, now: number): Purpose {
  const draft = purpose.drafts.find((d) => d.id === draftId);
  if (!draft || !checkDraft(draft.text, purpose.lang).withinLimit) return purpose;
  return { ...purpose, adopted: { text: draft.text, at: now }, meetingsSinceReview: 0 };
}

export function meetingHeld(purpose: Purpose): Purpose {
  return purpose.adopted ? { ...purpose, meetingsSinceReview: purpose.meetingsSinceReview + 1 } : purpose;
}

/** Takes back a meetingHeld for a meeting discarded (started by mistake). */
export function meetingDiscarded(purpose: Purpose): Purpose {
  return purpose.adopted && purpose.meetingsSinceReview > 0 ? { ...purpose, meetingsSinceReview: purpose.meetingsSinceReview - 1 } : purpose;
}

/** A review point is a whole number of meetings, 1 to 520 (ten years of weekly meetings). */
export function isReviewPoint(meetings: number): boolean {
  return Number.isInteger(meetings) && meetings >= 1 && meetings <= 520;
}

/** The review point: review every `meetings` meetings. */
export function setPurposeReviewAfter(purpose: Purpose, meetings: number): Purpose {
  if (!isReviewPoint(meetings)) return purpose;
  return { ...purpose, reviewAfterMeetings: meetings };
}

/** Purpose work begun (words given, drafts written) and not yet adopted: it carries on at the next meeting. */
export function purposeUnfinished(purpose: Purpose | undefined): boolean {
  return !!purpose && purpose.adopted === null && (purpose.contributions.length > 0 || purpose.drafts.length > 0);
}

/**
 * Where the group stopped, for the tool to open there: the adopted statement (and its review),
 * else aligning on drafts when some have answers, else drafting, else the shared themes once
 * two or more have given words, else collecting.
 */
export function purposeStepReached(purpose: Purpose): 'collect' | 'themes' | 'draft' | 'align' | 'adopted' {
  if (purpose.adopted) return 'adopted';
  if (purpose.drafts.some((d) => Object.keys(d.fit).length > 0)) return 'align';
  if (purpose.drafts.length > 0) return 'draft';
  return purpose.contributions.length >= 2 ? 'themes' : 'collect';
}

export function reviewDue(purpose: Purpose): boolean {
  return purpose.adopted !== null && purpose.meetingsSinceReview >= purpose.reviewAfterMeetings;
}

/** The group reviews its purpose: kept, revised (drafting opens again), achieved, or adjourn. */
export function recordReview(purpose: Purpose, outcome: ReviewOutcome, now: number): Purpose {
  if (!purpose.adopted) return purpose;
  const review: Review = { at: now, outcome, statement: purpose.adopted.text };
  return {
    ...purpose,
    reviews: [...purpose.reviews, review],
    meetingsSinceReview: 0,
    adopted: outcome === 'revised' ? null : purpose.adopted,
  };
}
