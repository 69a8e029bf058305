// End-to-end: privacy on a shared computer. With the lock on, nothing a facilitator typed
// can be read from IndexedDB; a wrong passphrase opens nothing; every page (the presenter
// view too) locks after the idle time and leaves on quick exit without staying in the Back
// button; changing the passphrase with the page closed part-way leaves all old or all new;
// a sealed group file round-trips.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addContribution, addResponse, addRule, emptyLog, emptyPurpose, emptyResourceList, emptyRuleSet, putResource } from '../../packages/core/dist/index.js';
import { axeViolations, startGroup, startPreview, storeDocs } from './preview.mjs';
import { inventedResource } from './records.mjs';

/** The group's id: random, known once the group is started. */
let GROUP;
const PASSPHRASE = 'correct horse battery staple';
const POLL = { polling: 100, timeout: 15_000 };
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** Everything typed that must never be readable at rest. */
const SECRETS = {
  members: ['Marisol Quintero', 'Benedikt Oyelaran'],
  rule: 'What is said here stays here, always',
  purpose: 'Somewhere to be honest about caring for Abuela Rosario',
  resource: 'Sample night line for Zanzibar',
  answer: 'I felt heard when Marisol spoke',
};
const ALL_SECRETS = [...SECRETS.members, SECRETS.rule, SECRETS.purpose, SECRETS.resource, SECRETS.answer];
let preview;
let page;
const errors = [];

before(async () => {
  preview = await startPreview(4331, { browserArgs: ['--disable-background-timer-throttling', '--disable-renderer-backgrounding'] });
  page = await preview.browser.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  await page.setBypassCSP(true); // for axe only
  page.on('console', (m) => process.env.DEBUG_E2E && m.type() !== 'verbose' && console.log('[console]', m.type(), m.text()));
  page.on('pageerror', (e) => process.env.DEBUG_E2E && console.log('[pageerror]', e.message));
  GROUP = await startGroup(page, preview.url, 'Privacy circle', `${SECRETS.members.join(', ')}, Chen`);
  await storeDocs(page, [
    { kind: 'ground-rules', id: GROUP, data: addRule(emptyRuleSet(), 'r1', SECRETS.rule) },
    { kind: 'purpose', id: GROUP, data: addContribution(emptyPurpose('en'), 'c1', SECRETS.purpose, null, Date.UTC(2026, 10, 1)) },
    { kind: 'resources', id: GROUP, schemaVersion: 2, data: putResource(emptyResourceList(), inventedResource('line', { name: SECRETS.resource, crisis: true, phones: [{ number: '555-0100', type: 'hotline' }] })) },
    { kind: 'feedback-responses', id: GROUP, data: addResponse(emptyLog('end-of-meeting'), { id: 'a1', day: '2026-11-01', answers: { heard: SECRETS.answer } }) },
  ]);
});

after(async () => {
  await preview?.stop();
});

