import { expect } from '@esm-bundle/chai';
import { fixture, html } from '@open-wc/testing-helpers';
import { sendKeys } from '@web/test-runner-commands';
import { createRound, openStore, PEERKIT_KINDS, start, type Round } from '@peerkit/core';
import '@peerkit/components/peer-timer.js';
import type { PeerTimer } from '@peerkit/components/peer-timer.js';
import { captureWarnings, expectAccessible, freshKey, nextEvent, until } from '../helpers.js';

const shadow = (el: PeerTimer) => el.shadowRoot!;
const text = (el: PeerTimer, selector: string) => shadow(el).querySelector(selector)?.textContent.replace(/\s+/g, ' ').trim() ?? '';
const button = (el: PeerTimer, label: string) => {
  const found = [...shadow(el).querySelectorAll('button')].find((b) => b.textContent.trim() === label);
  if (!found) throw new Error(`no button "${label}"`);
  return found;
};

/** A round already running, started `ago` ms before now, so set points are reached within a test. */
function runningRound(ago: number, options: Partial<Parameters<typeof createRound>[0]> = {}): Round {
  return start(
    createRound({ members: ['Ana', 'Ben'], timing: { mode: 'each', eachMs: 60_000 }, warnAtMs: [10_000], ...options }),
    Date.now() - ago,
  );
}

