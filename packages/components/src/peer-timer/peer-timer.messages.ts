import type { Lang } from '../internal/i18n.js';

export interface TimerMessages {
  timerLabel: (name: string) => string;
  idleTimerLabel: string;
  noMembers: string;
  ready: string;
  now: (name: string) => string;
  nextUp: (name: string) => string;
  lastSpeaker: string;
  changeover: (seconds: number) => string;
  left: string;
  over: string;
  paused: string;
  warningBadge: string;
  overtimeBadge: string;
  oneMinuteLeft: string;
  secondsLeft: (seconds: number) => string;
  minutesLeft: (minutes: number) => string;
  timeUp: (name: string) => string;
  complete: string;
  start: string;
  pause: string;
  resume: string;
  next: string;
  previous: string;
  pass: string;
  addMinute: string;
  reset: string;
  mute: string;
  fullscreen: string;
  shortcuts: string;
  shortcutList: [key: string, action: string][];
  notKept: string;
  conflict: string;
  progress: (done: number, total: number) => string;
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
  now: (name) => `Now: ${name}`,
  nextUp: (name) => `Next: ${name}`,
  lastSpeaker: 'Last speaker',
  changeover: (seconds) => `Changeover: ${seconds} s`,
  left: 'left',
  over: 'over',
  paused: 'Paused',
  warningBadge: 'Almost time',
  overtimeBadge: 'Over time',
  oneMinuteLeft: 'One minute left',
  secondsLeft: (seconds) => `${seconds} seconds left`,
  minutesLeft: (minutes) => `${minutes} minutes left`,
  timeUp: (name) => `Time is up for ${name}`,
  complete: 'Round complete',
  start: 'Start',
  pause: 'Pause',
  resume: 'Resume',
  next: 'Next',
  previous: 'Previous',
  pass: 'Pass',
  addMinute: '+1 minute',
  reset: 'Reset',
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
  notKept: 'Storage is not available here: this timer will not be kept if the page is closed.',
  conflict: 'The timer was changed in another window; your last action was not applied.',
  progress: (done, total) => `${done} of ${total} have spoken`,
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
  now: (name) => `Ahora: ${name}`,
  nextUp: (name) => `Después: ${name}`,
  lastSpeaker: 'Último turno',
  changeover: (seconds) => `Cambio de turno: ${seconds} s`,
  left: 'restante',
  over: 'de más',
  paused: 'En pausa',
  warningBadge: 'Queda poco',
  overtimeBadge: 'Tiempo excedido',
  oneMinuteLeft: 'Queda un minuto',
  secondsLeft: (seconds) => `Quedan ${seconds} segundos`,
  minutesLeft: (minutes) => `Quedan ${minutes} minutos`,
  timeUp: (name) => `Se acabó el tiempo de ${name}`,
  complete: 'Ronda terminada',
  start: 'Empezar',
  pause: 'Pausa',
  resume: 'Seguir',
  next: 'Siguiente',
  previous: 'Anterior',
  pass: 'Pasar',
  addMinute: '+1 minuto',
  reset: 'Reiniciar',
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
  notKept: 'El almacenamiento no está disponible: este temporizador no se guardará al cerrar la página.',
  conflict: 'El temporizador cambió en otra ventana; su última acción no se aplicó.',
  progress: (done, total) => `Han hablado ${done} de ${total}`,
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