/** Every value of every object store of every PeerKit database, as another script on the origin would read them. */
const rawDatabases = (tab) =>
  tab.evaluate(async () => {
    const names = (await indexedDB.databases()).map((db) => db.name).filter((name) => name.startsWith('peerkit'));
    const values = [];
    for (const name of names) {
      const db = await new Promise((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      for (const store of db.objectStoreNames) {
        values.push(await new Promise((resolve) => (db.transaction(store).objectStore(store).getAll().onsuccess = (e) => resolve(e.target.result))));
      }
      db.close();
    }
    return JSON.stringify(values);
  });

/** Writes the lock's idle time straight into its settings, as another page of the origin could. */
const setIdleMinutes = (tab, minutes) =>
  tab.evaluate(
    (minutes) =>
      new Promise((resolve) => {
        const request = indexedDB.open('peerkit');
        request.onsuccess = () => {
          const tx = request.result.transaction('peerkit-lock', 'readwrite');
          const store = tx.objectStore('peerkit-lock');
          store.get('settings').onsuccess = (e) => {
            const doc = e.target.result;
            store.put({ ...doc, revision: doc.revision + 1, data: { ...doc.data, idleMinutes: minutes } });
          };
          tx.oncomplete = () => {
            request.result.close();
            resolve();
          };
        };
      }),
    minutes,
  );

const onHome = async (tab = page) => {
  await tab.goto(preview.url, { waitUntil: 'networkidle0' });
};
const isLocked = (tab) => tab.evaluate(() => document.querySelector('.lock-screen') !== null);
const unlock = async (tab, passphrase) => {
  // Typing goes to the tab in front, as it does for a person.
  await tab.bringToFront();
  await tab.waitForSelector('#lock-passphrase', POLL);
  await tab.type('#lock-passphrase', passphrase);
  await tab.click('.lock-screen button[type=submit]');
};

test('turning the lock on leaves nothing typed readable in IndexedDB', async () => {
  const before = await rawDatabases(page);
  for (const secret of ALL_SECRETS) assert.ok(before.includes(secret), `${secret} was stored`);
  await onHome();
  await page.waitForSelector('#privacy-settings input[name=new]');
  // Beside the lock: what the browser keeps of its own, and the private window.
  assert.match(await page.$eval('#privacy-settings', (section) => section.textContent), /history of the pages visited[\s\S]*private window/);
  // A passphrase of spaces is refused, with the reason beside the form.
  await page.type('#privacy-settings input[name=new]', ' '.repeat(12));
  await page.type('#privacy-settings input[name=repeat]', ' '.repeat(12));
  await page.click('#privacy-settings button[type=submit]');
  await page.waitForFunction(() => /at least 10 characters, not counting spaces/.test(document.querySelector('#privacy-settings .status')?.textContent ?? ''), POLL);
  await page.$$eval('#privacy-settings input[type=password]', (inputs) => inputs.forEach((input) => (input.value = '')));
  await page.type('#privacy-settings input[name=new]', PASSPHRASE);
  await page.type('#privacy-settings input[name=repeat]', PASSPHRASE);
  await page.click('#privacy-settings button[type=submit]');
  await page.waitForFunction(() => document.querySelector('#privacy-settings .lock-state')?.textContent.includes('The lock is on'), POLL);
  const after = await rawDatabases(page);
  for (const secret of ALL_SECRETS) assert.ok(!after.includes(secret), `${secret} is not readable`);
  assert.ok(!after.includes('Privacy circle'));
  // This page goes on as before: the group is still there, through the key in memory.
  await page.goto(`${preview.url}group.html?group=${GROUP}`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => document.getElementById('group-page')?.hidden === false, POLL);
  assert.equal(await isLocked(page), false);
  // What the browser's history keeps of the page: with the lock on, no group's name.
  assert.equal(await page.title(), 'PeerKit');
  await page.goto(`${preview.url}meeting.html?group=${GROUP}`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => document.getElementById('meeting-title')?.textContent.includes('Privacy circle'), POLL);
  assert.equal(await page.title(), 'PeerKit');
});

test('a locked page shows nothing of any group; a wrong passphrase opens nothing and says so', async () => {
  await onHome();
  await page.waitForFunction(() => [...document.querySelectorAll('#privacy-settings button')].some((b) => b.textContent === 'Lock now'), POLL);
  await page.evaluate(() => [...document.querySelectorAll('#privacy-settings button')].find((b) => b.textContent === 'Lock now').click());
  await page.waitForSelector('.lock-screen', POLL);
  const html = await page.content();
  for (const secret of [...ALL_SECRETS, 'Privacy circle']) assert.ok(!html.includes(secret), `${secret} not on the page`);
  assert.deepEqual(await axeViolations(page), []);
  await unlock(page, 'not the passphrase at all');
  await page.waitForFunction(() => document.querySelector('.lock-screen .error')?.textContent.includes('does not open'), POLL);
  assert.equal(await isLocked(page), true);
  await page.$eval('#lock-passphrase', (input) => (input.value = ''));
  await unlock(page, PASSPHRASE);
  await page.waitForFunction(() => document.querySelector('#groups a')?.textContent === 'Privacy circle', POLL);
});

test('every page locks after the idle time, the presenter view too, and unlocking one opens the others', async () => {
  // The idle time is a setting anyone could change; a few seconds here, rather than minutes.
  await setIdleMinutes(page, 0.2);
  const room = await preview.browser.newPage();
  room.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${preview.url}group.html?group=${GROUP}`, { waitUntil: 'networkidle0' });
  // Opened while the facilitator's page is unlocked, the presenter view gets the key from it.
  await room.goto(`${preview.url}meeting.html?group=${GROUP}&view=presenter`, { waitUntil: 'networkidle0' });
  assert.equal(await isLocked(room), false);
  // Twelve seconds without use of either page: the facilitator's page warns (politely) first, then both lock.
  const IDLE = { ...POLL, timeout: 40_000 };
  await page.waitForFunction(() => /PeerKit locks in \d+ seconds/.test(document.querySelector('.idle-warning[role=status]')?.textContent ?? ''), IDLE);
  assert.equal(await room.$('.idle-warning'), null, 'the projector warns nobody');
  await page.waitForSelector('.lock-screen', IDLE);
  await room.waitForSelector('.lock-screen', IDLE);
  // The projector shows only "Paused": no passphrase field for the room to watch being typed.
  assert.equal(await room.$eval('.lock-screen', (screen) => screen.textContent), 'Paused');
  assert.equal(await room.$('input'), null);
  const lockedRoom = await room.content();
  for (const secret of ALL_SECRETS) assert.ok(!lockedRoom.includes(secret));
  // Unlocking on the laptop reloads the presenter view, open.
  const roomReloaded = room.waitForNavigation({ waitUntil: 'load' });
  await unlock(page, PASSPHRASE);
  await roomReloaded;
  await room.waitForSelector('#main', POLL);
  assert.equal(await isLocked(room), false);
  await room.close();
  // Back to a time no test waits out.
  await setIdleMinutes(page, 15);
  await page.reload({ waitUntil: 'networkidle0' });
  if (await isLocked(page)) await unlock(page, PASSPHRASE);
  await page.waitForFunction(() => document.getElementById('group-page')?.hidden === false, POLL);
});

test('a meeting under way is never locked for lack of use; on a break, the warning comes and then the lock', async () => {
  await setIdleMinutes(page, 0.2);
  await page.goto(`${preview.url}meeting.html?group=${GROUP}`, { waitUntil: 'networkidle0' });
  if (await isLocked(page)) await unlock(page, PASSPHRASE);
  await page.waitForSelector('#plan:not([hidden])', POLL);
  await page.click('#plan button[type=submit]');
  await page.waitForSelector('#run:not([hidden])', POLL);
  // Twice the lock's time, nobody touching anything: the meeting runs on, open.
  await pause(25_000);
  assert.equal(await isLocked(page), false, 'not locked while the meeting runs');
  assert.equal(await page.$('.idle-warning'), null, 'no warning while the meeting runs');
  // A break: the meeting is not running, so the warning and the lock come.
  await page.evaluate(() => document.querySelector('meeting-agenda').togglePause());
  await page.waitForSelector('.idle-warning', { ...POLL, timeout: 40_000 });
  await page.waitForSelector('.lock-screen', { ...POLL, timeout: 40_000 });
  await unlock(page, PASSPHRASE);
  await page.waitForSelector('#run:not([hidden])', POLL);
  await page.evaluate(() => document.querySelector('meeting-agenda').togglePause());
  await page.click('#discard-meeting');
  await page.click('#meeting-question-yes');
  await setIdleMinutes(page, 15);
});

test('quick exit leaves from every page at once, out of the Back button, and locks', async () => {
  const pages = ['', `group.html?group=${GROUP}`, `meeting.html?group=${GROUP}`, `meeting.html?group=${GROUP}&view=presenter`, 'timer.html'];
  for (const [i, path] of pages.entries()) {
    // Each page is reached from another one, which Back must return to.
    const from = path === 'timer.html' ? '' : 'timer.html';
    const tab = await preview.browser.newPage();
    await tab.bringToFront();
    await tab.goto(`${preview.url}${from}`, { waitUntil: 'networkidle0' });
    if (await isLocked(tab)) await unlock(tab, PASSPHRASE);
    await tab.waitForFunction(() => document.querySelector('.lock-screen') === null, POLL);
    await tab.goto(`${preview.url}${path}`, { waitUntil: 'networkidle0' });
    await tab.waitForFunction(() => document.querySelector('.quick-exit') !== null, POLL);
    // The button on one, Esc twice on the others.
    if (i === 0) await tab.click('.quick-exit');
    else {
      await tab.keyboard.press('Escape');
      await tab.keyboard.press('Escape');
    }
    await tab.waitForFunction(() => location.href === 'about:blank', POLL);
    await tab.goBack({ waitUntil: 'load' });
    assert.equal(new URL(tab.url()).pathname, `/${from}`, `${path || 'home'}: Back skips the page left`);
    await tab.waitForSelector('.lock-screen', POLL);
    await tab.close();
  }
  // The facilitator's own window went too.
  await page.waitForFunction(() => location.href === 'about:blank', POLL);
  // Back in PeerKit in that window: a neutral cover first (the lock screen behind it), until the facilitator continues.
  await page.goto(preview.url, { waitUntil: 'networkidle0' });
  await page.waitForSelector('.exit-cover button', POLL);
  assert.equal(await page.$eval('.lock-screen', (screen) => screen.checkVisibility()), false);
  await page.click('.exit-cover button');
  await page.waitForSelector('#lock-passphrase', { ...POLL, visible: true });
});

/** Which passphrase opens each sealed record and the lock's check value, tried with WebCrypto as the lock does. */
const whichOpens = (tab, candidates) =>
  tab.evaluate(async (candidates) => {
    const db = await new Promise((resolve) => (indexedDB.open('peerkit').onsuccess = (e) => resolve(e.target.result)));
    const all = async (store) => new Promise((resolve) => (db.transaction(store).objectStore(store).getAll().onsuccess = (e) => resolve(e.target.result)));
    const settings = (await all('peerkit-lock'))[0].data;
    const records = [];
    for (const store of db.objectStoreNames) if (store !== 'peerkit-lock') records.push(...(await all(store)));
    db.close();
    const bytes = (b64) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const keyFor = async (passphrase) =>
      crypto.subtle.deriveKey(
        { name: 'PBKDF2', hash: 'SHA-256', salt: bytes(settings.derivation.salt), iterations: settings.derivation.iterations },
        await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, ['deriveKey']),
        { name: 'AES-GCM', length: 256 },
        false,
        ['decrypt'],
      );
    const opens = async (key, sealed, context) =>
      crypto.subtle.decrypt({ name: 'AES-GCM', iv: bytes(sealed.iv), additionalData: new TextEncoder().encode(context) }, key, bytes(sealed.ciphertext)).then(
        () => true,
        () => false,
      );
    const result = {};
    for (const candidate of candidates) {
      const key = await keyFor(candidate);
      result[candidate] = { check: await opens(key, settings.check, 'PeerKit lock check'), records: 0 };
      for (const record of records) if (record.sealed && (await opens(key, record.sealed, `${record.kind}/${record.id}`))) result[candidate].records += 1;
    }
    return { ...result, total: records.length, sealed: records.filter((r) => r.sealed).length };
  }, candidates);

test('changing the passphrase with the page closed part-way leaves all old or all new, never a mix', async () => {
  let passphrase = PASSPHRASE;
  // Closed at moments across the change (deriving keys, sealing, writing), then once left to finish.
  for (const [i, delay] of [0, 150, 400, 900, 'done'].entries()) {
    const next = `new passphrase number ${i}`;
    const tab = await preview.browser.newPage();
    await tab.bringToFront();
    await tab.goto(preview.url, { waitUntil: 'networkidle0' });
    if (await isLocked(tab)) await unlock(tab, passphrase);
    await tab.waitForSelector('#privacy-settings input[name=current]', POLL);
    await tab.type('#privacy-settings input[name=current]', passphrase);
    await tab.type('#privacy-settings input[name=new]', next);
    await tab.type('#privacy-settings input[name=repeat]', next);
    await tab.evaluate(() => document.querySelector('#privacy-settings input[name=current]').form.requestSubmit());
    if (delay === 'done') await tab.waitForFunction(() => document.querySelector('#privacy-settings .lock-state')?.textContent.includes('was changed'), POLL);
    else await new Promise((resolve) => setTimeout(resolve, delay));
    await tab.close();
    const checker = await preview.browser.newPage();
    await checker.goto(`${preview.url}timer.html`, { waitUntil: 'networkidle0' });
    const opened = await whichOpens(checker, [passphrase, next]);
    await checker.close();
    const [old, fresh] = [opened[passphrase], opened[next]];
    assert.equal(opened.sealed, opened.total, `delay ${delay}: every record sealed`);
    assert.ok(
      (old.check && old.records === opened.total && !fresh.check && fresh.records === 0) || (fresh.check && fresh.records === opened.total && !old.check && old.records === 0),
      `delay ${delay}: all old or all new, got ${JSON.stringify(opened)}`,
    );
    if (fresh.check) passphrase = next;
  }
  // The last change had time to finish.
  assert.equal(passphrase, 'new passphrase number 4');
  await page.bringToFront();
  await page.goto(preview.url, { waitUntil: 'networkidle0' });
  if (await isLocked(page)) await unlock(page, passphrase);
  await page.waitForFunction(() => document.querySelector('#groups a')?.textContent === 'Privacy circle', POLL);
});

test('a group saved to a sealed file holds no name, and comes back with its passphrase', async () => {
  await page.bringToFront();
  const downloads = mkdtempSync(join(tmpdir(), 'peerkit-sealed-'));
  const cdp = await page.createCDPSession();
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
  await page.goto(`${preview.url}group.html?group=${GROUP}`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => document.getElementById('group-page')?.hidden === false, POLL);
  await page.click('#seal-export');
  await page.type('#seal-passphrase', 'file passphrase 2026');
  await page.click('#export');
  await page.waitForFunction(() => document.getElementById('data-status').textContent.includes('encrypted'), POLL);
  const deadline = Date.now() + 10_000;
  while (!readdirSync(downloads).some((f) => f.endsWith('.json')) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  const path = join(downloads, readdirSync(downloads).find((f) => f.endsWith('.json')));
  const text = readFileSync(path, 'utf8');
  assert.equal(JSON.parse(text).format, 'peerkit-sealed');
  for (const secret of [...ALL_SECRETS, 'Privacy circle']) assert.ok(!text.includes(secret), `${secret} is not in the file`);
  // Forget the group, then bring it back from the sealed file.
  await page.click('#forget');
  await Promise.all([page.waitForNavigation(), page.click('#forget-yes')]);
  await page.waitForFunction(() => document.getElementById('no-groups')?.hidden === false, POLL);
  const input = await page.$('#import-file');
  await input.uploadFile(path);
  await page.waitForSelector('.sealed-file input[type=password]', POLL);
  await page.type('.sealed-file input[type=password]', 'a wrong guess');
  await page.click('.sealed-file button[type=submit]');
  await page.waitForFunction(() => document.querySelector('.sealed-file [role=alert]')?.textContent.includes('does not open this file'), POLL);
  await page.$eval('.sealed-file input[type=password]', (el) => (el.value = ''));
  await page.type('.sealed-file input[type=password]', 'file passphrase 2026');
  await Promise.all([page.waitForNavigation(), page.click('.sealed-file button[type=submit]')]);
  await page.waitForFunction(() => document.getElementById('group-page')?.hidden === false, POLL);
  const members = await page.evaluate(() => document.body.textContent);
  for (const name of SECRETS.members) assert.ok(members.includes(name), `${name} is back`);
  // Still sealed at rest after the import.
  const raw = await rawDatabases(page);
  for (const secret of ALL_SECRETS) assert.ok(!raw.includes(secret));
});

test('forgetting everything names the groups, then ends on a page that keeps nothing: no database, cache, setting or service worker', async () => {
  await onHome();
  await page.waitForSelector('.forget-everything button', POLL);
  await page.click('.forget-everything button');
  await page.waitForFunction(() => document.querySelector('.forget-everything [role=alert]')?.textContent.includes('Privacy circle'), POLL);
  const [response] = await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), page.evaluate(() => document.querySelector('.forget-everything .question button.danger').click())]);
  assert.equal(new URL(page.url()).pathname, '/forgotten.html');
  assert.equal(response.headers()['clear-site-data'], '"cache", "storage"', 'the preview server asks the browser to clear the site');
  assert.match(await page.$eval('main', (main) => main.textContent), /forgotten everything[\s\S]*What PeerKit cannot erase[\s\S]*history/);
  // Checked over the DevTools protocol, as the browser itself sees the origin.
  const cdp = await page.createCDPSession();
  const securityOrigin = new URL(preview.url).origin;
  const { databaseNames } = await cdp.send('IndexedDB.requestDatabaseNames', { securityOrigin });
  const { caches } = await cdp.send('CacheStorage.requestCacheNames', { securityOrigin });
  const workers = new Promise((resolve) => cdp.once('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => resolve(registrations.filter((r) => !r.isDeleted))));
  await cdp.send('ServiceWorker.enable');
  assert.deepEqual({ databaseNames, caches, workers: await Promise.race([workers, pause(1000).then(() => [])]) }, { databaseNames: [], caches: [], workers: [] });
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('peerkit'))), []);
  assert.deepEqual(await axeViolations(page), [], 'axe on the forgotten page');
  await cdp.detach();
  assert.deepEqual(errors, []);
});

test('the forgotten page opens at once from a page the app\'s worker controls (the worker leaves it to the network), and clears the site', async () => {
  await onHome();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, POLL);
  const started = Date.now();
  const response = await page.goto(`${preview.url}forgotten.html`, { waitUntil: 'load', timeout: 10_000 });
  assert.equal(response.headers()['clear-site-data'], '"cache", "storage"');
  assert.ok(Date.now() - started < 10_000);
  const cdp = await page.createCDPSession();
  const { caches } = await cdp.send('CacheStorage.requestCacheNames', { securityOrigin: new URL(preview.url).origin });
  assert.deepEqual(caches, [], 'the worker\'s cache is cleared');
  await cdp.detach();
});
