import type { Depth, Theme } from '@peerkit/core';
import type { Lang } from '../internal/i18n.js';

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

const es: CheckinMessages = {
  questionLabel: 'Pregunta de inicio',
  noMembers: 'Aún no hay participantes. Escríbalos en el atributo members, separados por comas.',
  ready: 'Cuando quieras',
  notStarted: 'La ronda de inicio todavía no ha empezado.',
  timerLabel: (name) => `Tiempo de ${name}`,
  idleTimerLabel: 'Temporizador de la ronda',
  start: 'Empezar la ronda',
  pause: 'Pausa',
  resume: 'Seguir',
  next: 'Siguiente',
  previous: 'Anterior',
  pass: 'Pasar',
  comeBack: 'Vuelve a mí después',
  anotherQuestion: 'Otra pregunta',
  chooseQuestion: 'O elige una',
  newCheckin: 'Nueva ronda',
  moodLegend: (name) => `¿Cómo estás, ${name}? Opcional`,
  moodWords: ['1 · Muy mal', '2 · Mal', '3 · Regular', '4 · Bien', '5 · Muy bien'],
  moodNoted: 'Ánimo anotado, gracias.',
  complete: 'Ronda terminada',
  summaryTitle: 'Resumen de la ronda',
  checkedIn: 'Participaron',
  passed: 'Pasaron',
  left: 'Se fueron',
  nobody: 'Nadie',
  took: (time) => `La ronda duró ${time}.`,
  moodTitle: 'Ánimo (cuántos eligieron cada uno; no quién)',
  noMatch: 'Ninguna pregunta coincide con esta profundidad y tema; se muestra una de todo el banco.',
  manageQuestions: 'Las preguntas del grupo',
  hideQuestion: 'Ocultar esta pregunta',
  ownWords: 'Una pregunta con sus propias palabras',
  depthLabel: 'Profundidad',
  themeLabel: 'Tema',
  depths: { light: 'Ligera', reflective: 'Reflexiva', deep: 'Profunda' },
  themes: {
    gratitude: 'Gratitud',
    coping: 'Afrontamiento',
    goals: 'Metas',
    grief: 'Duelo',
    recovery: 'Recuperación',
    everyday: 'Día a día',
    connection: 'Vínculos',
    'self-care': 'Autocuidado',
  },
  addQuestion: 'Añadir y usarla',
  replaceQuestion: 'Usarla en lugar de la actual',
  hiddenQuestions: 'Preguntas ocultas',
  restore: 'Restaurar',
};

export const checkinMessages: Record<Lang, CheckinMessages> = { en, es };
