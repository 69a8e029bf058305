// End-to-end: the built app in a Chromium whose settings block all site data (cookies,
// localStorage, IndexedDB: "Access is denied for this document"), as some shared and
// locked-down computers are set. Every page starts, says at the top that nothing will be
// kept, and throws nothing; the timer page runs a round; nothing typed reaches a URL.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPreview } from './preview.mjs';

let preview;
let profile;

before(async () => {
  profile = mkdtempSync(join(tmpdir(), 'peerkit-blocked-'));
  mkdirSync(join(profile, 'Default'));
  // Chromium's own setting "Block all site data": content setting 2 (block) for cookies.
  writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ profile: { default_content_setting_values: { cookies: 2 } } }));
  preview = await startPreview(4323, { browserArgs: [`--user-data-dir=${profile}`] });
});

after(async () => {
  await preview?.stop();
  rmSync(profile, { recursive: true, force: true });
});

async function open(path) {
  const page = await preview.browser.newPage();
  const errors = [];
  const urls = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => urls.push(request.url()));
  await page.goto(preview.url + path, { waitUntil: 'networkidle0' });
  return { page, errors, urls };
}

const visibleNotice = (page) =>
  page.evaluate(() => {
    const notice = document.getElementById('storage-notice');
    if (!notice) return '';
    const box = notice.getBoundingClientRect();
    return box.width > 0 && box.height > 0 ? notice.textContent : '';
  });

test('site data is really blocked in this browser', async () => {
  const { page } = await open('index.html');
  const denied = await page.evaluate(() => {
    try {
      localStorage.getItem('x');
      return '';
    } catch (error) {
      return error.message;
    }
  });
  assert.match(denied, /denied/i);
  await page.close();
});

for (const path of ['index.html', 'timer.html', 'group.html?group=tuesday', 'meeting.html?group=tuesday']) {
  test(`${path} starts, says nothing will be kept, and throws nothing`, async () => {
    const { page, errors } = await open(path);
    await page.waitForFunction(() => document.getElementById('storage-notice'), { timeout: 5000 });
    assert.match(await visibleNotice(page), /not keeping anything/);
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('the timer page runs a round in memory', async () => {
  const { page, errors } = await open('timer.html');
  await page.waitForSelector('#members', { visible: true });
  await page.type('#members', 'Ana\nBen');
  await page.focus('#minutes');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('peer-timer')?.shadowRoot?.querySelector('.speaker'));
  await page.keyboard.press('Space');
  await page.waitForFunction(() => document.querySelector('peer-timer').round.phase === 'running');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a group started here lives in this tab from page to page, and its members never reach a URL', async () => {
  const { page, errors, urls } = await open('index.html');
  await page.type('#group-name', 'Secret circle');
  await page.type('#group-members', 'Margaret\nTomasz');
  await page.click('#new-group button[type="submit"]');
  await new Promise((resolve) => setTimeout(resolve, 500));
  const seen = [...urls, page.url()].join('\n');
  // No native form submission (?name=…&members=…): the members never reach a URL.
  assert.doesNotMatch(seen, /margaret|tomasz|members=|name=/i);
  // The in-memory store rode along to the group page, in this tab only.
  await page.waitForFunction(() => document.body.innerText.includes('Secret circle'), { timeout: 5000 });
  assert.match(await page.evaluate(() => document.body.innerText), /Margaret/);
  const other = await preview.browser.newPage();
  await other.goto(page.url(), { waitUntil: 'networkidle0' });
  assert.doesNotMatch(await other.evaluate(() => document.body.innerText), /Secret circle/);
  await other.close();
  assert.deepEqual(errors, []);
  await page.close();
});

test('where even reading indexedDB throws (Firefox with site data blocked), a group started on the home page still goes on to its page, in memory', async () => {
  const page = await preview.browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.evaluateOnNewDocument(() => {
    Object.defineProperty(window, 'indexedDB', {
      configurable: true,
      get: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto(preview.url + 'index.html', { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => /not keeping anything/.test(document.getElementById('storage-notice')?.textContent ?? ''), { timeout: 5000 });
  await page.type('#group-name', 'Insecure circle');
  await page.type('#group-members', 'Margaret\nTomasz');
  await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), page.click('#new-group button[type="submit"]')]);
  assert.match(new URL(page.url()).pathname, /group\.html$/);
  await page.waitForFunction(() => document.body.innerText.includes('Insecure circle'), { timeout: 5000 });
  assert.match(await page.evaluate(() => document.body.innerText), /Tomasz/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('without its script (blocked or failed to load), the start form cannot send names anywhere', async () => {
  const page = await preview.browser.newPage();
  await page.setJavaScriptEnabled(false);
  await page.goto(preview.url + 'index.html', { waitUntil: 'networkidle0' });
  await page.type('#group-name', 'Secret circle');
  await page.type('#group-members', 'Margaret');
  await page.focus('#group-name');
  await page.keyboard.press('Enter');
  await new Promise((resolve) => setTimeout(resolve, 300));
  assert.doesNotMatch(page.url(), /Secret|Margaret|name=/i);
  await page.close();
});
