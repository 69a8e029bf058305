import { expect } from '@esm-bundle/chai';
import { fixture, html } from '@open-wc/testing-helpers';
import { sendKeys } from '@web/test-runner-commands';
import { availableQuestions, emptyBank, PEERKIT_KINDS, openStore, type CheckinRound, type QuestionBank } from '@peerkit/core';
import '@peerkit/components/checkin-round.js';
import type { CheckinRoundElement } from '@peerkit/components/checkin-round.js';
import { captureWarnings, expectAccessible, freshKey, nextEvent, until } from '../helpers.js';

const text = (el: Element, selector: string) => el.shadowRoot?.querySelector(selector)?.textContent.replace(/\s+/g, ' ').trim() ?? '';
const button = (el: Element, label: string) => {
  const found = [...(el.shadowRoot?.querySelectorAll('button') ?? [])].find((b) => b.textContent.trim() === label);
  if (!found) throw new Error(`no button "${label}"`);
  return found;
};

describe('<checkin-round>', () => {
  it('shows a question of the chosen depth and theme, large, with who is next', async () => {
    const el = await fixture<CheckinRoundElement>(html`<checkin-round members="Ana, Ben" depth="deep" topic="grief"></checkin-round>`);
    const allowed = availableQuestions(emptyBank(), { depth: 'deep', theme: 'grief' }).map((q) => q.text.en);
    expect(allowed).to.include(text(el, '.question'));
    expect(text(el, '.next')).to.contain('Next: Ana');
    await expectAccessible(el);
  });

  it('runs the round: pass is final, "come back to me" returns at the end, with events', async () => {
    const el = await fixture<CheckinRoundElement>(html`<checkin-round members="Ana, Ben, Chen" per-person-seconds="90"></checkin-round>`);
    const started = nextEvent(el, 'peer-checkin-start');
    button(el, 'Start check-in').click();
    expect((await started).detail.question.id).to.equal(el.checkin.question.id);
    await el.updateComplete;
    expect(text(el, '.speaker')).to.equal('Ana');
    expect(text(el, '[role="status"]')).to.equal('Now: Ana');
    button(el, 'Come back to me').click();
    await el.updateComplete;
    expect(text(el, '.speaker')).to.equal('Ben');
    button(el, 'Pass').click();
    await el.updateComplete;
    expect(text(el, '.speaker')).to.equal('Chen');
    button(el, 'Next').click();
    await el.updateComplete;
    expect(text(el, '.speaker')).to.equal('Ana');
    await expectAccessible(el);
    const complete = nextEvent(el, 'peer-checkin-complete');
    button(el, 'Next').click();
    const { summary } = (await complete).detail;
    expect(summary.checkedIn.map((m) => m.name)).to.deep.equal(['Chen', 'Ana']);
    expect(summary.passed.map((m) => m.name)).to.deep.equal(['Ben']);
    await el.updateComplete;
    expect(text(el, '.summary')).to.contain('Passed Ben');
    await expectAccessible(el);
  });

  it('is keyboard operable: Space starts, N moves on, B defers, P passes', async () => {
    const el = await fixture<CheckinRoundElement>(html`<checkin-round members="Ana, Ben, Chen"></checkin-round>`);
    button(el, 'Start check-in').focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.checkin.round.phase).to.equal('running');
    await sendKeys({ press: 'b' });
    await sendKeys({ press: 'p' });
    await el.updateComplete;
    expect(text(el, '.speaker')).to.equal('Chen');
    await sendKeys({ press: 'n' });
    await el.updateComplete;
    expect(text(el, '.speaker')).to.equal('Ana');
  });

  it('draws another question, never the one shown', async () => {
    const el = await fixture<CheckinRoundElement>(html`<checkin-round members="Ana" depth="light"></checkin-round>`);
    for (let i = 0; i < 10; i++) {
      const before = el.checkin.question.id;
      button(el, 'Another question').click();
      await el.updateComplete;
      expect(el.checkin.question.id).to.not.equal(before);
      expect(availableQuestions(emptyBank(), { depth: 'light' }).map((q) => q.id)).to.include(el.checkin.question.id);
    }
  });

  it('keeps a mood as a count only, and asks each member once', async () => {
    const key = freshKey('mood');
    const el = await fixture<CheckinRoundElement>(html`<checkin-round storage-key=${key} members="Ana, Ben" mood></checkin-round>`);
    await el.ready;
    el.toggle();
    await el.updateComplete;
    button(el, '4 · Good').click();
    await el.updateComplete;
    expect(text(el, '.mood-noted')).to.equal('Mood noted, thank you.');
    // Read what reached IndexedDB, through a second connection.
    const store = await openStore({ kinds: PEERKIT_KINDS });
    let stored: CheckinRound | undefined;
    for (let i = 0; i < 50 && stored?.mood.givenBy.length !== 1; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      stored = (await store.get<CheckinRound>('checkin', key))?.data;
    }
    expect(stored?.mood.counts).to.deep.equal([0, 0, 0, 1, 0]);
    expect(stored?.mood.givenBy).to.deep.equal(['ana']);
    expect(stored?.mood.byMember).to.deep.equal({});
    store.close();
  });

  it('resumes after a reload, and a new check-in avoids the question just asked', async () => {
    const key = freshKey('reload');
    const first = await fixture<CheckinRoundElement>(html`<checkin-round storage-key=${key} members="Ana, Ben" depth="deep"></checkin-round>`);
    await first.ready;
    first.toggle();
    first.next();
    const askedId = first.checkin.question.id;
    await new Promise((resolve) => setTimeout(resolve, 200));
    first.remove();

    const second = await fixture<CheckinRoundElement>(html`<checkin-round storage-key=${key} members="Zed" depth="deep"></checkin-round>`);
    await second.ready;
    await until(() => second.checkin.round.current === 1, 'stored check-in loaded');
    expect(text(second, '.speaker')).to.equal('Ben');
    expect(second.checkin.question.id).to.equal(askedId);
    expect(second.bank.asked.map((a) => a.questionId)).to.deep.equal([askedId]);
    second.next();
    await second.updateComplete;
    button(second, 'New check-in').click();
    await second.updateComplete;
    expect(second.checkin.round.phase).to.equal('idle');
    expect(second.checkin.round.speakers.map((s) => s.name)).to.deep.equal(['Ana', 'Ben']);
    expect(second.checkin.question.id).to.not.equal(askedId);
  });

  it('uses the group’s stored bank: hidden questions are never drawn', async () => {
    const key = freshKey('bank');
    const store = await openStore({ kinds: PEERKIT_KINDS });
    const pool = availableQuestions(emptyBank(), { depth: 'light', theme: 'gratitude' });
    const keep = pool[0]!;
    const bank: QuestionBank = { ...emptyBank(), hidden: pool.slice(1).map((q) => q.id) };
    await store.put('question-bank', key, bank);
    store.close();
    const el = await fixture<CheckinRoundElement>(html`<checkin-round storage-key=${key} members="Ana" topic="gratitude"></checkin-round>`);
    await el.ready;
    await until(() => el.bank.hidden.length > 0, 'bank loaded');
    expect(el.checkin.question.id).to.equal(keep.id);
  });

  it('falls back with one warning per bad attribute, and still renders', async () => {
    let el!: CheckinRoundElement;
    const warnings = await captureWarnings(async () => {
      el = await fixture<CheckinRoundElement>(
        html`<checkin-round members="Ana" depth="bottomless" topic="weather" per-person-seconds="soon"></checkin-round>`,
      );
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(warnings).to.have.length(3);
    expect(warnings.join('\n')).to.contain('depth="bottomless"');
    expect(el.checkin.round.settings.overtime).to.equal('none');
    expect(availableQuestions(emptyBank(), { depth: 'light' }).map((q) => q.id)).to.include(el.checkin.question.id);
  });

  it('still reads an old theme="grief" as the questions’ topic, warning once that theme is now the colour scheme', async () => {
    let el!: CheckinRoundElement;
    const warnings = await captureWarnings(async () => {
      el = await fixture<CheckinRoundElement>(html`<checkin-round members="Ana" depth="deep" theme="grief"></checkin-round>`);
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('topic="grief"');
    const allowed = availableQuestions(emptyBank(), { depth: 'deep', theme: 'grief' }).map((q) => q.id);
    expect(allowed).to.include(el.checkin.question.id);
  });

  it('renders question text as text, never as HTML', async () => {
    const key = freshKey('html');
    const store = await openStore({ kinds: PEERKIT_KINDS });
    const bank: QuestionBank = {
      ...emptyBank(),
      custom: [{ id: 'own-evil', depth: 'light', themes: [], text: { en: '<img src=x onerror="window.hacked=1">Hi?' }, source: 'group' }],
    };
    await store.put('question-bank', key, bank);
    store.close();
    const el = await fixture<CheckinRoundElement>(html`<checkin-round storage-key=${key} members="Ana" question-id="own-evil"></checkin-round>`);
    await el.ready;
    await until(() => el.checkin.question.id === 'own-evil', 'question chosen');
    await el.updateComplete;
    expect(text(el, '.question')).to.equal('<img src=x onerror="window.hacked=1">Hi?');
    expect(el.shadowRoot?.querySelector('.question img')).to.equal(null);
  });

  it('speaks Spanish when lang="es"', async () => {
    const el = await fixture<CheckinRoundElement>(html`<checkin-round lang="es" members="Ana"></checkin-round>`);
    expect(button(el, 'Empezar la ronda')).to.exist;
    expect(text(el, '.question')).to.match(/^¿|¿/);
    await expectAccessible(el);
  });
});

describe('<checkin-round> the group’s questions', () => {
  const open = async (el: CheckinRoundElement) => {
    el.shadowRoot!.querySelector('details.bank')!.setAttribute('open', '');
    await el.updateComplete;
  };
  const form = (el: CheckinRoundElement) => el.shadowRoot!.querySelector<HTMLFormElement>('details.bank form')!;

  it('adds a question in the group’s own words and uses it, kept in the stored bank', async () => {
    const key = freshKey('own');
    const el = await fixture<CheckinRoundElement>(html`<checkin-round storage-key=${key} members="Ana"></checkin-round>`);
    await el.ready;
    await open(el);
    form(el).querySelector('textarea')!.value = 'What did the garden teach you this week?';
    form(el).querySelector<HTMLSelectElement>('select[name="theme"]')!.value = 'everyday';
    button(el, 'Add and use it').click();
    await el.updateComplete;
    expect(text(el, '.question')).to.equal('What did the garden teach you this week?');
    const own = el.bank.custom[0]!;
    expect(own).to.deep.include({ depth: 'light', themes: ['everyday'], source: 'group' });
    await expectAccessible(el);
  });

  it('hides the shown question (drawing another) and restores it', async () => {
    const el = await fixture<CheckinRoundElement>(html`<checkin-round members="Ana"></checkin-round>`);
    await open(el);
    const shown = el.checkin.question.id;
    button(el, 'Hide this question').click();
    await el.updateComplete;
    expect(el.checkin.question.id).to.not.equal(shown);
    expect(el.bank.hidden).to.deep.equal([shown]);
    button(el, 'Restore').click();
    await el.updateComplete;
    expect(el.bank.hidden).to.deep.equal([]);
  });

  it('edits a built-in question as a group copy, leaving the built-in as it was', async () => {
    const el = await fixture<CheckinRoundElement>(html`<checkin-round members="Ana" question-id="l-week-word"></checkin-round>`);
    await open(el);
    form(el).querySelector('textarea')!.value = 'Your week, in one word?';
    button(el, 'Use instead of the shown one').click();
    await el.updateComplete;
    expect(text(el, '.question')).to.equal('Your week, in one word?');
    expect(el.bank.hidden).to.deep.equal(['l-week-word']);
    expect(el.bank.custom[0]?.basedOn).to.equal('l-week-word');
  });
});

describe('<checkin-round> with no members attribute', () => {
  it('asks for the names on the page and keeps them off it', async () => {
    const el = await fixture<CheckinRoundElement>(html`<checkin-round storage-key=${freshKey('names')} seed="3"></checkin-round>`);
    await el.ready;
    const form = el.shadowRoot!.querySelector<HTMLFormElement>('form.names-form')!;
    expect(form, 'the names form').to.exist;
    form.querySelector('textarea')!.value = 'Xiomara, Teodoro';
    form.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await until(() => el.checkin.round.speakers.length === 2, 'names used');
    expect(el.checkin.round.speakers.map((s) => s.name)).to.deep.equal(['Xiomara', 'Teodoro']);
    expect(el.outerHTML).not.to.contain('Xiomara');
    await expectAccessible(el);
  });
});
