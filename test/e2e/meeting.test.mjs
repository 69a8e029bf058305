// End-to-end: a whole meeting through the built app with the keyboard only,
// as a facilitator who does not use a mouse runs it: start a group, plan a
// meeting, check in, read the rules, run the sharing round, collect
// feedback, close, and find it in the group's history. axe-core checks every
// page and every section on the way.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, groupIdOf, startPreview } from './preview.mjs';
import { createGroup } from '../../packages/core/dist/index.js';

let preview;
let page;
const errors = [];

before(async () => {
  preview = await startPreview(4321);
  page = await preview.browser.newPage();
  // axe is added as a script by the test; the app's own CSP stays as built for everything else.
  await page.setBypassCSP(true);
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
});

after(async () => {
  await preview?.stop();
});

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** What has keyboard focus, through shadow roots: "tag|id|accessible text". */
function focused() {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body) return '';
    const text = el.getAttribute('aria-label') ?? el.labels?.[0]?.textContent ?? el.textContent ?? '';
    return `${el.tagName.toLowerCase()}|${el.id}|${text.replace(/\s+/g, ' ').trim()}`;
  });
}

/** Presses Tab (or Shift+Tab) until focus is on what `wanted` matches, as a keyboard user would. */
async function tabTo(wanted, { back = false, limit = 120 } = {}) {
  const seen = [];
  for (let i = 0; i < limit; i++) {
    if (back) {
      await page.keyboard.down('Shift');
      await page.keyboard.press('Tab');
      await page.keyboard.up('Shift');
    } else await page.keyboard.press('Tab');
    const now = await focused();
    if (wanted.test(now)) return now;
    seen.push(now);
  }
  throw new Error(`Tab never reached ${wanted}; it passed: ${[...new Set(seen)].join(' ; ')}`);
}

async function press(wanted, key = 'Enter', options) {
  await tabTo(wanted, options);
  await page.keyboard.press(key);
}

async function typeInto(wanted, text) {
  await tabTo(wanted);
  await page.keyboard.down('Control');
  await page.keyboard.press('a');
  await page.keyboard.up('Control');
  await page.keyboard.type(text);
}

async function axeClean(where) {
  assert.deepEqual(await axeViolations(page), [], `axe on ${where}`);
}

const text = (selector) => page.$eval(selector, (el) => el.textContent.replace(/\s+/g, ' ').trim());

async function nextSection(title) {
  await press(/^button\|\|Next section$/);
  await page.waitForFunction((t) => document.getElementById('tool-heading')?.textContent === t, {}, title);
  await pause(400);
}

