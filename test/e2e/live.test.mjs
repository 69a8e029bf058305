// End-to-end: a live room over a real relay (y-webrtc's own, started here on 127.0.0.1) and
// real WebRTC between separate browser contexts (tabs would sync over BroadcastChannel and
// never touch the network): the facilitator opens a room from the meeting page; two members
// join by link (one named, one anonymous) and follow the sharing round's timer live; they
// answer the feedback from their own devices and the answers land in the facilitator's
// results, linked to the meeting, once each; a member reloads (as a locked phone does) and
// catches up without answering twice; a stranger with a wrong key sees nothing and is told;
// closing the room clears the members' screens; members' devices keep nothing; and no
// request or connection leaves 127.0.0.1.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import puppeteer from 'puppeteer-core';
import { ENGINES } from '../../scripts/browsers.mjs';
import { axeViolations, clickIn, keepConnections, memberIds, startGroup, startPreview, storeDocs, storedData, waitInShadow } from './preview.mjs';
import { blankResource, emptyPurpose, RESOURCES_SCHEMA_VERSION } from '../../packages/core/dist/index.js';

const RELAY_PORT = 4456;
let preview;
let relay;
const errors = [];
const addresses = [];
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const WAIT = { timeout: 20_000 };

before(async () => {
  relay = spawn(process.execPath, ['scripts/relay.mjs'], { cwd: new URL('../..', import.meta.url), env: { ...process.env, PORT: String(RELAY_PORT) }, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve, reject) => {
    relay.stdout.on('data', (chunk) => String(chunk).includes('PeerKit relay') && resolve());
    relay.on('exit', (code) => reject(new Error(`the relay exited (${code})`)));
  });
  preview = await startPreview(4333);
});

after(async () => {
  await preview?.stop();
  relay?.kill();
});

/** A device of its own: a separate browser context, every request and websocket it opens noted, and any policy refusal. */
async function device() {
  const context = await preview.browser.createBrowserContext();
  // Under the app's own content security policy: the relay must be allowed, and nothing else.
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => addresses.push(request.url()));
  page.on('console', (message) => /Content Security Policy/.test(message.text()) && errors.push(message.text()));
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  cdp.on('Network.webSocketCreated', ({ url }) => addresses.push(url));
  return { context, page };
}

/** Plans a meeting of the given sections, starts it, and opens a live room: the members' link. */
async function openRoom(page, groupId, template, sections) {
  await page.goto(`${preview.url}meeting.html?group=${groupId}`, { waitUntil: 'networkidle0' });
  await page.waitForSelector('#plan:not([hidden])');
  await page.click(`input[name="template"][value="${template}"]`);
  await page.$$eval('#sections input', (inputs, kept) => inputs.forEach((input) => !new RegExp(kept).test(input.id) && (input.value = '0')), sections.join('|'));
  await page.click('#plan button[type=submit]');
  await page.waitForSelector('#run:not([hidden])');
  await page.$eval('#live-relay', (input, url) => (input.value = url), `ws://127.0.0.1:${RELAY_PORT}`);
  await page.click('#live-open button[type=submit]');
  await page.waitForSelector('#live-on:not([hidden])', WAIT);
  return page.$eval('#live-link', (input) => input.value);
}

const jsqrPath = createRequire(import.meta.url).resolve('jsqr/dist/jsQR.js');
/** The text of the QR code in a screenshot (PNG, base64), the screenshot scaled down to each width; null where none is read. */
async function readQr(context, png, widths) {
  const reader = await context.newPage();
  await reader.addScriptTag({ path: jsqrPath });
  const texts = await reader.evaluate(async (png, widths) => {
    const image = new Image();
    image.src = `data:image/png;base64,${png}`;
    await image.decode();
    return widths.map((width) => {
      const height = Math.round((image.height * width) / image.width);
      const canvas = Object.assign(document.createElement('canvas'), { width, height });
      const context = canvas.getContext('2d');
      context.drawImage(image, 0, 0, width, height);
      return window.jsQR(context.getImageData(0, 0, width, height).data, width, height)?.data ?? null;
    });
  }, png, widths);
  await reader.close();
  return texts;
}

