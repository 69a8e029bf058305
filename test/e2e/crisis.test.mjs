// End-to-end: crisis help is one step away on every screen of a meeting, by button or
// Alt+H: what to do, and the group's own crisis lines (or a plain word that it has none).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, startGroup, startPreview, storeDocs } from './preview.mjs';
import { inventedResource } from './records.mjs';

let preview;
let page;
/** The group's id: random, known once the group is started. */
let thursday;
const errors = [];

before(async () => {
  preview = await startPreview(4327);
  page = await preview.browser.newPage();
  await page.setBypassCSP(true); // for axe only
  page.on('pageerror', (error) => errors.push(error.message));
  thursday = await startGroup(page, preview.url, 'Thursday circle', 'Margaret, Tom, Ana');
});

after(async () => {
  await preview?.stop();
});

const dialogText = () => page.evaluate(() => document.getElementById('crisis-dialog').innerText + ' ' + (document.querySelector('#crisis-lines resource-list')?.shadowRoot?.textContent ?? ''));

test('on the plan screen, Alt+H opens crisis help, focused, and says when the group has no crisis line', async () => {
  await page.goto(`${preview.url}meeting.html?group=${thursday}`, { waitUntil: 'networkidle0' });
  await page.waitForSelector('#plan:not([hidden])');
  await page.keyboard.down('Alt');
  await page.keyboard.press('KeyH');
  await page.keyboard.up('Alt');
  await page.waitForFunction(() => document.getElementById('crisis-dialog').open);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'crisis-heading');
  await page.waitForFunction(() => document.querySelector('#crisis-lines resource-list')?.shadowRoot?.querySelector('.notice'));
  assert.match(await dialogText(), /emergency number/);
  assert.match(await dialogText(), /No crisis line is saved for this group yet/);
  assert.deepEqual(await axeViolations(page), []);
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.getElementById('crisis-dialog').open);
  // The Esc that closed the dialog is not half of a quick exit: another Esc at once leaves the page where it is.
  await page.keyboard.press('Escape');
  await new Promise((resolve) => setTimeout(resolve, 300));
  assert.match(page.url(), /meeting\.html/);
  assert.equal(await page.evaluate(() => document.body.hidden), false);
});

test('while the meeting runs, the button shows the group’s crisis lines with a call link', async () => {
  // The group's resources hold one crisis line (as a facilitator would add in the Resources section).
  await storeDocs(page, [
    {
      kind: 'resources',
      id: thursday,
      schemaVersion: 2,
      data: { schemaVersion: 2, resources: [inventedResource('line', { name: 'Sample crisis line', phones: [{ number: '555-0100', type: 'voice' }], alwaysOpen: true, languages: ['English'], categories: ['crisis'], crisis: true })] },
    },
  ]);
  await page.click('#plan button[type=submit]');
  await page.waitForSelector('#run:not([hidden])');
  await page.click('#crisis');
  await page.waitForFunction(() => document.querySelector('#crisis-lines resource-list')?.shadowRoot?.querySelector('a.big'));
  const call = await page.evaluate(() => document.querySelector('#crisis-lines resource-list').shadowRoot.querySelector('a.big').getAttribute('href'));
  assert.equal(call, 'tel:5550100');
  assert.match(await dialogText(), /Sample crisis line/);
  assert.deepEqual(await axeViolations(page), []);
  await page.click('#crisis-dialog form button');
  await page.waitForFunction(() => !document.getElementById('crisis-dialog').open);
  assert.deepEqual(errors, []);
});

test('the group page asks a group with no crisis line to add one, and stops asking once it has one', async () => {
  const other = await preview.browser.newPage();
  const saturday = await startGroup(other, preview.url, 'Saturday circle', 'Margaret, Tom');
  await other.waitForSelector('#no-crisis-line:not([hidden])');
  // Added in the group's own resource editor, marked as a crisis line.
  await other.evaluate(() => {
    const form = document.querySelector('resource-list').shadowRoot.querySelector('form.edit');
    form.querySelector('input[name="name"]').value = 'Sample crisis line';
    form.querySelector('input[name="phone"]').value = '555-0100';
    form.querySelector('input[name="crisis"]').checked = true;
    form.requestSubmit();
  });
  await other.waitForSelector('#no-crisis-line', { hidden: true });
  // And it is at hand in the meeting.
  await other.goto(`${preview.url}meeting.html?group=${saturday}`, { waitUntil: 'networkidle0' });
  await other.click('#crisis');
  await other.waitForFunction(() => document.querySelector('#crisis-lines resource-list')?.shadowRoot?.querySelector('a.big')?.getAttribute('href') === 'tel:5550100');
  await other.close();
  assert.deepEqual(errors, []);
});
