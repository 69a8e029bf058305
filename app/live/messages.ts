/** What a live room says, on a member's device and on the facilitator's meeting page, in English and Spanish. */
import type { AppLang } from '../messages.js';

export interface LiveMessages {
  badLink: (problem: string) => string;
  connecting: string;
  noRelay: string;
  waiting: string;
  connected: string;
  nothingArrived: string;
  wrongKey: string;
  ignored: string;
  closed: string;
  left: string;
  soon: string;
  onBreak: string;
  over: string;
  speaking: (name: string) => string;
  nextUp: (name: string) => string;
  paused: string;
  checkinSpeaker: (name: string) => string;
  sent: string;
  answeredBefore: string;
  waitingForToken: string;
  fixAnswers: string;
  chooseName: string;
  chooseFirst: string;
  moodLegend: string;
  fitLegend: (draft: string) => string;
  fitScale: readonly string[];
  ruleLegend: (rule: string) => string;
  consent: Record<'agree' | 'stand-aside' | 'block', string>;
  fist: (n: number) => string;
  given: string;
  passed: string;
  comingBack: string;
  yourTurn: string;
  // The facilitator's side
  open: string;
  opening: string;
  openFailed: (why: string) => string;
  roomOpen: string;
  present: (names: string[], anonymous: number) => string;
  nobodyYet: string;
  copied: string;
  copyYourself: string;
  closing: string;
  roomClosed: string;
  answeredOf: (answered: number, here: number) => string;
  moreThanHere: (refused: number) => string;
  tokenUsed: (count: number) => string;
  tokenMissing: (count: number) => string;
  coFacilitator: (name: string) => string;
  claimedBy: (name: string, devices: number) => string;
  releaseName: (name: string) => string;
  released: (name: string) => string;
  nameTaken: string;
  qrLabel: string;
  scanToFollow: string;
  anonymous: string;
  helpPushed: string;
  helpShown: string;
}

const en: LiveMessages = {
  badLink: (problem) => `This link does not open a meeting: ${problem}.`,
  connecting: 'Connecting to the meeting…',
  noRelay: 'Cannot reach the meeting’s relay. Check this device’s connection; it keeps trying.',
  waiting: 'Waiting for the facilitator…',
  connected: 'Connected to the meeting.',
  wrongKey: 'This link’s key does not open this meeting’s messages: the link may be mistyped or old. Ask the facilitator for it again.',
  nothingArrived: 'Nothing has arrived from the meeting yet. The link may be wrong or the room closed: ask the facilitator for the link again.',
  ignored: 'Something that did not come from the facilitator was ignored.',
  closed: 'The facilitator closed the room. Nothing of it is kept on this device.',
  left: 'You left the meeting. Nothing of it is kept on this device.',
  soon: 'The meeting will start soon.',
  onBreak: 'A short break.',
  over: 'The meeting has ended. Thank you for coming.',
  speaking: (name) => `${name} is speaking`,
  nextUp: (name) => `Next: ${name}`,
  paused: 'Paused',
  checkinSpeaker: (name) => `${name} is checking in`,
  sent: 'Your answers went to the facilitator, without your name. Thank you.',
  answeredBefore: 'You have answered — thank you.',
  waitingForToken: 'Sending when the facilitator’s device has given this phone its one-time answer code…',
  chooseName: 'Choose your name',
  chooseFirst: 'Choose your name first, above.',
  moodLegend: 'How are you today? (1 low, 5 good)',
  fitLegend: (draft) => `How well does this fit us? “${draft}”`,
  fitScale: ['1 · Not yet', '2', '3', '4', '5 · This is us'],
  ruleLegend: (rule) => `Proposed: “${rule}”`,
  consent: { agree: 'Agree', 'stand-aside': 'Stand aside', block: 'Block' },
  fist: (n) => (n === 0 ? '0 · Block' : n === 5 ? '5 · Fully agree' : String(n)),
  given: 'Given. You can change it while this part of the meeting lasts.',
  passed: 'You passed: the next person is on. Your turn is done for this round.',
  comingBack: 'You will come back at the end of the round.',
  yourTurn: 'It is your turn.',
  fixAnswers: 'Some answers need another look: see the questions marked.',
  open: 'Open a live room',
  opening: 'Opening the room…',
  openFailed: (why) => `The room could not be opened: ${why}`,
  roomOpen: 'The room is open. Members join with this link or code; what they see is what the presenter screen shows.',
  present: (names, anonymous) => `Here from their own devices: ${[...names, ...(anonymous > 0 ? [`${anonymous} anonymous`] : [])].join(', ')}.`,
  nobodyYet: 'Nobody has joined from their own device yet.',
  copied: 'Link copied.',
  copyYourself: 'This browser did not let the page copy: the link is selected, copy it with Ctrl+C (⌘C on a Mac).',
  closing: 'Closing the room…',
  roomClosed: 'The room is closed: members’ screens have cleared.',
  answeredOf: (answered, here) => `${answered} of ${here} here answered on their own devices.`,
  tokenUsed: (count) => `${count} ${count === 1 ? 'answer came' : 'answers came'} again with a device's answer token already used: not added.`,
  tokenMissing: (count) => `${count} ${count === 1 ? 'answer' : 'answers'} without this room's answer token ${count === 1 ? 'was' : 'were'} refused.`,
  moreThanHere: (refused) => `More answers came than there are people here: ${refused} ${refused === 1 ? 'was' : 'were'} not added. Someone may have answered twice, from a second device or window.`,
  coFacilitator: (name) => `${name} (co-facilitator)`,
  claimedBy: (name, devices) => `${name}: claimed by ${devices} devices.`,
  releaseName: (name) => `Release ${name}`,
  released: (name) => `${name} is free again: the next device to choose it holds it.`,
  nameTaken: 'Someone here already chose this name. Ask the facilitator.',
  qrLabel: 'QR code of the link to join this meeting',
  scanToFollow: 'Follow the meeting on your phone: scan this code',
  anonymous: 'anonymous',
  helpPushed: 'Crisis help is open on every member’s device.',
  helpShown: 'The facilitator opened crisis help on every device.',
};

