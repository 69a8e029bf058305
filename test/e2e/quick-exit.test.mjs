// End-to-end: quick exit is the first Tab stop on every app page, and its button covers no
// other control at any width from 320 px (the page at rest, scrolled to the top: below that,
// the page scrolls under the bar as under any sticky header, and focus scrolls clear of it).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, startGroup, startPreview } from './preview.mjs';

let preview;
let page;
let groupId;
const errors = [];
const WIDTHS = [320, 390, 683, 1366, 1920];

before(async () => {
  preview = await startPreview(4335);
  page = await preview.browser.newPage();
  await page.setBypassCSP(true); // for axe only
  page.on('pageerror', (error) => errors.push(error.message));
  groupId = await startGroup(page, preview.url, 'Exit circle', 'Margaret, Tom, Ana');
});

after(async () => {
  await preview?.stop();
});

/** Every control the quick-exit button's box overlaps on the page as it is (shadow roots included), by a short name. */
const covered = () =>
  page.evaluate(() => {
    const exit = document.querySelector('.quick-exit').getBoundingClientRect();
    const controls = [];
    const walk = (root) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.shadowRoot) walk(element.shadowRoot);
        if (element.matches('a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex="-1"]), [role=button]') && !element.closest('.quick-exit-bar')) controls.push(element);
      }
    };
    walk(document);
    return controls
      .filter((control) => {
        const box = control.getBoundingClientRect();
        const shown = box.width > 0 && box.height > 0 && getComputedStyle(control).visibility !== 'hidden';
        return shown && box.left < exit.right && box.right > exit.left && box.top < exit.bottom && box.bottom > exit.top;
      })
      .map((control) => `${control.localName}${control.id ? `#${control.id}` : ''} "${control.textContent.trim().slice(0, 30)}"`);
  });

async function visit(path, ready) {
  await page.goto(`${preview.url}${path}`, { waitUntil: 'networkidle0' });
  if (ready) await page.waitForSelector(ready);
}

const PAGES = [
  ['the home page', '', '#groups li'],
  ['the group page', () => `group.html?group=${groupId}`, '#group-page:not([hidden])'],
  ['the meeting plan', () => `meeting.html?group=${groupId}`, '#plan:not([hidden])'],
  ['the presenter view', () => `meeting.html?group=${groupId}&view=presenter`, '.presenter-card, checkin-round, peer-timer'],
  ['the report', () => `report.html?group=${groupId}`, 'main'],
  ['the coordinator', 'coordinator.html', 'main'],
  ['the timer', 'timer.html', 'main'],
  ['a member’s live page', 'live.html', '#live-problem:not([hidden])'],
];

test('quick exit is the first Tab stop and covers no control, on every app page, at 320 to 1920 px wide', async () => {
  const problems = [];
  for (const [name, path, ready] of PAGES) {
    for (const width of WIDTHS) {
      await page.setViewport({ width, height: width < 700 ? 844 : width < 1500 ? 768 : 1080 });
      await visit(typeof path === 'function' ? path() : path, ready);
      const over = await covered();
      if (over.length > 0) problems.push(`${name} at ${width}: ${over.join(', ')}`);
    }
    // Tab from the top of the page: the first stop is quick exit. (From the start of the document: a page that
    // puts the cursor in its first field on load, like the timer's names, starts from there, as it should.)
    await page.evaluate(() => {
      window.scrollTo(0, 0);
      document.body.tabIndex = -1;
      document.body.focus();
      document.body.removeAttribute('tabindex');
    });
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => document.activeElement?.className);
    if (first !== 'quick-exit') problems.push(`${name}: the first Tab stop is "${first}"`);
  }
  // The meeting running, its busiest screen.
  await page.setViewport({ width: 1366, height: 768 });
  await visit(`meeting.html?group=${groupId}`, '#plan:not([hidden])');
  await page.click('#plan button[type=submit]');
  await page.waitForSelector('#run:not([hidden])');
  for (const width of WIDTHS) {
    await page.setViewport({ width, height: width < 700 ? 844 : width < 1500 ? 768 : 1080 });
    await page.evaluate(() => window.scrollTo(0, 0));
    const over = await covered();
    if (over.length > 0) problems.push(`the running meeting at ${width}: ${over.join(', ')}`);
  }
  assert.deepEqual(problems, []);
  assert.deepEqual(errors, []);
});

test('with the lock off, Back after quick exit shows a neutral cover, nothing of the group, until the person continues', async () => {
  await page.setViewport({ width: 1366, height: 768 });
  await visit('timer.html', 'main');
  await visit(`group.html?group=${groupId}`, '#group-page:not([hidden])');
  await page.click('.quick-exit');
  await page.waitForFunction(() => location.href === 'about:blank', { polling: 100, timeout: 10_000 });
  await page.goBack({ waitUntil: 'networkidle0' });
  assert.equal(new URL(page.url()).pathname, '/timer.html', 'Back skips the page left');
  await page.waitForSelector('.exit-cover', { timeout: 10_000 });
  // Forward again, and to the group by its address: the cover each time, a neutral title, no name shown.
  await visit(`group.html?group=${groupId}`, '.exit-cover');
  await page.waitForFunction(() => document.getElementById('group-page')?.hidden === false);
  assert.equal(await page.title(), 'PeerKit');
  const seen = await page.evaluate(() => document.body.innerText);
  assert.doesNotMatch(seen, /Exit circle|Margaret|Tom/);
  assert.match(seen, /left with Quick exit/);
  assert.deepEqual(await axeViolations(page), [], 'axe on the cover');
  await page.click('.exit-cover button');
  assert.match(await page.evaluate(() => document.body.innerText), /Exit circle/);
  // Chosen once: the next page is itself again.
  await visit(`group.html?group=${groupId}`, '#group-page:not([hidden])');
  assert.equal(await page.$('.exit-cover'), null);
  assert.deepEqual(errors, []);
});
