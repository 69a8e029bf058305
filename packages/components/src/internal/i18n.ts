/** Languages that ship. Strings the user sees come from one table per component. */
export type Lang = 'en' | 'es';
export const LANGS: readonly Lang[] = ['en', 'es'];

/** The element's own `lang`, else the nearest ancestor's (across shadow roots), else the page's. */
export function resolveLang(element: Element): Lang {
  return toLang(nearestLangTag(element));
}

/**
 * The pseudo-locale, `lang="qps-plocm"` (any `qps` tag): English messages wrapped in ⟦ ⟧ and
 * made 40% longer, for stories and tests that look for cut-off text and, with `dir="rtl"`,
 * layouts that do not mirror — without waiting for a translation. Content (rules, questions)
 * stays in English; a message not wrapped is one that does not come from a table.
 */
export function isPseudoLocale(element: Element): boolean {
  return /^qps(-|$)/i.test(nearestLangTag(element));
}

const FILLER = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** "Next" → "⟦Next one⟧": at least 40% longer, in whole words, so it wraps as a longer language would. */
export function pseudoText(text: string): string {
  if (text.trim() === '') return text;
  const extra = Math.ceil(text.length * 0.4);
  let filler = '';
  for (let i = 0; filler.length < extra; i++) filler += `${filler ? ' ' : ''}${FILLER[i % FILLER.length] ?? ''}`;
  return `⟦${text} ${filler}⟧`;
}

const pseudoTables = new WeakMap<object, unknown>();

/** A message table with every string, and every string a function returns, in the pseudo-locale. */
export function pseudoTable<T>(table: T): T {
  const pseudo = (value: unknown): unknown => {
    if (typeof value === 'string') return pseudoText(value);
    if (typeof value === 'function') {
      return (...args: unknown[]) => {
        const said: unknown = (value as (...args: unknown[]) => unknown)(...args);
        return typeof said === 'string' ? pseudoText(said) : said;
      };
    }
    if (Array.isArray(value)) return value.map(pseudo);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, pseudo(inner)]));
    return value;
  };
  if (!table || typeof table !== 'object') return pseudo(table) as T;
  if (!pseudoTables.has(table)) pseudoTables.set(table, pseudo(table));
  return pseudoTables.get(table) as T;
}

/** The table an element speaks from: as given, or in the pseudo-locale when it sits under one. */
export function spokenBy<T>(element: Element, table: T): T {
  return isPseudoLocale(element) ? pseudoTable(table) : table;
}

/** The nearest `lang` tag, as written (across shadow roots), else the page's. */
function nearestLangTag(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.getAttribute('lang')) return node.getAttribute('lang') ?? '';
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return document.documentElement.lang || navigator.language;
}

function toLang(tag: string): Lang {
  const base = tag.toLowerCase().split('-')[0] as Lang;
  return LANGS.includes(base) ? base : 'en';
}

/**
 * A component's message table: English inline, each other language loaded the first time an
 * element speaks it, so a page in English never fetches Spanish.
 */
export class Translations<T> {
  private readonly tables: Partial<Record<Lang, T>>;
  private readonly loading: Partial<Record<Lang, Promise<T>>> = {};

  constructor(
    private readonly english: T,
    private readonly others: Record<Exclude<Lang, 'en'>, () => Promise<T>>,
  ) {
    this.tables = { en: english };
  }

  /** The table in `lang`; English until it has loaded (an element waits for it before drawing: see `whenSpoken`). */
  in(lang: Lang): T {
    return this.tables[lang] ?? this.english;
  }

  /** The table `element` speaks: its language's, or the pseudo-locale's. */
  for(element: Element): T {
    return spokenBy(element, this.in(resolveLang(element)));
  }

  /**
   * Runs the element's update at once when its language is here, else once it has loaded:
   * for `scheduleUpdate()`, so an element never draws in the wrong language first.
   */
  whenSpoken<R>(element: Element, update: () => R): R | Promise<R> {
    const lang = resolveLang(element);
    if (this.tables[lang] || lang === 'en') return update();
    this.loading[lang] ??= this.others[lang]().then(
      (table) => (this.tables[lang] = table),
      (error: unknown) => {
        // Said once; the element speaks English rather than not at all.
        console.warn(`PeerKit: the messages in "${lang}" could not be loaded (${String(error)}); showing English.`);
        return (this.tables[lang] = this.english);
      },
    );
    return this.loading[lang].then(update);
  }
}
