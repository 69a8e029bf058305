// End-to-end: two groups on two devices each run a meeting (someone late, someone leaving
// early, anonymous feedback with something written in it), each shares its report, and a
// coordinator on a third device brings both in and sees them side by side. The shared files
// must hold no member's name and nothing anyone wrote: the test searches them for every name
// and answer it typed. Devices are separate browser contexts: nothing is shared between them.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { parseCsv } from '../../packages/core/dist/internal/csv.js';
import { axeViolations, clickIn, startGroup, startPreview, waitInShadow } from './preview.mjs';

let preview;
const errors = [];
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const GROUPS = [
  { id: '', name: 'Riverside circle', members: ['Margaret Oduya', 'Tomasz Wren', 'Priya Nair'], written: 'My brother Dariusz relapsed on Friday' },
  { id: '', name: 'Harbour group', members: ['Siobhan Kealy', 'Obi Mensah', 'Lucía Ferrer'], written: 'Please stop interrupting Obi during his turn' },
];

before(async () => {
  preview = await startPreview(4332);
});

after(async () => {
  await preview?.stop();
});

/** A device of its own: a separate browser context, with downloads into a folder of its own. */
async function device() {
  const context = await preview.browser.createBrowserContext();
  const page = await context.newPage();
  await page.setBypassCSP(true);
  page.on('pageerror', (error) => errors.push(error.message));
  const downloads = mkdtempSync(join(tmpdir(), 'peerkit-report-'));
  const cdp = await page.createCDPSession();
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads, browserContextId: context.id });
  return { context, page, downloads };
}

async function downloaded(folder, ending) {
  const deadline = Date.now() + 10_000;
  while (!readdirSync(folder).some((f) => f.endsWith(ending)) && Date.now() < deadline) await pause(100);
  const name = readdirSync(folder).find((f) => f.endsWith(ending));
  assert.ok(name, `a ${ending} file was saved`);
  return { name, path: join(folder, name), text: readFileSync(join(folder, name), 'utf8') };
}

/** One member fills in the form on the device going round: scale answers, and something written. */
async function answerFeedback(page, scores, written) {
  await page.evaluate((scores) => {
    const root = document.querySelector('feedback-form').shadowRoot;
    for (const [question, score] of Object.entries(scores)) root.querySelectorAll(`input[name="${question}"]`)[score - 1].click();
    root.querySelector('input[name="change"]').click(); // yes: there is something to change
  }, scores);
  await waitInShadow(page, 'feedback-form', 'textarea');
  await page.type('feedback-form >>> textarea', written);
  const before = await page.evaluate(() => document.querySelector('feedback-form').log.responses.length);
  await page.evaluate(() => document.querySelector('feedback-form').shadowRoot.querySelector('.questions ~ button.primary').click());
  await page.waitForFunction((n) => document.querySelector('feedback-form').log.responses.length === n + 1, {}, before);
  await waitInShadow(page, 'feedback-form', '.thanks button');
  await page.evaluate(() => document.querySelector('feedback-form').shadowRoot.querySelector('.thanks button').click());
  await waitInShadow(page, 'feedback-form', '.questions');
}

