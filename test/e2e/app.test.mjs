// End-to-end: the built app's timer page in system Chromium, as a facilitator uses it.
// Serves dist/app with `vite preview` on localhost (run `vite build` first; npm run test:e2e does).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, startPreview, storeDocs, storedData } from './preview.mjs';
import { inventedGroupDocs } from './records.mjs';

let preview;
let browser;
let URL_ROOT = '';
const requests = [];

before(async () => {
  preview = await startPreview(4319);
  browser = preview.browser;
  URL_ROOT = preview.url;
});

after(async () => {
  await preview?.stop();
});

async function open(path = 'timer.html') {
  const page = await browser.newPage();
  await page.setBypassCSP(true); // for axe only
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(URL_ROOT + path, { waitUntil: 'networkidle0' });
  return { page, errors };
}

const timerText = (page, selector) =>
  page.evaluate((sel) => document.querySelector('peer-timer')?.shadowRoot?.querySelector(sel)?.textContent?.replace(/\s+/g, ' ').trim() ?? '', selector);

test('set up a round with the keyboard, run it, and resume it after a reload', async () => {
  const { page, errors } = await open();
  await page.waitForSelector('#members', { visible: true });
  assert.deepEqual(await axeViolations(page), [], 'axe on the set-up form');
  await page.type('#members', 'Ana\nBen\nChen');
  await page.$eval('#minutes', (input) => (input.value = ''));
  await page.type('#minutes', '9');
  await page.keyboard.press('Tab'); // on to the radios, then submit with Enter from the field
  await page.focus('#minutes');
  await page.keyboard.press('Enter');
  await page.waitForSelector('peer-timer');
  await page.waitForFunction(() => document.querySelector('peer-timer')?.shadowRoot?.querySelector('.speaker'));
  assert.equal(await timerText(page, '.time'), '3:00');
  // The set-up form went with its Start button: focus is somewhere on the page, not dropped to it.
  await page.waitForFunction(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active !== null && active !== document.body;
  }, { timeout: 2000 });

  await page.keyboard.press('Space'); // global shortcuts: start
  await page.waitForFunction(() => document.querySelector('peer-timer').round.phase === 'running');
  assert.equal(await timerText(page, '.speaker'), 'Ana');
  assert.deepEqual(await axeViolations(page), [], 'axe on the running timer');
  await page.keyboard.press('n');
  await page.waitForFunction(() => document.querySelector('peer-timer').round.current === 1);
  await new Promise((resolve) => setTimeout(resolve, 300)); // let the save land

  await page.reload({ waitUntil: 'networkidle0' });
  await page.waitForFunction(() => document.querySelector('peer-timer')?.round?.phase === 'running');
  assert.equal(await timerText(page, '.speaker'), 'Ben');
  assert.deepEqual(errors, []);
  await page.close();
});

test('the projector view mirrors the timer live', async () => {
  const { page } = await open();
  await page.waitForFunction(() => document.querySelector('peer-timer')?.round?.phase === 'running');
  const { page: projector, errors } = await open('timer.html?view=projector');
  await projector.waitForFunction(() => document.querySelector('peer-timer')?.shadowRoot?.querySelector('.speaker'));
  assert.equal(await timerText(projector, '.speaker'), 'Ben');
  assert.equal(await projector.evaluate(() => document.querySelector('peer-timer').shadowRoot.querySelector('.controls')), null);

  await page.keyboard.press('n');
  await projector.waitForFunction(
    () => document.querySelector('peer-timer').shadowRoot.querySelector('.speaker')?.textContent.trim() === 'Chen',
    { timeout: 5000 },
  );
  assert.deepEqual(errors, []);
  await projector.close();
  await page.close();
});

