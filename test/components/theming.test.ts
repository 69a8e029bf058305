// Theming follows CSS's own rules: tokens set on :root (or any ancestor) reach every
// element, and whatever a host sets or leaves unset, every text node keeps WCAG AA
// contrast against what is behind it, in light and in dark.
import { expect } from '@esm-bundle/chai';
import { fixture } from '@open-wc/testing-helpers';
import { html, unsafeStatic } from 'lit/static-html.js';
import { addRule, emptyRuleSet } from '@peerkit/core';
import '@peerkit/components';
import type { LitElement } from 'lit';
import { captureWarnings } from '../helpers.js';
import { luminance } from '../palette.js';

const ELEMENTS = ['peer-timer', 'checkin-round', 'ground-rules', 'purpose-statement', 'feedback-form', 'resource-list', 'meeting-agenda'];

/** Any CSS colour as sRGB 0–255 with alpha, through a canvas (engines differ in how they print oklch()). */
function rgba(color: string): [number, number, number, number] {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 1;
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.clearRect(0, 0, 1, 1);
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  const [r = 0, g = 0, b = 0, a = 0] = context.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a / 255];
}

/** The first opaque background behind an element, across shadow roots; the page's as the last resort. */
function backgroundOf(element: Element): number[] {
  for (let node: Element | undefined = element; node; ) {
    const [r, g, b, a] = rgba(getComputedStyle(node).backgroundColor);
    if (a > 0.5) return [r, g, b];
    const root = node.getRootNode();
    node = node.parentElement ?? (root instanceof ShadowRoot ? root.host : undefined);
  }
  // Nothing painted: the browser's canvas, white in these tests.
  return [255, 255, 255];
}

/** Every visible text in the element's shadow root with a contrast under AA (4.5:1; 3:1 for large text). */
function lowContrast(host: Element): string[] {
  const problems: string[] = [];
  const visit = (root: ShadowRoot | Element) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.shadowRoot) visit(element.shadowRoot);
      const text = [...element.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent ?? '').join('').trim();
      if (!text) continue;
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      if (style.visibility === 'hidden' || style.display === 'none' || box.width < 2 || box.height < 2) continue;
      const [r, g, b] = rgba(style.color);
      const fore = luminance([r, g, b]);
      const back = luminance(backgroundOf(element));
      const ratio = (Math.max(fore, back) + 0.05) / (Math.min(fore, back) + 0.05);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      if (ratio < (large ? 3 : 4.5)) problems.push(`<${host.localName}> "${text.slice(0, 30)}": ${ratio.toFixed(2)}:1`);
    }
  };
  visit(host.shadowRoot!);
  return problems;
}

async function each(attributes: string, page: (el: Element) => void = () => undefined): Promise<Element[]> {
  const made: Element[] = [];
  for (const tag of ELEMENTS) {
    const name = unsafeStatic(tag);
    const el = await fixture(html`<${name} members="Ana, Ben" mode="edit" template="regular" theme=${attributes}></${name}>`);
    page(el);
    await (el as Element & { updateComplete: Promise<unknown> }).updateComplete;
    made.push(el);
  }
  return made;
}

function setRoot(tokens: Record<string, string>): () => void {
  const style = document.documentElement.style;
  for (const [name, value] of Object.entries(tokens)) style.setProperty(name, value);
  return () => Object.keys(tokens).forEach((name) => style.removeProperty(name));
}

