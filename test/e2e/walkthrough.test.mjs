// End-to-end: issue 14's walkthrough in one run, as a new facilitator of a six-member
// bereavement group lives it: the presenter opened early, the group's own (grief) check-in, a
// late arrival and an early leaver with their times, a pause, a section added and one
// revisited, crisis help from the keyboard, the locked feedback kiosk, the end. Each of the
// defects the issue lists is asserted gone on the way (numbers as in the issue), and every
// screen, the presenter's included, is checked with axe.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, clickIn, memberIds, startGroup, startPreview, storedData } from './preview.mjs';

let preview;
const errors = [];
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const WAIT = { timeout: 15_000 };
// The presenter sits in a window behind the facilitator's: waits there poll on a timer, since a
// window in the background draws no animation frames (puppeteer's default polling).
const ROOM_WAIT = { timeout: 15_000, polling: 100 };

/** The group's stored document of a kind once `ready` holds of it: the screen may show a change a moment before its write ends. */
async function stored(page, kind, ready) {
  let data;
  for (const started = Date.now(); Date.now() - started < WAIT.timeout; await pause(100)) {
    data = await storedData(page, kind, GROUP);
    if (data && ready(data)) return data;
  }
  throw new Error(`stored ${kind} never became ready; last stored: ${JSON.stringify(data)}`);
}
/** The group's id: random, known once the group is started. */
let GROUP;

before(async () => {
  preview = await startPreview(4334, { browserArgs: ['--disable-background-timer-throttling', '--disable-renderer-backgrounding'] });
});

after(async () => {
  await preview?.stop();
});

const inAgenda = (page, label) => clickIn(page, 'meeting-agenda', label);
const presenterText = (room) => room.evaluate(() => document.getElementById('projector-slot').innerText + ' ' + [...document.querySelectorAll('#projector-slot *')].map((el) => el.shadowRoot?.textContent ?? '').join(' '));

