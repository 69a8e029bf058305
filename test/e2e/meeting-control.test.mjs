// End-to-end: the facilitator controls the meeting as a whole: ending it (asked first),
// discarding one started by mistake (it leaves no trace), and a meeting left open for
// days is noticed on return and ended at its planned end or discarded.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, memberIds, startGroup, startPreview, storeDocs, storedData } from './preview.mjs';
// The core as built by npm run build (test:e2e builds first): the question bank to check against.
import { BUILT_IN_QUESTIONS, emptyLog, formTemplate, submitResponse } from '../../packages/core/dist/index.js';

let preview;
let page;
const errors = [];
/** The group's id: random, known once the group is started. */
let GROUP;

before(async () => {
  preview = await startPreview(4328);
  page = await preview.browser.newPage();
  await page.setBypassCSP(true); // for axe only
  page.on('pageerror', (error) => errors.push(error.message));
  GROUP = await startGroup(page, preview.url, 'Friday circle', 'Margaret, Tom, Ana');
});

after(async () => {
  await preview?.stop();
});

const stored = (kind) => storedData(page, kind, GROUP);

async function startMeeting() {
  await page.goto(`${preview.url}meeting.html?group=${GROUP}`, { waitUntil: 'networkidle0' });
  await page.waitForSelector('#plan:not([hidden])');
  await page.click('#plan button[type=submit]');
  await page.waitForSelector('#run:not([hidden])');
}

test('ending the meeting asks first (keep going is the safe answer), then the meeting is held', async () => {
  await startMeeting();
  await page.click('#end-meeting');
  await page.waitForSelector('#meeting-question:not([hidden])');
  assert.match(await page.$eval('#meeting-question-text', (p) => p.textContent), /End the meeting now\?/);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'meeting-question-no');
  assert.deepEqual(await axeViolations(page), []);
  await page.keyboard.press('Enter'); // keep going
  await page.waitForSelector('#meeting-question', { hidden: true });
  assert.equal(await page.$eval('#run', (run) => run.hidden), false);
  await page.click('#end-meeting');
  await page.click('#meeting-question-yes');
  await page.waitForSelector('#ended:not([hidden])');
  const agenda = await stored('agenda');
  assert.ok(agenda.sections.every((s) => s.status === 'done' || s.status === 'skipped'));
  assert.equal((await stored('group')).meetings.length, 1);
});

test('discarding a meeting started by mistake leaves no trace', async () => {
  await startMeeting();
  assert.equal((await stored('group')).meetings.length, 2);
  await page.click('#discard-meeting');
  assert.match(await page.$eval('#meeting-question-text', (p) => p.textContent), /will not count as held/);
  await Promise.all([page.waitForNavigation(), page.click('#meeting-question-yes')]);
  await page.waitForSelector('#plan:not([hidden])');
  assert.equal((await stored('group')).meetings.length, 1);
  assert.equal(await stored('agenda'), undefined);
});

test('a meeting left open for a week is noticed on return and ended at its planned end', async () => {
  await startMeeting();
  // As if the laptop was closed mid-meeting a week ago: move the meeting back in time.
  const weekAgo = Date.now() - 7 * 24 * 3600_000;
  await page.evaluate(
    (id, at) =>
      new Promise((resolve) => {
        const request = indexedDB.open('peerkit');
        request.onsuccess = () => {
          const tx = request.result.transaction(['agenda', 'group'], 'readwrite');
          const agendas = tx.objectStore('agenda');
          const groups = tx.objectStore('group');
          agendas.get(id).onsuccess = (event) => {
            const doc = event.target.result;
            const shift = at - doc.data.sections[0].startedAt;
            doc.data.sections = doc.data.sections.map((s) => (s.startedAt === null ? s : { ...s, startedAt: s.startedAt + shift }));
            agendas.put(doc);
            groups.get(id).onsuccess = (e) => {
              const group = e.target.result;
              group.data.meetings.at(-1).at += shift;
              groups.put(group);
            };
          };
          tx.oncomplete = () => resolve();
        };
      }),
    GROUP,
    weekAgo,
  );
  await page.reload({ waitUntil: 'networkidle0' });
  await page.waitForSelector('#left-open:not([hidden])');
  assert.match(await page.$eval('#left-open-text', (p) => p.textContent), /started .* and was never ended/);
  assert.equal(await page.$eval('#run', (run) => run.hidden), true);
  assert.deepEqual(await axeViolations(page), []);
  await page.click('#left-open-end');
  await page.waitForSelector('#ended:not([hidden])');
  const agenda = await stored('agenda');
  const end = Math.max(...agenda.sections.map((s) => s.endedAt ?? 0));
  const planned = agenda.sections[0].startedAt + agenda.sections.reduce((sum, s) => sum + s.plannedMs, 0);
  assert.equal(end, planned, 'ended at its planned end, not now');
  assert.equal((await stored('group')).meetings.length, 2);
  assert.deepEqual(errors, []);
});

