/**
 * The words a purpose draft may be built from, with their parts of speech, written for
 * PeerKit in English and Spanish: what members of peer support groups and peer circles say
 * their group is for. A draft's slot takes a noun phrase, and the rule is stated here:
 *
 * - English: the last word is a noun; each word before it is an adjective or a noun
 *   ("grieving parents", "peer support"). A verb, adjective or participle alone becomes its
 *   noun ("learn" → "learning", "safe" → "safety", "heard" → "being heard"), or is left out.
 * - Spanish: the first word is a noun (its gender and number known, so its article is
 *   right); each word after it is an adjective ("pérdida reciente" → "la pérdida reciente").
 *   A verb or adjective alone becomes its noun ("aprender" → "el aprendizaje"), or is left out.
 *
 * A word not listed is never put in a draft: the shared words are shown without one.
 */
import { fold } from '../internal/fold.js';
import type { PurposeLang } from './themes.js';

export type PartOfSpeech = 'noun' | 'adjective' | 'verb';
/** Spanish nouns: masculine or feminine, singular or plural. */
export type Gender = 'm' | 'f' | 'mp' | 'fp';

const words = (list: string) => list.trim().split(/\s+/);

const EN_NOUNS = words(`
  acceptance addiction advice anger anxiety balance belief belonging bereavement body calm care carer carers caregivers caregiving
  change changes children child community company compassion confidence connection connections coping courage dads
  daughters depression diagnosis diabetes dignity dreams drinking drugs emotions encouragement experience experiences
  faith families family fathers fear fears feelings friends friendship friendships future goals grief growth guilt
  habits healing health help honesty hope hopes housing ideas illness isolation jobs joy kids kindness learning life lives listening
  loneliness loss losses meaning medication memories mindfulness mothers mums money motivation parenting parents
  patience peace peer peers purpose recovery relapse relationships remembrance respect rest safety self-care shame sharing skills
  sleep sobriety sons sorrow stories strength strengths stress struggles support survivors talking tears trauma trust
  understanding veterans voice voices wellbeing well-being widows work worries
`);
const EN_ADJECTIVES = words(`
  anxious bereaved calm chronic daily difficult emotional everyday grieving hard healthy honest hopeful kind
  lonely mental mutual new older painful peer personal physical practical quiet safe shared single sober social
  supportive sudden together weekly young
`);
const EN_VERBS = words(`
  accept belong believe believed care change connect cope coping cry feel felt grow grieve grieving heal healing hear
  heard help helping learn listen listened live love manage meet recover remember rest share sharing speak supported
  support talk talking trust understand understood
`);
/** What a verb, adjective or participle becomes in a noun slot. */
const EN_NOUNS_OF: Record<string, string> = {
  accept: 'acceptance', anxious: 'anxiety', believe: 'belief', believed: 'being believed', belong: 'belonging', calm: 'calm',
  connect: 'connection', cope: 'coping', coping: 'coping', cry: 'tears', grieve: 'grief', grieving: 'grief', grow: 'growth',
  heal: 'healing', healing: 'healing', hear: 'listening', heard: 'being heard', help: 'help', helping: 'helping one another',
  hopeful: 'hope', honest: 'honesty', kind: 'kindness', learn: 'learning', listen: 'listening', listened: 'being listened to',
  lonely: 'loneliness', manage: 'coping', mutual: 'mutual support', recover: 'recovery', remember: 'remembrance', safe: 'safety',
  share: 'sharing', sharing: 'sharing', sober: 'sobriety', speak: 'speaking up', supported: 'being supported', supportive: 'support',
  talk: 'talking', talking: 'talking', understand: 'understanding', understood: 'being understood',
};