test('a whole first meeting of a bereavement group, as the issue walked it', async () => {
  const page = await preview.browser.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  await page.setViewport({ width: 1366, height: 768 });
  GROUP = await startGroup(page, preview.url, 'Bereavement circle', 'Margaret, Tom, Priya, Ana, Ben, Chen');
  await page.goto(`${preview.url}meeting.html?group=${GROUP}`, { waitUntil: 'networkidle0' });
  await page.waitForSelector('#plan:not([hidden])');

  // The presenter, opened early, shows a card and never invents a timer (2).
  const room = await preview.browser.newPage();
  room.on('pageerror', (error) => errors.push(error.message));
  await room.setViewport({ width: 1920, height: 1080 });
  await room.goto(`${preview.url}meeting.html?group=${GROUP}&view=presenter`, { waitUntil: 'networkidle0' });
  await room.waitForFunction(() => document.querySelector('.presenter-card h2')?.textContent === 'We will start soon.', ROOM_WAIT);
  assert.equal(await room.$('peer-timer'), null, 'no timer before there is a round');
  assert.deepEqual(await axeViolations(room), [], 'axe on the presenter before the meeting');
  await page.bringToFront();

  // The plan: the first meeting, the group's own check-in (10: grief questions), Chen not here yet.
  await page.click('input[name="template"][value="first-meeting"]');
  const ids = await memberIds(page, GROUP);
  await page.select('#checkin-depth', 'reflective');
  await page.select('#checkin-topic', 'grief');
  await page.$$eval('#sections input', (inputs) => inputs.forEach((input) => (input.value = /checkin|evaluation|welcome/.test(input.id) ? '2' : '1')));
  await page.click(`#attendance input[value="${ids.chen}"]`);
  assert.deepEqual(await axeViolations(page), [], 'axe on the plan');
  await page.click('#plan button[type=submit]');
  await page.waitForSelector('#run:not([hidden])');
  await room.waitForFunction(() => document.querySelector('.presenter-card h2')?.textContent === 'Welcome and introductions', ROOM_WAIT);

  // Help at hand (3): Alt+H from the first screen, focused, and back.
  await page.keyboard.down('Alt');
  await page.keyboard.press('KeyH');
  await page.keyboard.up('Alt');
  await page.waitForFunction(() => document.getElementById('crisis-dialog').open, WAIT);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'crisis-heading');
  assert.deepEqual(await axeViolations(page), [], 'axe with crisis help open');
  await page.keyboard.press('Escape');

  // A late arrival and an early leaver, with their times (4).
  await page.select('#late-member', ids.chen);
  await page.click('#late button[type=submit]');
  await page.waitForFunction(() => /Chen is here now/.test(document.getElementById('late-status').textContent), WAIT);
  await page.select('#early-member', ids.ben);
  await page.click('#early button[type=submit]');
  await page.waitForFunction(() => /Ben has left the meeting/.test(document.getElementById('late-status').textContent), WAIT);

  // A pause holds the whole meeting (4); the room sees a break card.
  await inAgenda(page, 'Pause the meeting');
  await room.waitForFunction(() => document.querySelector('.presenter-card h2')?.textContent === 'A short break.', ROOM_WAIT);
  const heldAt = await page.evaluate(() => document.querySelector('meeting-agenda').shadowRoot.querySelector('.left').textContent);
  await pause(1500);
  assert.equal(await page.evaluate(() => document.querySelector('meeting-agenda').shadowRoot.querySelector('.left').textContent), heldAt, 'the plan’s clock stands still');
  await inAgenda(page, 'Resume the meeting');

  // A section added while it runs (3): resources, straight after the one in progress.
  await page.evaluate(() => {
    const root = document.querySelector('meeting-agenda').shadowRoot;
    root.querySelector('details.add').open = true;
    root.querySelector('select[name="kind"]').value = 'resources';
  });
  await inAgenda(page, 'Add after the one in progress');
  await inAgenda(page, 'Next section');
  await page.waitForFunction(() => document.getElementById('tool-heading').textContent === 'Resources', WAIT);
  assert.deepEqual(await axeViolations(page), [], 'axe on the added resources section');

  // Consent (10) opens the consent record, not the rule editor.
  await inAgenda(page, 'Next section');
  await page.waitForFunction(() => document.getElementById('tool-heading').textContent === 'Confidentiality and consent', WAIT);
  assert.equal(await page.$eval('#tool-slot ground-rules', (el) => el.getAttribute('mode')), 'consent');
  // Two members consent, one tap each; the record keeps who, for the version in force.
  for (const name of ['Ana', 'Priya']) {
    await page.waitForFunction((n) => {
      const button = [...(document.querySelector('#tool-slot ground-rules')?.shadowRoot.querySelectorAll('.consents button') ?? [])].find((b) => b.textContent.includes(n));
      button?.click();
      return Boolean(button);
    }, WAIT, name);
    // The tap shows at once: the name is marked as consented.
    await page.waitForFunction((n) => [...document.querySelector('#tool-slot ground-rules').shadowRoot.querySelectorAll('.consents .consented')].some((s) => s.textContent.includes(n)), WAIT, name);
  }
  const consents = await stored(page, 'ground-rules', (rules) => rules.acceptances.length === 2);
  assert.deepEqual(consents.acceptances.map((a) => [a.who, a.version]).sort(), [['Ana', 0], ['Priya', 0]]);

  // The check-in draws the group's grief questions (10); the presenter shows the question, nobody's mood or pass (1).
  await inAgenda(page, 'Next section');
  await page.waitForFunction(() => document.getElementById('tool-heading').textContent === 'Check-in', WAIT);
  const checkin = await storedData(page, 'group', GROUP);
  assert.deepEqual(checkin.checkin['first-meeting'], { depth: 'reflective', topic: 'grief' });
  await room.waitForFunction(() => document.querySelector('#projector-slot checkin-round'), ROOM_WAIT);
  assert.deepEqual(await axeViolations(room), [], 'axe on the presenter in the check-in');

  // A section revisited: back to Welcome; then on through the rest.
  await inAgenda(page, 'Go back to: Welcome and introductions');
  await page.waitForFunction(() => document.getElementById('tool-heading').textContent === 'Welcome and introductions', WAIT);
  // Next goes on to the sections not yet held (those done stay done).
  for (const title of ['Agreeing our ground rules', 'What is this group for?', 'How did this first meeting go?']) {
    await inAgenda(page, 'Next section');
    await page.waitForFunction((t) => document.getElementById('tool-heading').textContent === t, WAIT, title);
    if (title !== 'Agreeing our ground rules') continue;
    // Quick agreement (6): a set of rules proposed, then one step records everyone as agreeing.
    await page.evaluate(() => [...document.querySelectorAll('#tool-modes button')].find((b) => b.textContent.trim() === 'Build the rules').click());
    await page.waitForFunction(() => {
      const form = document.querySelector('#tool-slot ground-rules')?.shadowRoot.querySelector('select[name="set"]')?.closest('form');
      form?.requestSubmit();
      return Boolean(form);
    }, WAIT);
    await stored(page, 'ground-rules', (rules) => rules.rules.length > 0);
    await page.evaluate(() => [...document.querySelectorAll('#tool-modes button')].find((b) => b.textContent.trim() === 'Agree').click());
    await page.waitForFunction(() => {
      const button = [...(document.querySelector('#tool-slot ground-rules')?.shadowRoot.querySelectorAll('button.primary') ?? [])].find((b) => b.textContent.startsWith('Everyone else agrees'));
      button?.click();
      return Boolean(button);
    }, WAIT);
    const decided = await stored(page, 'ground-rules', (rules) => rules.rules.length > 0 && rules.rules.every((rule) => rule.status === 'agreed'));
    assert.ok(decided.rules.length > 0);
  }

  // The feedback kiosk (9): everything but the form and crisis help is out of reach.
  assert.equal(await page.evaluate(() => document.querySelector('.meeting-side').inert && document.querySelector('.crumbs').inert), true);
  assert.deepEqual(await axeViolations(page), [], 'axe on the locked kiosk');
  await page.focus('#unlock');
  await page.keyboard.down('Enter');
  await pause(2300);
  await page.keyboard.up('Enter');
  await page.waitForFunction(() => !document.querySelector('.meeting-side').inert, WAIT);

  // The end (4): held only now, with who came and when.
  await page.click('#end-meeting');
  await page.click('#meeting-question-yes');
  await page.waitForSelector('#ended:not([hidden])');
  const meeting = (await storedData(page, 'group', GROUP)).meetings.at(-1);
  assert.equal(meeting.status, 'ended');
  assert.equal(meeting.attendance.length, 6);
  assert.ok(meeting.attendance.find((a) => a.memberId === ids.chen).arrivedAt > meeting.at, 'Chen came late');
  assert.ok(meeting.attendance.find((a) => a.memberId === ids.ben).leftAt !== null, 'Ben left early');
  assert.ok(meeting.plan.some((s) => s.id === 'resources-2' || s.id === 'resources'), 'the added section is in the plan as run');
  await room.waitForFunction(() => document.querySelector('.presenter-card h2')?.textContent === 'Thank you for coming.', ROOM_WAIT);
  // Nothing private ever reached the room (1).
  assert.doesNotMatch(await presenterText(room), /Gini|equal share|took much more|talk time/i);
  assert.deepEqual(await axeViolations(room), [], 'axe on the presenter at the end');
  assert.deepEqual(await axeViolations(page), [], 'axe at the end');
  assert.deepEqual(errors, []);
});
