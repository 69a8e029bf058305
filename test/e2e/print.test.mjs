// End-to-end: printing from a running meeting gives a clean handout of the section's
// tool alone: the rules on one page with no controls, the resources with each
// website's address written out.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startGroup, startPreview, storeDocs, waitInShadow } from './preview.mjs';
import { inventedResource } from './records.mjs';

let preview;
let page;
/** The group's id: random, known once the group is started. */
let GROUP;

before(async () => {
  preview = await startPreview(4329);
  page = await preview.browser.newPage();
  GROUP = await startGroup(page, preview.url, 'Print circle', 'Margaret, Tom, Ana');
  // The group's adopted rules (ten) and one resource with a website, as kept after earlier meetings.
  const rules = Array.from({ length: 10 }, (_, i) => ({ id: `r${i}`, text: `Rule number ${i + 1}, written as a group would write it.`, explanation: 'What it means for us, in a sentence or two.' }));
  await storeDocs(page, [
    {
      kind: 'ground-rules',
      id: GROUP,
      data: {
        schemaVersion: 1,
        rules: rules.map((r) => ({ ...r, status: 'agreed', category: null, templateId: null, check: null, decidedAt: 1 })),
        versions: [{ number: 1, adoptedAt: Date.now(), rules }],
        acceptances: [],
      },
    },
    { kind: 'resources', id: GROUP, schemaVersion: 2, data: { schemaVersion: 2, resources: [inventedResource('food', { name: 'Sample food bank', url: 'https://example.org/food', categories: ['food'] })] } },
  ]);
});

after(async () => {
  await preview?.stop();
});

/** Starts a regular meeting holding only the given section. */
async function meetingOf(sectionId) {
  await page.emulateMediaType('screen');
  await page.goto(`${preview.url}meeting.html?group=${GROUP}`, { waitUntil: 'networkidle0' });
  if (await page.$('#run:not([hidden])')) {
    await page.click('#end-meeting');
    await page.click('#meeting-question-yes');
    await page.waitForSelector('#ended:not([hidden])');
    await page.goto(`${preview.url}meeting.html?group=${GROUP}`, { waitUntil: 'networkidle0' });
  }
  await page.waitForSelector('#plan:not([hidden])');
  await page.click('input[name="template"][value="regular"]');
  // Minutes set here: the plan starts from those the group chose last time.
  await page.$$eval('#sections input', (inputs, id) => inputs.forEach((input) => (input.value = input.id === `minutes-${id}` ? '10' : '0')), sectionId);
  await page.click('#plan button[type=submit]');
  await page.waitForSelector('#run:not([hidden])');
  await waitInShadow(page, 'meeting-agenda', 'li.current');
}

const pdfPages = async () => {
  const pdf = Buffer.from(await page.pdf({ format: 'A4', printBackground: true })).toString('latin1');
  return (pdf.match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
};

test('the rules print as one clean page: the rules, no plan, no controls', async () => {
  await meetingOf('rules');
  await page.waitForFunction(() => document.querySelector('ground-rules')?.shadowRoot?.querySelectorAll('.large li').length === 10);
  assert.ok(await page.evaluate(() => [...document.querySelector('ground-rules').shadowRoot.querySelectorAll('button')].some((b) => b.textContent.trim() === 'Print a handout')));
  await page.emulateMediaType('print');
  const shown = await page.evaluate(() => {
    const rules = document.querySelector('ground-rules').shadowRoot;
    return {
      plan: document.querySelector('.meeting-side').checkVisibility(),
      crumbs: document.querySelector('.crumbs').checkVisibility(),
      modes: document.getElementById('tool-modes').checkVisibility(),
      buttons: [...rules.querySelectorAll('button')].filter((b) => b.checkVisibility()).length,
      rules: [...rules.querySelectorAll('.large li')].filter((li) => li.checkVisibility()).length,
    };
  });
  assert.deepEqual(shown, { plan: false, crumbs: false, modes: false, buttons: 0, rules: 10 });
  assert.equal(await pdfPages(), 1);
});

test('the resources print without the plan, each website with its address', async () => {
  await meetingOf('resources');
  await page.waitForFunction(() => document.querySelector('resource-list')?.shadowRoot?.querySelector('.card'));
  await page.emulateMediaType('print');
  const shown = await page.evaluate(() => {
    const list = document.querySelector('resource-list').shadowRoot;
    const link = list.querySelector('a[href^="https"]');
    return {
      plan: document.querySelector('.meeting-side').checkVisibility(),
      buttons: [...list.querySelectorAll('button')].filter((b) => b.checkVisibility()).length,
      address: getComputedStyle(link, '::after').content,
    };
  });
  assert.deepEqual(shown, { plan: false, buttons: 0, address: '" (https://example.org/food)"' });
  assert.equal(await pdfPages(), 1);
});

test('the plan prints on one page of its own: its sections and times, no tool, no controls', async () => {
  await meetingOf('sharing');
  await page.evaluate(() => {
    window.printed = new Promise((resolve) => (window.print = resolve)); // the browser's dialog is not what is tested; the layout it prints is
    document.getElementById('print-plan').click();
    return window.printed;
  });
  await page.emulateMediaType('print');
  const shown = await page.evaluate(() => {
    const plan = document.querySelector('meeting-agenda').shadowRoot;
    return {
      tool: document.querySelector('.tool').checkVisibility(),
      presenter: document.getElementById('presenter-link').checkVisibility(),
      live: document.getElementById('live').checkVisibility(),
      buttons: [...plan.querySelectorAll('button')].filter((b) => b.checkVisibility()).length,
      sections: [...plan.querySelectorAll('li')].filter((li) => li.checkVisibility()).length,
    };
  });
  assert.deepEqual(shown, { tool: false, presenter: false, live: false, buttons: 0, sections: 1 }, 'unfolded, even on a narrow page');
  assert.equal(await pdfPages(), 1);
  await page.evaluate(() => document.body.classList.remove('print-plan'));
});

test('on the projector all ten rules fit the screen, at 1920×1080 and at 1366×768', async () => {
  const projector = await preview.browser.newPage();
  for (const [width, height] of [[1920, 1080], [1366, 768]]) {
    await projector.setViewport({ width, height });
    await projector.goto(`${preview.url}meeting.html?group=${GROUP}&view=rules`, { waitUntil: 'networkidle0' });
    await projector.waitForFunction(() => document.querySelector('ground-rules')?.shadowRoot?.querySelectorAll('.large li').length === 10);
    const lowest = await projector.evaluate(() => Math.max(...[...document.querySelector('ground-rules').shadowRoot.querySelectorAll('.large li')].map((li) => li.getBoundingClientRect().bottom)));
    assert.ok(lowest <= height, `the last rule ends at ${Math.round(lowest)} px on a ${height} px screen`);
  }
  await projector.close();
});
