import { expect } from '@esm-bundle/chai';
import { fixture, html } from '@open-wc/testing-helpers';
import { addContribution, addDraft, emptyPurpose, openStore, PEERKIT_KINDS, type Purpose } from '@peerkit/core';
import '@peerkit/components/purpose-statement.js';
import type { PurposeStatementElement } from '@peerkit/components/purpose-statement.js';
import { captureWarnings, expectAccessible, freshKey, nextEvent, until } from '../helpers.js';

const T0 = Date.UTC(2026, 10, 24);
const root = (el: PurposeStatementElement) => el.shadowRoot!;
const texts = (el: PurposeStatementElement, selector: string) => [...root(el).querySelectorAll(selector)].map((n) => n.textContent.replace(/\s+/g, ' ').trim());
const button = (el: PurposeStatementElement, label: string) => {
  const found = [...root(el).querySelectorAll('button')].find((b) => b.textContent.trim() === label);
  if (!found) throw new Error(`no button "${label}"`);
  return found;
};

function withContributions(words: string[]): Purpose {
  return words.reduce((p, w, i) => addContribution(p, `c${i}`, w, null, T0), emptyPurpose('en'));
}

describe('<purpose-statement>', () => {
  it('collects a member’s own words, anonymously by default, with an event', async () => {
    const el = await fixture<PurposeStatementElement>(html`<purpose-statement step="collect" members="Ana, Ben"></purpose-statement>`);
    root(el).querySelector('textarea')!.value = 'Parents supporting each other';
    const added = nextEvent(el, 'peer-contribution-add');
    button(el, 'Add').click();
    const { contribution } = (await added).detail;
    expect(contribution).to.deep.include({ text: 'Parents supporting each other', memberId: null });
    await el.updateComplete;
    expect(texts(el, '[role="status"]')[0]).to.equal('1 contribution so far.');
    // The embedded collection step shows no one else's words.
    expect(root(el).querySelector('.contributions')).to.equal(null);
    expect(root(el).querySelector('nav')).to.equal(null);
    await expectAccessible(el);
  });

  it('shows the common themes as a ranked list and as a word cloud that is itself a list', async () => {
    const el = await fixture<PurposeStatementElement>(html`<purpose-statement step="themes"></purpose-statement>`);
    el.purpose = withContributions(['Support for grieving parents', 'Grieving parents, being heard', 'Support and being heard']);
    await el.updateComplete;
    // "being" is a stop word; the phrase comes first at equal counts.
    expect(texts(el, '.ranked li')).to.deep.equal(['grieving parents — 2 contributions', 'heard — 2 contributions', 'support — 2 contributions']);
    expect(texts(el, '.cloud li')).to.deep.equal(['grieving parents (2 contributions)', 'heard (2 contributions)', 'support (2 contributions)']);
    await expectAccessible(el);
  });

  it('counts words live and warns past 12 words or with several ideas', async () => {
    const el = await fixture<PurposeStatementElement>(html`<purpose-statement step="draft"></purpose-statement>`);
    const area = root(el).querySelector<HTMLTextAreaElement>('textarea')!;
    area.value = 'We meet to share, to listen, and to heal and grow together as peers.';
    area.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(texts(el, '.checks p')).to.deep.equal([
      '14 of 12 words',
      'Over 12 words: shorten it to one central idea.',
      'This strings several ideas together; the practice is one central idea.',
    ]);
    await expectAccessible(el);
  });

  it('offers suggested drafts from the themes, and adds one', async () => {
    const el = await fixture<PurposeStatementElement>(html`<purpose-statement step="draft"></purpose-statement>`);
    el.purpose = withContributions(['Support for grieving parents', 'Grieving parents helping each other']);
    await el.updateComplete;
    expect(texts(el, '.suggestions li')[0]).to.contain('A space for grieving parents.');
    button(el, 'Use this draft').click();
    await el.updateComplete;
    expect(el.purpose.drafts.map((d) => [d.text, d.source])).to.deep.equal([['A space for grieving parents.', 'suggested']]);
  });

  it('shows the shared words without a draft when none reads well from them', async () => {
    const el = await fixture<PurposeStatementElement>(html`<purpose-statement step="draft"></purpose-statement>`);
    el.purpose = withContributions(['Zorbly evenings', 'zorbly']);
    await el.updateComplete;
    expect(root(el).querySelector('.suggestions')).to.equal(null);
    expect(texts(el, '.notice')[0]).to.match(/^Words the group shares: zorbly\. No draft reads well/);
  });

  it('opens where the group stopped, and after “Revised” goes back to drafting', async () => {
    const key = freshKey('purpose');
    const store = await openStore({ kinds: PEERKIT_KINDS });
    await store.put('purpose', key, addDraft(addDraft(withContributions(['Learning together', 'Learning as peers']), 'd1', 'A space for learning.', 'suggested'), 'd2', 'Growing as peers.', 'facilitator'));
    store.close();
    const again = await fixture<PurposeStatementElement>(html`<purpose-statement storage-key=${key}></purpose-statement>`);
    await again.ready;
    await until(() => again.purpose.drafts.length === 2, 'stored purpose loaded');
    await again.updateComplete;
    expect(texts(again, 'h2')[0]).to.equal('3. Draft');

    const adopted = await fixture<PurposeStatementElement>(html`<purpose-statement></purpose-statement>`);
    adopted.purpose = { ...addDraft(emptyPurpose('en', 2), 'd', 'Growing as peers.', 'facilitator'), adopted: { text: 'Growing as peers.', at: T0 }, meetingsSinceReview: 3 };
    await adopted.updateComplete;
    button(adopted, '5. Our purpose').click();
    await adopted.updateComplete;
    expect(texts(adopted, '.notice')[0]).to.contain('Review due: 3 meetings since adoption.');
    root(adopted).querySelector<HTMLSelectElement>('select[name="outcome"]')!.value = 'revised';
    button(adopted, 'Record the review').click();
    await adopted.updateComplete;
    expect(texts(adopted, 'h2')[0]).to.equal('3. Draft');
  });

  it('records how well each draft fits each member, and adopts one within 12 words', async () => {
    const el = await fixture<PurposeStatementElement>(html`<purpose-statement members="Ana, Ben"></purpose-statement>`);
    el.purpose = addDraft(addDraft(emptyPurpose('en'), 'd1', 'Parents supporting each other through loss.', 'facilitator'), 'd2', 'One two three four five six seven eight nine ten eleven twelve thirteen.', 'facilitator');
    button(el, '4. Align').click();
    await el.updateComplete;
    const pick = (label: string, value: string) => {
      const select = root(el).querySelector<HTMLSelectElement>(`select[aria-label="${label}"]`)!;
      select.value = value;
      select.dispatchEvent(new Event('change'));
    };
    pick('How well “Parents supporting each other through loss.” fits for Ana', '5');
    pick('How well “Parents supporting each other through loss.” fits for Ben', '4');
    await el.updateComplete;
    expect(texts(el, '.draft')[0]).to.contain('2 responses, average 4.5, lowest 4');
    const adoptButtons = root(el).querySelectorAll<HTMLButtonElement>('.draft button');
    expect(adoptButtons[1]!.disabled).to.equal(true);
    await expectAccessible(el);
    const adopted = nextEvent(el, 'peer-purpose-adopt');
    adoptButtons[0]!.click();
    expect((await adopted).detail.text).to.equal('Parents supporting each other through loss.');
    await el.updateComplete;
    expect(texts(el, '.statement')).to.deep.equal(['Parents supporting each other through loss.']);
  });

  it('asks for a review after the set number of meetings, and records it', async () => {
    const key = freshKey('purpose');
    const el = await fixture<PurposeStatementElement>(html`<purpose-statement step="adopted" review-after="2" storage-key=${key}></purpose-statement>`);
    await el.ready;
    el.purpose = { ...addDraft(el.purpose, 'd', 'Support after loss.', 'facilitator'), adopted: { text: 'Support after loss.', at: T0 } };
    await el.updateComplete;
    button(el, 'A meeting was held').click();
    await el.updateComplete;
    button(el, 'A meeting was held').click();
    await el.updateComplete;
    expect(texts(el, '.notice')[0]).to.contain('Review due: 2 meetings since adoption. Time to review');
    const reviewed = nextEvent(el, 'peer-purpose-review');
    root(el).querySelector<HTMLSelectElement>('select[name="outcome"]')!.value = 'achieved';
    button(el, 'Record the review').click();
    expect((await reviewed).detail).to.deep.equal({ outcome: 'achieved', statement: 'Support after loss.' });
    await el.updateComplete;
    expect(texts(el, 'ul li')[0]).to.contain('Achieved — Support after loss.');
    await expectAccessible(el);

    // A reload finds the same record.
    await new Promise((resolve) => setTimeout(resolve, 150));
    el.remove();
    const again = await fixture<PurposeStatementElement>(html`<purpose-statement step="adopted" storage-key=${key}></purpose-statement>`);
    await again.ready;
    await until(() => again.purpose.reviews.length === 1, 'stored purpose loaded');
    expect(again.purpose.reviews[0]?.outcome).to.equal('achieved');
  });

  it('offers no "A meeting was held" button when the page counts meetings itself', async () => {
    const el = await fixture<PurposeStatementElement>(html`<purpose-statement step="adopted" meetings-counted></purpose-statement>`);
    el.purpose = { ...addDraft(el.purpose, 'd', 'Support after loss.', 'facilitator'), adopted: { text: 'Support after loss.', at: T0 } };
    await el.updateComplete;
    expect(texts(el, '.statement')).to.deep.equal(['Support after loss.']);
    expect([...root(el).querySelectorAll('button')].some((b) => b.textContent.trim() === 'A meeting was held')).to.equal(false);
  });

  it('renders members’ words as text, never as HTML', async () => {
    const el = await fixture<PurposeStatementElement>(html`<purpose-statement></purpose-statement>`);
    el.purpose = withContributions(['<img src=x onerror="window.pwned=1">hello']);
    await el.updateComplete;
    expect(root(el).querySelector('.contributions img')).to.equal(null);
    expect(texts(el, '.contributions li')[0]).to.contain('<img src=x');
  });

  it('falls back with one warning for a bad step, and speaks Spanish', async () => {
    let el!: PurposeStatementElement;
    const warnings = await captureWarnings(async () => {
      el = await fixture<PurposeStatementElement>(html`<purpose-statement step="dream" lang="es"></purpose-statement>`);
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(warnings).to.have.length(1);
    expect(texts(el, 'h2')[0]).to.equal('1. Reunir');
    expect(root(el).querySelector('nav')).to.not.equal(null);
    await expectAccessible(el);
  });
});
