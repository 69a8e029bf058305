// End-to-end (issue 34, item 3): a change shown on screen is stored, or its loss is said.
// Commands pressed in quick succession and a reload 0–200 ms later: either the page comes
// back as it was shown, or the browser asked first ("Leave site?") because a write was
// still on its way; staying, the write lands and a reload then comes back as shown.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startPreview, startGroup, storedData } from './preview.mjs';

let preview;
let page;

before(async () => {
  preview = await startPreview(4336);
  page = await preview.browser.newPage();
  page.answersLeaving = true;
});

after(async () => {
  await preview?.stop();
});

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** What the timer shows: who has the floor and whether the round runs. */
const shown = () => page.evaluate(() => {
  const round = document.querySelector('peer-timer').round;
  return { current: round.current, phase: round.phase, statuses: round.speakers.map((s) => s.status).join(' ') };
});

/** Reloads the page; a "Leave site?" asked on the way is counted and answered with Stay, and the reload comes once the write has landed. */
async function reloadAsked() {
  let asked = 0;
  const onDialog = (dialog) => {
    if (dialog.type() !== 'beforeunload') return;
    asked++;
    void dialog.dismiss();
  };
  page.on('dialog', onDialog);
  const reloaded = await page.reload({ waitUntil: 'load', timeout: 3000 }).then(() => true, () => false);
  page.off('dialog', onDialog);
  if (!reloaded) {
    // Stayed: nothing lost, and the write goes on; then the reload is not asked again.
    await pause(300);
    await page.reload({ waitUntil: 'load' });
  }
  return asked;
}

test('Pause, Resume and Next pressed at once and the timer page reloaded 0–200 ms later: it comes back as shown, or asked first', async () => {
  await page.goto(`${preview.url}timer.html`, { waitUntil: 'networkidle0' });
  await page.waitForSelector('#members', { visible: true });
  await page.type('#members', 'Ana\nBen\nChen\nDee\nEli\nFay\nGus\nHal');
  await page.focus('#minutes');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('peer-timer')?.shadowRoot?.querySelector('.speaker'));
  const outcomes = [];
  for (const delay of [0, 0, 10, 25, 50, 100, 200]) {
    await page.waitForFunction(() => document.querySelector('peer-timer')?.round);
    await page.focus('peer-timer');
    // Start (or resume), pause, resume, next: four commands within a few milliseconds.
    for (const key of [' ', ' ', ' ', 'n']) await page.keyboard.press(key);
    if ((await shown()).phase !== 'running') await page.keyboard.press(' ');
    const before = await shown();
    if (delay > 0) await pause(delay);
    const asked = await reloadAsked();
    await page.waitForFunction(() => document.querySelector('peer-timer')?.round?.speakers.length === 8);
    const after = await shown();
    outcomes.push(`${delay} ms: ${asked ? 'asked' : 'not asked'}`);
    assert.deepEqual(after, before, `after a reload ${delay} ms later (${asked ? 'asked first' : 'not asked'})`);
    if (after.current >= 6) break;
  }
  console.log(outcomes.join('; '));
});

/**
 * Goes on to the meeting page `delay` ms after a change, answering "Leave site?" with Leave,
 * and says whether it was asked.
 */
async function leaveAfter(delay, id) {
  if (delay > 0) await pause(delay);
  let asked = 0;
  const onDialog = (dialog) => {
    asked++;
    void dialog.accept();
  };
  page.on('dialog', onDialog);
  await page.goto(`${preview.url}meeting.html?group=${id}`, { waitUntil: 'networkidle0' });
  page.off('dialog', onDialog);
  return asked > 0;
}

test('adding a resource on the group page and going on to the meeting page 0–200 ms later: it is there, or leaving asked first', async () => {
  const id = await startGroup(page, preview.url, 'Unsaved circle', 'Ana, Ben');
  for (const delay of [0, 50, 100, 200]) {
    await page.goto(`${preview.url}group.html?group=${id}`, { waitUntil: 'networkidle0' });
    await page.waitForFunction(() => document.querySelector('resource-list')?.shadowRoot?.querySelector('form.edit'));
    const name = `Helpline ${delay}`;
    await page.evaluate((name) => {
      const form = document.querySelector('resource-list').shadowRoot.querySelector('form.edit');
      form.querySelector('input[name="name"]').value = name;
      form.requestSubmit();
    }, name);
    const asked = await leaveAfter(delay, id);
    const stored = await storedData(page, 'resources', id);
    const kept = stored?.resources.some((r) => r.name === name) ?? false;
    assert.ok(kept || asked, `${name}: kept, or leaving was asked first`);
  }
});

test('a new member added on the group page, then a link followed 0–200 ms later: the member is there, or leaving asked first', async () => {
  const id = await startGroup(page, preview.url, 'Members circle', 'Ana, Ben');
  for (const delay of [0, 50, 100, 200]) {
    await page.goto(`${preview.url}group.html?group=${id}`, { waitUntil: 'networkidle0' });
    const name = `Newcomer ${delay}`;
    await page.$eval('#new-member', (input, name) => (input.value = name), name);
    await page.$eval('#add-member', (form) => form.requestSubmit());
    const asked = await leaveAfter(delay, id);
    const kept = (await storedData(page, 'group', id)).members.some((m) => m.name === name);
    assert.ok(kept || asked, `${name}: kept, or leaving was asked first`);
  }
});