test('a whole meeting, planned and run with the keyboard only, axe-clean throughout', async () => {
  await page.goto(preview.url, { waitUntil: 'networkidle0' });
  await axeClean('home');
  await typeInto(/\|group-name\|/, 'Tuesday circle');
  await typeInto(/\|group-members\|/, 'Ana, Ben, Chen');
  await Promise.all([page.waitForNavigation(), press(/^button\|\|Start the group$/)]);
  const tuesday = groupIdOf(page);
  assert.match(tuesday, /^g-[0-9a-z]{12}$/, 'a random id: the name never reaches the address');

  await page.waitForSelector('#group-page:not([hidden])');
  assert.match(await text('#next-about'), /first meeting, facilitated by Ana/);
  await axeClean('the group page');
  await Promise.all([page.waitForNavigation(), press(/^a\|run-meeting\|/)]);

  await page.waitForSelector('#plan:not([hidden])');
  await axeClean('the meeting plan');
  await tabTo(/^input\|\|First meeting/);
  await page.keyboard.press('ArrowDown'); // a regular meeting instead
  await page.waitForFunction(() => document.getElementById('minutes-sharing'));
  await typeInto(/\|minutes-resources\|/, '0'); // leave the resources out
  assert.equal(await text('#plan-total'), 'Planned: 85 minutes');
  await press(/^input\|\|Chen$/, 'Space'); // Chen could not come
  await press(/^button\|\|Start the meeting$/);

  await page.waitForSelector('#run:not([hidden])');
  await page.waitForFunction(() => document.querySelector('meeting-agenda')?.shadowRoot?.querySelector('li.current'));
  assert.equal(await text('#tool-heading'), 'Welcome');
  assert.match(await text('#tool-slot'), /Here today: Ana, Ben\./);
  await axeClean('the welcome');

  await nextSection('Check-in');
  await axeClean('the check-in');
  await press(/^button\|\|Start check-in$/);
  await press(/^button\|\|Next$/);
  await press(/^button\|\|Next$/);
  await page.waitForFunction(() => document.querySelector('checkin-round').checkin.round.phase === 'complete');

  await nextSection('Ground-rules reminder');
  await axeClean('the rules');
  // An accidental reload comes back to the same section of the same meeting.
  await page.reload({ waitUntil: 'networkidle0' });
  await page.waitForFunction(() => document.getElementById('tool-heading')?.textContent === 'Ground-rules reminder');
  assert.equal(await page.$eval('#plan', (form) => form.hidden), true);
  // Home shows the meeting in progress, and its link goes back to the same section.
  await page.goto(preview.url, { waitUntil: 'networkidle0' });
  await Promise.all([page.waitForNavigation(), press(/^a\|\|Meeting in progress: go back to it$/)]);
  await page.waitForFunction(() => document.getElementById('tool-heading')?.textContent === 'Ground-rules reminder');

  await nextSection('Sharing round');
  await axeClean('the sharing round');
  await press(/^button\|\|Start$/);
  await pause(1200);
  // The projector mirrors the round live from the same storage.
  const projector = await preview.browser.newPage();
  await projector.setBypassCSP(true);
  await projector.goto(`${preview.url}meeting.html?group=${tuesday}&view=timer`, { waitUntil: 'networkidle0' });
  const speakerOn = (tab) => tab.evaluate(() => document.querySelector('peer-timer')?.shadowRoot?.querySelector('.speaker')?.textContent.trim());
  await projector.waitForFunction(() => document.querySelector('peer-timer')?.shadowRoot?.querySelector('.speaker'));
  assert.equal(await speakerOn(projector), 'Ana');
  assert.equal(await projector.evaluate(() => document.querySelector('peer-timer').shadowRoot.querySelector('.controls')), null);
  assert.deepEqual(await axeViolations(projector), [], 'axe on the timer projector');
  await press(/^button\|\|Next$/);
  await projector.waitForFunction(() => document.querySelector('peer-timer').shadowRoot.querySelector('.speaker')?.textContent.trim() === 'Ben');
  await projector.close();
  // Chen arrives late: the meeting's record and the running round take him in.
  await tabTo(/^select\|late-member\|/);
  await press(/^button\|\|Add to this meeting$/);
  await page.waitForFunction(() => document.querySelector('peer-timer')?.round?.speakers.map((s) => s.name).join() === 'Ana,Ben,Chen');
  await pause(600);
  await press(/^button\|\|Next$/);
  await page.waitForFunction(() => document.querySelector('peer-timer').round.speakers[2].status === 'speaking');
  await pause(600);
  await press(/^button\|\|Next$/);
  await page.waitForFunction(() => document.querySelector('peer-timer').round.phase === 'complete');

  await nextSection('Feedback');
  await axeClean('the feedback form');
  // Three 1–5 scales: Tab reaches each group's first radio, Space picks 1, arrows move to 3.
  for (let scale = 0; scale < 3; scale++) {
    await tabTo(/^input\|\|1/);
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
  }
  await press(/^button\|\|Send feedback$/);
  await page.waitForFunction(() => document.querySelector('feedback-form').log.responses.length === 1);
  const answers = await page.evaluate(() => document.querySelector('feedback-form').log.responses[0].answers);
  assert.deepEqual(answers, { safe: 3, heard: 3, 'fair-time': 3 });

  // The device went round locked to the form; the facilitator holds the unlock button to go on.
  assert.equal(await page.evaluate(() => document.querySelector('.meeting-side').inert), true);
  await tabTo(/^button\|unlock\|/);
  await page.keyboard.down('Enter');
  await pause(2300);
  await page.keyboard.up('Enter');
  await page.waitForFunction(() => !document.querySelector('.meeting-side').inert);
  await nextSection('Close');
  await press(/^button\|\|Next section$/);
  await page.waitForSelector('#ended:not([hidden])');
  assert.match(await text('#ended-summary'), /^3 came\. Talk time: (Even|Somewhat uneven|One voice took much more): the longest share was/);
  await axeClean('the end of the meeting');
  await Promise.all([page.waitForNavigation(), press(/^a\|back-to-group\|/)]);

  await page.waitForSelector('#meetings:not([hidden])');
  const rows = await page.$$eval('#meetings tbody tr', (trs) => trs.map((tr) => [...tr.cells].map((td) => td.textContent)));
  assert.equal(rows.length, 1);
  assert.equal(rows[0][1], 'Ana');
  assert.equal(rows[0][2], '3');
  const attendance = await page.$$eval('#attendance tbody tr', (trs) => trs.map((tr) => [...tr.cells].map((td) => td.textContent).join(' ')));
  assert.deepEqual(attendance, ['Ana 1 1', 'Ben 1 1', 'Chen 1 1']);
  assert.match(await text('#next-about'), /regular meeting, facilitated by Ben/);
  await page.waitForFunction(() => /Results from 1 response/.test(document.querySelector('feedback-form')?.shadowRoot?.textContent ?? ''));
  await axeClean('the group page with its history');
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
  await axeClean('the group page, dark');
  await page.emulateMediaFeatures([]);
  assert.deepEqual(errors, []);
});

