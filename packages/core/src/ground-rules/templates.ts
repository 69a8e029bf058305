/**
 * Starter rule cards, in our own words, each with a plain explanation. A group
 * takes what fits and rewords it; nothing here is imposed. Confidentiality
 * always comes with its limits stated, as the practice requires.
 */
import { newRule, type RuleSet } from './rules.js';

export type RuleCategory = 'confidentiality' | 'respect' | 'participation' | 'safety' | 'facilitation';
export const RULE_CATEGORIES: readonly RuleCategory[] = ['confidentiality', 'respect', 'participation', 'safety', 'facilitation'];

export interface Localised {
  en: string;
  es: string;
}

export interface RuleTemplate {
  id: string;
  category: RuleCategory;
  text: Localised;
  explanation: Localised;
}

type Row = [id: string, category: RuleCategory, textEn: string, explanationEn: string, textEs: string, explanationEs: string];

const rows: Row[] = [
  [
    'confidential',
    'confidentiality',
    'What is said here stays here.',
    'We do not repeat what others share, or who was here, outside the group, unless they say we may.',
    'Lo que se dice aquí, se queda aquí.',
    'No repetimos fuera del grupo lo que otras personas comparten ni quién vino, salvo que nos den permiso.',
  ],
  [
    'confidential-limits',
    'confidentiality',
    'Confidentiality has limits when someone may be harmed.',
    'If someone is at risk of serious harm, to themselves or others, the facilitator may need to get help. We say this openly so nobody is surprised.',
    'La confidencialidad tiene límites si alguien puede sufrir daño.',
    'Si alguien corre riesgo de daño grave, propio o ajeno, quien facilita puede tener que pedir ayuda. Lo decimos abiertamente para que nadie se sorprenda.',
  ],
  [
    'own-story',
    'confidentiality',
    'Share your own story, not other people’s.',
    'We speak about our own experience and leave out details that would identify people who are not here.',
    'Comparte tu propia historia, no la de otras personas.',
    'Hablamos de nuestra experiencia y dejamos fuera detalles que identifiquen a quien no está aquí.',
  ],
  [
    'listen',
    'respect',
    'Listen without interrupting.',
    'One person speaks at a time. We give them our attention until they have finished.',
    'Escucha sin interrumpir.',
    'Habla una persona a la vez. Le prestamos atención hasta que termina.',
  ],
  [
    'no-unasked-advice',
    'respect',
    'No advice unless it is asked for.',
    'We share what worked for us if someone asks. Otherwise we listen, rather than fix.',
    'Sin consejos si no se piden.',
    'Compartimos lo que nos sirvió si alguien lo pide. Si no, escuchamos en lugar de arreglar.',
  ],
  [
    'no-judgement',
    'respect',
    'Respect differences; no judging.',
    'People here have different lives, beliefs and paths. We disagree with ideas kindly, never with the person.',
    'Respeta las diferencias; sin juzgar.',
    'Aquí hay vidas, creencias y caminos distintos. Si discrepamos, lo hacemos con amabilidad y nunca contra la persona.',
  ],
  [
    'i-statements',
    'respect',
    'Speak for yourself.',
    'We say “I” rather than “you” or “everyone”, so we speak from our own experience.',
    'Habla por ti.',
    'Decimos “yo” en vez de “tú” o “todos”, para hablar desde nuestra experiencia.',
  ],
  [
    'equal-time',
    'participation',
    'Everyone gets an equal share of the time.',
    'We keep an eye on the clock so that every voice has room, including the quiet ones.',
    'Cada persona tiene una parte igual del tiempo.',
    'Miramos el reloj para que haya espacio para todas las voces, también las más calladas.',
  ],
  [
    'right-to-pass',
    'participation',
    'You may always pass.',
    'Nobody has to speak. Saying “pass” is always fine, and nobody asks why.',
    'Siempre puedes pasar.',
    'Nadie está obligado a hablar. Decir “paso” siempre está bien y nadie pregunta por qué.',
  ],
  [
    'phones-away',
    'participation',
    'Phones away and on silent.',
    'We give the group our full attention. If you need to take a call, step out quietly.',
    'Teléfonos guardados y en silencio.',
    'Damos al grupo toda nuestra atención. Si necesitas atender una llamada, sal sin hacer ruido.',
  ],
  [
    'on-time',
    'participation',
    'We start and end on time.',
    'Arriving on time respects everyone; the meeting ends when we said it would.',
    'Empezamos y terminamos a la hora.',
    'Llegar a tiempo respeta a todo el mundo; la reunión acaba cuando dijimos.',
  ],
  [
    'crisis-plan',
    'safety',
    'If someone is in crisis, we pause and get help.',
    'The facilitator keeps a list of crisis contacts at hand. We stop the round, stay with the person, and reach out for help together.',
    'Si alguien está en crisis, paramos y buscamos ayuda.',
    'Quien facilita tiene a mano una lista de contactos de crisis. Paramos la ronda, acompañamos a la persona y buscamos ayuda juntos.',
  ],
  [
    'substance-free',
    'safety',
    'Come to the meeting sober.',
    'We meet free of alcohol and drugs, so everyone feels safe and present.',
    'Ven a la reunión sin haber consumido.',
    'Nos reunimos sin alcohol ni drogas, para que todas las personas se sientan seguras y presentes.',
  ],
  [
    'step-out',
    'safety',
    'It is fine to step out and come back.',
    'If you need a moment, take it. Let someone know if you are not coming back, so we do not worry.',
    'Está bien salir un momento y volver.',
    'Si necesitas un momento, tómalo. Avisa si no vas a volver, para que no nos preocupemos.',
  ],
  [
    'cameras-optional',
    'participation',
    'Online, cameras are welcome but optional.',
    'Join in whatever way feels safe. Use headphones where others could overhear.',
    'En línea, la cámara es bienvenida pero opcional.',
    'Participa como te sientas seguro o segura. Usa auriculares si otras personas pueden oír.',
  ],
  [
    'no-recording',
    'confidentiality',
    'No recordings or screenshots.',
    'Nothing said or shown in the group is recorded, photographed or captured.',
    'Sin grabaciones ni capturas de pantalla.',
    'Nada de lo que se dice o se muestra en el grupo se graba, se fotografía ni se captura.',
  ],
  [
    'facilitator-role',
    'facilitation',
    'The facilitator keeps time and safety, and takes part as a peer.',
    'The facilitator is not an expert or therapist. They hold the structure so everyone else can share.',
    'Quien facilita cuida el tiempo y la seguridad, y participa como igual.',
    'Quien facilita no es experto ni terapeuta. Sostiene la estructura para que el resto pueda compartir.',
  ],
  [
    'rotate-facilitation',
    'facilitation',
    'Facilitation can rotate among members.',
    'Anyone who wants to may take a turn holding the meeting, with support.',
    'La facilitación puede rotar entre participantes.',
    'Quien quiera puede encargarse de una reunión, con apoyo.',
  ],
];