test('works offline after the first load', async () => {
  const { page } = await open();
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload({ waitUntil: 'networkidle0' }); // now controlled by the service worker
  await page.setOfflineMode(true);
  await page.reload({ waitUntil: 'networkidle0' });
  await page.waitForFunction(() => document.querySelector('peer-timer')?.shadowRoot?.querySelector('.speaker'));
  assert.equal(await timerText(page, '.speaker'), 'Chen');
  await page.setOfflineMode(false);
  await page.close();
});

test('nothing is requested from anywhere but the app’s own origin', () => {
  // A data: URL (the mark in the header, inlined in the stylesheet) is read from a file already fetched.
  const elsewhere = requests.filter((url) => !url.startsWith(URL_ROOT) && !url.startsWith('data:'));
  assert.ok(requests.length > 0);
  assert.deepEqual(elsewhere, []);
});

test('no page asks for anything that is not there: every page, its icon included', async () => {
  const pages = ['', 'group.html?group=none', 'meeting.html?group=none', 'report.html?group=none', 'coordinator.html', 'timer.html', 'live.html', 'embed-example.html'];
  const page = await browser.newPage();
  const missing = [];
  page.on('response', (response) => response.status() >= 400 && missing.push(`${response.status()} ${response.url()}`));
  for (const path of pages) {
    await page.goto(URL_ROOT + path, { waitUntil: 'networkidle0' });
    const icon = await page.$eval('link[rel="icon"]', (link) => link.href);
    const fetched = await page.evaluate(async (href) => (await fetch(href)).status, icon);
    assert.equal(fetched, 200, `the icon of ${path || 'home'}`);
  }
  assert.deepEqual(missing, []);
  await page.close();
});

test('a group whose id was made from its name gets a random one; its old link goes on to the new address', async () => {
  const page = await browser.newPage();
  await page.goto(URL_ROOT, { waitUntil: 'networkidle0' });
  await storeDocs(page, inventedGroupDocs('harbour-circle', 'Harbour circle', ['Ana', 'Ben', 'Chen'], { meetings: 2 }));
  await page.goto(`${URL_ROOT}group.html?group=harbour-circle`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => /^\?group=g-[0-9a-z]{12}$/.test(location.search), { timeout: 15_000 });
  const moved = new URL(page.url()).searchParams.get('group');
  await page.waitForFunction(() => document.getElementById('group-page')?.hidden === false);
  assert.match(await page.$eval('h1', (h) => h.textContent), /Harbour circle/);
  // Every document moved: nothing is stored under the name-made id any more.
  const ids = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const request = indexedDB.open('peerkit');
        request.onsuccess = async () => {
          const db = request.result;
          const keys = [];
          for (const store of db.objectStoreNames) keys.push(...(await new Promise((done) => (db.transaction(store).objectStore(store).getAllKeys().onsuccess = (e) => done(e.target.result.map(String))))));
          db.close();
          resolve(keys);
        };
      }),
  );
  assert.ok(!ids.some((id) => id.includes('harbour-circle')), ids.join(', '));
  assert.ok(ids.includes(moved), `${moved} in ${ids.join(', ')}`);
  assert.equal((await storedData(page, 'group', moved)).formerIds[0], 'harbour-circle');
  await page.close();
});

test('on a phone no page is wider than the screen: nothing scrolls sideways but a wide table in its own box', async () => {
  const page = await browser.newPage();
  await page.setViewport({ width: 390, height: 844 });
  await page.goto(URL_ROOT, { waitUntil: 'networkidle0' });
  await storeDocs(page, inventedGroupDocs('phone-width', 'Phone width circle', ['Ana', 'Ben', 'Chen'], { meetings: 4 }));
  const pages = ['', 'group.html?group=phone-width', 'meeting.html?group=phone-width', 'report.html?group=phone-width', 'coordinator.html', 'timer.html', 'live.html'];
  for (const path of pages) {
    await page.goto(URL_ROOT + path, { waitUntil: 'networkidle0' });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.equal(width, 390, `${path || 'home'} is ${width} px wide`);
  }
  await page.close();
});
