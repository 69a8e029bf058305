import { Translations } from '../internal/i18n.js';

export interface FeedbackMessages {
  required: string;
  optional: string;
  submit: string;
  thanks: string;
  nextPerson: string;
  another: string;
  fixProblems: (n: number) => string;
  problems: Record<string, string>;
  yes: string;
  no: string;
  resultsTitle: (n: number) => string;
  /** Above the results, which are about past meetings, not today's. */
  resultsHeading: (title: string) => string;
  protected: (min: number, now: number) => string;
  /** A question fewer people answered than the minimum: its answers stay hidden even when the form's show. */
  questionProtected: (min: number) => string;
  mean: (mean: string, points: number) => string;
  answered: (n: number) => string;
  noTexts: string;
  exportCsv: string;
  exportJson: string;
  importJson: string;
  /** How many answers of a file were added, and how many were here already (a file brought in twice adds nothing). */
  imported: (added: number, alreadyHere: number) => string;
  importFailed: (file: string) => string;
  editTitle: string;
  moveUp: (label: string) => string;
  moveDown: (label: string) => string;
  remove: (label: string) => string;
  questionLabel: string;
  questionType: string;
  types: Record<'scale' | 'single' | 'multiple' | 'yes-no' | 'short-text' | 'long-text', string>;
  options: string;
  addQuestion: string;
  anonymousNote: string;
  yourName: string;
  trendTitle: string;
  meeting: string;
  tooFew: string;
}

const en: FeedbackMessages = {
  required: 'required',
  optional: 'optional',
  submit: 'Send feedback',
  thanks: 'Thank you. Your feedback helps the group.',
  nextPerson: 'Ready for the next person',
  another: 'Send another response',
  fixProblems: (n) => `${n} ${n === 1 ? 'answer needs' : 'answers need'} attention.`,
  problems: {
    required: 'Please answer this question.',
    'choose from the options': 'Choose from the options.',
    'choose one of the options': 'Choose one of the options.',
    'answer yes or no': 'Answer yes or no.',
  },
  yes: 'Yes',
  no: 'No',
  resultsTitle: (n) => `Results from ${n} ${n === 1 ? 'response' : 'responses'}`,
  resultsHeading: (title) => `Answers to “${title}”`,
  protected: (min, now) => `Breakdowns appear once at least ${min} people have answered (now ${now}), so no answer can be traced to a person.`,
  questionProtected: (min) => `Hidden: fewer than ${min} people answered this question, so an answer could be traced to a person.`,
  mean: (mean, points) => `Average ${mean} of ${points}`,
  answered: (n) => `${n} answered`,
  noTexts: 'No written answers.',
  exportCsv: 'Download as CSV',
  exportJson: 'Download as JSON',
  importJson: 'Import responses (JSON)',
  imported: (added, here) =>
    added === 0
      ? `Nothing was added: ${here === 1 ? 'the response in this file is' : `all ${here} responses in this file are`} already here.`
      : `Imported ${added} ${added === 1 ? 'response' : 'responses'}.${here > 0 ? ` ${here} ${here === 1 ? 'was' : 'were'} already here and ${here === 1 ? 'was' : 'were'} not added again.` : ''}`,
  importFailed: (file) => `“${file}” was not imported, and nothing changed:`,
  editTitle: 'Questions',
  moveUp: (label) => `Move up: ${label}`,
  moveDown: (label) => `Move down: ${label}`,
  remove: (label) => `Remove: ${label}`,
  questionLabel: 'Question',
  questionType: 'Kind of answer',
  types: { scale: 'Scale 1 to 5', single: 'One choice', multiple: 'Several choices', 'yes-no': 'Yes or no', 'short-text': 'Short text', 'long-text': 'Long text' },
  options: 'Options, one per line',
  addQuestion: 'Add question',
  anonymousNote: 'Anonymous: your name is not recorded, and only the day is kept.',
  yourName: 'Your name (this group records names with feedback)',
  trendTitle: 'Averages meeting by meeting',
  meeting: 'Meeting',
  tooFew: 'too few answers',
};

export const feedbackMessages = new Translations<FeedbackMessages>(en, {
  es: async () => (await import('./feedback-form.messages.es.js')).es,
});

