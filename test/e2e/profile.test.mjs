// End-to-end: what a shared computer keeps on disk. Chromium runs with a profile directory of
// its own; after each step the browser is closed (so it writes everything out) and every file
// of the profile is read: IndexedDB's LevelDB files, History, Sessions, Favicons, caches. Names
// are searched as Latin-1 and UTF-16 bytes, the two ways Chromium writes strings.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGroup, startPreview } from './preview.mjs';

const PASSPHRASE = 'correct horse battery staple';
const profiles = [];
const previews = [];
const POLL = { polling: 100, timeout: 15_000 };

after(async () => {
  for (const preview of previews) await preview.stop().catch(() => undefined);
  for (const profile of profiles) rmSync(profile, { recursive: true, force: true });
});

/** A browser on this profile (and the app's preview server), stopped after the test even if it fails. */
async function open(profile, port) {
  const preview = await startPreview(port, { browserArgs: [`--user-data-dir=${profile}`] });
  previews.push(preview);
  return preview;
}

/** Closes the browser, which writes everything it holds out to the profile. */
async function close(preview) {
  previews.splice(previews.indexOf(preview), 1);
  await preview.stop();
}

function newProfile() {
  const profile = mkdtempSync(join(tmpdir(), 'peerkit-profile-'));
  profiles.push(profile);
  return profile;
}

/** Every file of the profile that holds one of the names, as "name: path" (paths from the profile). */
function filesHolding(profile, names) {
  const found = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) {
        const bytes = readFileSync(path);
        for (const name of names) if (bytes.includes(Buffer.from(name, 'latin1')) || bytes.includes(Buffer.from(name, 'utf16le'))) found.push(`${name}: ${path.slice(profile.length + 1)}`);
      }
    }
  };
  walk(profile);
  return found;
}

async function turnLockOn(page, url) {
  await page.goto(url, { waitUntil: 'networkidle0' });
  await page.waitForSelector('#privacy-settings input[name=new]');
  await page.type('#privacy-settings input[name=new]', PASSPHRASE);
  await page.type('#privacy-settings input[name=repeat]', PASSPHRASE);
  await page.click('#privacy-settings button[type=submit]');
  await page.waitForFunction(() => document.querySelector('#privacy-settings .lock-state')?.textContent.includes('The lock is on'), POLL);
}

/** Opens the browser on the profile again, unlocks, forgets everything (the confirmation names the group), and closes it. */
async function forgetEverything(profile, port, groupName) {
  const preview = await open(profile, port);
  const page = await preview.browser.newPage();
  await page.goto(preview.url, { waitUntil: 'networkidle0' });
  await page.waitForSelector('#lock-passphrase', POLL);
  await page.type('#lock-passphrase', PASSPHRASE);
  await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), page.click('.lock-screen button[type=submit]')]);
  await page.waitForSelector('.forget-everything button', POLL);
  await page.click('.forget-everything button');
  await page.waitForFunction((name) => document.querySelector('.forget-everything [role=alert]')?.textContent.includes(name), POLL, groupName);
  await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), page.evaluate(() => document.querySelector('.forget-everything .question button.danger').click())]);
  await close(preview);
}

/** Visits the pages a facilitator goes through, so their titles and addresses reach the history. */
async function useGroup(page, url, groupId) {
  for (const path of [`group.html?group=${groupId}`, `meeting.html?group=${groupId}`, `report.html?group=${groupId}`]) await page.goto(`${url}${path}`, { waitUntil: 'networkidle0' });
}

test('with the lock on from the first minute, no file of the profile holds a group’s or member’s name; after Forget everything, IndexedDB holds none either', async () => {
  const profile = newProfile();
  const names = ['Zebraquartet', 'Quintessa', 'Lumleyward'];
  const preview = await open(profile, 4336);
  const page = await preview.browser.newPage();
  await page.goto(preview.url, { waitUntil: 'networkidle0' });
  // The offer, before any group: it leads to the passphrase field.
  await page.waitForSelector('#shared-offer:not([hidden])', POLL);
  await page.click('#shared-offer-go');
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('name')), 'new');
  await turnLockOn(page, preview.url);
  assert.equal(await page.$eval('#shared-offer', (offer) => offer.hidden), true, 'offered only while the lock is off');
  const groupId = await startGroup(page, preview.url, 'Zebraquartet circle', 'Quintessa Okafor, Xanthe Lumleyward');
  await useGroup(page, preview.url, groupId);
  await close(preview);
  assert.deepEqual(filesHolding(profile, names), [], 'nothing named, anywhere in the profile');

  // The same profile again: unlock, forget everything, close the browser.
  await forgetEverything(profile, 4336, 'Zebraquartet');
  assert.deepEqual(filesHolding(profile, names), [], 'nothing named after forgetting');
  const indexedDb = readdirSync(join(profile, 'Default'), { withFileTypes: true }).filter((e) => e.name === 'IndexedDB');
  const left = indexedDb.length === 0 ? [] : readdirSync(join(profile, 'Default', 'IndexedDB')).filter((name) => name.startsWith('http_localhost'));
  assert.deepEqual(left, [], 'no IndexedDB folder left for the origin');
});

test('turning the lock on after a group was made: nothing written after it is readable; what was written before is said, and the remedy (Forget everything) removes it from IndexedDB', async (t) => {
  const profile = newProfile();
  const preview = await open(profile, 4337);
  const page = await preview.browser.newPage();
  const groupId = await startGroup(page, preview.url, 'Yarrowmoor circle', 'Ptolemaia Grint, Ben');
  await useGroup(page, preview.url, groupId);
  await turnLockOn(page, preview.url);
  assert.match(await page.$eval('#privacy-settings .lock-state', (p) => p.textContent), /may stay in the browser’s own files[\s\S]*Forget everything/);
  // A member added once the lock is on.
  await page.goto(`${preview.url}group.html?group=${groupId}`, { waitUntil: 'networkidle0' });
  await page.waitForSelector('#new-member', POLL);
  await page.type('#new-member', 'Wilhelmina Strood');
  await page.click('#add-member button[type=submit]');
  await page.waitForFunction(() => document.body.textContent.includes('Wilhelmina Strood'), POLL);
  await useGroup(page, preview.url, groupId);
  await close(preview);
  assert.deepEqual(filesHolding(profile, ['Wilhelmina', 'Strood']), [], 'a name written with the lock on is nowhere in the profile');
  // What was written before the lock, as Chromium keeps it: said here for whoever reads the test's output (see the README).
  t.diagnostic(`written before the lock, still on disk: ${filesHolding(profile, ['Yarrowmoor', 'Ptolemaia']).join('; ') || 'nothing'}`);

  // The remedy the app gives: Forget everything (ending on the Clear-Site-Data page) leaves nothing in IndexedDB.
  await forgetEverything(profile, 4337, 'Yarrowmoor');
  assert.deepEqual(
    filesHolding(profile, ['Yarrowmoor', 'Ptolemaia', 'Wilhelmina']).filter((found) => found.includes('IndexedDB')),
    [],
    'after Forget everything, IndexedDB holds none of the names written before the lock',
  );
});
