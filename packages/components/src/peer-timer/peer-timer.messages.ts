import type { Lang } from '../internal/i18n.js';

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
  shortcutList: [
    ['Space', 'Start, pause or resume'],
    ['N or →', 'Next speaker'],
    ['←', 'Previous speaker'],
    ['P', 'Pass'],
    ['+', 'Add one minute'],
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

const es: TimerMessages = {
  timerLabel: (name) => `Tiempo restante de ${name}`,
  idleTimerLabel: 'Temporizador de turnos',
  noMembers: 'Aún no hay participantes. Escríbalos en el atributo members, separados por comas.',
  ready: 'Listo',
  notStarted: 'La ronda de palabra todavía no ha empezado.',
  complete: 'Ronda terminada',
  start: 'Empezar',
  pause: 'Pausa',
  resume: 'Seguir',
  next: 'Siguiente',
  previous: 'Anterior',
  pass: 'Pasar',
  addMinute: '+1 minuto',
  reset: 'Reiniciar',
  resetQuestion: '¿Empezar la ronda de nuevo? Se perderá el tiempo que cada persona ha tenido hasta ahora.',
  resetYes: 'Empezar de nuevo',
  resetNo: 'Seguir con la ronda',
  mute: 'Silenciar aviso',
  fullscreen: 'Pantalla completa',
  shortcuts: 'Atajos de teclado',
  shortcutList: [
    ['Espacio', 'Empezar, pausar o seguir'],
    ['N o →', 'Siguiente turno'],
    ['←', 'Turno anterior'],
    ['P', 'Pasar'],
    ['+', 'Añadir un minuto'],
    ['?', 'Mostrar u ocultar los atajos'],
  ],
  statsTitle: 'Tiempo de palabra',
  statsName: 'Participante',
  statsSpoke: 'Habló',
  statsShare: 'Parte del tiempo',
  statsPasses: 'Pases',
  statsFairness: (ratio, gini) => `Mayor parte: ${ratio}× la parte igual. Gini: ${gini} (0 es perfectamente igual).`,
  statsDominating: (names) => `${names} ocupó mucho más que una parte igual.`,
  statsEven: 'Nadie ocupó mucho más que una parte igual.',
  statusLeft: 'se fue',
  statusPassed: 'pasó',
};

export const timerMessages: Record<Lang, TimerMessages> = { en, es };
