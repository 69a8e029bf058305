import { Translations } from '../internal/i18n.js';

const en = {
  title: 'Meeting plan',
  start: 'Start the meeting',
  next: 'Next section',
  skip: (title: string) => `Skip: ${title}`,
  skipShort: 'Skip',
  goBack: (title: string) => `Go back to: ${title}`,
  goBackShort: 'Go back',
  left: (time: string) => `${time} left`,
  over: (time: string) => `${time} over`,
  late: (minutes: number) => `Running ${minutes} min late`,
  onTime: 'On time',
  ended: 'The meeting has ended.',
  status: { pending: '', current: 'Now', done: 'Done', skipped: 'Skipped' },
  now: (title: string) => `Now: ${title}`,
  wholePlan: (sections: number) => `The whole plan (${sections} sections)`,
  doneSections: (count: number) => (count === 1 ? '1 section held' : `${count} sections held`),
  showDone: 'Show',
  hideDone: 'Hide',
  pause: 'Pause the meeting',
  resume: 'Resume the meeting',
  paused: 'Paused: a break',
  resumed: 'The meeting goes on',
  earlier: (title: string) => `Move earlier: ${title}`,
  later: (title: string) => `Move later: ${title}`,
  add: 'Add a section',
  addKind: 'Section',
  addMinutes: 'Minutes',
  addButton: 'Add after the one in progress',
  added: (title: string) => `Added: ${title}`,
  kinds: { resources: 'Resources', checkin: 'Check-in', sharing: 'Sharing round', rules: 'Ground rules', purpose: 'Our purpose', feedback: 'Feedback' },
};

export type AgendaMessages = typeof en;

export const agendaMessages = new Translations<AgendaMessages>(en, {
  es: async () => (await import('./meeting-agenda.messages.es.js')).es,
});
