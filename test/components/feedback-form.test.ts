import { expect } from '@esm-bundle/chai';
import { fixture, html } from '@open-wc/testing-helpers';
import { emptyLog, openStore, PEERKIT_KINDS, submitResponse, type ResponseLog } from '@peerkit/core';
import '@peerkit/components/feedback-form.js';
import type { FeedbackFormElement } from '@peerkit/components/feedback-form.js';
import { everyTypeForm } from '../fixtures.js';
import { captureWarnings, expectAccessible, freshKey, nextEvent, until } from '../helpers.js';

const root = (el: FeedbackFormElement) => el.shadowRoot!;
const texts = (el: FeedbackFormElement, selector: string) => [...root(el).querySelectorAll(selector)].map((n) => n.textContent.replace(/\s+/g, ' ').trim());
const button = (el: FeedbackFormElement, label: string) => {
  const found = [...root(el).querySelectorAll('button')].find((b) => b.textContent.trim() === label || b.getAttribute('aria-label') === label);
  if (!found) throw new Error(`no button "${label}"`);
  return found;
};
const question = (el: FeedbackFormElement, id: string) => root(el).querySelector<HTMLElement>(`[data-question="${id}"]`)!;
const choose = (el: FeedbackFormElement, id: string, value: string) => {
  const input = [...question(el, id).querySelectorAll<HTMLInputElement>('input')].find((i) => i.value === value || i.parentElement?.textContent.trim() === value)!;
  input.click();
};
const type = (el: FeedbackFormElement, id: string, words: string) => {
  const field = question(el, id).querySelector<HTMLInputElement | HTMLTextAreaElement>('input, textarea')!;
  field.value = words;
  field.dispatchEvent(new Event('input'));
};

const everyType = everyTypeForm;

