/**
 * Finding what members' words have in common: words and two-word phrases,
 * stop words removed, simple word forms folded together (support, supports,
 * supporting), counted by how many contributions use them, not how often.
 */
import { fold } from '../internal/fold.js';

export type PurposeLang = 'en' | 'es';

const STOP_WORDS: Record<PurposeLang, Set<string>> = {
  en: new Set(
    `a about above after again all also am an and any are as at be because been being below between both but by can could did do does doing down during each few for from further had has have having he her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours ourselves out over own same she should so some such than that the their theirs them themselves then there these they this those through to too under until up very was we were what when where which while who whom why will with would you your yours yourself yourselves group think want really get like us one thing things way place people something someone`.split(
      ' ',
    ),
  ),
  es: new Set(
    `a al algo algunas algunos ante antes como con contra cual cuando de del desde donde durante e el ella ellas ellos en entre era es esa esas ese eso esos esta estas este esto estos fue ha han hay la las le les lo los mas me mi mis mucho muy nada ni no nos nosotras nosotros o os otra otras otro otros para pero poco por porque que quien se ser si sin sobre son su sus tambien te tiene tienen todo todos tu tus un una uno unos y ya yo grupo creo quiero cosa cosas lugar gente alguien algo`.split(
      ' ',
    ),
  ),
};

export { fold };

/** Simple, predictable suffix folding; not a full stemmer, and it need not be. */
export function stem(word: string, lang: PurposeLang): string {
  const w = fold(word);
  if (w.length <= 4) return w;
  const rules =
    lang === 'en'
      ? [/ingly$/, /ing$/, /edly$/, /ed$/, /ies$/, /es$/, /s$/, /ly$/]
      : [/amientos?$/, /imientos?$/, /aciones$/, /acion$/, /mente$/, /ando$/, /iendo$/, /amos$/, /imos$/, /emos$/, /ados?$/, /idos?$/, /adas?$/, /idas?$/, /ar$/, /er$/, /ir$/, /es$/, /os$/, /as$/, /o$/, /a$/, /s$/];
  for (const rule of rules) {
    if (rule.test(w) && w.replace(rule, '').length >= 3) {
      const base = w.replace(rule, '');
      // "supporting" → "support", "copies" → "copi": fold a trailing e/i so forms meet.
      return base.replace(/[ei]$/, '');
    }
  }
  return w.replace(/[ei]$/, '');
}

export function contentWords(text: string, lang: PurposeLang): string[][] {
  // Runs of content words, broken at stop words and punctuation: phrases never span them.
  const runs: string[][] = [[]];
  for (const token of text.split(/([^\p{L}\p{N}'’-]+)/u)) {
    if (token === '' || /^\s+$/u.test(token)) continue;
    const isWord = /^[\p{L}\p{N}][\p{L}\p{N}'’-]*$/u.test(token);
    if (!isWord || STOP_WORDS[lang].has(fold(token)) || token.length < 3) {
      if ((runs.at(-1) ?? []).length > 0) runs.push([]);
      continue;
    }
    runs.at(-1)?.push(token);
  }
  return runs.filter((run) => run.length > 0);
}

export interface CommonTheme {
  /** How it is shown: the form members used most. */
  label: string;
  /** The folded form it is counted under. */
  key: string;
  kind: 'word' | 'phrase';
  /** How many contributions use it. */
  count: number;
}

/**
 * Themes shared by at least `minShare` contributions, most shared first;
 * at equal counts phrases come before words, then alphabetical.
 */
export function findThemes(texts: readonly string[], lang: PurposeLang, minShare = 2): CommonTheme[] {
  const found = new Map<string, { kind: CommonTheme['kind']; contributions: Set<number>; forms: Map<string, number> }>();
  const note = (key: string, kind: CommonTheme['kind'], form: string, index: number) => {
    const entry = found.get(key) ?? { kind, contributions: new Set<number>(), forms: new Map<string, number>() };
    entry.contributions.add(index);
    const shown = form.toLowerCase();
    entry.forms.set(shown, (entry.forms.get(shown) ?? 0) + 1);
    found.set(key, entry);
  };
  texts.forEach((text, index) => {
    for (const run of contentWords(text, lang)) {
      run.forEach((word, i) => {
        note(stem(word, lang), 'word', word, index);
        const nextWord = run[i + 1];
        if (nextWord !== undefined) note(`${stem(word, lang)} ${stem(nextWord, lang)}`, 'phrase', `${word} ${nextWord}`, index);
      });
    }
  });
  const themes: CommonTheme[] = [];
  for (const [key, entry] of found) {
    if (entry.contributions.size < minShare) continue;
    const label = [...entry.forms].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? key;
    themes.push({ label, key, kind: entry.kind, count: entry.contributions.size });
  }
  // A word that only ever appears inside a shared phrase adds nothing beside it.
  const phrases = themes.filter((t) => t.kind === 'phrase');
  const kept = themes.filter((t) => t.kind === 'phrase' || !phrases.some((p) => p.count === t.count && p.key.split(' ').includes(t.key)));
  return kept.sort((a, b) => b.count - a.count || (a.kind === b.kind ? 0 : a.kind === 'phrase' ? -1 : 1) || a.label.localeCompare(b.label));
}