/** A regular meeting of welcome and feedback: the third member arrives late, the second leaves early. */
async function runMeeting(page, group) {
  const [, second, third] = group.members;
  await page.goto(`${preview.url}meeting.html?group=${group.id}`, { waitUntil: 'networkidle0' });
  await page.waitForSelector('#plan:not([hidden])');
  await page.click('input[name="template"][value="regular"]');
  await page.$$eval('#sections input', (inputs) => inputs.forEach((input) => !/welcome|feedback/.test(input.id) && (input.value = '0')));
  const thirdId = await page.$$eval('#attendance label', (labels, name) => labels.find((l) => l.textContent.trim() === name).querySelector('input').value, third);
  await page.click(`#attendance input[value="${thirdId}"]`);
  await page.click('#plan button[type=submit]');
  await page.waitForSelector('#run:not([hidden])');
  await page.select('#late-member', thirdId);
  await page.click('#late button[type=submit]');
  await page.waitForFunction((name) => document.getElementById('late-status').textContent.includes(name), {}, third);
  const secondId = await page.$$eval('#early-member option', (options, name) => options.find((o) => o.textContent === name).value, second);
  await page.select('#early-member', secondId);
  await page.click('#early button[type=submit]');
  await page.waitForFunction((name) => document.getElementById('late-status').textContent.includes(`${name} has left`), {}, second);
  await clickIn(page, 'meeting-agenda', 'Next section');
  await page.waitForFunction(() => document.getElementById('tool-heading')?.textContent === 'Feedback');
  await waitInShadow(page, 'feedback-form', '.questions');
  await answerFeedback(page, { safe: 4, heard: 5, 'fair-time': 3 }, group.written);
  await answerFeedback(page, { safe: 5, heard: 4, 'fair-time': 4 }, `${group.members[0]} said it first`);
  await answerFeedback(page, { safe: 3, heard: 3, 'fair-time': 5 }, 'Thank you all');
  // The facilitator takes the device back (holding Unlock) and ends the meeting.
  await page.focus('#unlock');
  await page.keyboard.down('Enter');
  await pause(2300);
  await page.keyboard.up('Enter');
  await page.waitForFunction(() => !document.querySelector('.meeting-side').inert);
  await page.click('#end-meeting');
  await page.click('#meeting-question-yes');
  await page.waitForSelector('#ended:not([hidden])');
}

