/**
 * Every story gets a docs page built from the custom-elements manifest: the
 * element's summary, attributes, properties, events, slots, parts and CSS
 * custom properties, as written in its JSDoc (`npm run analyze` makes it).
 *
 * The toolbar's Language shows every story in English, Spanish, or the pseudo-locale
 * (every message wrapped in ⟦ ⟧ and 40% longer, right to left): cut-off text and layouts
 * that do not mirror show up without waiting for a translation.
 */
import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../packages/components/custom-elements.json';

setCustomElementsManifest(manifest);

const ENGLISH = { lang: 'en', dir: 'ltr' };
const LOCALES: Record<string, { lang: string; dir: string }> = {
  en: ENGLISH,
  es: { lang: 'es', dir: 'ltr' },
  pseudo: { lang: 'qps-plocm', dir: 'rtl' },
};

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'Language of the elements (pseudo: longer messages, right to left)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'es', title: 'Español' },
          { value: 'pseudo', title: 'Pseudo-locale, right to left' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en' },
  decorators: [
    (story, context) => {
      const chosen = String(context.globals.locale);
      const { lang, dir } = LOCALES[chosen] ?? ENGLISH;
      // A story's own language (its Spanish variant) holds unless the toolbar asks for another.
      const args = chosen === 'en' || !('lang' in context.args) ? context.args : { ...context.args, lang };
      return html`<div lang=${lang} dir=${dir}>${story({ args })}</div>`;
    },
  ],
};

export default preview;
