// The design system is one palette: the app's pages (app/app.css) and the elements (their
// tokens) carry the same values, light and dark, and every text pair in it reaches WCAG AA.
import { expect } from '@esm-bundle/chai';
import { fixture } from '@open-wc/testing-helpers';
import { html } from 'lit';
import '@peerkit/components';
import { contrast, readPalette } from '../palette.js';

/** The app's palette in one scheme (--app-* names without the prefix), from app.css as the page is served it. */
async function appPalette(dark: boolean): Promise<Record<string, string>> {
  const palette = readPalette(await (await fetch('/app/app.css')).text(), dark ? 'dark' : 'light');
  return Object.fromEntries(Object.entries(palette).flatMap(([name, value]) => (name.startsWith('app-') ? [[name.slice('app-'.length), value]] : [])));
}

/** The elements' palette in one scheme, as a browser computes it on an element. */
async function elementPalette(theme: 'light' | 'dark'): Promise<Record<string, string>> {
  const el = await fixture(html`<peer-timer theme=${theme} members="Ana"></peer-timer>`);
  const style = getComputedStyle(el);
  const names = ['surface', 'raised', 'text', 'muted', 'border', 'accent', 'warning', 'overtime'];
  return Object.fromEntries(names.map((name) => [name, style.getPropertyValue(`--_scheme-${name}`).trim()]));
}

describe('design system', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`the app and the elements share one palette (${theme})`, async () => {
      const app = await appPalette(theme === 'dark');
      const elements = await elementPalette(theme);
      expect({ surface: app.surface, raised: app.raised, text: app.text, muted: app.muted, border: app.border, accent: app.accent, warning: app.warning, overtime: app.error }).to.deep.equal(elements);
    });

    it(`every text colour reaches 4.5:1 on every background, and borders 3:1 (${theme})`, async () => {
      const app = await appPalette(theme === 'dark');
      const weak: string[] = [];
      for (const background of ['bg', 'surface', 'raised']) {
        for (const text of ['text', 'muted', 'accent', 'warning', 'error']) {
          const ratio = contrast(app[text], app[background]);
          if (ratio < 4.5) weak.push(`${text} on ${background}: ${ratio.toFixed(2)}`);
        }
        const border = contrast(app.border, app[background]);
        if (border < 3) weak.push(`border on ${background}: ${border.toFixed(2)}`);
      }
      const onAccent = contrast(app['on-accent'], app.accent);
      if (onAccent < 4.5) weak.push(`on-accent on accent: ${onAccent.toFixed(2)}`);
      expect(weak).to.deep.equal([]);
    });
  }
});