export const RULE_TEMPLATES: RuleTemplate[] = /* @__PURE__ */ rows.map(([id, category, textEn, explanationEn, textEs, explanationEs]) => ({
  id,
  category,
  text: { en: textEn, es: textEs },
  explanation: { en: explanationEn, es: explanationEs },
}));

/** Ready-made sets: a place to start, to be reworded and agreed by the group. */
export const RULE_TEMPLATE_SETS: Record<'first-meeting' | 'online-group' | 'recovery-group', string[]> = {
  'first-meeting': ['confidential', 'confidential-limits', 'listen', 'no-unasked-advice', 'equal-time', 'right-to-pass', 'phones-away', 'crisis-plan', 'facilitator-role'],
  'online-group': ['confidential', 'confidential-limits', 'no-recording', 'cameras-optional', 'listen', 'equal-time', 'right-to-pass', 'step-out', 'crisis-plan'],
  'recovery-group': ['confidential', 'confidential-limits', 'own-story', 'i-statements', 'no-judgement', 'no-unasked-advice', 'substance-free', 'right-to-pass', 'crisis-plan', 'rotate-facilitation'],
};
export type RuleTemplateSetName = keyof typeof RULE_TEMPLATE_SETS;

/** Adds a template's card in the group's language; its id is the template's, so it is added once. */
export function addFromTemplate(set: RuleSet, templateId: string, lang: 'en' | 'es'): RuleSet {
  const template = RULE_TEMPLATES.find((t) => t.id === templateId);
  if (!template || set.rules.some((r) => r.id === templateId)) return set;
  return { ...set, rules: [...set.rules, newRule(templateId, template.text[lang], template.explanation[lang], template.category, templateId)] };
}

export function addTemplateSet(set: RuleSet, name: RuleTemplateSetName, lang: 'en' | 'es'): RuleSet {
  return RULE_TEMPLATE_SETS[name].reduce((acc, id) => addFromTemplate(acc, id, lang), set);
}
