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