async function join(page, link, name) {
  await page.goto(link, { waitUntil: 'networkidle0' });
  await page.waitForSelector('#join:not([hidden])');
  assert.equal(new URL(page.url()).hash, '', 'the secrets leave the address bar');
  if (name) await page.type('#display-name', name);
  await page.click('#join button[type=submit]');
  await page.waitForSelector('#room:not([hidden])');
}

const title = (page) => page.$eval('#stage-title', (h) => h.textContent);

async function answer(page, score) {
  await page.waitForSelector('#stage-feedback:not([hidden])', WAIT);
  await waitInShadow(page, '#stage-feedback feedback-form', '.questions', WAIT);
  await page.evaluate((score) => {
    const root = document.querySelector('feedback-form').shadowRoot;
    for (const name of ['safe', 'heard', 'fair-time']) root.querySelectorAll(`input[name="${name}"]`)[score - 1].click();
  }, score);
  await page.click('#stage-feedback button[type=submit]');
  await page.waitForFunction(() => /went to the facilitator, without your name/.test(document.getElementById('feedback-status').textContent), WAIT);
}

test('a live room: join by link, follow the timer, answer anonymously, rejoin, strangers refused, closed for everyone', async () => {
  const facilitator = await device();
  const page = facilitator.page;
  const liveCircle = await startGroup(page, preview.url, 'Live circle', 'Margaret, Tom, Priya');
  const link = await openRoom(page, liveCircle, 'regular', ['sharing', 'feedback']);
  assert.match(link, /^http:\/\/localhost:4333\/live\.html#room=[\w-]{22}&key=[\w-]{22}&relay=ws%3A%2F%2F127\.0\.0\.1%3A4456&stage=[\w-]{22}$/);
  assert.ok(await page.$('#live-qr svg[role="img"] path'), 'a QR code of the link');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'live-link', 'focus goes from the form to the members’ link, not to the page');
  // Read from the laptop's screen as a member sees it in a video call: the whole screen scaled down to 800, 560 and 400 px
  // wide (at 14rem, the size before, it was read at 800 and not at 560 or 400).
  await page.$eval('#live-qr', (qr) => qr.scrollIntoView({ block: 'center' }));
  assert.deepEqual(await readQr(facilitator.context, await page.screenshot({ encoding: 'base64' }), [800, 560, 400]), [link, link, link]);
  // The presenter window (same browser) shows the code large while the room is open.
  const presenter = await facilitator.context.newPage();
  await presenter.goto(`${preview.url}meeting.html?group=${liveCircle}&view=presenter`, { waitUntil: 'networkidle0' });
  await presenter.waitForSelector('aside.presenter-join:not([hidden]) svg[role="img"]', WAIT);
  await page.bringToFront();
  assert.deepEqual(await axeViolations(page, ['#live']), [], 'axe on the live room panel');

  // A stranger who has the room but not its key.
  const stranger = await device();
  const wrongKey = link.replace(/key=[\w-]{22}/, 'key=AAAAAAAAAAAAAAAAAAAAAA');
  await join(stranger.page, wrongKey, 'Eve');

  const ana = await device();
  const anonymous = await device();
  await join(ana.page, link, 'Ana');
  await join(anonymous.page, link, '');
  for (const member of [ana.page, anonymous.page]) await member.waitForFunction(() => document.getElementById('stage-title').textContent === 'Sharing round', WAIT);
  assert.equal(await ana.page.$eval('#stage-group', (p) => p.textContent), 'Live circle');
  await page.waitForFunction(() => document.getElementById('live-present').textContent === 'Here from their own devices: Ana, 1 anonymous.', WAIT);
  // A member's screen has no facilitator's controls.
  assert.equal(await ana.page.$eval('#co-controls', (section) => section.hidden), true);
  assert.deepEqual(await axeViolations(ana.page), [], 'axe on a member’s screen');

  // A co-facilitator, on a device of their own, starts the round: the facilitator's page carries it out and the members' screens follow.
  const co = await device();
  await join(co.page, await page.$eval('#live-co-link', (input) => input.value), 'Sam');
  await co.page.waitForSelector('#co-controls:not([hidden])', WAIT);
  assert.deepEqual(await axeViolations(co.page), [], 'axe on the co-facilitator’s screen');
  await co.page.click('#co-toggle');
  await page.waitForFunction(() => document.querySelector('peer-timer').round.phase === 'running', WAIT);
  await ana.page.waitForFunction(() => document.getElementById('timer-speaker').textContent === 'Margaret is speaking', WAIT);
  const first = await ana.page.$eval('#timer-left', (p) => p.textContent);
  await pause(1500);
  assert.notEqual(await ana.page.$eval('#timer-left', (p) => p.textContent), first, 'the time counts down');

  // Feedback from members' own devices (the co-facilitator moves the meeting on).
  await co.page.click('#co-section');
  await page.waitForFunction(() => document.getElementById('tool-heading').textContent === 'Feedback', WAIT);
  await answer(ana.page, 4);
  await answer(anonymous.page, 2);
  const log = () => storedData(page, 'feedback-responses', liveCircle);
  // The laptop is not locked into passing a device round: it counts the answers, against the people here.
  assert.equal(await page.$eval('#kiosk-lock', (lock) => lock.hidden), true, 'no pass-the-device lock with a room open');
  await page.waitForFunction(() => document.getElementById('online-answers')?.textContent === '2 of 3 here answered on their own devices.', WAIT);
  const stored = await log();
  assert.equal(stored.responses.length, 2);
  const meetingAt = await page.evaluate(() => document.querySelector('meeting-agenda').agenda.sections.find((s) => s.startedAt !== null).startedAt);
  for (const response of stored.responses) {
    assert.deepEqual(Object.keys(response).sort(), ['answers', 'day', 'id', 'meetingAt']);
    assert.equal(response.meetingAt, meetingAt);
  }
  assert.deepEqual(stored.responses.map((r) => r.answers.safe).sort(), [2, 4]);
  assert.ok(!JSON.stringify(stored).includes('Ana'), 'no name beside an answer');

  // Ana's phone locks and comes back (a reload): she catches up, and is not asked again.
  await ana.page.reload({ waitUntil: 'networkidle0' });
  await ana.page.waitForFunction(() => document.getElementById('stage-title').textContent === 'Feedback', WAIT);
  assert.equal(await ana.page.$eval('#stage-feedback', (form) => form.hidden), true, 'answered once per device');
  await ana.page.waitForFunction(() => document.getElementById('feedback-status').textContent === 'You have answered — thank you.', WAIT);
  await page.waitForFunction(() => /Ana, 1 anonymous/.test(document.getElementById('live-present').textContent), WAIT);
  assert.equal((await log()).responses.length, 2, 'nothing counted twice');

  // Ana's answer token copied into a second window (as a private tab copying her session would): its answer is refused and said.
  const anaSession = JSON.parse(await ana.page.evaluate(() => sessionStorage.getItem('peerkit-live')));
  assert.match(anaSession.token?.proof ?? '', /^[\w-]{300,}$/, 'Ana’s device holds a signed token');
  const copy = await device();
  const answerAs = async (session) => {
    await copy.page.goto(`${preview.url}live.html`, { waitUntil: 'networkidle0' });
    await copy.page.evaluate((kept) => sessionStorage.setItem('peerkit-live', JSON.stringify(kept)), { ...session, answered: [] });
    // Only the fragment differs, so the page is loaded again for it to be read.
    await copy.page.goto(session.fragment.replace(/^#/, `${preview.url}live.html#`));
    await copy.page.reload({ waitUntil: 'networkidle0' });
    await answer(copy.page, 1);
  };
  await answerAs(anaSession);
  await page.waitForFunction(() => /1 answer came again with a device's answer token already used: not added\./.test(document.getElementById('online-answers').textContent), WAIT);
  // A token the facilitator's device never signed is refused too.
  const madeUp = { ...anaSession.token, pending: { ...anaSession.token.pending, token: anaSession.token.pending.token.replace(/^.{4}/, 'AAAA') } };
  await answerAs({ ...anaSession, token: madeUp });
  await page.waitForFunction(() => /1 answer without this room's answer token was refused\./.test(document.getElementById('online-answers').textContent), WAIT);
  assert.deepEqual((await log()).responses.map((r) => r.answers.safe).sort(), [2, 4], 'neither copy was added');
  await copy.context.close();

  // The stranger never saw the meeting, and is told.
  await stranger.page.waitForFunction(() => /key does not open this meeting’s messages/.test(document.getElementById('room-status').textContent), WAIT);
  assert.equal(await title(stranger.page), '');
  assert.ok(!/Eve/.test(await page.$eval('#live-present', (p) => p.textContent)), 'the stranger is not in the room');

  // Closing the room clears every member's screen; they keep nothing.
  await page.click('#live-close');
  for (const member of [ana.page, anonymous.page]) {
    await member.waitForFunction(() => /closed the room/.test(document.getElementById('live-problem').textContent), WAIT);
    assert.equal(await member.$eval('#room', (room) => room.hidden), true);
    assert.deepEqual(await member.evaluate(async () => [(await indexedDB.databases()).length, localStorage.length, sessionStorage.length]), [0, 0, 0], 'nothing kept on a member’s device');
  }
  await page.waitForFunction(() => /The room is closed/.test(document.getElementById('live-status').textContent), WAIT);
  await presenter.waitForSelector('aside.presenter-join[hidden]', WAIT);

  const outside = addresses.filter((address) => !/^(https?|wss?):\/\/(localhost|127\.0\.0\.1)(:\d+)?\//.test(address) && !address.startsWith('data:') && !address.startsWith('blob:'));
  assert.deepEqual(outside, [], 'nothing leaves 127.0.0.1');
  await co.page.waitForFunction(() => /closed the room/.test(document.getElementById('live-problem').textContent), WAIT);
  for (const d of [facilitator, co, stranger, ana, anonymous]) await d.context.close();
  assert.deepEqual(errors, []);
});

test('members act as themselves from their phones: a mood and "come back to me" in the check-in, a purpose fit, a rule response', async () => {
  const facilitator = await device();
  const page = facilitator.page;
  const actingCircle = await startGroup(page, preview.url, 'Acting circle', 'Ana, Ben');
  await storeDocs(page, [
    { kind: 'purpose', id: actingCircle, data: { ...emptyPurpose('en'), drafts: [{ id: 'd1', text: 'We listen and share', source: 'facilitator', fit: {} }] } },
    { kind: 'ground-rules', id: actingCircle, data: { schemaVersion: 1, rules: [{ id: 'r1', text: 'One person speaks at a time', explanation: '', category: null, templateId: null, status: 'proposed', check: null, decidedAt: null }], versions: [], acceptances: [] } },
  ]);
  const link = await openRoom(page, actingCircle, 'review', ['checkin', 'purpose', 'rules']);
  const { ana: anaId, ben: benId } = await memberIds(page, actingCircle);
  const ana = await device();
  await join(ana.page, link, 'Ana');
  await ana.page.waitForFunction(() => document.getElementById('stage-title').textContent === 'Check-in', WAIT);
  await ana.page.waitForSelector('#who-box:not([hidden])');
  // The name given on joining is already chosen.
  assert.equal(await ana.page.$eval('#who', (select) => select.value), anaId);
  const stored = (kind) => storedData(page, kind, actingCircle);

  // A second device says it is Ana: refused there, and shown to the facilitator, who can release the name.
  const other = await device();
  await join(other.page, link, '');
  await other.page.waitForSelector('#who-box:not([hidden])', WAIT);
  await other.page.select('#who', anaId);
  await other.page.waitForFunction(() => /Someone here already chose this name/.test(document.getElementById('act-status').textContent), WAIT);
  await page.waitForFunction(() => /Ana: claimed by 2 devices/.test(document.getElementById('live-claims').textContent), WAIT);
  assert.deepEqual(await axeViolations(page, ['#live']), [], 'axe on the live panel with a contested name');
  await page.click('#live-claims button');
  await page.waitForFunction(() => /Ana is free again/.test(document.getElementById('live-status').textContent), WAIT);
  // The second device chooses no name after all: Ana's is hers alone again.
  await other.page.select('#who', '');
  await page.waitForFunction(() => document.getElementById('live-claims').textContent === '', WAIT);
  await other.context.close();

  // The check-in: Ana gives a mood, and on her turn asks to come back later.
  await clickIn(page, 'checkin-round', 'Start check-in');
  await ana.page.waitForSelector('#stage-mood:not([hidden]) input', WAIT);
  // Clicked as an element, not at a point: the screen may still be settling.
  await ana.page.$eval('#stage-mood input[value="4"]', (input) => input.click());
  await ana.page.waitForSelector('#stage-turn:not([hidden])', WAIT);
  await ana.page.click('#turn-later');
  const deadline = Date.now() + 20_000;
  let checkin;
  while (Date.now() < deadline) {
    checkin = await stored('checkin');
    if (checkin?.mood.counts[3] === 1 && checkin.round.speakers[0]?.memberId === benId) break;
    await pause(200);
  }
  assert.deepEqual(checkin.mood.counts, [0, 0, 0, 1, 0], 'the mood is counted');
  assert.deepEqual(checkin.round.speakers.map((s) => s.memberId), [benId, anaId], 'Ana comes back after Ben');
  await ana.page.waitForSelector('#stage-turn[hidden]', WAIT);

  // The purpose: Ana's fit for the draft.
  await clickIn(page, 'meeting-agenda', 'Next section');
  await ana.page.waitForSelector('#stage-drafts:not([hidden]) input[value="5"]', WAIT);
  await ana.page.$eval('#stage-drafts input[value="5"]', (input) => input.click());
  for (let i = 0; i < 100 && (await stored('purpose'))?.drafts[0]?.fit[anaId] !== 5; i++) await pause(200);
  assert.deepEqual((await stored('purpose')).drafts[0].fit, { [anaId]: 5 });

  // The facilitator's page reloads (a crash, a mistaken click): the same room opens again, members wait and then go on,
  // and nothing Ana did before is applied a second time.
  await ana.page.evaluate(() => {
    window.__said = [];
    new MutationObserver(() => window.__said.push(document.getElementById('room-status').textContent)).observe(document.getElementById('room-status'), { childList: true, characterData: true, subtree: true });
  });
  await page.reload({ waitUntil: 'networkidle0' });
  await page.waitForSelector('#live-on:not([hidden])', WAIT);
  assert.equal(await page.$eval('#live-link', (input) => input.value), link, 'the same room');
  await ana.page.waitForFunction(() => window.__said.includes('Waiting for the facilitator…') && document.getElementById('room-status').textContent === 'Connected to the meeting.', WAIT);
  await pause(1000);
  assert.deepEqual((await stored('checkin')).round.speakers.map((s) => s.memberId), [benId, anaId], 'Ana’s "come back to me" is not applied again');

  // The rules: Ana's response to the proposed rule.
  await page.waitForSelector('meeting-agenda');
  await clickIn(page, 'meeting-agenda', 'Next section');
  await ana.page.waitForSelector('#stage-proposals:not([hidden]) input[value="stand-aside"]', WAIT);
  await ana.page.$eval('#stage-proposals input[value="stand-aside"]', (input) => input.click());
  for (let i = 0; i < 100 && !(await stored('ground-rules'))?.rules[0]?.check; i++) await pause(200);
  assert.deepEqual((await stored('ground-rules')).rules[0].check, { method: 'consent', responses: { [anaId]: 'stand-aside' } });
  assert.deepEqual(await axeViolations(ana.page), [], 'axe on a member’s rule responses');
  for (const d of [facilitator, ana]) await d.context.close();
  assert.deepEqual(errors, []);
});

test('the facilitator’s laptop drops off the network: the meeting goes on there, members wait, and catch up when it is back', async () => {
  const facilitator = await device();
  const page = facilitator.page;
  await keepConnections(page);
  const offlineCircle = await startGroup(page, preview.url, 'Offline circle', 'Ana, Ben');
  const link = await openRoom(page, offlineCircle, 'regular', ['welcome', 'checkin', 'sharing']);
  const ana = await device();
  await join(ana.page, link, 'Ana');
  await ana.page.waitForFunction(() => document.getElementById('room-status').textContent === 'Connected to the meeting.', WAIT);
  await ana.page.waitForFunction(() => document.getElementById('stage-title').textContent === 'Welcome', WAIT);

  // The network goes: nothing new can connect, and what was connected is cut.
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: true, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  await page.evaluate(() => window.__connections.forEach((connection) => connection.close()));
  // The meeting goes on on the laptop.
  await clickIn(page, 'meeting-agenda', 'Next section');
  await page.waitForFunction(() => document.getElementById('tool-heading').textContent === 'Check-in', WAIT);
  // Ana's phone says it is waiting (once the facilitator's presence times out) and still shows the last stage.
  await ana.page.waitForFunction(() => document.getElementById('room-status').textContent === 'Waiting for the facilitator…', { timeout: 45_000 });
  assert.equal(await title(ana.page), 'Welcome');

  // Back online: the relay connection comes back by itself, the devices find each other, and Ana catches up.
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  await ana.page.waitForFunction(() => document.getElementById('stage-title').textContent === 'Check-in', { timeout: 45_000 });
  await ana.page.waitForFunction(() => document.getElementById('room-status').textContent === 'Connected to the meeting.', WAIT);
  for (const d of [facilitator, ana]) await d.context.close();
  assert.deepEqual(errors, []);
});

const helpOpen = (page) => page.evaluate(() => document.getElementById('help-dialog').open);
/** The crisis lines' call links in a member's Help now, as they show. */
const helpLinks = (page) =>
  page.evaluate(() => [...(document.querySelector('#help-lines resource-list')?.shadowRoot?.querySelectorAll('a[href^="tel:"], a[href^="sms:"]') ?? [])].map((a) => a.getAttribute('href')));

test('help now on every member’s phone, in a break, in Resources and after the room closes; the room ends with its meeting (ended or discarded), and the next meeting gets new links', async () => {
  const facilitator = await device();
  const page = facilitator.page;
  const groupId = await startGroup(page, preview.url, 'Harbour circle', 'Ana, Ben');
  const line = { ...blankResource('line', '2026-11-26'), organization: 'Harbour crisis line (invented)', name: 'Harbour crisis line (invented)', crisis: true, phones: [{ number: '000 555 0100', type: 'hotline' }, { number: '000 555 0101', type: 'text' }], notes: 'The duty worker is Jo' };
  await storeDocs(page, [{ kind: 'resources', id: groupId, schemaVersion: RESOURCES_SCHEMA_VERSION, data: { schemaVersion: RESOURCES_SCHEMA_VERSION, resources: [line] } }]);
  const link = await openRoom(page, groupId, 'regular', ['welcome', 'resources']);
  const coLink = await page.$eval('#live-co-link', (input) => input.value);

  const member = await device();
  // Help is there before joining: the emergency numbers, privately.
  await member.page.goto(link, { waitUntil: 'networkidle0' });
  await member.page.click('#help-now');
  assert.equal(await helpOpen(member.page), true);
  assert.ok(await member.page.$('#help-dialog a[href="tel:112"]'));
  await member.page.keyboard.press('Escape');
  await member.page.click('#join button[type=submit]');
  await member.page.waitForFunction(() => document.getElementById('stage-title').textContent === 'Welcome', WAIT);


  // In a break: Alt+H opens the group's crisis lines, with call and text links; no facilitator's note travels.
  await clickIn(page, 'meeting-agenda', 'Pause the meeting');
  await member.page.waitForFunction(() => document.getElementById('stage-title').textContent === 'A short break.', WAIT);
  await member.page.keyboard.down('Alt');
  await member.page.keyboard.press('KeyH');
  await member.page.keyboard.up('Alt');
  assert.equal(await helpOpen(member.page), true);
  await member.page.waitForFunction(() => document.querySelector('#help-lines resource-list')?.shadowRoot?.querySelector('a[href^="tel:"]'), WAIT);
  assert.deepEqual(await helpLinks(member.page), ['tel:0005550100', 'sms:0005550101']);
  assert.ok(!(await member.page.evaluate(() => document.body.innerText + document.querySelector('#help-lines resource-list').shadowRoot.textContent)).includes('Jo'));
  assert.deepEqual(await axeViolations(member.page), [], 'axe on Help now');
  await member.page.keyboard.press('Escape');
  await clickIn(page, 'meeting-agenda', 'Resume the meeting');
  // Once resumed (the plan redraws its buttons), the meeting moves on.
  await member.page.waitForFunction(() => document.getElementById('stage-title').textContent === 'Welcome', WAIT);

  // In Resources: the facilitator shows crisis help on every device, and it opens by itself.
  await clickIn(page, 'meeting-agenda', 'Next section');
  await member.page.waitForFunction(() => document.getElementById('stage-title').textContent === 'Resources', WAIT);
  assert.equal(await helpOpen(member.page), false);
  await page.click('#live-push-help');
  await member.page.waitForFunction(() => document.getElementById('help-dialog').open, WAIT);
  assert.deepEqual(await helpLinks(member.page), ['tel:0005550100', 'sms:0005550101']);
  await member.page.keyboard.press('Escape');

  // Ending the meeting asks to close the room too (yes unless unticked): every screen clears.
  await page.click('#end-meeting');
  assert.equal(await page.$eval('#meeting-question-room', (label) => label.hidden), false);
  assert.equal(await page.$eval('#meeting-question-close-room', (box) => box.checked), true);
  await page.click('#meeting-question-yes');
  await member.page.waitForFunction(() => /closed the room/.test(document.getElementById('live-problem').textContent), WAIT);
  assert.equal(await member.page.$eval('#room', (room) => room.hidden), true);
  // After the room: Help now still has the group's lines, from memory.
  await member.page.click('#help-now');
  assert.deepEqual(await helpLinks(member.page), ['tel:0005550100', 'sms:0005550101']);
  assert.deepEqual(await member.page.evaluate(async () => [(await indexedDB.databases()).length, localStorage.length, sessionStorage.length]), [0, 0, 0], 'nothing kept');

  // A new device with last meeting's link, and last meeting's co-facilitator: nothing comes.
  const late = await device();
  await join(late.page, link, 'Late');
  const oldCo = await device();
  await join(oldCo.page, coLink, 'Sam');
  // The next meeting, in the same tab: no room opens by itself; a new one has new links.
  await page.goto(`${preview.url}meeting.html?group=${groupId}`, { waitUntil: 'networkidle0' });
  await page.waitForSelector('#plan:not([hidden])');
  await page.click('#plan button[type=submit]');
  await page.waitForSelector('#run:not([hidden])');
  await pause(1500);
  assert.equal(await page.$eval('#live-on', (on) => on.hidden), true, 'no room reopened by itself');
  await page.$eval('#live-relay', (input, url) => (input.value = url), `ws://127.0.0.1:${RELAY_PORT}`);
  await page.click('#live-open button[type=submit]');
  await page.waitForSelector('#live-on:not([hidden])', WAIT);
  const next = await page.$eval('#live-link', (input) => input.value);
  const room = (l) => new URL(l).hash.match(/room=([\w-]+)/)?.[1];
  assert.notEqual(room(next), room(link), 'a new room');
  assert.notEqual(await page.$eval('#live-co-link', (input) => input.value), coLink);
  await pause(3000);
  assert.equal(await title(late.page), '', 'the old link opens nothing');
  assert.equal(await title(oldCo.page), '');
  assert.equal(await oldCo.page.$eval('#co-controls', (section) => section.hidden), true, 'the old co-facilitator key does nothing');

  // Discarding this meeting closes its room too: the phone that followed it is cleared, and keeps no discarded question.
  const nextMember = await device();
  await join(nextMember.page, next, '');
  await nextMember.page.waitForFunction(() => document.getElementById('stage-title').textContent !== '', WAIT);
  await page.click('#discard-meeting');
  assert.equal(await page.$eval('#meeting-question-room', (label) => label.hidden), false);
  assert.equal(await page.$eval('#meeting-question-close-room', (box) => box.checked), true);
  await page.click('#meeting-question-yes');
  await nextMember.page.waitForFunction(() => /closed the room/.test(document.getElementById('live-problem').textContent), WAIT);
  assert.equal(await nextMember.page.$eval('#room', (room) => room.hidden), true);
  await page.waitForFunction(() => /The room is closed/.test(document.getElementById('live-status').textContent), WAIT);
  const again = await device();
  await join(again.page, next, '');
  await pause(3000);
  assert.equal(await title(again.page), '', 'the discarded meeting’s link opens nothing');
  for (const d of [facilitator, member, late, oldCo, nextMember, again]) await d.context.close();
  assert.deepEqual(errors, []);
});

test('a member in Firefox ESR joins a Chromium facilitator’s room over real WebRTC and answers the feedback', async () => {
  const firefox = await puppeteer.launch({
    browser: 'firefox',
    executablePath: ENGINES.firefox.find(),
    headless: true,
    // Loopback candidates, as Chromium offers them: Firefox leaves them out unless told.
    extraPrefsFirefox: { 'media.peerconnection.ice.loopback': true, 'media.peerconnection.ice.obfuscate_host_addresses': false },
  });
  try {
    const facilitator = await device();
    const page = facilitator.page;
    const groupId = await startGroup(page, preview.url, 'Two engines circle', 'Ana, Ben');
    const link = await openRoom(page, groupId, 'regular', ['welcome', 'feedback']);
    const member = await firefox.newPage();
    await member.goto(link);
    await member.waitForSelector('#join:not([hidden])');
    await member.type('#display-name', 'Ben');
    await member.click('#join button[type=submit]');
    await member.waitForFunction(() => document.getElementById('stage-title')?.textContent === 'Welcome', { timeout: 30_000, polling: 200 });
    await clickIn(page, 'meeting-agenda', 'Next section');
    await member.waitForFunction(() => document.getElementById('stage-title')?.textContent === 'Feedback', { timeout: 20_000, polling: 200 });
    await member.waitForFunction(() => document.querySelector('#stage-feedback feedback-form')?.shadowRoot?.querySelector('.questions'), { timeout: 20_000, polling: 200 });
    await member.evaluate(() => {
      const root = document.querySelector('feedback-form').shadowRoot;
      for (const name of ['safe', 'heard', 'fair-time']) root.querySelectorAll(`input[name="${name}"]`)[4].click();
    });
    await member.click('#stage-feedback button[type=submit]');
    await member.waitForFunction(() => /went to the facilitator, without your name/.test(document.getElementById('feedback-status').textContent), { timeout: 20_000, polling: 200 });
    await page.waitForFunction(() => document.getElementById('online-answers')?.textContent === '1 of 2 here answered on their own devices.', WAIT);
    const stored = await storedData(page, 'feedback-responses', groupId);
    assert.deepEqual(stored.responses.map((r) => r.answers.safe), [5]);
    await facilitator.context.close();
  } finally {
    await firefox.close();
  }
  assert.deepEqual(errors, []);
});