test('two groups share their reports; a coordinator sees them side by side; the files hold no name and nothing written', async () => {
  const files = [];
  for (const group of GROUPS) {
    const { context, page, downloads } = await device();
    group.id = await startGroup(page, preview.url, group.name, group.members.join(', '));
    await runMeeting(page, group);
    await page.goto(`${preview.url}report.html?group=${group.id}`, { waitUntil: 'networkidle0' });
    await page.waitForSelector('#report-page:not([hidden])');
    // The group's own report: names on its own device, late and left early counted.
    const row = await page.$$eval('.report-table', (tables) => [...tables[0].tBodies[0].rows[0].cells].map((c) => c.textContent));
    assert.deepEqual(row.slice(1, 7), [group.members[0], '3', '3', '1', '1', '0'], 'facilitator, members, came, late, left early, absent');
    const members = await page.$$eval('.report-table', (tables) => [...tables.at(-1).tBodies[0].rows].map((r) => r.cells[0].textContent));
    assert.deepEqual(members, group.members);
    assert.deepEqual(await axeViolations(page), [], `axe on ${group.name}'s report`);
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    assert.deepEqual(await axeViolations(page), [], `axe on ${group.name}'s report, dark`);
    await page.emulateMediaFeatures([]);
    // Printed: the report alone, no controls, on whole pages.
    await page.emulateMediaType('print');
    assert.equal(await page.$eval('#share', (b) => getComputedStyle(b.closest('section')).display), 'none', 'no controls in print');
    const pdf = Buffer.from(await page.pdf({ format: 'A4' })).toString('latin1');
    assert.ok((pdf.match(/\/Type\s*\/Page(?!s)/g) ?? []).length >= 1, 'the report prints');
    await page.emulateMediaType('screen');
    await page.click('#share');
    await page.waitForFunction(() => /figures only/.test(document.getElementById('save-status').textContent));
    const file = await downloaded(downloads, '.json');
    files.push(file);
    for (const secret of [...group.members, ...group.members.map((m) => m.split(' ')[0]), group.written, 'said it first', 'Thank you all']) {
      assert.ok(!file.text.includes(secret), `"${secret}" is not in ${file.name}`);
    }
    const shared = JSON.parse(file.text);
    assert.deepEqual(shared.meetings[0].attendance, [
      { member: 'M1', late: false, leftEarly: false },
      { member: 'M2', late: false, leftEarly: true },
      { member: 'M3', late: true, leftEarly: false },
    ]);
    assert.deepEqual(shared.meetings[0].feedback, { responses: 3, answered: { safe: 3, heard: 3, 'fair-time': 3, change: 3 }, means: { safe: 4, heard: 4, 'fair-time': 4 }, tallies: { change: [3, 0] } });
    await context.close();
  }

  // The coordinator's own device: nothing of either group is on it until the files come in.
  const { context, page, downloads } = await device();
  await page.goto(`${preview.url}coordinator.html`, { waitUntil: 'networkidle0' });
  await page.waitForSelector('#no-reports:not([hidden])');
  const input = await page.$('#report-files');
  await input.uploadFile(...files.map((f) => f.path));
  await page.waitForFunction(() => /Brought in: Harbour group, Riverside circle|Brought in: Riverside circle, Harbour group/.test(document.getElementById('bring-status').textContent));
  const rows = await page.$$eval('.report-chart table', (tables) => [...tables[0].tBodies[0].rows].map((r) => [...r.cells].map((c) => c.textContent)));
  assert.deepEqual(
    rows.map((r) => r.slice(0, 5)),
    [
      ['Harbour group', JSON.parse(files[1].text).madeOn, '1', '0', '100%'],
      ['Riverside circle', JSON.parse(files[0].text).madeOn, '1', '0', '100%'],
    ],
  );
  assert.deepEqual(await page.$$eval('.report-group h2', (hs) => hs.map((h) => h.textContent)), [
    `Harbour group (shared report of ${JSON.parse(files[1].text).madeOn})`,
    `Riverside circle (shared report of ${JSON.parse(files[0].text).madeOn})`,
  ]);
  // No group was made on this device by bringing reports in.
  const groupsHere = await page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open('peerkit');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const count = request.result.transaction('group').objectStore('group').count();
          count.onsuccess = () => resolve(count.result);
        };
      }),
  );
  assert.equal(groupsHere, 0);
  assert.deepEqual(await axeViolations(page), [], 'axe on the coordinator view');

  // A malformed report is refused whole, naming what is wrong; a re-import of the same report keeps one.
  const bad = join(downloads, 'bad-report.json');
  const broken = JSON.parse(files[0].text);
  broken.members[0].name = 'Margaret Oduya';
  writeFileSync(bad, JSON.stringify(broken));
  await input.uploadFile(bad, files[0].path);
  await page.waitForFunction(() => /bad-report\.json.*was not brought in/.test(document.getElementById('bring-status').textContent));
  assert.match(await page.$eval('#bring-status', (s) => s.textContent), /report\.members\[0\]\.name: is not part of a shared report/);
  assert.equal(await page.$$eval('.report-group', (groups) => groups.length), 2);
  // An older report of a group never replaces the newer one here.
  const older = join(downloads, 'older-report.json');
  writeFileSync(older, JSON.stringify({ ...JSON.parse(files[0].text), madeOn: '2020-01-01' }));
  await input.uploadFile(older);
  await page.waitForFunction(() => /newer than this file’s \(2020-01-01\); the newer one is kept/.test(document.getElementById('bring-status').textContent));
  const headings = await page.$$eval('.report-group h2', (hs) => hs.map((h) => h.textContent));
  assert.ok(!headings.some((h) => h.includes('2020')), headings.join());

  // The programme CSV, read as a spreadsheet reads it: accents kept by the byte-order mark,
  // numbers as numbers, nothing but the day column that a spreadsheet would take for a date.
  await page.click('#programme-csv');
  const csv = await downloaded(downloads, '.csv');
  assert.ok(csv.text.startsWith('\uFEFF'), 'a UTF-8 byte-order mark first');
  const [header, ...body] = parseCsv(csv.text.slice(1)).filter((row) => row.some(Boolean));
  assert.deepEqual(header.slice(0, 4), ['group', 'time zone', 'report made on', 'meetings held']);
  assert.equal(body.length, 2);
  const textColumns = new Set(['group', 'time zone', 'report made on', 'flag reasons']);
  for (const row of body) {
    row.forEach((cell, i) => {
      const column = header[i];
      if (column === 'report made on') assert.match(cell, /^\d{4}-\d{2}-\d{2}$/);
      else if (!textColumns.has(column)) assert.ok(cell === 'n/a' || Number.isFinite(Number(cell)), `${column}: "${cell}" is a number or n/a`);
      assert.doesNotMatch(column === 'report made on' ? '' : cell, /^\d{1,4}[/-]\d{1,2}([/-]\d{1,4})?$/, `${column}: "${cell}" would become a date`);
    });
  }

  // The programme report printed on A4 and Letter: every column of the table on the page (read
  // from the PDF's own text), the summary first, each group on a page of its own.
  await page.emulateMediaType('print');
  const headers = await page.$$eval('.programme-table thead th', (ths) => ths.map((th) => th.textContent));
  for (const format of ['A4', 'Letter']) {
    const path = join(downloads, `programme-${format}.pdf`);
    writeFileSync(path, await page.pdf({ format }));
    const pages = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).split('\f');
    const words = (text) => text.replace(/\s+/g, ' ');
    assert.match(words(pages[0]), /Programme summary/, `${format}: the summary on the first page`);
    const all = words(pages.join(' ')).replace(/- /g, '');
    for (const heading of headers) for (const word of heading.split(/\s+/)) assert.ok(all.includes(word), `${format}: the column "${heading}" is printed ("${word}")`);
    for (const name of ['Harbour group', 'Riverside circle']) {
      const starts = pages.filter((p) => words(p).includes(`${name} (shared report of`));
      assert.equal(starts.length, 1, `${format}: ${name}'s section`);
      assert.match(words(starts[0]).trim(), new RegExp(`^${name} \\(shared report of`), `${format}: ${name}'s section starts its page`);
    }
  }
  await page.emulateMediaType('screen');

  // Another facilitator's group of the same name (its own id) is kept beside, with the question
  // asked; a report with one of these ids but another history (ids once made from names) too.
  const namesake = join(downloads, 'namesake-report.json');
  const theirs = JSON.parse(files[0].text);
  writeFileSync(namesake, JSON.stringify({ ...theirs, group: { id: 'g-another0000', name: 'Riverside circle' } }));
  const sameId = join(downloads, 'same-id-report.json');
  writeFileSync(sameId, JSON.stringify({ ...theirs, group: { ...theirs.group, name: 'Riverside (other town)' }, members: theirs.members.map((m) => ({ ...m, joined: '2025-01-01' })) }));
  await input.uploadFile(namesake, sameId);
  await page.waitForFunction(() => /Another group called “Riverside circle” is already here/.test(document.getElementById('bring-status').textContent));
  assert.match(await page.$eval('#bring-status', (s) => s.textContent), /same record id as a group here, but a different history/);
  assert.equal(await page.$$eval('.report-group', (groups) => groups.length), 4, 'nothing replaced: four groups');
  const flagged = await page.$$eval('.report-summary .report-flags li', (items) => items.map((i) => i.textContent).join('\n'));
  assert.match(flagged, /Another group called “Riverside circle” or with the same record is here too/);
  assert.deepEqual(await axeViolations(page), [], 'axe on the coordinator view with the question asked');
  // Removing the one just brought in, from the question, leaves the first as it was.
  await page.evaluate(() => [...document.querySelectorAll('#bring-status button')].find((b) => b.textContent.includes('just brought in')).click());
  await page.waitForFunction(() => document.querySelectorAll('.report-group').length === 3);

  // A report that says it was made in the future is refused, named, and blocks nothing.
  const future = join(downloads, 'future-report.json');
  writeFileSync(future, JSON.stringify({ ...theirs, madeOn: '2999-12-31' }));
  await input.uploadFile(future);
  await page.waitForFunction(() => /future-report\.json.*made on 2999-12-31, after today/.test(document.getElementById('bring-status').textContent));
  assert.equal(await page.$$eval('.report-group', (groups) => groups.length), 3);
  await context.close();
  assert.deepEqual(errors, []);
});
