/** Languages that ship. Strings the user sees come from one table per component. */
export type Lang = 'en' | 'es';
export const LANGS: readonly Lang[] = ['en', 'es'];

/** The element's own `lang`, else the nearest ancestor's (across shadow roots), else the page's. */
export function resolveLang(element: Element): Lang {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.getAttribute('lang')) {
      return toLang(node.getAttribute('lang') ?? '');
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return toLang(document.documentElement.lang || navigator.language);
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