describe('theming', () => {
  it('a token set on :root reaches every element, and the element’s own setting wins over it', async () => {
    const undo = setRoot({ '--peer-color-accent': 'rgb(47, 79, 79)' });
    try {
      for (const el of await each('light')) {
        expect(getComputedStyle(el).getPropertyValue('--_accent').trim(), el.localName).to.equal('rgb(47, 79, 79)');
      }
      const timer = (await each('light'))[0] as HTMLElement;
      timer.style.setProperty('--peer-color-accent', 'rgb(107, 45, 143)');
      const start = [...timer.shadowRoot!.querySelectorAll('button')].find((b) => b.classList.contains('primary'))!;
      expect(getComputedStyle(start).backgroundColor).to.equal('rgb(107, 45, 143)');
    } finally {
      undo();
    }
  });

  it('uses the designed palette when the host sets no colours, and derives from a surface the host sets', async () => {
    const painted = (el: Element) => [getComputedStyle(el).color, getComputedStyle(el.shadowRoot!.querySelector('[part~="base"]')!).backgroundColor];
    const [light] = await each('light');
    expect(painted(light!)).to.deep.equal(['rgb(29, 35, 33)', 'rgb(255, 253, 249)']);
    const [dark] = await each('dark');
    expect(painted(dark!)).to.deep.equal(['rgb(236, 232, 225)', 'rgb(23, 28, 26)']);
    const undo = setRoot({ '--peer-color-surface': 'rgb(16, 24, 32)' });
    try {
      const [onHostSurface] = await each('light');
      const [text, surface] = painted(onHostSurface!);
      expect(surface).to.equal('rgb(16, 24, 32)');
      expect(luminance(rgba(text!)), 'light text derived for the dark surface the host set').to.be.above(0.7);
    } finally {
      undo();
    }
  });

  for (const theme of ['light', 'dark']) {
    it(`keeps every text at AA contrast with no tokens set (theme="${theme}")`, async () => {
      const problems = (await each(theme)).flatMap(lowContrast);
      expect(problems).to.deep.equal([]);
    });

    it(`keeps every text at AA contrast with the README's example tokens (theme="${theme}")`, async () => {
      const undo = setRoot({ '--peer-color-accent': '#6b2d8f', '--peer-color-text': '#222', '--peer-color-surface': '#fff', '--peer-color-border': '#888', '--peer-radius': '0.25rem' });
      try {
        const problems = (await each(theme)).flatMap(lowContrast);
        expect(problems).to.deep.equal([]);
      } finally {
        undo();
      }
    });

    it(`keeps text readable when a site sets only a cream surface and its accent (theme="${theme}")`, async () => {
      // The case that hid content before: a dark system, a light surface from the host, our light text on it.
      const undo = setRoot({ '--peer-color-surface': '#fdf6e3', '--peer-color-accent': '#2f4f4f' });
      try {
        const els = await each(theme, (el) => {
          if (el.localName === 'ground-rules') (el as HTMLElement & { rules: unknown }).rules = addRule(emptyRuleSet(), 'r', 'Listen.');
        });
        expect(els.flatMap(lowContrast)).to.deep.equal([]);
        const [r, g, b] = rgba(getComputedStyle(els[0]!).color);
        expect(luminance([r, g, b]), 'dark text on the cream surface').to.be.below(0.1);
      } finally {
        undo();
      }
    });

    it(`keeps text readable when a site sets only its accent colour (theme="${theme}")`, async () => {
      const undo = setRoot({ '--peer-color-accent': '#6b2d8f' });
      try {
        expect((await each(theme)).flatMap(lowContrast)).to.deep.equal([]);
      } finally {
        undo();
      }
    });

    it(`keeps text readable on a dark site that sets only its surface (theme="${theme}")`, async () => {
      const undo = setRoot({ '--peer-color-surface': '#101820' });
      try {
        expect((await each(theme)).flatMap(lowContrast)).to.deep.equal([]);
      } finally {
        undo();
      }
    });
  }
});

describe('theming: a theme the styles do not know', () => {
  it('is said once per element (and the system’s scheme is used); light, dark and auto are quiet', async () => {
    for (const tag of [...ELEMENTS, 'peer-group']) {
      const warnings = await captureWarnings(async () => {
        const el = await fixture<LitElement>(html`<${unsafeStatic(tag)} theme="blue" members="Ana"></${unsafeStatic(tag)}>`);
        el.requestUpdate();
        await el.updateComplete;
      });
      const themeWarnings = warnings.filter((w) => w.includes('theme="blue"'));
      expect(themeWarnings, tag).to.have.length(1);
      expect(themeWarnings[0], tag).to.contain('one of light, dark, auto');
      for (const theme of ['light', 'dark', 'auto']) {
        const quiet = await captureWarnings(async () => {
          await fixture(html`<${unsafeStatic(tag)} theme=${theme} members="Ana"></${unsafeStatic(tag)}>`);
        });
        expect(quiet.filter((w) => w.includes('theme=')), `${tag} ${theme}`).to.deep.equal([]);
      }
    }
  });
});
