import { expect } from '@esm-bundle/chai';
import { fixture, html } from '@open-wc/testing-helpers';
import { sendKeys } from '@web/test-runner-commands';
import '@peerkit/components/checkin-round.js';
import '@peerkit/components/feedback-form.js';
import type { CheckinRoundElement } from '@peerkit/components/checkin-round.js';
import { deepActiveElement } from '../../packages/components/src/internal/focus-keeper.js';
import { until } from '../helpers.js';

const onPage = () => {
  const active = deepActiveElement();
  return active !== null && active !== document.body;
};

describe('focus is never lost (one rule for every element and page)', () => {
  it('N on the last speaker ends the check-in: focus goes to the summary, not to the page', async () => {
    const el = await fixture<CheckinRoundElement>(html`<checkin-round members="Ana, Ben"></checkin-round>`);
    const start = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Start check-in')!;
    start.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    const next = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Next')!;
    next.focus();
    await sendKeys({ press: 'n' });
    await sendKeys({ press: 'n' });
    await until(() => el.checkin.round.phase === 'complete', 'the check-in ended');
    await until(onPage, 'focus back on the page');
    const active = deepActiveElement()!;
    expect(el.shadowRoot!.contains(active), active.outerHTML.slice(0, 80)).to.equal(true);
  });

  it('the kiosk: Send feedback lands on the thanks (a status), Ready for the next person on the form', async () => {
    const el = await fixture<HTMLElement>(html`<feedback-form kiosk template="end-of-meeting"></feedback-form>`);
    const buttonNamed = (label: string) => [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent.trim() === label);
    await until(() => buttonNamed('Send feedback') !== undefined, 'the form drew');
    el.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"]')!.click();
    buttonNamed('Send feedback')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => deepActiveElement()?.getAttribute('role') === 'status', 'focus on the thanks');
    expect(deepActiveElement()?.textContent).to.contain('Thank you');
    buttonNamed('Ready for the next person')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => onPage() && el.shadowRoot!.contains(deepActiveElement()), 'focus on the form again');
  });

  it('a control replaced by its message: focus goes to the message; a click on the background is left alone', async () => {
    const place = await fixture<HTMLElement>(html`<section><h2>Feedback</h2><form><button type="button">Send</button></form></section>`);
    const send = place.querySelector('button')!;
    send.addEventListener('click', () => place.querySelector('form')!.replaceWith(Object.assign(document.createElement('p'), { role: 'status', textContent: 'Thank you.' })));
    send.focus();
    await sendKeys({ press: 'Enter' });
    await until(onPage, 'focus back on the page');
    expect(deepActiveElement()?.textContent).to.equal('Thank you.');
    // Focus moved off on purpose (the control is still there): nothing is taken.
    const other = await fixture<HTMLElement>(html`<div><button>Stay</button><p>Background</p></div>`);
    other.querySelector('button')!.focus();
    other.querySelector('button')!.blur();
    await sendKeys({ press: 'Shift' });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(deepActiveElement()).to.equal(document.body);
  });

  it('the last Next of a round: focus goes to the part’s heading, not to the row of buttons left, nor to a live region only heard', async () => {
    const place = await fixture<HTMLElement>(html`<section>
      <p class="visually-hidden" role="status" style="position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden">Round complete</p>
      <div class="controls"><button type="button">Previous</button><button type="button">Next</button></div>
      <h3>Talk time</h3>
    </section>`);
    const next = place.querySelectorAll('button')[1]!;
    next.addEventListener('click', () => next.remove());
    next.focus();
    await sendKeys({ press: 'Enter' });
    await until(onPage, 'focus back on the page');
    expect(deepActiveElement()?.textContent).to.equal('Talk time');
  });
});