const es: LiveMessages = {
  badLink: (problem) => `Este enlace no abre una reunión: ${problem}.`,
  connecting: 'Conectando con la reunión…',
  noRelay: 'No se llega al servidor de enlace de la reunión. Revisa la conexión de este dispositivo; sigue intentándolo.',
  waiting: 'Esperando a quien facilita…',
  connected: 'Conectado a la reunión.',
  wrongKey: 'La clave de este enlace no abre los mensajes de esta reunión: puede estar mal copiado o ser antiguo. Pide el enlace de nuevo.',
  nothingArrived: 'Aún no ha llegado nada de la reunión. Puede que el enlace esté mal o la sala esté cerrada: pide el enlace de nuevo.',
  ignored: 'Se ignoró algo que no venía de quien facilita.',
  closed: 'Quien facilita cerró la sala. No queda nada de ella en este dispositivo.',
  left: 'Saliste de la reunión. No queda nada de ella en este dispositivo.',
  soon: 'La reunión empezará pronto.',
  onBreak: 'Una pausa breve.',
  over: 'La reunión terminó. Gracias por venir.',
  speaking: (name) => `Habla ${name}`,
  nextUp: (name) => `Después: ${name}`,
  paused: 'En pausa',
  checkinSpeaker: (name) => `Se presenta ${name}`,
  sent: 'Tus respuestas llegaron a quien facilita, sin tu nombre. Gracias.',
  answeredBefore: 'Ya respondiste. Gracias.',
  waitingForToken: 'Se enviará cuando el dispositivo de quien facilita dé a este teléfono su código de respuesta de un solo uso…',
  chooseName: 'Elige tu nombre',
  chooseFirst: 'Primero elige tu nombre, arriba.',
  moodLegend: '¿Cómo estás hoy? (1 mal, 5 bien)',
  fitLegend: (draft) => `¿Cuánto encaja con nosotros? «${draft}»`,
  fitScale: ['1 · Aún no', '2', '3', '4', '5 · Somos así'],
  ruleLegend: (rule) => `Propuesta: «${rule}»`,
  consent: { agree: 'De acuerdo', 'stand-aside': 'Me aparto', block: 'Bloqueo' },
  fist: (n) => (n === 0 ? '0 · Bloqueo' : n === 5 ? '5 · Totalmente de acuerdo' : String(n)),
  given: 'Enviado. Puedes cambiarlo mientras dure esta parte de la reunión.',
  passed: 'Pasaste: sigue la siguiente persona. Tu turno terminó en esta ronda.',
  comingBack: 'Volverás al final de la ronda.',
  yourTurn: 'Es tu turno.',
  fixAnswers: 'Algunas respuestas necesitan otra mirada: mira las preguntas marcadas.',
  open: 'Abrir una sala en directo',
  opening: 'Abriendo la sala…',
  openFailed: (why) => `No se pudo abrir la sala: ${why}`,
  roomOpen: 'La sala está abierta. Los miembros entran con este enlace o código; ven lo mismo que la pantalla de presentación.',
  present: (names, anonymous) => `Conectados desde sus dispositivos: ${[...names, ...(anonymous > 0 ? [`${anonymous} anónimos`] : [])].join(', ')}.`,
  nobodyYet: 'Nadie ha entrado aún desde su dispositivo.',
  copied: 'Enlace copiado.',
  copyYourself: 'Este navegador no dejó copiar a la página: el enlace está seleccionado, cópialo con Ctrl+C (⌘C en un Mac).',
  closing: 'Cerrando la sala…',
  roomClosed: 'La sala está cerrada: las pantallas de los miembros se han vaciado.',
  answeredOf: (answered, here) => `${answered} de ${here} presentes respondieron desde sus dispositivos.`,
  tokenUsed: (count) => `${count} ${count === 1 ? 'respuesta llegó' : 'respuestas llegaron'} otra vez con un código de respuesta ya usado: no se ${count === 1 ? 'añadió' : 'añadieron'}.`,
  tokenMissing: (count) => `Se ${count === 1 ? 'rechazó' : 'rechazaron'} ${count} ${count === 1 ? 'respuesta' : 'respuestas'} sin el código de respuesta de esta sala.`,
  moreThanHere: (refused) => `Llegaron más respuestas que personas presentes: ${refused} no se ${refused === 1 ? 'añadió' : 'añadieron'}. Puede que alguien respondiera dos veces, desde otro dispositivo o ventana.`,
  coFacilitator: (name) => `${name} (cofacilitación)`,
  claimedBy: (name, devices) => `${name}: lo eligieron ${devices} dispositivos.`,
  releaseName: (name) => `Liberar ${name}`,
  released: (name) => `${name} queda libre: el siguiente dispositivo que lo elija lo tendrá.`,
  nameTaken: 'Alguien aquí ya eligió este nombre. Pregunta a quien facilita.',
  qrLabel: 'Código QR del enlace para entrar en esta reunión',
  scanToFollow: 'Sigue la reunión en tu teléfono: escanea este código',
  anonymous: 'anónimo',
  helpPushed: 'La ayuda en crisis está abierta en el dispositivo de cada miembro.',
  helpShown: 'Quien facilita abrió la ayuda en crisis en todos los dispositivos.',
};

export const LIVE_MESSAGES: Record<AppLang, LiveMessages> = { en, es };