test('while the device goes round for feedback, only the form can be used; the facilitator unlocks by holding', async () => {
  await page.goto(`${preview.url}meeting.html?group=${GROUP}`, { waitUntil: 'networkidle0' });
  await page.waitForSelector('#plan:not([hidden])');
  // Only the feedback section: every other section at 0 minutes.
  await page.$$eval('#sections input', (inputs) => {
    for (const input of inputs) if (!/feedback|evaluation/.test(input.id)) input.value = '0';
  });
  await page.click('#plan button[type=submit]');
  await page.waitForSelector('#run:not([hidden])');
  await page.waitForFunction(() => document.querySelector('feedback-form')?.shadowRoot?.querySelector('form, fieldset, [data-question]'));
  const reachable = () =>
    page.evaluate(() => ({
      side: !document.querySelector('.meeting-side').inert ? 'open' : 'inert',
      crumbs: document.querySelector('.crumbs').inert,
      modes: document.getElementById('tool-modes').inert,
      crisis: !document.getElementById('crisis').hidden && !document.getElementById('crisis').closest('[inert]'),
      form: !document.querySelector('feedback-form').closest('[inert]'),
    }));
  assert.deepEqual(await reachable(), { side: 'inert', crumbs: true, modes: true, crisis: true, form: true });
  assert.match(await page.$eval('#kiosk-note', (p) => p.textContent), /going round the group/);
  assert.deepEqual(await axeViolations(page), []);
  // A quick press does nothing.
  await page.focus('#unlock');
  await page.keyboard.down('Enter');
  await page.keyboard.up('Enter');
  await new Promise((resolve) => setTimeout(resolve, 2300));
  assert.equal((await reachable()).side, 'inert');
  // Held for two seconds, it unlocks.
  await page.keyboard.down('Enter');
  await new Promise((resolve) => setTimeout(resolve, 2300));
  await page.keyboard.up('Enter');
  assert.deepEqual(await reachable(), { side: 'open', crumbs: false, modes: false, crisis: true, form: true });
  assert.deepEqual(errors, []);
  await page.click('#end-meeting');
  await page.click('#meeting-question-yes');
  await page.waitForSelector('#ended:not([hidden])');
});

test('the group chooses its check-in questions for a kind of meeting, and the plan remembers them', async () => {
  await page.goto(`${preview.url}meeting.html?group=${GROUP}`, { waitUntil: 'networkidle0' });
  await page.waitForSelector('#plan:not([hidden])');
  await page.select('#checkin-depth', 'reflective');
  await page.select('#checkin-topic', 'grief');
  // The minutes are set here: the plan starts from those this group chose for its last regular meeting.
  await page.$$eval('#sections input', (inputs) => {
    for (const input of inputs) input.value = /checkin/.test(input.id) ? '15' : '0';
  });
  await page.click('#plan button[type=submit]');
  await page.waitForFunction(() => document.querySelector('checkin-round')?.checkin?.question);
  const asked = await page.evaluate(() => {
    const checkin = document.querySelector('checkin-round');
    return { depth: checkin.getAttribute('depth'), topic: checkin.getAttribute('topic'), question: checkin.checkin.question };
  });
  assert.equal(asked.depth, 'reflective');
  assert.equal(asked.topic, 'grief');
  const allowed = BUILT_IN_QUESTIONS.filter((q) => q.depth === 'reflective' && q.themes.includes('grief')).map((q) => q.id);
  assert.ok(allowed.includes(asked.question.id), `a reflective grief question, not "${asked.question.text.en}"`);
  // Next time, the same kind of meeting starts from the group's choice.
  await page.click('#end-meeting');
  await page.click('#meeting-question-yes');
  await page.waitForSelector('#ended:not([hidden])');
  await page.goto(`${preview.url}meeting.html?group=${GROUP}`, { waitUntil: 'networkidle0' });
  await page.waitForSelector('#plan:not([hidden])');
  assert.deepEqual(await page.evaluate(() => [document.getElementById('checkin-depth').value, document.getElementById('checkin-topic').value]), ['reflective', 'grief']);
  assert.deepEqual(await axeViolations(page), []);
});

