// End-to-end: the presenter screen, opened before the meeting moves on, follows it by
// itself: a card for the welcome, the check-in question and speaker, the rules being
// read, the sharing round's timer. It shows nothing private and has no controls.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, startGroup, startPreview } from './preview.mjs';

/** The group's id: random, known once the group is started. */
let GROUP;
const POLL = { polling: 100, timeout: 10_000 }; // the tab behind gets no animation frames
let preview;
let laptop;
let room;
const errors = [];

before(async () => {
  preview = await startPreview(4330, { browserArgs: ['--disable-background-timer-throttling', '--disable-renderer-backgrounding'] });
  laptop = await preview.browser.newPage();
  laptop.on('pageerror', (error) => errors.push(error.message));
  GROUP = await startGroup(laptop, preview.url, 'Presenter circle', 'Margaret, Tom, Ana');
  await laptop.goto(`${preview.url}meeting.html?group=${GROUP}`, { waitUntil: 'networkidle0' });
  await laptop.click('input[name="template"][value="regular"]');
  await laptop.$$eval('#sections input', (inputs) => inputs.forEach((input) => !/welcome|checkin|rules|sharing/.test(input.id) && (input.value = '0')));
  await laptop.click('#plan button[type=submit]');
  await laptop.waitForSelector('#run:not([hidden])');
  room = await preview.browser.newPage();
  await room.setBypassCSP(true); // for axe only
  room.on('pageerror', (error) => errors.push(error.message));
  await room.goto(`${preview.url}meeting.html?group=${GROUP}&view=presenter`, { waitUntil: 'networkidle0' });
});

after(async () => {
  await preview?.stop();
});

const roomText = () =>
  room.evaluate(() => {
    const collect = (root) => [...root.childNodes].map((n) => (n.shadowRoot ? collect(n.shadowRoot) : '') + (n.nodeType === 3 ? n.textContent : n.childNodes ? collect(n) : '')).join(' ');
    return collect(document.getElementById('projector-slot')).replace(/\s+/g, ' ');
  });
const roomButtons = () =>
  room.evaluate(() => {
    const count = (root) => [...root.querySelectorAll('*')].reduce((n, el) => n + (el.localName === 'button' ? 1 : 0) + (el.shadowRoot ? count(el.shadowRoot) : 0), 0);
    return count(document.getElementById('projector-slot'));
  });
const next = () => laptop.evaluate(() => document.querySelector('meeting-agenda').next());

test('the welcome: a card with the group and the section', async () => {
  await room.waitForFunction(() => document.querySelector('.presenter-card h2')?.textContent === 'Welcome', POLL);
  assert.match(await roomText(), /Presenter circle/);
  assert.deepEqual(await axeViolations(room), []);
  // The facilitator hides the group's name: the projector drops it at once, and shows it again when asked.
  assert.equal(await laptop.$eval('#hide-name', (box) => box.checked), false, 'shown by default with the lock off');
  await laptop.$eval('#hide-name', (box) => box.click()); // the laptop's tab is behind the room's: no mouse there
  await room.waitForFunction(() => document.querySelector('.presenter-card h2')?.textContent === 'Welcome' && !document.querySelector('.presenter-group'), POLL);
  assert.doesNotMatch(await roomText(), /Presenter circle/);
  await laptop.$eval('#hide-name', (box) => box.click()); // the laptop's tab is behind the room's: no mouse there
  await room.waitForFunction(() => document.querySelector('.presenter-group')?.textContent === 'Presenter circle', POLL);
});

test('the check-in: the question and who speaks, with no controls and no one’s passes', async () => {
  await next();
  await laptop.waitForFunction(() => document.querySelector('checkin-round'), POLL);
  // The question as stored: read once the element has loaded (before that it holds a draw of its own).
  const question = await laptop.evaluate(async () => {
    const checkin = document.querySelector('checkin-round');
    await checkin.ready;
    return checkin.checkin.question.text.en;
  });
  await room.waitForFunction((q) => document.querySelector('checkin-round')?.shadowRoot?.querySelector('.question')?.textContent.trim() === q, POLL, question);
  await laptop.evaluate(() => document.querySelector('checkin-round').toggle());
  await room.waitForFunction(() => document.querySelector('checkin-round').shadowRoot.querySelector('.speaker')?.textContent.trim() === 'Margaret', POLL);
  await laptop.evaluate(() => document.querySelector('checkin-round').pass());
  await room.waitForFunction(() => document.querySelector('checkin-round').shadowRoot.querySelector('.speaker')?.textContent.trim() === 'Tom', POLL);
  assert.doesNotMatch(await roomText(), /pass/i);
  assert.equal(await roomButtons(), 0);
  assert.deepEqual(await axeViolations(room), []);
});

test('the rules: read large, without the download and print buttons', async () => {
  // The group's draft rules, as written on the laptop.
  await next();
  await laptop.waitForFunction(() => document.querySelector('ground-rules'), POLL);
  await laptop.evaluate(async (group) => {
    const rules = document.createElement('ground-rules');
    rules.setAttribute('mode', 'edit');
    rules.setAttribute('template', 'first-meeting');
    rules.setAttribute('storage-key', group);
    document.body.append(rules);
    await rules.ready;
  }, GROUP);
  await room.waitForFunction(() => (document.querySelector('ground-rules')?.shadowRoot?.querySelectorAll('.large li').length ?? 0) > 3, POLL);
  assert.equal(await roomButtons(), 0);
  assert.deepEqual(await axeViolations(room), []);
});

test('the sharing round: its own timer, a break card while the meeting pauses, no figures at the end', async () => {
  await next();
  await laptop.waitForFunction(() => document.querySelector('peer-timer')?.round?.speakers?.length === 3, POLL);
  // The round is set before it is drawn, and the timer draws nothing until its stored round has loaded:
  // read the time once it is on the laptop's screen (two races seen under CI load).
  const share = await (await laptop.waitForFunction(() => document.querySelector('peer-timer')?.shadowRoot?.querySelector('.time')?.textContent.trim() || false, POLL)).jsonValue();
  await room.waitForFunction((s) => document.querySelector('peer-timer')?.shadowRoot?.querySelector('.time')?.textContent.trim() === s, POLL, share);
  // A break pauses the whole meeting: the plan, the round, and the room sees a break card.
  await laptop.evaluate(() => document.querySelector('peer-timer').toggle());
  await laptop.evaluate(() => document.querySelector('meeting-agenda').togglePause());
  await room.waitForFunction(() => document.querySelector('.presenter-card h2')?.textContent === 'A short break.', POLL);
  await laptop.waitForFunction(() => document.querySelector('peer-timer').round.phase === 'paused', POLL);
  await laptop.evaluate(() => document.querySelector('meeting-agenda').togglePause());
  await room.waitForFunction(() => document.querySelector('peer-timer')?.shadowRoot?.querySelector('.speaker'), POLL);
  await laptop.waitForFunction(() => document.querySelector('peer-timer').round.phase === 'running', POLL);
  await laptop.evaluate(() => {
    const timer = document.querySelector('peer-timer');
    timer.next();
    timer.next();
    timer.next();
  });
  await room.waitForFunction(() => document.querySelector('peer-timer').round.phase === 'complete', POLL);
  assert.doesNotMatch(await roomText(), /Gini|share|Margaret|Tom|Ana/);
  assert.equal(await roomButtons(), 0);
  assert.deepEqual(errors, []);
});
