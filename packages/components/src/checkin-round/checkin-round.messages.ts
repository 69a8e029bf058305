import type { Depth, Theme } from '@peerkit/core';
import { Translations } from '../internal/i18n.js';

export interface CheckinMessages {
  questionLabel: string;
  noMembers: string;
  ready: string;
  notStarted: string;
  timerLabel: (name: string) => string;
  idleTimerLabel: string;
  start: string;
  pause: string;
  resume: string;
  next: string;
  previous: string;
  pass: string;
  comeBack: string;
  anotherQuestion: string;
  chooseQuestion: string;
  newCheckin: string;
  moodLegend: (name: string) => string;
  moodWords: [string, string, string, string, string];
  moodNoted: string;
  complete: string;
  summaryTitle: string;
  checkedIn: string;
  passed: string;
  left: string;
  nobody: string;
  took: (time: string) => string;
  moodTitle: string;
  noMatch: string;
  manageQuestions: string;
  hideQuestion: string;
  ownWords: string;
  depthLabel: string;
  themeLabel: string;
  depths: Record<Depth, string>;
  themes: Record<Theme, string>;
  addQuestion: string;
  replaceQuestion: string;
  hiddenQuestions: string;
  restore: string;
}

const en: CheckinMessages = {
  questionLabel: 'Check-in question',
  noMembers: 'No members yet. List them in the members attribute, separated by commas.',
  ready: 'Ready when you are',
  notStarted: 'The check-in has not started yet.',
  timerLabel: (name) => `Check-in time for ${name}`,
  idleTimerLabel: 'Check-in timer',
  start: 'Start check-in',
  pause: 'Pause',
  resume: 'Resume',
  next: 'Next',
  previous: 'Previous',
  pass: 'Pass',
  comeBack: 'Come back to me',
  anotherQuestion: 'Another question',
  chooseQuestion: 'Or choose one',
  newCheckin: 'New check-in',
  moodLegend: (name) => `How are you, ${name}? Optional`,
  moodWords: ['1 · Very low', '2 · Low', '3 · Okay', '4 · Good', '5 · Very good'],
  moodNoted: 'Mood noted, thank you.',
  complete: 'Check-in complete',
  summaryTitle: 'Check-in summary',
  checkedIn: 'Checked in',
  passed: 'Passed',
  left: 'Left',
  nobody: 'Nobody',
  took: (time) => `The check-in took ${time}.`,
  moodTitle: 'Moods (how many chose each; not who)',
  noMatch: 'No question matches this depth and theme, so one from the whole bank is shown.',
  manageQuestions: 'The group’s questions',
  hideQuestion: 'Hide this question',
  ownWords: 'A question in your own words',
  depthLabel: 'Depth',
  themeLabel: 'Theme',
  depths: { light: 'Light', reflective: 'Reflective', deep: 'Deep' },
  themes: {
    gratitude: 'Gratitude',
    coping: 'Coping',
    goals: 'Goals',
    grief: 'Grief',
    recovery: 'Recovery',
    everyday: 'Everyday',
    connection: 'Connection',
    'self-care': 'Self-care',
  },
  addQuestion: 'Add and use it',
  replaceQuestion: 'Use instead of the shown one',
  hiddenQuestions: 'Hidden questions',
  restore: 'Restore',
};

export const checkinMessages = new Translations<CheckinMessages>(en, {
  es: async () => (await import('./checkin-round.messages.es.js')).es,
});

