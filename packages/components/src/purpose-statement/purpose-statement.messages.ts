import type { ReviewOutcome } from '@peerkit/core';
import { Translations } from '../internal/i18n.js';

export interface PurposeMessages {
  steps: Record<'collect' | 'themes' | 'draft' | 'align' | 'adopted', string>;
  stepsLabel: string;
  ownWords: string;
  who: string;
  anonymous: string;
  add: string;
  contributions: (n: number) => string;
  noThemes: string;
  ranked: string;
  cloud: string;
  members: (n: number) => string;
  suggestions: string;
  /** Shared words no draft reads well from: shown as they are, for the group to write its own. */
  noSuggestion: (words: string) => string;
  useThis: string;
  yourDraft: string;
  wordCount: (n: number, max: number) => string;
  tooLong: (max: number) => string;
  sentences: string;
  manyIdeas: string;
  addDraft: string;
  drafts: string;
  noDrafts: string;
  fitFor: (member: string, draft: string) => string;
  fits: [string, string, string, string, string];
  alignmentSummary: (responses: number, mean: string, lowest: number) => string;
  noAlignment: string;
  adopt: string;
  notAdopted: string;
  adoptedOn: (date: string) => string;
  /** One count for the review, as the group page and the home page say it too. */
  reviewAfter: (more: number, since: number, reviewed: boolean) => string;
  reviewDueSince: (since: number, reviewed: boolean) => string;
  meetingHeld: string;
  reviewDue: string;
  outcome: string;
  outcomes: Record<ReviewOutcome, string>;
  recordReview: string;
  history: string;
}

const en: PurposeMessages = {
  steps: { collect: '1. Collect', themes: '2. Common themes', draft: '3. Draft', align: '4. Align', adopted: '5. Our purpose' },
  stepsLabel: 'Steps',
  ownWords: 'In your own words: what is this group for?',
  who: 'Who is this from?',
  anonymous: 'Anonymous',
  add: 'Add',
  contributions: (n) => `${n} ${n === 1 ? 'contribution' : 'contributions'} so far.`,
  noThemes: 'No shared words yet: themes appear when two or more contributions use the same words.',
  ranked: 'Shared words and phrases, most shared first',
  cloud: 'Word cloud',
  members: (n) => `${n} contributions`,
  suggestions: 'Suggested drafts',
  noSuggestion: (words) => `Words the group shares: ${words}. No draft reads well from them as they are: write one in the group’s own words.`,
  useThis: 'Use this draft',
  yourDraft: 'Your draft',
  wordCount: (n, max) => `${n} of ${max} words`,
  tooLong: (max) => `Over ${max} words: shorten it to one central idea.`,
  sentences: 'Keep it to one sentence.',
  manyIdeas: 'This strings several ideas together; the practice is one central idea.',
  addDraft: 'Add draft',
  drafts: 'Drafts',
  noDrafts: 'No drafts yet.',
  fitFor: (member, draft) => `How well “${draft}” fits for ${member}`,
  fits: ['1 · Not yet', '2', '3 · Partly', '4', '5 · This is us'],
  alignmentSummary: (responses, mean, lowest) => `${responses} responses, average ${mean}, lowest ${lowest}`,
  noAlignment: 'No responses yet.',
  adopt: 'Adopt as our purpose',
  notAdopted: 'No purpose adopted yet.',
  adoptedOn: (date) => `Adopted ${date}`,
  reviewAfter: (more, since, reviewed) => `Review after ${more} more ${more === 1 ? 'meeting' : 'meetings'} (${since} since ${reviewed ? 'the last review' : 'adoption'}).`,
  reviewDueSince: (since, reviewed) => `Review due: ${since} ${since === 1 ? 'meeting' : 'meetings'} since ${reviewed ? 'the last review' : 'adoption'}.`,
  meetingHeld: 'A meeting was held',
  reviewDue: 'Time to review: is this still right, has it been met, should the group adjourn?',
  outcome: 'Review outcome',
  outcomes: { kept: 'Kept as it is', revised: 'Revise it (draft again)', achieved: 'Achieved', adjourn: 'Adjourn the group' },
  recordReview: 'Record the review',
  history: 'Reviews',
};

export const purposeMessages = new Translations<PurposeMessages>(en, {
  es: async () => (await import('./purpose-statement.messages.es.js')).es,
});