test('members join and leave from the group page, with the keyboard; their attendance stays', async () => {
  await typeInto(/\|new-member\|/, 'Dee');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.getElementById('members-status').textContent === 'Dee has joined.');
  await press(/^button\|\|Ben has left$/);
  await page.waitForFunction(() => /Ben has left the group/.test(document.getElementById('members-status').textContent));
  assert.deepEqual(await page.$$eval('#members li span', (names) => names.map((n) => n.textContent)), ['Ana', 'Chen', 'Dee']);
  const attendance = await page.$$eval('#attendance tbody tr', (trs) => trs.map((tr) => [...tr.cells].map((td) => td.textContent).join(' ')));
  assert.deepEqual(attendance, ['Ana 1 1', 'Ben (left) 1 1', 'Chen 1 1', 'Dee 0 0']);
  assert.match(await text('#next-about'), /facilitated by Chen/);
});

test('marking someone as gone can be undone at once, from the keyboard', async () => {
  await press(/^button\|\|Chen has left$/);
  await page.waitForFunction(() => /Chen has left the group/.test(document.getElementById('members-status').textContent));
  assert.match(await focused(), /^button\|\|Undo$/);
  assert.deepEqual(await page.$$eval('#members li span', (names) => names.map((n) => n.textContent)), ['Ana', 'Dee']);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.getElementById('members-status').textContent === 'Chen is a member again.');
  assert.deepEqual(await page.$$eval('#members li span', (names) => names.map((n) => n.textContent)), ['Ana', 'Chen', 'Dee']);
  await axeClean('the group page after an undo');
});

test('the review point is set on the group page and used for the next plan', async () => {
  await typeInto(/\|review-after\|/, '1');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.getElementById('review-status').textContent === 'The purpose will be reviewed every 1 meeting.');
  assert.match(await text('#next-about'), /^Suggested: a review meeting/);
  assert.match(await text('#group-summary'), /purpose review due/);
  await typeInto(/\|review-after\|/, '6');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => /a regular meeting/.test(document.getElementById('next-about').textContent));
});

test('the group page opens offline once visited', async () => {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload({ waitUntil: 'networkidle0' }); // now controlled by the service worker
  await page.setOfflineMode(true);
  await page.reload({ waitUntil: 'networkidle0' });
  await page.waitForSelector('#meetings:not([hidden])');
  assert.equal(await text('#group-name'), 'Tuesday circle');
  await page.setOfflineMode(false);
});

