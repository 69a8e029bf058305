// Two elements on one stored document stand for two windows (a laptop and a
// projector, two kiosks): each adds at the same moment, and nothing is lost.
import { expect } from '@esm-bundle/chai';
import { fixture, html } from '@open-wc/testing-helpers';
import { addRule, editRule, emptyRuleSet, openStore, PEERKIT_KINDS, type ResponseLog, type RuleSet } from '@peerkit/core';
import '@peerkit/components/ground-rules.js';
import '@peerkit/components/feedback-form.js';
import type { GroundRulesElement } from '@peerkit/components/ground-rules.js';
import type { FeedbackFormElement } from '@peerkit/components/feedback-form.js';
import { expectAccessible, freshKey, until } from '../helpers.js';

const ROUNDS = 50;
const root = (el: Element) => el.shadowRoot!;

function addRuleThroughForm(el: GroundRulesElement, words: string): void {
  const form = root(el).querySelector<HTMLFormElement>('.add .rule-form')!;
  form.querySelector<HTMLTextAreaElement>('textarea[name="text"]')!.value = words;
  form.requestSubmit();
}

async function stored<T>(kind: string, key: string): Promise<T | undefined> {
  const store = await openStore({ kinds: PEERKIT_KINDS });
  try {
    return (await store.get<T>(kind, key))?.data;
  } finally {
    store.close();
  }
}

describe('two windows adding to one document at once', () => {
  it('keeps every rule added in both <ground-rules>, 50 rounds', async () => {
    const key = freshKey('together');
    const [a, b] = await Promise.all([
      fixture<GroundRulesElement>(html`<ground-rules mode="edit" storage-key=${key}></ground-rules>`),
      fixture<GroundRulesElement>(html`<ground-rules mode="edit" storage-key=${key}></ground-rules>`),
    ]);
    await Promise.all([a.ready, b.ready]);
    for (let i = 0; i < ROUNDS; i++) {
      addRuleThroughForm(a, `From the laptop ${i}`);
      addRuleThroughForm(b, `From the projector ${i}`);
      await Promise.all([a.updateComplete, b.updateComplete]);
    }
    await until(() => a.rules.rules.length === 2 * ROUNDS && b.rules.rules.length === 2 * ROUNDS, 'both show every rule', 8000);
    const saved = await stored<RuleSet>('ground-rules', key);
    expect(saved!.rules).to.have.length(2 * ROUNDS);
    expect(root(a).querySelector('[role="alert"]')).to.equal(null);
  });

  it('keeps every response given on two kiosks of one <feedback-form>, 50 rounds', async () => {
    const key = freshKey('kiosks');
    const [a, b] = await Promise.all([
      fixture<FeedbackFormElement>(html`<feedback-form kiosk template="end-of-meeting" storage-key=${key}></feedback-form>`),
      fixture<FeedbackFormElement>(html`<feedback-form kiosk template="end-of-meeting" storage-key=${key}></feedback-form>`),
    ]);
    await Promise.all([a.ready, b.ready]);
    const answer = (el: FeedbackFormElement) =>
      root(el).querySelector<HTMLInputElement>('[data-question="safe"] input[value="4"]')!.click();
    for (let i = 0; i < ROUNDS; i++) {
      answer(a);
      answer(b);
      await Promise.all([a.updateComplete, b.updateComplete]);
      const sent = await Promise.all([a.submit(), b.submit()]);
      expect(sent).to.deep.equal([true, true]);
      await Promise.all([a.updateComplete, b.updateComplete]);
      for (const el of [a, b]) [...root(el).querySelectorAll('button')].find((x) => x.textContent.trim() === 'Ready for the next person')!.click();
      await Promise.all([a.updateComplete, b.updateComplete]);
    }
    await until(() => a.responses.length === 2 * ROUNDS && b.responses.length === 2 * ROUNDS, "both count every response", 8000).catch(async (e: unknown) => {
      const saved = await stored<ResponseLog>('feedback-responses', key);
      throw new Error(`${String(e)} a=${a.responses.length} b=${b.responses.length} stored=${saved?.responses.length}`);
    });
    const saved = await stored<ResponseLog>('feedback-responses', key);
    expect(saved!.responses).to.have.length(2 * ROUNDS);
  });
});

describe('a true conflict', () => {
  it('shows both wordings of a rule reworded in two windows, and keeps the one chosen', async () => {
    const key = freshKey('reword');
    const start = addRule(emptyRuleSet(), 'r1', 'Listen.');
    const store = await openStore({ kinds: PEERKIT_KINDS });
    await store.put('ground-rules', key, start);
    const el = await fixture<GroundRulesElement>(html`<ground-rules mode="edit" storage-key=${key}></ground-rules>`);
    await el.ready;
    // The facilitator opens rule 1 to reword it; another window rewords it first.
    root(el).querySelector<HTMLButtonElement>('.rule button[aria-label^="Edit rule"]')!.click();
    await el.updateComplete;
    const form = [...root(el).querySelectorAll<HTMLFormElement>('.rule-form')].find((f) => !f.closest('.add'));
    expect(form, 'the edit form is open').to.not.equal(undefined);
    await store.update<RuleSet>('ground-rules', key, (rules) => editRule(rules!, 'r1', { text: 'Listen well.' }));
    form!.querySelector<HTMLTextAreaElement>('textarea[name="text"]')!.value = 'Listen fully.';
    form!.requestSubmit();
    await until(() => root(el).querySelector('.conflict') !== null, 'the conflict is shown');
    const shown = root(el).querySelector('.conflict')!.textContent.replace(/\s+/g, ' ');
    expect(shown).to.contain('Listen well.');
    expect(shown).to.contain('Listen fully.');
    await expectAccessible(el);
    // The page shows what is stored until the person chooses.
    await until(() => el.rules.rules[0]?.text === 'Listen well.', 'the stored wording shown');
    [...root(el).querySelectorAll<HTMLButtonElement>('.conflict button')].find((b) => b.textContent.trim() === 'Use yours')!.click();
    await until(() => el.rules.rules[0]?.text === 'Listen fully.', 'yours is shown');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await store.get<RuleSet>('ground-rules', key))?.data.rules[0]?.text).to.equal('Listen fully.');
    expect(root(el).querySelector('.conflict')).to.equal(null);
    store.close();
  });
});
