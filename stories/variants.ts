// The five ways every element is shown in the catalogue: light, dark, Spanish, narrow (a
// phone's column) and themed by a host site. Each wraps the story; theme and language are
// set on the elements themselves, as a page would.
import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';

/**
 * Sets an attribute on every custom element the story drew. A marker after the story, since
 * lit commits a template's parts in order: by the marker's turn the story is on the page.
 */
const onElements = (name: string, value: string) =>
  html`<span hidden ${ref((marker) => marker?.parentElement?.querySelectorAll('*').forEach((el) => el.localName.includes('-') && el.setAttribute(name, value)))}></span>`;

/** A site with its own colours and type: the README's worked example for a site with an accent. */
const HOST_TOKENS = '--peer-color-surface: #fdf6e3; --peer-color-accent: #6b2d8f; --peer-font-family: Georgia, serif; --peer-radius: 0.25rem';

const decorators: Record<'light' | 'dark' | 'spanish' | 'narrow' | 'host', Decorator> = {
  light: (story) => html`<div>${story()}${onElements('theme', 'light')}</div>`,
  dark: (story) => html`<div style="background: #101413; padding: 1rem">${story()}${onElements('theme', 'dark')}</div>`,
  spanish: (story) => html`<div lang="es">${story()}${onElements('lang', 'es')}</div>`,
  narrow: (story) => html`<div style="max-width: 22rem">${story()}</div>`,
  host: (story) => html`<div style="${HOST_TOKENS}; background: #fdf6e3; padding: 1rem">${story()}${onElements('theme', 'light')}</div>`,
};

/** One story of the variant: the default story's arguments, wrapped. */
export const variant = (name: keyof typeof decorators) => ({ decorators: [decorators[name]] });
