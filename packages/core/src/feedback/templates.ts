/** Built-in feedback forms in our own words, in English and Spanish. */
import { FORM_SCHEMA_VERSION, type FeedbackForm, type FormQuestion } from './form.js';

export type FormTemplateId = 'end-of-meeting' | 'first-meeting' | 'review' | 'facilitator-reflection' | 'outcome-check';
export const FORM_TEMPLATE_IDS: readonly FormTemplateId[] = ['end-of-meeting', 'first-meeting', 'review', 'facilitator-reflection', 'outcome-check'];

type Lang = 'en' | 'es';
type L = Record<Lang, string>;

const scale = (id: string, label: L, low: L, high: L, points = 5) => (lang: Lang): FormQuestion => ({
  id,
  type: 'scale',
  label: label[lang],
  required: false,
  points,
  lowLabel: low[lang],
  highLabel: high[lang],
});
/** Said on the outcome check: these are our questions, not a validated (or licensed) instrument. */
const OUR_OWN_ITEMS: L = {
  en: 'PeerKit’s own questions, not a validated measure. Keep them the same meeting after meeting to see a trend.',
  es: 'Preguntas propias de PeerKit, no una medida validada. Mantenlas iguales reunión tras reunión para ver una tendencia.',
};

const text = (id: string, label: L, long = true, help?: L) => (lang: Lang): FormQuestion => ({
  id,
  type: long ? 'long-text' : 'short-text',
  label: label[lang],
  required: false,
  ...(help ? { help: help[lang] } : {}),
});

const notAtAll = { en: 'Not at all', es: 'Nada' };
const completely = { en: 'Completely', es: 'Totalmente' };

