import { expect } from '@esm-bundle/chai';
import { fixture, html } from '@open-wc/testing-helpers';
import { createRound, emptyLog, next, openStore, PEERKIT_KINDS, start, submitResponse, type Round } from '@peerkit/core';
import '@peerkit/components/peer-timer.js';
import '@peerkit/components/feedback-form.js';
import type { PeerTimer } from '@peerkit/components/peer-timer.js';
import type { FeedbackFormElement } from '@peerkit/components/feedback-form.js';
import { everyTypeForm } from '../fixtures.js';
import { expectAccessible, freshKey, until } from '../helpers.js';

const T0 = Date.now() - 600_000;
/** A round that has ended: Ana and Ben spoke. */
function completeRound(): Round {
  let round = start(createRound({ members: ['Ana', 'Ben'], timing: { mode: 'each', eachMs: 60_000 } }), T0);
  round = next(round, T0 + 50_000);
  return next(round, T0 + 100_000);
}
const shownText = (el: Element) => el.shadowRoot?.textContent.replace(/\s+/g, ' ') ?? '';
const toggle = (el: Element) => el.shadowRoot?.querySelector<HTMLButtonElement>('.private-toggle');

describe('shared-screen: private parts folded behind "Show to me only"', () => {
  it('the sharing round’s talk-time table is never drawn by default, opens on request, and folds again', async () => {
    const el = await fixture<PeerTimer>(html`<peer-timer shared-screen .round=${completeRound()}></peer-timer>`);
    expect(el.shadowRoot?.querySelector('[part="summary"]')).to.equal(null);
    expect(shownText(el)).to.contain('hidden while this screen is shared');
    expect(toggle(el)?.getAttribute('aria-expanded')).to.equal('false');
    await expectAccessible(el);
    toggle(el)?.click();
    await el.updateComplete;
    expect(el.shadowRoot?.querySelector('[part="summary"]')).not.to.equal(null);
    expect(shownText(el)).to.contain('anyone watching it can see this');
    toggle(el)?.click();
    await el.updateComplete;
    expect(el.shadowRoot?.querySelector('[part="summary"]')).to.equal(null);
    // Without shared-screen, as before: the table at once.
    const mine = await fixture<PeerTimer>(html`<peer-timer .round=${completeRound()}></peer-timer>`);
    expect(mine.shadowRoot?.querySelector('[part="summary"]')).not.to.equal(null);
  });

  it('feedback results and written answers stay folded, in Spanish too', async () => {
    let log = emptyLog('all');
    for (const [i, why] of ['Me sentí juzgada', 'Nadie escuchó', 'Todo bien'].entries()) {
      const result = submitResponse(log, everyTypeForm, { scale: 3, yn: true, why }, T0, `r${i}`);
      if (result.ok) log = result.log;
    }
    const key = freshKey('shared');
    const store = await openStore({ kinds: PEERKIT_KINDS });
    await store.put('feedback-responses', key, log);
    store.close();
    const el = await fixture<FeedbackFormElement>(html`<feedback-form lang="es" view="results" shared-screen storage-key=${key} .form=${everyTypeForm}></feedback-form>`);
    await el.ready;
    await until(() => el.responses.length === 3, 'responses loaded');
    await el.updateComplete;
    expect(shownText(el)).not.to.contain('Me sentí juzgada');
    expect(toggle(el)?.textContent).to.equal('Mostrármelo solo a mí');
    toggle(el)?.click();
    await el.updateComplete;
    expect(shownText(el)).to.contain('Me sentí juzgada');
  });
});