const ES_NOUNS: Record<string, Gender> = Object.fromEntries(
  words(`
    aceptación:f adicción:f afrontamiento:m aislamiento:m alegría:f amistad:f amistades:fp ánimo:m ansiedad:f apoyo:m aprendizaje:m
    autocuidado:m bienestar:m calma:f cambio:m cambios:mp compañía:f comprensión:f comunidad:f confianza:f conexión:f
    consejos:mp crecimiento:m crianza:f cuidado:m cuidadores:mp culpa:f depresión:f diagnóstico:m dignidad:f dinero:m dolor:m
    duelo:m emociones:fp empleo:m enfermedad:f equilibrio:m escucha:f esperanza:f experiencia:f experiencias:fp
    familia:f familias:fp fe:f fortaleza:f fuerza:f futuro:m hijos:mp hijas:fp historias:fp madres:fp medicación:f
    memoria:f metas:fp miedo:m miedos:mp padres:mp pares:mp paz:f pérdida:f pérdidas:fp pertenencia:f recaída:f
    recuerdos:mp recuperación:f relaciones:fp respeto:m salud:f sanación:f seguridad:f sentido:m sentimientos:mp
    sobriedad:f soledad:f sueño:m sueños:mp superación:f tristeza:f trabajo:m trauma:m vida:f vivienda:f voz:f
  `).map((entry) => entry.split(':') as [string, Gender]),
);
const ES_ADJECTIVES = words(`
  compartido compartida compartidos compartidas crónica crónico diaria diario difícil difíciles emocional emocionales
  juntas juntos mental mutua mutuo nueva nuevo personal práctica práctico reciente recientes segura seguro sola solo
  sobria sobrio social tranquila tranquilo triste
`);
const ES_VERBS = words(`
  aceptar afrontar apoyar aprender compartir conectar crecer creer cuidar escuchar hablar llorar recordar recuperar
  sanar sentir superar vivir escuchada escuchado comprendida comprendido apoyada apoyado
`);
/** What a Spanish verb or adjective becomes in a noun slot. */
const ES_NOUNS_OF: Record<string, string> = {
  aceptar: 'aceptación', afrontar: 'afrontamiento', apoyar: 'apoyo', apoyada: 'apoyo', apoyado: 'apoyo', aprender: 'aprendizaje',
  comprendida: 'comprensión', comprendido: 'comprensión', conectar: 'conexión', crecer: 'crecimiento', creer: 'fe', cuidar: 'cuidado',
  escuchar: 'escucha', escuchada: 'escucha', escuchado: 'escucha', recordar: 'memoria', recuperar: 'recuperación', sanar: 'sanación',
  segura: 'seguridad', seguro: 'seguridad', sobria: 'sobriedad', sobrio: 'sobriedad', sola: 'soledad', solo: 'soledad',
  superar: 'superación', triste: 'tristeza', mutuo: 'apoyo mutuo', mutua: 'apoyo mutuo',
};

const byFold = (list: readonly string[]) => new Set(list.map(fold));
const PARTS: Record<PurposeLang, Record<PartOfSpeech, Set<string>>> = {
  en: { noun: byFold(EN_NOUNS), adjective: byFold(EN_ADJECTIVES), verb: byFold(EN_VERBS) },
  es: { noun: byFold(Object.keys(ES_NOUNS)), adjective: byFold(ES_ADJECTIVES), verb: byFold(ES_VERBS) },
};

/** The parts of speech a word can be, in this word list (none for a word it does not hold). */
export function partsOfSpeech(word: string, lang: PurposeLang): PartOfSpeech[] {
  const folded = fold(word);
  return (['noun', 'adjective', 'verb'] as const).filter((part) => PARTS[lang][part].has(folded));
}

/** A Spanish noun's gender and number, from the word list (a phrase's: its first word's, its head). */
export function genderOf(noun: string): Gender | undefined {
  const folded = fold(noun.split(' ')[0] ?? '');
  return Object.entries(ES_NOUNS).find(([word]) => fold(word) === folded)?.[1];
}

/** The word as the word list writes it (its accents), for a word members may have typed without. */
function listed(word: string, lang: PurposeLang): string {
  const folded = fold(word);
  const all = lang === 'en' ? [...EN_NOUNS, ...EN_ADJECTIVES] : [...Object.keys(ES_NOUNS), ...ES_ADJECTIVES];
  return all.find((w) => fold(w) === folded) ?? word;
}

export interface NounPhrase {
  text: string;
  /** Spanish: the head noun's gender and number, for its article. */
  gender?: Gender;
}

/** A shared word or phrase as a noun phrase by the rule above, or undefined when it cannot be one. */
export function nounPhrase(theme: string, lang: PurposeLang): NounPhrase | undefined {
  const parts = theme.toLowerCase().split(/\s+/).filter((w) => w !== '');
  const is = (word: string, part: PartOfSpeech) => partsOfSpeech(word, lang).includes(part);
  if (parts.length === 1) {
    const [word = ''] = parts;
    if (is(word, 'noun')) return { text: listed(word, lang), ...(lang === 'es' ? { gender: genderOf(word) } : {}) };
    const nominal = (lang === 'en' ? EN_NOUNS_OF : ES_NOUNS_OF)[fold(word)];
    if (!nominal) return undefined;
    return { text: nominal, ...(lang === 'es' ? { gender: genderOf(nominal) } : {}) };
  }
  if (lang === 'en') {
    const head = parts.at(-1) ?? '';
    const modifiers = parts.slice(0, -1);
    if (!is(head, 'noun') || !modifiers.every((w) => is(w, 'adjective') || is(w, 'noun'))) return undefined;
    return { text: parts.map((w) => listed(w, lang)).join(' ') };
  }
  const [head = '', ...modifiers] = parts;
  if (!is(head, 'noun') || !modifiers.every((w) => is(w, 'adjective'))) return undefined;
  return { text: parts.map((w) => listed(w, lang)).join(' '), gender: genderOf(head) };
}

const ARTICLES: Record<Gender, string> = { m: 'el', f: 'la', mp: 'los', fp: 'las' };

/** "el duelo", and after a or de the contraction Spanish makes: "al duelo", "del duelo". */
export function withArticle(phrase: NounPhrase, after?: 'a' | 'de'): string {
  const article = ARTICLES[phrase.gender ?? 'm'];
  const joined = after ? `${after} ${article}` : article;
  return `${joined.replace(/^a el$/, 'al').replace(/^de el$/, 'del')} ${phrase.text}`;
}
