// End-to-end: the build `npm run build` leaves (dist/app) works offline after one visit.
// Every file the service worker precaches exists, the worker installs, and with the
// network gone every page of the app still opens.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startPreview } from './preview.mjs';

let preview;

before(async () => {
  preview = await startPreview(4324);
});

after(async () => {
  await preview?.stop();
});

test('every file the service worker precaches is one the build wrote', async () => {
  const source = readFileSync(new URL('../../dist/app/sw.js', import.meta.url), 'utf8');
  const assets = JSON.parse(/const ASSETS = (\[.*\]);/.exec(source)[1]);
  assert.ok(assets.some((a) => a.endsWith('.js')) && assets.includes('./meeting.html'));
  const missing = [];
  for (const asset of assets) {
    const response = await fetch(new URL(asset, preview.url));
    if (!response.ok) missing.push(`${asset}: ${response.status}`);
  }
  assert.deepEqual(missing, []);
});

test('after one visit, every page opens with the network gone', async () => {
  const page = await preview.browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(preview.url + 'index.html', { waitUntil: 'networkidle0' });
  // The worker installed (its precache all fetched) and took over the page.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, { timeout: 10_000 }).catch(() => page.reload({ waitUntil: 'networkidle0' }));
  await page.setOfflineMode(true);
  // Each page's own script ran offline: it did what only the script does.
  for (const [path, ran] of [
    ['index.html', () => !document.getElementById('no-groups').hidden],
    ['timer.html', () => document.activeElement?.id === 'members'],
    ['group.html?group=nobody', () => document.body.innerText.includes('There is no group “nobody”')],
    ['meeting.html?group=nobody', () => document.body.innerText.includes('There is no group “nobody”')],
    ['embed-example.html', () => document.querySelector('peer-timer')?.shadowRoot?.querySelector('[part~="base"]') != null],
  ]) {
    await page.goto(preview.url + path, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(ran, { timeout: 5000 });
  }
  await page.setOfflineMode(false);
  assert.deepEqual(errors, []);
  await page.close();
});
