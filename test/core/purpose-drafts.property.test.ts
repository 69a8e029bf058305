// Every suggested purpose draft is a grammatical phrase by the rule lexicon.ts states: its slots
// hold noun phrases — in English the last word a noun and the words before it adjectives or
// nouns; in Spanish an article that agrees, then a noun, then adjectives — never a bare verb or
// adjective where a noun belongs. Checked over members' words drawn from the word list of both
// languages (every part of speech), with stop words and words it does not know mixed in.
import { expect } from '@esm-bundle/chai';
import fc from 'fast-check';
import { addContribution, emptyPurpose, partsOfSpeech, suggestDrafts, type PurposeLang } from '@peerkit/core';

const T0 = Date.UTC(2026, 10, 24);

/** Words members might use: from the word list (nouns, verbs, adjectives), plus filler. */
const SAMPLES: Record<PurposeLang, string[]> = {
  en: 'grief loss support recovery hope learn grow believed heard safe lonely grieving parents peer sharing talk cope healing friendship belonging anxious mutual understood together the and to we feel zorbly'.split(' '),
  es: 'duelo pérdida apoyo recuperación esperanza aprender crecer creer escuchado segura sola padres pares compartir hablar sanar amistad reciente mutuo juntos el la de y para sentir zorbly'.split(' '),
};

/** The frames around the slots, as the code writes them; what is left is the slots. */
const FRAMES: Record<PurposeLang, RegExp[]> = {
  en: [/^A space for (.+)\.$/, /^Peer support around (.+)\.$/, /^Meeting as peers around (.+)\.$/],
  es: [/^Un espacio para (.+)\.$/, /^Apoyo entre pares en torno a(l .+| la .+| los .+| las .+)\.$/, /^Nos reunimos como pares en torno a(l .+| la .+| los .+| las .+)\.$/],
};

const is = (word: string, lang: PurposeLang, part: 'noun' | 'adjective' | 'verb') => partsOfSpeech(word, lang).includes(part);

/** Why an English slot is not a noun phrase, or '' when it is. */
function englishProblem(slot: string): string {
  // "being heard", "helping one another", "speaking up", "being listened to": gerund phrases, nouns by use.
  if (/^(being \w+( to)?|helping one another|speaking up)$/.test(slot)) return '';
  const words = slot.split(' ');
  const head = words.at(-1) ?? '';
  if (!is(head, 'en', 'noun')) return `“${head}” is not a noun`;
  const bad = words.slice(0, -1).find((w) => !is(w, 'en', 'adjective') && !is(w, 'en', 'noun'));
  return bad ? `“${bad}” cannot come before a noun` : '';
}

const ARTICLE_GENDER: Record<string, string> = { el: 'm', l: 'm', la: 'f', los: 'mp', las: 'fp' };

/** Why a Spanish slot is not article + noun + adjectives, or '' when it is. */
function spanishProblem(slot: string, genderOf: (noun: string) => string | undefined): string {
  const [article = '', head = '', ...rest] = slot.trim().split(' ');
  if (!(article in ARTICLE_GENDER)) return `“${article}” is not an article`;
  if (!is(head, 'es', 'noun')) return `“${head}” is not a noun`;
  if (genderOf(head) !== ARTICLE_GENDER[article]) return `“${article} ${head}”: the article does not agree`;
  const bad = rest.find((w) => !is(w, 'es', 'adjective'));
  return bad ? `“${bad}” is not an adjective` : '';
}

describe('purpose drafts are grammatical (property)', () => {
  for (const lang of ['en', 'es'] as const) {
    it(`in ${lang === 'en' ? 'English' : 'Spanish'}: every slot of every draft holds a noun phrase`, async () => {
      const { genderOf } = await import('../../packages/core/src/purpose/lexicon.js');
      const contribution = fc.array(fc.constantFrom(...SAMPLES[lang]), { minLength: 1, maxLength: 5 }).map((words) => words.join(' '));
      fc.assert(
        fc.property(fc.array(contribution, { minLength: 2, maxLength: 6 }), (texts) => {
          const purpose = texts.reduce((p, text, i) => addContribution(p, `c${i}`, text, null, T0), emptyPurpose(lang));
          for (const draft of suggestDrafts(purpose)) {
            const frame = FRAMES[lang].map((f) => f.exec(draft)).find((m) => m !== null);
            expect(frame, `“${draft}” is in no frame the code states`).to.not.equal(undefined);
            const slots = (frame?.[1] ?? '').split(lang === 'en' ? ' and ' : ' y ');
            for (const slot of slots) {
              const problem = lang === 'en' ? englishProblem(slot) : spanishProblem(slot, genderOf);
              expect(problem, `“${draft}”`).to.equal('');
            }
          }
        }),
        { numRuns: 300 },
      );
    });
  }
});
