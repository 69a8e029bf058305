// Live rooms on this machine: a real relay (y-webrtc's, on 127.0.0.1) and real WebRTC between
// separate browser contexts, the built app. Measures, for 2, 6 and 12 members: the time from a
// facilitator's action (Next speaker on the sharing round's timer) to the change on every
// member's screen (median and p95 over the actions, the slowest member each time); and the
// bytes the facilitator's device sends and receives over WebRTC in a minute of a running
// timer with nobody touching anything. Used by run.mjs (section 8).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { keepConnections, startGroup } from '../test/e2e/preview.mjs';
import { median } from './measure.mjs';

const RELAY_PORT = 4458;
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const WAIT = { timeout: 60_000 };

async function bytesOnWire(page) {
  return page.evaluate(async () => {
    let total = 0;
    // WebRTC traffic only: the relay's websocket carries signalling, not the meeting.
    for (const connection of window.__connections.filter((c) => c instanceof RTCPeerConnection)) {
      if (connection.connectionState === 'closed') continue;
      for (const report of (await connection.getStats()).values()) if (report.type === 'transport') total += report.bytesSent + report.bytesReceived;
    }
    return total;
  });
}

async function startRoom(preview, members) {
  const facilitator = await preview.browser.createBrowserContext();
  const page = await facilitator.newPage();
  await keepConnections(page);
  // Group ids are random: the one the app gave is read back from the page it opens.
  const groupId = await startGroup(page, preview.url, 'Bench circle', 'Ana, Ben, Chen, Dee, Eli, Fay, Gil, Hana');
  await page.goto(`${preview.url}meeting.html?group=${groupId}`, { waitUntil: 'networkidle0' });
  await page.click('input[name="template"][value="regular"]');
  await page.$$eval('#sections input', (inputs) => inputs.forEach((input) => !/sharing/.test(input.id) && (input.value = '0')));
  await page.click('#plan button[type=submit]');
  await page.waitForSelector('#run:not([hidden])');
  await page.$eval('#live-relay', (input, url) => (input.value = url), `ws://127.0.0.1:${RELAY_PORT}`);
  // What opening the room loads: @peerkit/live, Yjs and y-webrtc, fetched only now.
  const loadedOnOpen = [];
  const note = (request) => request.url().endsWith('.js') && loadedOnOpen.push(new URL(request.url()).pathname);
  page.on('request', note);
  await page.click('#live-open button[type=submit]');
  await page.waitForSelector('#live-on:not([hidden])', WAIT);
  page.off('request', note);
  const link = await page.$eval('#live-link', (input) => input.value);
  const guests = [];
  for (let i = 0; i < members; i++) {
    const context = await preview.browser.createBrowserContext();
    const guest = await context.newPage();
    await guest.goto(link, { waitUntil: 'networkidle0' });
    await guest.click('#join button[type=submit]');
    guests.push({ context, page: guest });
  }
  for (const guest of guests) await guest.page.waitForFunction(() => document.getElementById('stage-title').textContent === 'Sharing round', WAIT);
  // Each member's screen notes when the speaker line last changed, by the shared clock.
  for (const guest of guests) {
    await guest.page.evaluate(() => {
      const line = document.getElementById('timer-speaker');
      new MutationObserver(() => (window.__changedAt = Date.now())).observe(line, { childList: true, characterData: true, subtree: true });
    });
  }
  return { facilitator, page, guests, loadedOnOpen };
}

const clickTimer = (page, label) =>
  page.evaluate((label) => {
    window.__actedAt = Date.now();
    [...document.querySelector('peer-timer').shadowRoot.querySelectorAll('button')].find((b) => b.textContent.trim() === label).click();
    return window.__actedAt;
  }, label);

/** Actions one after another; each waits until every member shows the new speaker. */
async function actionToScreens(room, actions) {
  const times = [];
  const names = ['Ana', 'Ben', 'Chen', 'Dee', 'Eli', 'Fay', 'Gil', 'Hana'];
  for (let i = 0; i < actions; i++) {
    const label = i === 0 ? 'Start' : 'Next';
    const speaker = names[i % names.length];
    const actedAt = await clickTimer(room.page, label);
    const arrived = await Promise.all(
      room.guests.map(async (guest) => {
        await guest.page.waitForFunction((name) => document.getElementById('timer-speaker').textContent === `${name} is speaking`, WAIT, speaker);
        return guest.page.evaluate(() => window.__changedAt);
      }),
    );
    times.push(Math.max(...arrived) - actedAt);
    await pause(300);
  }
  return times;
}

export async function liveBench(preview, appDir, { sizes = [2, 6, 12], actions = 8, quietMs = 60_000 } = {}) {
  const relay = spawn(process.execPath, ['scripts/relay.mjs'], { cwd: new URL('..', import.meta.url), env: { ...process.env, PORT: String(RELAY_PORT) }, stdio: ['ignore', 'pipe', 'ignore'] });
  await new Promise((resolve) => relay.stdout.on('data', (chunk) => String(chunk).includes('PeerKit relay') && resolve()));
  const rows = [];
  let liveGzip = 0;
  try {
    for (const members of sizes) {
      const room = await startRoom(preview, members);
      const measured = await actionToScreens(room, actions);
      const sorted = [...measured].sort((a, b) => a - b);
      const row = { members, median: median(measured), p95: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))], actions: measured.length, bytesPerMinute: null };
      if (members === sizes[0]) {
        liveGzip = room.loadedOnOpen.reduce((sum, path) => sum + gzipSync(readFileSync(join(appDir, path)), { level: 9 }).length, 0);
        // A running timer left alone for a while: what keeps the room alive, and nothing else.
        const before = await bytesOnWire(room.page);
        await pause(quietMs);
        row.bytesPerMinute = ((await bytesOnWire(room.page)) - before) * (60_000 / quietMs);
      }
      rows.push(row);
      for (const guest of room.guests) await guest.context.close();
      await room.facilitator.close();
    }
  } finally {
    relay.kill();
  }
  return { rows, liveGzip };
}
