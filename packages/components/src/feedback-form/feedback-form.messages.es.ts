// Spanish, loaded the first time an element speaks it (see Translations in internal/i18n.ts).
import type { FeedbackMessages } from './feedback-form.messages.js';

export const es: FeedbackMessages = {
  required: 'obligatoria',
  optional: 'opcional',
  submit: 'Enviar opinión',
  thanks: 'Gracias. Su opinión ayuda al grupo.',
  nextPerson: 'Lista para la siguiente persona',
  another: 'Enviar otra respuesta',
  fixProblems: (n) => `${n} ${n === 1 ? 'respuesta necesita' : 'respuestas necesitan'} atención.`,
  problems: {
    required: 'Responda esta pregunta, por favor.',
    'choose from the options': 'Elige entre las opciones.',
    'choose one of the options': 'Elige una de las opciones.',
    'answer yes or no': 'Responda sí o no.',
  },
  yes: 'Sí',
  no: 'No',
  resultsTitle: (n) => `Resultados de ${n} ${n === 1 ? 'respuesta' : 'respuestas'}`,
  resultsHeading: (title) => `Respuestas a «${title}»`,
  protected: (min, now) => `El detalle aparece cuando al menos ${min} personas han respondido (ahora ${now}), para que ninguna respuesta se pueda atribuir a nadie.`,
  questionProtected: (min) => `Oculto: menos de ${min} personas respondieron esta pregunta, y una respuesta se podría atribuir a alguien.`,
  mean: (mean, points) => `Media ${mean} de ${points}`,
  answered: (n) => `${n} respondieron`,
  noTexts: 'No hay respuestas escritas.',
  exportCsv: 'Descargar como CSV',
  exportJson: 'Descargar como JSON',
  importJson: 'Importar respuestas (JSON)',
  imported: (added, here) =>
    added === 0
      ? `No se añadió nada: ${here === 1 ? 'la respuesta de este archivo ya está' : `las ${here} respuestas de este archivo ya están`} aquí.`
      : `Se ${added === 1 ? 'importó 1 respuesta' : `importaron ${added} respuestas`}.${here > 0 ? ` ${here === 1 ? '1 ya estaba' : `${here} ya estaban`} aquí y no se añadi${here === 1 ? 'ó' : 'eron'} de nuevo.` : ''}`,
  importFailed: (file) => `No se importó «${file}» y no cambió nada:`,
  editTitle: 'Preguntas',
  moveUp: (label) => `Subir: ${label}`,
  moveDown: (label) => `Bajar: ${label}`,
  remove: (label) => `Quitar: ${label}`,
  questionLabel: 'Pregunta',
  questionType: 'Tipo de respuesta',
  types: { scale: 'Escala de 1 a 5', single: 'Una opción', multiple: 'Varias opciones', 'yes-no': 'Sí o no', 'short-text': 'Texto corto', 'long-text': 'Texto largo' },
  options: 'Opciones, una por línea',
  addQuestion: 'Añadir pregunta',
  anonymousNote: 'Anónimo: no se guarda su nombre y solo se conserva el día.',
  yourName: 'Su nombre (este grupo guarda el nombre con la opinión)',
  trendTitle: 'Medias reunión a reunión',
  meeting: 'Reunión',
  tooFew: 'pocas respuestas',
};