const TEMPLATES: Record<FormTemplateId, { title: L; questions: ((lang: Lang) => FormQuestion)[] }> = {
  'end-of-meeting': {
    title: { en: 'How did today’s meeting go?', es: '¿Cómo fue la reunión de hoy?' },
    questions: [
      scale('safe', { en: 'I felt safe to share.', es: 'Me sentí seguro o segura para compartir.' }, notAtAll, completely),
      scale('heard', { en: 'I felt heard.', es: 'Me sentí escuchado o escuchada.' }, notAtAll, completely),
      scale('fair-time', { en: 'Time was shared fairly.', es: 'El tiempo se repartió de forma justa.' }, notAtAll, completely),
      (lang) => ({
        id: 'change',
        type: 'yes-no',
        label: lang === 'en' ? 'Is there something you would change?' : '¿Hay algo que cambiarías?',
        required: false,
      }),
      (lang) => ({
        ...text('what-change', { en: 'What would you change?', es: '¿Qué cambiarías?' })(lang),
        showIf: { questionId: 'change', equals: ['yes'] },
      }),
    ],
  },
  'first-meeting': {
    title: { en: 'Our first meeting', es: 'Nuestra primera reunión' },
    questions: [
      scale('welcome', { en: 'I felt welcome.', es: 'Me sentí bienvenido o bienvenida.' }, notAtAll, completely),
      scale('rules-clear', { en: 'The ground rules were clear.', es: 'Los acuerdos del grupo quedaron claros.' }, notAtAll, completely),
      (lang) => ({
        id: 'return',
        type: 'single',
        label: lang === 'en' ? 'Will you come back?' : '¿Volverás?',
        required: false,
        options: lang === 'en' ? ['Yes', 'Maybe', 'No'] : ['Sí', 'Quizás', 'No'],
      }),
      (lang) => ({
        id: 'hopes',
        type: 'multiple',
        label: lang === 'en' ? 'What do you hope to find here?' : '¿Qué esperas encontrar aquí?',
        required: false,
        options:
          lang === 'en'
            ? ['Being listened to', 'People who understand', 'Practical ideas', 'Friendship', 'Something else']
            : ['Que me escuchen', 'Gente que entiende', 'Ideas prácticas', 'Amistad', 'Otra cosa'],
      }),
      text('anything-else', { en: 'Anything else you would like us to know?', es: '¿Algo más que quieras contarnos?' }),
    ],
  },
  review: {
    title: { en: 'Looking back on our meetings', es: 'Mirando atrás nuestras reuniones' },
    questions: [
      scale('meeting-purpose', { en: 'The group is meeting its purpose.', es: 'El grupo está cumpliendo su propósito.' }, notAtAll, completely),
      scale('helped', { en: 'Coming here has helped me.', es: 'Venir aquí me ha ayudado.' }, notAtAll, completely),
      (lang) => ({
        id: 'next',
        type: 'single',
        label: lang === 'en' ? 'What should the group do next?' : '¿Qué debería hacer el grupo ahora?',
        required: false,
        options:
          lang === 'en'
            ? ['Carry on as we are', 'Change our purpose', 'Change how we meet', 'Bring the group to a close']
            : ['Seguir como estamos', 'Cambiar el propósito', 'Cambiar cómo nos reunimos', 'Cerrar el grupo'],
      }),
      text('why', { en: 'Why?', es: '¿Por qué?' }),
    ],
  },
  // A short end-of-meeting check a group can keep the same over time, to show a trend.
  'outcome-check': {
    title: { en: 'Three questions, every meeting', es: 'Tres preguntas, cada reunión' },
    questions: [
      (lang) => ({
        ...scale('heard', { en: 'Did you feel heard today?', es: '¿Te sentiste escuchado o escuchada hoy?' }, notAtAll, completely)(lang),
        help: OUR_OWN_ITEMS[lang],
      }),
      scale('helpful', { en: 'How helpful was today’s meeting?', es: '¿Qué tan útil fue la reunión de hoy?' }, { en: 'Not helpful', es: 'Nada útil' }, { en: 'Very helpful', es: 'Muy útil' }),
      (lang) => ({
        id: 'come-back',
        type: 'single',
        label: lang === 'en' ? 'Would you come back?' : '¿Volverías?',
        required: false,
        options: lang === 'en' ? ['Yes', 'Maybe', 'No'] : ['Sí', 'Quizás', 'No'],
      }),
    ],
  },
  'facilitator-reflection': {
    title: { en: 'Facilitator’s reflection', es: 'Reflexión de quien facilita' },
    questions: [
      scale('structure', { en: 'I held the structure well.', es: 'Sostuve bien la estructura.' }, notAtAll, completely),
      scale('balance', { en: 'Every voice had room.', es: 'Todas las voces tuvieron espacio.' }, notAtAll, completely),
      scale('self', { en: 'How am I doing myself?', es: '¿Cómo estoy yo?' }, { en: 'Struggling', es: 'Mal' }, { en: 'Well', es: 'Bien' }),
      text('went-well', { en: 'What went well?', es: '¿Qué salió bien?' }),
      text('differently', { en: 'What will I do differently next time?', es: '¿Qué haré distinto la próxima vez?' }),
      text('support', { en: 'What support do I need?', es: '¿Qué apoyo necesito?' }, false),
    ],
  },
};

export function formTemplate(id: FormTemplateId, lang: Lang): FeedbackForm {
  const template = TEMPLATES[id];
  return {
    schemaVersion: FORM_SCHEMA_VERSION,
    id: `${id}-${lang}`,
    title: template.title[lang],
    templateId: id,
    questions: template.questions.map((make) => make(lang)),
  };
}

/** The built-in form a response log was kept for (its id is the template's and the language's), when it was one. */
export function builtInForm(formId: string): FeedbackForm | undefined {
  for (const id of FORM_TEMPLATE_IDS) for (const lang of ['en', 'es'] as const) if (`${id}-${lang}` === formId) return formTemplate(id, lang);
  return undefined;
}

/**
 * A built-in question in each language, by its id: the same question asked in
 * English by one group and in Spanish by another shares its id (and its
 * options' order).
 */
export function builtInQuestion(questionId: string): Record<Lang, FormQuestion> | undefined {
  for (const template of Object.values(TEMPLATES)) {
    for (const make of template.questions) {
      const en = make('en');
      if (en.id === questionId) return { en, es: make('es') };
    }
  }
  return undefined;
}
