// The design system is one palette: the app's pages (app/app.css) and the elements (their
// tokens) carry the same values, light and dark, and every text pair in it reaches WCAG AA.
import { expect } from '@esm-bundle/chai';
import { fixture } from '@open-wc/testing-helpers';
import { html } from 'lit';
import '@peerkit/components';

/** The app's palette in one scheme: its custom properties from app.css, read as the page would. */
async function appPalette(dark: boolean): Promise<Record<string, string>> {
  const css = await (await fetch('/app/app.css')).text();
  const root = css.match(/:root \{([^}]*)\}/)![1]!;
  const darkRoot = css.match(/@media \(prefers-color-scheme: dark\) \{\s*:root \{([^}]*)\}/)![1]!;
  const read = (block: string) => Object.fromEntries([...block.matchAll(/--app-([\w-]+):\s*([^;]+);/g)].map(([, name, value]) => [name!, value!.trim()]));
  return { ...read(root), ...(dark ? read(darkRoot) : {}) };
}

/** The elements' palette in one scheme, as a browser computes it on an element. */
async function elementPalette(theme: 'light' | 'dark'): Promise<Record<string, string>> {
  const el = await fixture(html`<peer-timer theme=${theme} members="Ana"></peer-timer>`);
  const style = getComputedStyle(el);
  const names = ['surface', 'raised', 'text', 'muted', 'border', 'accent', 'warning', 'overtime'];
  return Object.fromEntries(names.map((name) => [name, style.getPropertyValue(`--_scheme-${name}`).trim()]));
}

function luminance(hex: string): number {
  const value = parseInt(hex.slice(1), 16);
  return [16, 8, 0]
    .map((shift) => ((value >> shift) & 255) / 255)
    .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
    .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
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
          const ratio = contrast(app[text]!, app[background]!);
          if (ratio < 4.5) weak.push(`${text} on ${background}: ${ratio.toFixed(2)}`);
        }
        const border = contrast(app.border!, app[background]!);
        if (border < 3) weak.push(`border on ${background}: ${border.toFixed(2)}`);
      }
      const onAccent = contrast(app['on-accent']!, app.accent!);
      if (onAccent < 4.5) weak.push(`on-accent on accent: ${onAccent.toFixed(2)}`);
      expect(weak).to.deep.equal([]);
    });
  }
});