describe('<peer-timer>', () => {
  it('renders from attributes alone: first speaker’s share, members, controls', async () => {
    const el = await fixture<PeerTimer>(html`<peer-timer total-minutes="9" members="Ana, Ben, Chen"></peer-timer>`);
    expect(text(el, '.speaker')).to.equal('Ready');
    expect(text(el, '.time')).to.equal('3:00');
    expect(text(el, '.next')).to.contain('Next: Ana');
    expect(el.round.speakers.map((s) => s.name)).to.deep.equal(['Ana', 'Ben', 'Chen']);
    await expectAccessible(el);
  });

  it('asks for the names when none are given, saying they stay on this device', async () => {
    const el = await fixture<PeerTimer>(html`<peer-timer></peer-timer>`);
    expect(text(el, '.names-form')).to.contain('Who is in this round?');
    expect(text(el, '.names-privacy')).to.contain('stay on this device');
    await expectAccessible(el);
  });

  it('starts on click and announces the first speaker, with events', async () => {
    const el = await fixture<PeerTimer>(html`<peer-timer per-person-minutes="2" members="Ana, Ben"></peer-timer>`);
    const started = nextEvent(el, 'peer-round-start');
    const changed = nextEvent(el, 'peer-speaker-change');
    button(el, 'Start').click();
    await started;
    expect((await changed).detail).to.deep.equal({ speaker: { memberId: 'ana', name: 'Ana' }, previous: null });
    await el.updateComplete;
    expect(text(el, '.speaker')).to.equal('Ana');
    expect(text(el, '[role="status"]')).to.equal('Now: Ana');
    expect(shadow(el).querySelector('[role="timer"]')?.getAttribute('aria-label')).to.equal('Time left for Ana');
    expect(text(el, '.next')).to.contain('Next: Ben');
    await expectAccessible(el);
  });

  it('announces each action once, plainly, so one can be told from another: pause, resume, more time, a pass, a return, and T for the time left', async () => {
    const el = await fixture<PeerTimer>(html`<peer-timer per-person-minutes="2" members="Ana, Ben, Chen"></peer-timer>`);
    const said = () => text(el, '[role="status"]');
    button(el, 'Start').focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(said()).to.equal('Now: Ana');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(said()).to.match(/^Paused at [12]:\d\d$/);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(said()).to.match(/^Going on: Ana, [12]:\d\d left$/);
    await sendKeys({ press: '+' });
    await el.updateComplete;
    expect(said()).to.match(/^More time for Ana: [23]:\d\d left$/);
    await sendKeys({ press: 't' });
    await el.updateComplete;
    expect(said()).to.match(/^Ana: [23]:\d\d left$/);
    await sendKeys({ press: 'p' });
    await el.updateComplete;
    expect(said()).to.equal('Ana will come back at the end; now Ben');
    await sendKeys({ press: 'n' });
    await el.updateComplete;
    expect(said()).to.equal('Now: Chen');
  });

  it('is driven by the keyboard: Space, N, →, ←, P, + and ?', async () => {
    const el = await fixture<PeerTimer>(html`<peer-timer per-person-minutes="2" members="Ana, Ben, Chen"></peer-timer>`);
    button(el, 'Reset').focus();
    await sendKeys({ press: 'n' }); // nothing to move on from yet
    expect(el.round.phase).to.equal('idle');
    button(el, 'Start').focus();
    await sendKeys({ press: 'Space' }); // the focused button clicks once, not twice
    await el.updateComplete;
    expect(el.round.phase).to.equal('running');
    await sendKeys({ press: 'n' });
    await el.updateComplete;
    expect(text(el, '.speaker')).to.equal('Ben');
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(text(el, '.speaker')).to.equal('Ana');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: '+' });
    await el.updateComplete;
    expect(el.round.speakers.find((s) => s.name === 'Ben')?.allottedMs).to.equal(180_000);
    await sendKeys({ press: 'p' });
    await el.updateComplete;
    expect(text(el, '.speaker')).to.equal('Chen');
    await sendKeys({ press: '?' });
    await el.updateComplete;
    expect(text(el, '.shortcuts')).to.contain('Next speaker');
    const said = () => text(el, '[role="status"]');
    expect(said(), 'the list opening is said: from the key, focus is not on the button that tells').to.equal('Keyboard shortcuts shown');
    await sendKeys({ press: '?' });
    await el.updateComplete;
    expect(shadow(el).querySelector('.shortcuts')).to.equal(null);
    expect(said()).to.equal('Keyboard shortcuts hidden');
  });

  it('ignores keys pressed elsewhere on the page unless global-shortcuts is set', async () => {
    const el = await fixture<PeerTimer>(html`<peer-timer members="Ana, Ben"></peer-timer>`);
    document.body.focus();
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }));
    await el.updateComplete;
    expect(el.round.phase).to.equal('idle');
    el.globalShortcuts = true;
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }));
    await el.updateComplete;
    expect(el.round.phase).to.equal('running');
  });

  it('warns at the set point and says when time is up, with events and announcements', async () => {
    const el = await fixture<PeerTimer>(html`<peer-timer muted></peer-timer>`);
    const warning = nextEvent(el, 'peer-time-warning');
    el.round = runningRound(49_600);
    const warned = await warning;
    expect(warned.detail.remainingMs).to.equal(10_000);
    expect(warned.detail.speaker.name).to.equal('Ana');
    await el.updateComplete;
    expect(text(el, '[role="status"]')).to.equal('10 seconds left');
    expect(text(el, '.badge')).to.contain('Almost time');
    expect(shadow(el).querySelector('.timer')?.classList.contains('level-warning')).to.equal(true);

    const timeUp = nextEvent(el, 'peer-time-up');
    el.round = runningRound(59_600);
    expect((await timeUp).detail.speaker.name).to.equal('Ana');
    await el.updateComplete;
    expect(text(el, '[role="status"]')).to.equal('Time is up for Ana');
    expect(text(el, '.badge')).to.contain('Over time');
    expect(text(el, '.time')).to.match(/^\+0:0\d over$/);
    await expectAccessible(el);
  });

  it('moves on at zero under the hard policy', async () => {
    const el = await fixture<PeerTimer>(html`<peer-timer muted></peer-timer>`);
    el.round = runningRound(59_700, { overtime: 'hard' });
    await el.updateComplete; // Ana has the floor
    const change = await nextEvent(el, 'peer-speaker-change');
    expect(change.detail.speaker.name).to.equal('Ben');
    expect(change.detail.previous?.name).to.equal('Ana');
  });

  it('shows talk-time stats at the end of the round, and sends them', async () => {
    const el = await fixture<PeerTimer>(html`<peer-timer per-person-minutes="1" members="Ana, Ben"></peer-timer>`);
    el.toggle();
    el.next();
    const complete = nextEvent(el, 'peer-round-complete');
    el.next();
    const { detail } = await complete;
    expect(detail.stats.members.map((m) => m.name)).to.deep.equal(['Ana', 'Ben']);
    await el.updateComplete;
    expect(text(el, '.speaker')).to.equal('Round complete');
    expect(text(el, '.summary')).to.contain('Talk time');
    expect(shadow(el).querySelectorAll('.summary tbody tr').length).to.equal(2);
    await expectAccessible(el);
  });

  it('falls back to defaults with one warning per bad attribute, and still renders', async () => {
    let el!: PeerTimer;
    const warnings = await captureWarnings(async () => {
      el = await fixture<PeerTimer>(
        html`<peer-timer members="Ana, Ben" per-person-minutes="lots" overtime="forever" warn-at="-5"></peer-timer>`,
      );
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(warnings.length).to.equal(3);
    expect(warnings.join('\n')).to.contain('per-person-minutes="lots"');
    expect(warnings.join('\n')).to.contain('overtime="forever"');
    expect(el.round.settings.overtime).to.equal('soft');
    expect(el.round.settings.timing).to.deep.equal({ mode: 'each', eachMs: 180_000 });
    expect(el.round.settings.warnAtMs).to.deep.equal([60_000]);
    expect(text(el, '.time')).to.equal('3:00');
  });

  it('warns when both a total and a per-person time are given, and shares the total', async () => {
    let el!: PeerTimer;
    const warnings = await captureWarnings(async () => {
      el = await fixture<PeerTimer>(html`<peer-timer members="A, B" total-minutes="10" per-person-minutes="2"></peer-timer>`);
    });
    expect(warnings.length).to.equal(1);
    expect(el.round.settings.timing).to.deep.equal({ mode: 'shared', totalMs: 600_000 });
  });

  it('speaks Spanish when lang="es"', async () => {
    const el = await fixture<PeerTimer>(html`<peer-timer lang="es" members="Ana, Ben"></peer-timer>`);
    expect(button(el, 'Empezar')).to.exist;
    expect(text(el, '.next')).to.contain('Después: Ana');
    await expectAccessible(el);
  });
});