test('someone leaving early is taken out of the rounds still running, and the time is shared among the rest', async () => {
  await page.goto(`${preview.url}meeting.html?group=${GROUP}`, { waitUntil: 'networkidle0' });
  await page.waitForSelector('#plan:not([hidden])');
  await page.$$eval('#sections input', (inputs) => inputs.forEach((input) => (input.value = /sharing/.test(input.id) ? '45' : '0')));
  await page.click('#plan button[type=submit]');
  await page.waitForFunction(() => document.querySelector('peer-timer')?.round?.speakers?.length === 3);
  const before = await page.evaluate(() => document.querySelector('peer-timer').round.speakers.map((s) => s.allottedMs));
  const ids = await memberIds(page, GROUP);
  await page.select('#early-member', ids.ana);
  await page.click('#early button[type=submit]');
  await page.waitForFunction(() => /Ana has left the meeting/.test(document.getElementById('late-status').textContent));
  await page.waitForFunction((id) => document.querySelector('peer-timer').round.speakers.find((s) => s.memberId === id)?.status === 'left', {}, ids.ana);
  const after = await page.evaluate(() => document.querySelector('peer-timer').round.speakers.filter((s) => s.status !== 'left').map((s) => s.allottedMs));
  assert.equal(after.length, 2);
  assert.ok(after.every((ms) => ms > before[0]), `the others' shares grew: ${before} → ${after}`);
  assert.deepEqual(await page.$$eval('#early-member option', (options) => options.map((o) => o.value)), [ids.margaret, ids.tom]);
  assert.deepEqual(await axeViolations(page), []);
  await page.click('#end-meeting');
  await page.click('#meeting-question-yes');
  await page.waitForSelector('#ended:not([hidden])');
  const meeting = (await stored('group')).meetings.at(-1);
  assert.equal(meeting.status, 'ended');
  const ana = meeting.attendance.find((a) => a.memberId === ids.ana);
  assert.ok(ana && ana.leftAt !== null && ana.leftAt < meeting.endedAt, `Ana came and left before the end: ${JSON.stringify(meeting.attendance)}`);
  assert.deepEqual(meeting.plan.filter((s) => s.usedMs !== null).map((s) => s.id), ['sharing'], 'the plan as run');
});

/** Every text the page shows, shadow roots included. */
const deepText = () =>
  page.evaluate(() => {
    const walk = (node) => [...node.childNodes].map((child) => (child.nodeType === Node.TEXT_NODE ? child.textContent : `${child.shadowRoot ? walk(child.shadowRoot) : ''} ${walk(child)}`)).join(' ');
    return walk(document.body).replace(/\s+/g, ' ');
  });

