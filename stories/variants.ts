// The five ways every element is shown in the catalogue: light, dark, Spanish, narrow (a
// phone's column) and themed by a host site. Each wraps the story; theme and language are
// set on the elements themselves once drawn, as a page would.
import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';

/** A site with its own colours and type: the README's worked example for a site with an accent. */
const HOST_TOKENS = '--peer-color-surface: #fdf6e3; --peer-color-accent: #6b2d8f; --peer-font-family: Georgia, serif; --peer-radius: 0.25rem';

interface Variant {
  decorator: Decorator;
  /** Attributes set on every element of the story once it is drawn. */
  attributes?: Record<string, string>;
}

const VARIANTS: Record<'light' | 'dark' | 'spanish' | 'narrow' | 'host', Variant> = {
  light: { decorator: (story) => html`<div>${story()}</div>`, attributes: { theme: 'light' } },
  dark: { decorator: (story) => html`<div style="background: #101413; padding: 1rem">${story()}</div>`, attributes: { theme: 'dark' } },
  spanish: { decorator: (story) => html`<div lang="es">${story()}</div>`, attributes: { lang: 'es' } },
  narrow: { decorator: (story) => html`<div style="max-width: 22rem">${story()}</div>` },
  host: { decorator: (story) => html`<div style="${HOST_TOKENS}; background: #fdf6e3; padding: 1rem">${story()}</div>`, attributes: { theme: 'light' } },
};

/** One story of the variant: the default story's arguments, wrapped, its elements given the variant's attributes. */
export const variant = (name: keyof typeof VARIANTS) => {
  const { decorator, attributes = {} } = VARIANTS[name];
  return {
    decorators: [decorator],
    play: ({ canvasElement }: { canvasElement: HTMLElement }) => {
      for (const element of canvasElement.querySelectorAll('*')) {
        if (!element.localName.includes('-')) continue;
        for (const [attribute, value] of Object.entries(attributes)) element.setAttribute(attribute, value);
      }
    },
  };
};