describe('<peer-timer> storage', () => {
  it('resumes after a reload with the right time left', async () => {
    const key = freshKey('reload');
    const first = await fixture<PeerTimer>(html`<peer-timer storage-key=${key} per-person-minutes="5" members="Ana, Ben"></peer-timer>`);
    await first.ready;
    first.toggle();
    first.next();
    await until(() => first.round.current === 1, 'next applied');
    const savedRound = first.round;
    await new Promise((resolve) => setTimeout(resolve, 150));
    first.remove();

    // The page is reloaded: a new element with the same key, and different attributes that must not win.
    const second = await fixture<PeerTimer>(html`<peer-timer storage-key=${key} per-person-minutes="9" members="Zed"></peer-timer>`);
    await second.ready;
    await until(() => second.round.current === 1, 'stored round loaded');
    expect(second.round.startedAt).to.equal(savedRound.startedAt);
    expect(text(second, '.speaker')).to.equal('Ben');
    expect(second.persistent).to.equal(true);
  });

  it('keeps two elements with the same key in step', async () => {
    const key = freshKey('sync');
    // Two fixtures, not one wrapping div: a plain element's fixture waits for an animation
    // frame, which never comes in a background page when test files run side by side.
    const a = await fixture<PeerTimer>(html`<peer-timer storage-key=${key} members="Ana, Ben, Chen"></peer-timer>`);
    const b = await fixture<PeerTimer>(html`<peer-timer storage-key=${key} members="Ana, Ben, Chen"></peer-timer>`);
    await Promise.all([a.ready, b.ready]);
    a.toggle();
    await until(() => b.round.phase === 'running', 'b sees the start');
    b.next();
    await until(() => a.round.current === 1, 'a sees next from b');
    await a.updateComplete;
    expect(text(a, '.speaker')).to.equal('Ben');
    expect(a.round.startedAt).to.equal(b.round.startedAt);
  });

  it('runs in memory and says nothing will be kept when IndexedDB is refused', async () => {
    const original = indexedDB.open.bind(indexedDB);
    indexedDB.open = () => {
      throw new DOMException('Storage is blocked', 'SecurityError');
    };
    try {
      const el = await fixture<PeerTimer>(
        html`<peer-timer store-name=${freshKey('blocked')} storage-key="t" members="Ana"></peer-timer>`,
      );
      await el.ready;
      await until(() => el.shadowRoot!.querySelector('.notice') !== null, 'notice shown');
      expect(text(el, '.notice')).to.contain('will be kept when the page closes: IndexedDB could not be opened (SecurityError: Storage is blocked)');
      expect(el.persistent).to.equal(false);
      el.toggle();
      await el.updateComplete;
      expect(text(el, '.speaker')).to.equal('Ana');
      await expectAccessible(el);
    } finally {
      indexedDB.open = original;
    }
  });
});