test('forgetting a group asks first, with the keyboard, and then removes it', async () => {
  await tabTo(/^button\|forget\|/);
  await page.keyboard.press('Enter');
  assert.match(await focused(), /^button\|forget-no\|Keep it$/);
  assert.match(await text('#forget-question'), /Forget Tuesday circle on this device\?/);
  await axeClean('the question before forgetting');
  await page.keyboard.down('Shift');
  await page.keyboard.press('Tab');
  await page.keyboard.up('Shift');
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  await page.waitForFunction(() => document.getElementById('home-status')?.textContent !== '');
  assert.equal(await text('#home-status'), 'Tuesday circle was forgotten on this device.');
  assert.equal(await page.$$eval('#groups li', (items) => items.length), 0);
  const left = await page.evaluate(async () => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('peerkit');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const counts = await Promise.all(
      [...db.objectStoreNames].map(
        (name) => new Promise((resolve) => (db.transaction(name).objectStore(name).count().onsuccess = (e) => resolve(e.target.result))),
      ),
    );
    db.close();
    return counts.reduce((a, b) => a + b, 0);
  });
  assert.equal(left, 0);
});

/** Chooses a file in the home page's "bring a group in" control, as a person picking it would. */
function chooseGroupFile(name, content) {
  return page.evaluate(
    (name, content) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], name, { type: 'application/json' }));
      const field = document.getElementById('import-file');
      field.files = transfer.files;
      field.dispatchEvent(new Event('change'));
    },
    name,
    content,
  );
}

test('a bad group file is refused whole, saying what is wrong', async () => {
  const file = JSON.stringify({ format: 'peerkit', formatVersion: 1, exportedAt: '', documents: [{ kind: 'group', id: 'x', schemaVersion: 2, revision: 1, updatedAt: 0, data: { nonsense: true } }] });
  await chooseGroupFile('bad.json', file);
  await page.waitForFunction(() => document.getElementById('import-status').textContent.startsWith('Nothing was brought in.'));
  assert.match(await text('#import-status'), /file\.documents\[0\]/);
  assert.equal(await page.$$eval('#groups li', (items) => items.length), 0);
});

test('a group file whose group has the name of a group here asks first, and keeps both only when told to', async () => {
  await page.goto(preview.url, { waitUntil: 'networkidle0' });
  await page.type('#group-name', 'Tuesday Grief Circle');
  await page.type('#group-members', 'Ana, Ben');
  await Promise.all([page.waitForNavigation(), page.click('#new-group button[type=submit]')]);
  const ours = groupIdOf(page);
  // Another facilitator's group of the same name: another town, other members, its own random id.
  const theirs = createGroup('g-anthem000000', 'Tuesday Grief Circle', ['Rosa', 'Sam'], Date.now(), 'en', 'UTC');
  const file = JSON.stringify({ format: 'peerkit', formatVersion: 1, exportedAt: new Date().toISOString(), documents: [{ kind: 'group', id: theirs.id, schemaVersion: 5, revision: 1, updatedAt: Date.now(), data: theirs }] });
  const bringIn = async () => {
    await page.goto(preview.url, { waitUntil: 'networkidle0' });
    await chooseGroupFile('tuesday.json', file);
    await page.waitForFunction(() => /Another group called “Tuesday Grief Circle” is already here/.test(document.getElementById('import-status').textContent));
  };
  await bringIn();
  assert.deepEqual(await axeViolations(page), [], 'axe with the question asked');
  await page.evaluate(() => [...document.querySelectorAll('#import-status button')].find((b) => b.textContent === 'Don’t bring it in').click());
  await page.waitForFunction(() => /Nothing was brought in\. Only the “Tuesday Grief Circle” already here is kept\./.test(document.getElementById('import-status').textContent));
  assert.equal(await page.$$eval('#groups li', (items) => items.filter((i) => i.textContent.includes('Tuesday Grief Circle')).length), 1);
  await bringIn();
  await Promise.all([page.waitForNavigation(), page.evaluate(() => [...document.querySelectorAll('#import-status button')].find((b) => b.textContent === 'Keep both').click())]);
  assert.equal(groupIdOf(page), 'g-anthem000000');
  await page.goto(preview.url, { waitUntil: 'networkidle0' });
  const links = await page.$$eval('#groups li a:first-child', (as) => as.filter((a) => a.textContent === 'Tuesday Grief Circle').map((a) => new URL(a.href).searchParams.get('group')));
  assert.deepEqual(links.sort(), [ours, 'g-anthem000000'].sort(), 'both kept, nothing replaced');
});