describe('<feedback-form> filling', () => {
  it('answers every question type, shows a condition’s question only when it applies, and stores the response', async () => {
    const key = freshKey('fill');
    const el = await fixture<FeedbackFormElement>(html`<feedback-form storage-key=${key} .form=${everyType}></feedback-form>`);
    await el.ready;
    expect(root(el).querySelector('[data-question="why"]')).to.equal(null);
    choose(el, 'scale', '4');
    choose(el, 'single', 'B');
    choose(el, 'multiple', 'Z');
    choose(el, 'multiple', 'X');
    choose(el, 'yn', 'yes');
    await el.updateComplete;
    type(el, 'why', 'More light.');
    type(el, 'short', 'calm');
    await el.updateComplete;
    await expectAccessible(el);
    const sent = nextEvent(el, 'peer-feedback-submit');
    button(el, 'Send feedback').click();
    // Anonymous: the event says someone answered, not what.
    expect((await sent).detail).to.deep.equal({ formId: 'all' });
    expect(el.responses[0]?.answers).to.deep.equal({ scale: 4, single: 'B', multiple: ['X', 'Z'], yn: true, why: 'More light.', short: 'calm' });
    await el.updateComplete;
    expect(texts(el, '.thanks p')[0]).to.contain('Thank you');
  });

  it('shows each problem next to its question and focuses the first', async () => {
    const el = await fixture<FeedbackFormElement>(html`<feedback-form .form=${everyType}></feedback-form>`);
    choose(el, 'yn', 'yes');
    await el.updateComplete;
    button(el, 'Send feedback').click();
    await until(() => texts(el, '.problem').length === 2, 'problems shown');
    expect(texts(el, '.problem')).to.deep.equal(['Please answer this question.', 'Please answer this question.']);
    expect(el.responses).to.deep.equal([]);
    const focused = root(el).activeElement as HTMLInputElement;
    expect(focused.closest('[data-question]')?.getAttribute('data-question')).to.equal('scale');
    expect(texts(el, '[role="status"]')[0]).to.equal('2 answers need attention.');
    await expectAccessible(el);
  });

  it('in kiosk mode clears after each response and shows nothing of the previous one', async () => {
    const el = await fixture<FeedbackFormElement>(html`<feedback-form kiosk .form=${everyType}></feedback-form>`);
    choose(el, 'scale', '2');
    choose(el, 'yn', 'no');
    type(el, 'short', 'secret');
    await el.updateComplete;
    button(el, 'Send feedback').click();
    await el.updateComplete;
    button(el, 'Ready for the next person').click();
    await el.updateComplete;
    const checked = [...root(el).querySelectorAll<HTMLInputElement>('input')].filter((i) => i.checked);
    expect(checked).to.deep.equal([]);
    expect(question(el, 'short').querySelector('input')!.value).to.equal('');
    expect(root(el).innerHTML).to.not.contain('secret');
    expect(el.responses.length).to.equal(1);
  });

  it('keeps no identity and no time of day in storage', async () => {
    const key = freshKey('anon');
    const el = await fixture<FeedbackFormElement>(html`<feedback-form storage-key=${key} template="end-of-meeting"></feedback-form>`);
    await el.ready;
    choose(el, 'safe', '5');
    await el.updateComplete;
    button(el, 'Send feedback').click();
    const store = await openStore({ kinds: PEERKIT_KINDS });
    let stored: ResponseLog | undefined;
    for (let i = 0; i < 50 && !stored?.responses.length; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      stored = (await store.get<ResponseLog>('feedback-responses', key))?.data;
    }
    store.close();
    const response = stored?.responses[0];
    expect(Object.keys(response ?? {}).sort()).to.deep.equal(['answers', 'day', 'id']);
    expect(response?.day).to.match(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('links each answer to the meeting it was given at, and warns once for a meeting that is not a time', async () => {
    const at = Date.UTC(2026, 10, 25, 18);
    const el = await fixture<FeedbackFormElement>(html`<feedback-form storage-key=${freshKey('meeting')} template="end-of-meeting" meeting=${String(at)}></feedback-form>`);
    await el.ready;
    choose(el, 'safe', '4');
    await el.updateComplete;
    expect(await el.submit()).to.equal(true);
    expect(el.responses[0]?.meetingAt).to.equal(at);
    const warnings = await captureWarnings(async () => {
      el.setAttribute('meeting', 'tuesday');
      for (const score of ['3', '2']) {
        button(el, 'Send another response').click();
        await el.updateComplete;
        choose(el, 'safe', score);
        await el.updateComplete;
        expect(await el.submit()).to.equal(true);
      }
    });
    expect(el.responses.slice(1).map((r) => r.meetingAt)).to.deep.equal([undefined, undefined]);
    expect(warnings.filter((m) => m.includes('meeting'))).to.have.length(1);
  });

  it('keeps the name and sends the response only when the group chose named feedback', async () => {
    const el = await fixture<FeedbackFormElement>(html`<feedback-form named members="Ana, Ben" .form=${everyType}></feedback-form>`);
    const select = root(el).querySelector<HTMLSelectElement>('.who select')!;
    select.value = 'ben';
    select.dispatchEvent(new Event('change'));
    choose(el, 'scale', '4');
    choose(el, 'yn', 'no');
    await el.updateComplete;
    const sent = nextEvent(el, 'peer-feedback-submit');
    button(el, 'Send feedback').click();
    const { detail } = await sent;
    expect(detail.response).to.deep.include({ memberId: 'ben', answers: { scale: 4, yn: false } });
    expect(el.responses[0]?.memberId).to.equal('ben');
    await expectAccessible(el);
  });

  it('takes part in a host <form> through ElementInternals', async () => {
    // Built by hand: open-wc's fixture of a plain <form> waits for an animation frame,
    // which a background page never gets when test files run side by side.
    const host = document.createElement('form');
    const el = document.createElement('feedback-form');
    el.name = 'feedback';
    el.form = everyType;
    host.append(el);
    document.body.append(host);
    try {
      await el.updateComplete;
      expect(root(el).querySelector('button')).to.equal(null);
      expect(host.checkValidity()).to.equal(false);
      choose(el, 'scale', '3');
      choose(el, 'yn', 'no');
      await el.updateComplete;
      expect(host.checkValidity()).to.equal(true);
      expect(JSON.parse(new FormData(host).get('feedback') as string)).to.deep.equal({ scale: 3, yn: false });
      host.reset();
      await el.updateComplete;
      expect(JSON.parse(new FormData(host).get('feedback') as string)).to.deep.equal({});
    } finally {
      host.remove();
    }
  });

  it('speaks Spanish, and warns once for a bad view', async () => {
    let el!: FeedbackFormElement;
    const warnings = await captureWarnings(async () => {
      el = await fixture<FeedbackFormElement>(html`<feedback-form lang="es" view="graph"></feedback-form>`);
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(warnings).to.have.length(1);
    expect(texts(el, 'h2')[0]).to.equal('¿Cómo fue la reunión de hoy?');
    await expectAccessible(el);
  });
});

describe('<feedback-form> results', () => {
  function logOf(n: number): ResponseLog {
    let log = emptyLog('all');
    for (let i = 0; i < n; i++) {
      const result = submitResponse(log, everyType, { scale: (i % 4) + 1, yn: i % 2 === 0, ...(i % 2 === 0 ? { why: `Reason ${i}` } : {}) }, Date.UTC(2026, 10, 24), `r${i}`);
      if (result.ok) log = result.log;
    }
    return log;
  }

  async function resultsWith(n: number): Promise<FeedbackFormElement> {
    const key = freshKey('results');
    const store = await openStore({ kinds: PEERKIT_KINDS });
    await store.put('feedback-responses', key, logOf(n));
    store.close();
    const el = await fixture<FeedbackFormElement>(html`<feedback-form view="results" storage-key=${key} .form=${everyType}></feedback-form>`);
    await el.ready;
    await until(() => el.responses.length === n, 'responses loaded');
    await el.updateComplete;
    return el;
  }

  it('hides breakdowns below three responses, under a heading about past answers (not "How did today’s meeting go?")', async () => {
    const el = await resultsWith(2);
    expect(texts(el, 'h2')[0]).to.equal(`Answers to “${everyType.title}”`);
    expect(texts(el, '.notice')[0]).to.contain('at least 3 people');
    expect(root(el).querySelector('.bars')).to.equal(null);
    expect(button(el, 'Download as CSV').disabled).to.equal(true);
  });

  it('shows bars with numbers, means and the written answers', async () => {
    const el = await resultsWith(4);
    expect(texts(el, '.result h3')).to.deep.equal(everyType.questions.map((q) => q.label));
    expect(texts(el, '.result')[0]).to.contain('Average 2.5 of 4');
    expect(texts(el, '.result')[3]).to.contain('Yes 2');
    // Two of four wrote a reason: fewer than three answered that question, so it stays hidden.
    expect(texts(el, '.texts li')).to.deep.equal([]);
    expect(texts(el, '.result')[4]).to.contain('Hidden: fewer than 3 people answered this question');
    await expectAccessible(el);
  });
});

describe('<feedback-form> stored forms and trends', () => {
  it('uses a stored form by form-id, and shows averages meeting by meeting', async () => {
    const key = freshKey('trend');
    const store = await openStore({ kinds: PEERKIT_KINDS });
    await store.put('feedback-form', 'our-form', everyType);
    let log = emptyLog('all');
    const meetings = [Date.UTC(2026, 10, 17), Date.UTC(2026, 10, 24)];
    meetings.forEach((day, m) => {
      for (let i = 0; i < 3; i++) {
        const result = submitResponse(log, everyType, { scale: m + 2, yn: false }, day, `r${m}-${i}`);
        if (result.ok) log = result.log;
      }
    });
    await store.put('feedback-responses', key, log);
    store.close();
    const el = await fixture<FeedbackFormElement>(html`<feedback-form view="results" form-id="our-form" storage-key=${key}></feedback-form>`);
    await el.ready;
    await until(() => el.currentForm.id === 'all' && el.responses.length === 6, 'stored form and responses loaded');
    await el.updateComplete;
    expect(texts(el, '.trend tbody td')).to.deep.equal(['2.0', '3.0']);
    await expectAccessible(el);
  });
});

describe('<feedback-form> editor', () => {
  it('adds, reorders and removes questions, keeping the form valid, with events', async () => {
    const el = await fixture<FeedbackFormElement>(html`<feedback-form view="edit" template="review"></feedback-form>`);
    const count = el.currentForm.questions.length;
    const form = root(el).querySelector<HTMLFormElement>('form.add')!;
    form.querySelector<HTMLInputElement>('input[name="label"]')!.value = 'Which day suits you?';
    form.querySelector<HTMLSelectElement>('select[name="type"]')!.value = 'single';
    form.querySelector<HTMLTextAreaElement>('textarea[name="options"]')!.value = 'Monday\nThursday';
    const changed = nextEvent(el, 'peer-form-change');
    form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    const added = (await changed).detail.form.questions.at(-1);
    expect(added).to.deep.include({ type: 'single', label: 'Which day suits you?', options: ['Monday', 'Thursday'] });
    await el.updateComplete;
    button(el, 'Move up: Which day suits you?').click();
    await el.updateComplete;
    expect(el.currentForm.questions[count - 1]?.label).to.equal('Which day suits you?');
    button(el, 'Remove: Which day suits you?').click();
    await el.updateComplete;
    expect(el.currentForm.questions.length).to.equal(count);
    await expectAccessible(el);
  });
});