describe('<peer-timer> reset', () => {
  it('asks first when a round is in progress, naming what will be lost; keeping it changes nothing', async () => {
    const el = await fixture<PeerTimer>(html`<peer-timer></peer-timer>`);
    const running = runningRound(20_000);
    el.round = running;
    await el.updateComplete;
    button(el, 'Reset').click();
    await el.updateComplete;
    expect(text(el, '.confirm-reset')).to.contain('The time everyone has had so far will be lost.');
    expect(shadow(el).activeElement?.textContent.trim(), 'focus on the safe answer').to.equal('Keep the round');
    await expectAccessible(el);
    button(el, 'Keep the round').click();
    await el.updateComplete;
    expect(el.round).to.equal(running);
    expect(shadow(el).querySelector('.confirm-reset')).to.equal(null);
  });

  it('starts the same round again, even when the round came from storage rather than attributes', async () => {
    const el = await fixture<PeerTimer>(html`<peer-timer></peer-timer>`);
    el.round = runningRound(20_000);
    await el.updateComplete;
    button(el, 'Reset').click();
    await el.updateComplete;
    button(el, 'Start again').click();
    await el.updateComplete;
    expect(el.round.phase).to.equal('idle');
    expect(el.round.speakers.map((s) => s.name)).to.deep.equal(['Ana', 'Ben']);
    expect(text(el, '.time')).to.equal('1:00');
  });
});

