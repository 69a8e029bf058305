import { Translations } from '../internal/i18n.js';

export interface TimerMessages {
  timerLabel: (name: string) => string;
  idleTimerLabel: string;
  noMembers: string;
  ready: string;
  /** The presenter's card before the facilitator's round exists. */
  notStarted: string;
  complete: string;
  start: string;
  pause: string;
  resume: string;
  next: string;
  previous: string;
  pass: string;
  addMinute: string;
  reset: string;
  resetQuestion: string;
  resetYes: string;
  resetNo: string;
  mute: string;
  fullscreen: string;
  shortcuts: string;
  /** Said when ? shows or hides the list. */
  shortcutsShown: string;
  shortcutsHidden: string;
  shortcutList: [key: string, action: string][];
  statsTitle: string;
  statsName: string;
  statsSpoke: string;
  statsShare: string;
  statsPasses: string;
  statsFairness: (ratio: string, gini: string) => string;
  statsDominating: (names: string) => string;
  statsEven: string;
  statusLeft: string;
  statusPassed: string;
}

const en: TimerMessages = {
  timerLabel: (name) => `Time left for ${name}`,
  idleTimerLabel: 'Speaking timer',
  noMembers: 'No members yet. List them in the members attribute, separated by commas.',
  ready: 'Ready',
  notStarted: 'The speaking round has not started yet.',
  complete: 'Round complete',
  start: 'Start',
  pause: 'Pause',
  resume: 'Resume',
  next: 'Next',
  previous: 'Previous',
  pass: 'Pass',
  addMinute: '+1 minute',
  reset: 'Reset',
  resetQuestion: 'Start the round again? The time everyone has had so far will be lost.',
  resetYes: 'Start again',
  resetNo: 'Keep the round',
  mute: 'Mute chime',
  fullscreen: 'Full screen',
  shortcuts: 'Keyboard shortcuts',
  shortcutsShown: 'Keyboard shortcuts shown',
  shortcutsHidden: 'Keyboard shortcuts hidden',
  shortcutList: [
    ['Space', 'Start, pause or resume'],
    ['N or →', 'Next speaker'],
    ['←', 'Previous speaker'],
    ['P', 'Pass'],
    ['+', 'Add one minute'],
    ['T', 'Say the time left'],
    ['?', 'Show or hide these shortcuts'],
  ],
  statsTitle: 'Talk time',
  statsName: 'Member',
  statsSpoke: 'Spoke',
  statsShare: 'Share of talk',
  statsPasses: 'Passes',
  statsFairness: (ratio, gini) => `Largest share: ${ratio}× the equal share. Gini: ${gini} (0 is perfectly even).`,
  statsDominating: (names) => `${names} took much more than an equal share.`,
  statsEven: 'Nobody took much more than an equal share.',
  statusLeft: 'left',
  statusPassed: 'passed',
};

export const timerMessages = new Translations<TimerMessages>(en, {
  es: async () => (await import('./peer-timer.messages.es.js')).es,
});