test('a screen shared on a call: talk times, who passed and feedback stay folded; the page suggests the presenter window', async () => {
  // Earlier answers, one of them words nobody else should read on a shared screen.
  const form = { ...formTemplate('end-of-meeting', 'en'), id: 'shared-form' };
  let log = emptyLog(form.id);
  for (const [i, words] of ['I am Gus and I relapsed this week', 'More time for newcomers', 'A later start'].entries()) {
    const result = submitResponse(log, form, { safe: 3 + i, heard: 4, 'fair-time': 4, ...(words ? { change: true, 'what-change': words } : {}) }, Date.now() - 86_400_000, `earlier-${i}`);
    assert.ok(result.ok, JSON.stringify(result));
    log = result.log;
  }
  await page.goto(`${preview.url}meeting.html?group=${GROUP}`, { waitUntil: 'networkidle0' });
  await storeDocs(page, [
    { kind: 'feedback-form', id: GROUP, data: form },
    { kind: 'feedback-responses', id: GROUP, data: log },
  ]);
  await page.reload({ waitUntil: 'networkidle0' });
  await page.waitForSelector('#plan:not([hidden])');
  await page.click('input[name="template"][value="regular"]');
  await page.$$eval('#sections input', (inputs) => inputs.forEach((input) => (input.value = /checkin|sharing|feedback/.test(input.id) ? '10' : '0')));
  await page.click('#shared-screen');
  await page.click('#plan button[type=submit]');
  await page.waitForSelector('#run:not([hidden])');
  assert.equal(await page.$eval('#shared-note', (note) => note.hidden), false);
  assert.match(await page.$eval('#shared-presenter', (a) => a.href), /view=presenter/);
  // The check-in, Tom passing: at its end nothing says who passed or how long anyone spoke.
  await page.waitForFunction(() => document.querySelector('checkin-round')?.hasAttribute('shared-screen'));
  await page.evaluate(async () => {
    const checkin = document.querySelector('checkin-round');
    await checkin.ready;
    checkin.toggle();
    checkin.next();
    checkin.pass();
  });
  await page.waitForFunction(() => {
    const checkin = document.querySelector('checkin-round');
    if (checkin.checkin.round.phase !== 'complete') checkin.next();
    return checkin.checkin.round.phase === 'complete';
  }, { polling: 200, timeout: 10_000 });
  let shown = await deepText();
  assert.match(shown, /hidden while this screen is shared/);
  assert.doesNotMatch(shown, /Passed|Checked in/, 'no summary of who passed or checked in');
  // The sharing round: at its end, no talk-time table.
  await page.evaluate(() => document.querySelector('meeting-agenda').next());
  await page.waitForFunction(() => document.querySelector('#tool-slot peer-timer')?.hasAttribute('shared-screen'));
  await page.evaluate(async () => {
    const timer = document.querySelector('#tool-slot peer-timer');
    await timer.ready;
    timer.toggle();
  });
  await page.waitForFunction(() => {
    const timer = document.querySelector('#tool-slot peer-timer');
    if (timer.round.phase !== 'complete') timer.next();
    return timer.round.phase === 'complete';
  }, { polling: 200, timeout: 10_000 });
  shown = await deepText();
  assert.doesNotMatch(shown, /Talk time/, 'no talk-time table');
  assert.deepEqual(await axeViolations(page), [], 'axe with the private parts folded');
  // Asked for, it shows on this screen, said so.
  await page.evaluate(() => document.querySelector('#tool-slot peer-timer').shadowRoot.querySelector('.private-toggle').click());
  await page.waitForFunction(() => /Talk time/.test(document.querySelector('#tool-slot peer-timer').shadowRoot.textContent));
  // Feedback: the results on this screen hold no one's words and no figures until asked for.
  await page.evaluate(() => document.querySelector('meeting-agenda').next());
  await page.waitForFunction(() => document.getElementById('tool-heading').textContent === 'Feedback');
  await page.evaluate(() => [...document.querySelectorAll('#tool-modes button')].find((b) => b.textContent === 'Results').click());
  await page.waitForFunction(() => document.querySelector('#tool-slot feedback-form')?.hasAttribute('shared-screen') && document.querySelector('#tool-slot feedback-form').shadowRoot.querySelector('.private-toggle'));
  shown = await deepText();
  assert.match(shown, /hidden while this screen is shared/);
  assert.doesNotMatch(shown, /relapsed|Gus/, 'no free text');
  assert.doesNotMatch(shown, /I felt safe to share/, 'no question’s results');
  assert.deepEqual(await axeViolations(page), [], 'axe with the feedback results folded');
  await page.evaluate(() => document.querySelector('#tool-slot feedback-form').shadowRoot.querySelector('.private-toggle').click());
  await page.waitForFunction(() => /relapsed/.test(document.querySelector('#tool-slot feedback-form').shadowRoot.textContent));
  // The meeting's end: how many came, and the talk time behind a button.
  await page.click('#end-meeting');
  await page.click('#meeting-question-yes');
  await page.waitForSelector('#ended:not([hidden])');
  assert.doesNotMatch(await page.$eval('#ended-summary', (p) => p.textContent), /Even|uneven|longest share/);
  await page.click('#ended-summary .private-toggle');
  assert.match(await page.$eval('#ended-summary', (p) => p.textContent), /Talk time/);
  assert.deepEqual(errors, []);
});