describe('<peer-timer presenter>: the screen the whole room sees', () => {
  it('makes no round of its own: it waits, then mirrors the facilitator’s round as it is', async () => {
    const key = freshKey('presenter');
    const room = await fixture<PeerTimer>(html`<peer-timer presenter members="Margaret, Tom, Ana, Lee" storage-key=${key}></peer-timer>`);
    await room.ready;
    expect(text(room, '.speaker')).to.equal('The speaking round has not started yet.');
    expect(text(room, '.time')).to.equal('');
    const store = await openStore({ kinds: PEERKIT_KINDS });
    expect(await store.get('round', key), 'nothing stored by the presenter').to.equal(undefined);
    // The facilitator's sharing round: 12 minutes among the 3 here.
    const laptop = await fixture<PeerTimer>(html`<peer-timer total-minutes="12" members="Margaret, Tom, Ana" storage-key=${key}></peer-timer>`);
    await laptop.ready;
    await until(() => text(room, '.time') === '4:00', 'the presenter shows the real share');
    expect(text(room, '.speaker')).to.equal('Ready');
    room.toggle(); // a presenter changes nothing
    await room.updateComplete;
    expect((await store.get<Round>('round', key))!.data.phase).to.equal('idle');
    expect(shadow(room).querySelector('.controls')).to.equal(null);
    store.close();
  });

  it('shows no one’s talk time or fairness figures when the round ends', async () => {
    const key = freshKey('presenter-end');
    const laptop = await fixture<PeerTimer>(html`<peer-timer total-minutes="2" members="Margaret, Tom" storage-key=${key}></peer-timer>`);
    await laptop.ready;
    const room = await fixture<PeerTimer>(html`<peer-timer presenter storage-key=${key}></peer-timer>`);
    await room.ready;
    laptop.toggle();
    laptop.next();
    laptop.next();
    await until(() => room.round.phase === 'complete', 'the round ends on the presenter too');
    await room.updateComplete;
    expect(shadow(laptop).querySelector('[part~="summary"]'), 'the facilitator sees the figures').to.not.equal(null);
    expect(shadow(room).querySelector('[part~="summary"]')).to.equal(null);
    expect(shadow(room).textContent).to.not.match(/Margaret|Tom|Gini|share/);
    await expectAccessible(room);
  });
});

describe('<peer-timer> layout', () => {
  it('keeps a long overtime figure inside its box on a phone-wide column', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div style="width: 320px"><peer-timer></peer-timer></div>`);
    const el = holder.querySelector('peer-timer')!;
    el.round = runningRound(2 * 3600_000);
    await el.updateComplete;
    const time = shadow(el).querySelector('.time')!;
    expect(time.textContent.trim()).to.match(/^\+1:59:\d\d over$/);
    const range = document.createRange();
    range.selectNodeContents(time);
    const box = shadow(el).querySelector('[part~="base"]')!.getBoundingClientRect();
    expect(range.getBoundingClientRect().right, 'the digits end inside the box').to.be.at.most(box.right);
    expect(shadow(el).querySelector('.progress')!.getBoundingClientRect().right).to.be.at.most(box.right);
  });
});

describe('<peer-timer> with no members attribute (names kept off the page)', () => {
  it('asks for the names on the page, keeps them on this device only, and finds them again', async () => {
    const key = freshKey('names');
    const first = await fixture<PeerTimer>(html`<peer-timer storage-key=${key} per-person-minutes="2"></peer-timer>`);
    await first.ready;
    const form = first.shadowRoot!.querySelector<HTMLFormElement>('form.names-form')!;
    expect(form, 'the names form').to.exist;
    await expectAccessible(first);
    form.querySelector('textarea')!.value = 'Xiomara, Teodoro\nWren';
    form.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await first.updateComplete;
    expect(first.round.speakers.map((s) => s.name)).to.deep.equal(['Xiomara', 'Teodoro', 'Wren']);
    // Nothing of them in the page's own markup: no attribute was written.
    expect(first.outerHTML).not.to.contain('Xiomara');
    expect(first.hasAttribute('members')).to.equal(false);
    await until(() => first.shadowRoot!.querySelector('form.names-form') === null, 'form gone');
    // The same page later: the names come back from this device, not the page.
    first.remove();
    const again = await fixture<PeerTimer>(html`<peer-timer storage-key=${key} per-person-minutes="2"></peer-timer>`);
    await again.ready;
    await until(() => again.round.speakers.length === 3, 'names restored');
    expect(again.shadowRoot!.querySelector('form.names-form')).to.equal(null);
  });

  it('says "no members" rather than asking when the attribute is there but empty', async () => {
    const el = await fixture<PeerTimer>(html`<peer-timer members=""></peer-timer>`);
    expect(el.shadowRoot!.querySelector('form.names-form')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.notice')?.textContent).to.contain('No members yet');
  });
});
