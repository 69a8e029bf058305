// Every element right to left, in the pseudo-locale (issue 30): messages 40% longer and
// wrapped in ⟦ ⟧, the page dir="rtl". Start-aligned parts sit at the right edge, the timer's
// bar grows from the right, the arrows follow the reading direction, no text leaves its box,
// every button's words come from a message table, and axe finds nothing.
import { expect } from '@esm-bundle/chai';
import { fixture, html } from '@open-wc/testing-helpers';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '@peerkit/components';
import type { CheckinRoundElement, PeerTimer } from '@peerkit/components';
import { everyTypeForm, sampleResource } from '../fixtures.js';
import { expectAccessible, until } from '../helpers.js';

const PHONE = 390;

/** The element inside a phone-wide, right-to-left page in the pseudo-locale, drawn. */
async function inPseudoRtl<T extends HTMLElement>(element: TemplateResult, width = PHONE): Promise<T> {
  const page = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="qps-plocm" style="inline-size: ${width}px">${element}</div>`);
  const el = page.firstElementChild as T & { updateComplete?: Promise<unknown>; ready?: Promise<unknown> };
  await el.ready;
  await el.updateComplete;
  return el;
}

const visible = (el: Element) => {
  const rect = el.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0 && !el.closest('.visually-hidden');
};
const name = (el: Element) => `<${el.tagName.toLowerCase()}${el.className ? ` class="${el.className}"` : ''}> “${el.textContent.trim().slice(0, 40)}”`;

/** Parts whose text is cut off or spills out of the element. */
function overflowing(host: HTMLElement): string[] {
  const box = host.getBoundingClientRect();
  return [...host.shadowRoot!.querySelectorAll<HTMLElement>('*')].filter(visible).flatMap((el) => {
    const rect = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    const problems: string[] = [];
    if (rect.left < box.left - 1 || rect.right > box.right + 1) problems.push(`${name(el)} reaches outside the element (${Math.round(rect.left - box.left)}…${Math.round(rect.right - box.left)} of ${Math.round(box.width)})`);
    // A field scrolls its own text; anything else that clips hides words.
    const clips = !/^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName) && (/hidden|clip/.test(style.overflowX) || style.textOverflow === 'ellipsis');
    if (clips && el.scrollWidth > el.clientWidth + 1) problems.push(`${name(el)} cuts its text off (${el.scrollWidth} in ${el.clientWidth})`);
    return problems;
  });
}

/** Start-aligned text that does not sit at its box's right edge, as right-to-left text should. */
function notAtTheStart(host: HTMLElement): string[] {
  return [...host.shadowRoot!.querySelectorAll<HTMLElement>('h2, h3, p, legend')].filter(visible).flatMap((el) => {
    const style = getComputedStyle(el);
    if (!['start', 'right'].includes(style.textAlign) || style.display !== 'block') return [];
    const range = document.createRange();
    range.selectNodeContents(el);
    const text = range.getBoundingClientRect();
    const rect = el.getBoundingClientRect();
    const contentRight = rect.right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth);
    const contentLeft = rect.left + parseFloat(style.paddingLeft) + parseFloat(style.borderLeftWidth);
    if (text.width === 0 || text.width > contentRight - contentLeft - 4) return []; // fills its line: either side would pass
    return Math.abs(text.right - contentRight) <= 2 ? [] : [`${name(el)} ends ${Math.round(contentRight - text.right)}px short of the right edge`];
  });
}

/** Buttons whose words do not come from a message table (not wrapped in the pseudo-locale). */
function unwrappedButtons(host: HTMLElement): string[] {
  return [...host.shadowRoot!.querySelectorAll('button')]
    .filter(visible)
    .map((b) => b.getAttribute('aria-label') ?? b.textContent.replace(/\s+/g, ' ').trim())
    .filter((words) => words !== '' && !words.startsWith('⟦'));
}

async function laidOutRightToLeft(el: HTMLElement): Promise<void> {
  expect(el.shadowRoot!.textContent, 'speaks the pseudo-locale').to.contain('⟦');
  expect(unwrappedButtons(el), 'buttons with words from no table').to.deep.equal([]);
  expect(notAtTheStart(el)).to.deep.equal([]);
  expect(overflowing(el)).to.deep.equal([]);
  // A name made of several messages ("Edit rule 3: …") holds its visible word in every real
  // language, but the pseudo-locale wraps each message apart: that one check is not the pseudo-locale's to make.
  await expectAccessible(el.parentElement!, { 'label-content-name-mismatch': { enabled: false } });
}

const resources = {
  schemaVersion: 2 as const,
  resources: [
    sampleResource('Sample crisis line', { crisis: true, alwaysOpen: true, phones: [{ number: '555-0100', type: 'voice' as const }] }),
    sampleResource('Sample housing desk', { categories: ['housing'], url: 'https://example.org/housing' }),
  ],
};

describe('right to left, in the pseudo-locale', () => {
  const elements: [string, () => TemplateResult][] = [
    ['<peer-timer>', () => html`<peer-timer members="Ana, Ben, Chen" per-person-minutes="2"></peer-timer>`],
    ['<checkin-round>', () => html`<checkin-round members="Ana, Ben" mood></checkin-round>`],
    ['<ground-rules> editing', () => html`<ground-rules mode="edit" template="first-meeting"></ground-rules>`],
    ['<purpose-statement>', () => html`<purpose-statement step="collect" members="Ana, Ben"></purpose-statement>`],
    ['<resource-list>', () => html`<resource-list .list=${resources}></resource-list>`],
    ['<feedback-form>', () => html`<feedback-form .form=${everyTypeForm}></feedback-form>`],
    ['<meeting-agenda>', () => html`<meeting-agenda template="regular"></meeting-agenda>`],
  ];
  for (const [label, template] of elements) {
    it(`${label} mirrors, speaks the pseudo-locale and keeps its text in its box`, async () => {
      await laidOutRightToLeft(await inPseudoRtl(template()));
    });
  }

  it('the timer’s bar grows from the right edge (and from the left in a left-to-right page)', async () => {
    const edges = async (dir: string) => {
      const page = await fixture<HTMLDivElement>(html`<div dir=${dir} style="inline-size: ${PHONE}px"><peer-timer members="Ana, Ben" per-person-minutes="1"></peer-timer></div>`);
      const el = page.firstElementChild as PeerTimer;
      await el.updateComplete;
      el.toggle();
      await el.updateComplete;
      const track = el.shadowRoot!.querySelector('.progress')!;
      const bar = el.shadowRoot!.querySelector<HTMLElement>('.bar')!;
      // Two seconds into a minute, the bar has grown past nothing; wherever its transition is, one edge stays put.
      await until(() => bar.getBoundingClientRect().width > 1, 'the bar grows');
      const t = track.getBoundingClientRect();
      const b = bar.getBoundingClientRect();
      return { fromRight: Math.abs(b.right - (t.right - 1)) <= 1, fromLeft: Math.abs(b.left - (t.left + 1)) <= 1 };
    };
    expect(await edges('rtl')).to.deep.equal({ fromRight: true, fromLeft: false });
    expect(await edges('ltr')).to.deep.equal({ fromRight: false, fromLeft: true });
  });

  for (const tag of ['peer-timer', 'checkin-round'] as const) {
    it(`<${tag}>: ← moves on to the next speaker and → back, as the page reads; the shortcut list says so`, async () => {
      const el = await inPseudoRtl<PeerTimer | CheckinRoundElement>(
        tag === 'peer-timer' ? html`<peer-timer members="Ana, Ben, Chen"></peer-timer>` : html`<checkin-round members="Ana, Ben, Chen"></checkin-round>`,
      );
      const speaker = () => el.shadowRoot!.querySelector('.speaker')!.textContent.trim();
      el.toggle();
      await el.updateComplete;
      el.shadowRoot!.querySelector<HTMLButtonElement>('.controls button')!.focus();
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(speaker()).to.equal('Ben');
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(speaker()).to.equal('Ana');
      const next = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.getAttribute('aria-keyshortcuts')?.startsWith('N '));
      expect(next?.getAttribute('aria-keyshortcuts')).to.equal('N ArrowLeft');
      if (tag === 'peer-timer') {
        await sendKeys({ press: '?' });
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('.shortcuts')!.textContent).to.match(/⟦N or ←/);
      }
    });
  }
});