test('a Spanish-speaking group gets its tools in Spanish', async () => {
  await page.goto(preview.url, { waitUntil: 'networkidle0' });
  await typeInto(/\|group-name\|/, 'Círculo del jueves');
  await typeInto(/\|group-members\|/, 'Ana, Luis');
  await tabTo(/\|group-lang\|/);
  await page.keyboard.press('ArrowDown'); // Español
  await Promise.all([page.waitForNavigation(), press(/^button\|\|Start the group$/)]);
  assert.match(groupIdOf(page), /^g-[0-9a-z]{12}$/, 'a random id: the name never reaches the address');
  await Promise.all([page.waitForNavigation(), press(/^a\|run-meeting\|/)]);
  await page.waitForSelector('#plan:not([hidden])');
  assert.equal(await text('label[for="minutes-consent"]'), 'Confidencialidad y consentimiento');
  await press(/^input\|\|Luis$/, 'Space'); // Luis is not here yet
  await press(/^button\|\|Start the meeting$/);
  await page.waitForFunction(() => document.querySelector('meeting-agenda')?.shadowRoot?.querySelector('li.current'));
  assert.equal(await text('#tool-heading'), 'Bienvenida y presentaciones');
  assert.match(await text('#tool-slot'), /Here today: Ana\./);
  // Luis arrives late: the meeting's record and the tools take him in.
  await tabTo(/^select\|late-member\|/);
  await press(/^button\|\|Add to this meeting$/);
  await page.waitForFunction(() => /^Luis is here now/.test(document.getElementById('late-status').textContent));
  assert.match(await text('#tool-slot'), /Here today: Ana, Luis\./);
  assert.equal(await page.$eval('#late', (form) => form.hidden), true);
  assert.match(await page.$eval('meeting-agenda', (el) => el.shadowRoot.textContent), /Plan de la reunión/);
  await press(/^button\|\|Siguiente parte$/);
  await page.waitForFunction(() => document.getElementById('tool-heading')?.textContent === 'Confidencialidad y consentimiento');
  // The consent section explains confidentiality and its limits in the group's language.
  await page.waitForFunction(() => /Lo que se dice aquí se queda aquí/.test(document.querySelector('ground-rules')?.shadowRoot?.textContent ?? ''));
  // (Once the group's context has arrived the element reloads: wait for the buttons, do not read once.)
  await page.waitForFunction(() => /Ana está de acuerdo/.test(document.querySelector('ground-rules')?.shadowRoot?.textContent ?? ''));
  await axeClean('a Spanish group’s meeting');
});

test('the app’s own pages switch to Spanish, and stay so', async () => {
  await page.goto(preview.url, { waitUntil: 'networkidle0' });
  await tabTo(/\|app-lang\|/);
  await Promise.all([page.waitForNavigation(), page.keyboard.press('ArrowDown')]);
  assert.equal(await text('#groups-heading'), 'Tus grupos');
  assert.equal(await page.$eval('html', (html) => html.lang), 'es');
  await axeClean('home in Spanish');
  const link = await page.$$eval('#groups a', (links) => links.map((a) => a.getAttribute('href'))[0]);
  await page.goto(new URL(link, preview.url).href, { waitUntil: 'networkidle0' });
  await page.waitForSelector('#group-page:not([hidden])');
  assert.equal(await text('#data-heading'), 'Los datos de este grupo');
  assert.match(await text('#next-about'), /^Sugerencia: /);
  await axeClean('a group page in Spanish');
  await page.goto(`${preview.url}timer.html`, { waitUntil: 'networkidle0' });
  assert.equal(await text('#setup h2'), 'Preparar la ronda');
  await page.evaluate(() => localStorage.removeItem('peerkit-app-lang'));
});

