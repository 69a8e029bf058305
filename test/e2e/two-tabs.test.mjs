// End-to-end: two tabs of the built app (a laptop window and a projector window) change
// the same stored document at the same moment, 50 times each: nothing is lost.
// The embedding example page has the elements defined; each tab adds its own to the page.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startPreview } from './preview.mjs';

const ROUNDS = 50;
// Polled on a timer: the tab behind gets no animation frames, puppeteer's default.
const POLL = { polling: 100, timeout: 10_000 };
let preview;
let tabs;

before(async () => {
  // Both tabs run at full speed, as two windows side by side do: no throttling of the one behind.
  preview = await startPreview(4325, {
    browserArgs: ['--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows'],
  });
  tabs = [await preview.browser.newPage(), await preview.browser.newPage()];
  for (const tab of tabs) await tab.goto(preview.url + 'embed-example.html', { waitUntil: 'networkidle0' });
});

after(async () => {
  await preview?.stop();
});

/** Adds an element to each tab and waits until both have loaded the stored document. */
async function inBothTabs(markup) {
  await Promise.all(
    tabs.map((tab) =>
      tab.evaluate(async (html) => {
        const holder = document.createElement('div');
        holder.innerHTML = html;
        document.body.append(holder);
        await holder.firstElementChild.ready;
      }, markup),
    ),
  );
}

/**
 * Runs the action `ROUNDS` times in both tabs, each round at the same wall-clock
 * moment in both (a few milliseconds apart from the next), so the writes really race.
 */
async function together(action) {
  const startAt = Date.now() + 500;
  // Evaluated as source (as DevTools does), so the page's policy against eval does not apply.
  const schedule = (act, t, start, rounds) =>
    new Promise((resolve) => {
      for (let i = 0; i < rounds; i++) {
        setTimeout(() => {
          act(t, i);
          if (i === rounds - 1) resolve();
        }, start + i * 4 - Date.now());
      }
    });
  await Promise.all(tabs.map((tab, t) => tab.evaluate(`(${schedule})(${action}, ${t}, ${startAt}, ${ROUNDS})`)));
}

test('rules added in two tabs at once all land', async () => {
  await inBothTabs('<ground-rules id="shared-rules" mode="edit" storage-key="two-tabs-rules"></ground-rules>');
  await together((t, i) => {
    const form = document.getElementById('shared-rules').shadowRoot.querySelector('.add .rule-form');
    form.querySelector('textarea[name="text"]').value = `Tab ${t}, rule ${i}`;
    form.requestSubmit();
  });
  for (const tab of tabs) {
    await tab.waitForFunction((n) => document.getElementById('shared-rules').rules.rules.length === n, POLL, 2 * ROUNDS);
  }
  const alerts = await tabs[0].evaluate(() => document.getElementById('shared-rules').shadowRoot.querySelectorAll('[role="alert"]').length);
  assert.equal(alerts, 0);
});

test('"+1 minute" pressed in two tabs at once adds every minute', async () => {
  await inBothTabs('<peer-timer id="shared-timer" members="Ana, Ben" total-minutes="10" storage-key="two-tabs-timer"></peer-timer>');
  await tabs[0].evaluate(() => document.getElementById('shared-timer').toggle());
  for (const tab of tabs) await tab.waitForFunction(() => document.getElementById('shared-timer').round.phase === 'running', POLL);
  await together(() => document.getElementById('shared-timer').addMinute());
  for (const tab of tabs) {
    await tab.waitForFunction((ms) => document.getElementById('shared-timer').round.addedMs === ms, POLL, 2 * ROUNDS * 60_000);
  }
});
