// End-to-end (issue 30): a whole meeting by keyboard, as a screen-reader user runs it. After
// every action, focus is somewhere (never <body>, through shadow roots), and what the live
// regions said is the table's words for that action: one announcement each, plainly, in
// English and in Spanish. The recorder watches every live region on the page and in every
// shadow root from before the page's scripts run, as a screen reader hears them.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startPreview } from './preview.mjs';

let preview;
const errors = [];

before(async () => {
  preview = await startPreview(4341);
});

after(async () => {
  await preview?.stop();
});

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Installed before any script: every change of a live region's text, in order, in window.__said. */
function recordLiveRegions() {
  window.__said = [];
  const last = new WeakMap();
  const liveRegion = (node) => {
    for (let n = node; n; n = n.parentNode ?? n.host) {
      if (n.nodeType !== 1) continue;
      const live = n.getAttribute('aria-live');
      if (live === 'off') return null;
      if (live || /^(status|alert|log)$/.test(n.getAttribute('role') ?? '')) return n;
    }
    return null;
  };
  const observer = new MutationObserver((mutations) => {
    const regions = new Set(mutations.map((m) => liveRegion(m.target)).filter(Boolean));
    for (const region of regions) {
      const words = region.textContent.replace(/\s+/g, ' ').trim();
      if (words === '' || words === last.get(region) || region.closest('[hidden]')) continue;
      last.set(region, words);
      window.__said.push(words);
    }
  });
  const watch = (root) => observer.observe(root, { subtree: true, childList: true, characterData: true });
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    watch(root);
    return root;
  };
  document.addEventListener('DOMContentLoaded', () => watch(document.body));
  // Where focus lands is said too: kept apart, as "focus: …", for the table to tell the two.
  document.addEventListener('focusin', (event) => {
    const el = event.composedPath()[0];
    if (!(el instanceof HTMLElement) || el === document.body) return;
    const words = (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
    window.__said.push(`focus: ${el.tagName.toLowerCase()} “${words}”`);
  });
}

/** Where focus is, through shadow roots: '' when it fell to <body> (or nowhere). */
function focusedElement(page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body || el === document.documentElement) return '';
    const words = (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
    return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} “${words}”`;
  });
}

async function tabTo(page, wanted, limit = 150) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (wanted.test(await focusedElement(page))) return;
  }
  throw new Error(`Tab never reached ${wanted}`);
}

async function alt(page, key) {
  await page.keyboard.down('Alt');
  await page.keyboard.press(key);
  await page.keyboard.up('Alt');
}

/**
 * The meeting, action by action: what to press, and what a screen reader says after it
 * (English, Spanish: exact words, or a pattern where the time left is in them).
 */
const MEETING = [
  { action: 'Start the meeting', keys: (page, words) => tabTo(page, words.startMeeting).then(() => page.keyboard.press('Enter')), en: 'focus: h2 “Welcome”', es: 'focus: h2 “Bienvenida”' },
  { action: '? on the page: its keys', keys: (page) => page.keyboard.press('?'), en: 'Keyboard shortcuts shown', es: 'Atajos de teclado a la vista' },
  { action: '? again', keys: (page) => page.keyboard.press('?'), en: 'Keyboard shortcuts hidden', es: 'Atajos de teclado ocultos' },
  { action: 'Alt+N: next section', keys: (page) => alt(page, 'KeyN'), en: 'focus: h2 “Check-in”', es: 'focus: h2 “Ronda de inicio”' },
  { action: 'Start check-in', keys: (page, words) => tabTo(page, words.startCheckin).then(() => page.keyboard.press('Enter')), en: 'Now: Ana', es: 'Ahora: Ana' },
  { action: 'P: Ana passes', keys: (page) => page.keyboard.press('p'), en: 'Ana passed; now Ben', es: 'Ana ha pasado; ahora Ben' },
  { action: 'B: Ben will come back at the end', keys: (page) => page.keyboard.press('b'), en: 'Ben will come back at the end; now Chen', es: 'Ben hablará al final; ahora Chen' },
  { action: 'N: next', keys: (page) => page.keyboard.press('n'), en: 'Now: Ben', es: 'Ahora: Ben' },
  { action: 'N: the check-in ends', keys: (page) => page.keyboard.press('n'), en: 'Check-in complete', es: 'Ronda terminada' },
  { action: 'Alt+N: next section', keys: (page) => alt(page, 'KeyN'), en: 'focus: h2 “Sharing round”', es: 'focus: h2 “Ronda para compartir”' },
  { action: 'Start the round', keys: (page, words) => tabTo(page, words.start).then(() => page.keyboard.press('Enter')), en: 'Now: Ana', es: 'Ahora: Ana' },
  { action: 'Space: pause', keys: (page) => page.keyboard.press('Space'), en: /^Paused at \d:\d\d$/, es: /^En pausa en \d:\d\d$/ },
  { action: 'Space: resume', keys: (page) => page.keyboard.press('Space'), en: /^Going on: Ana, \d:\d\d left$/, es: /^Seguimos: Ana, quedan \d:\d\d$/ },
  { action: '+: one more minute', keys: (page) => page.keyboard.press('+'), en: /^More time for Ana: \d:\d\d left$/, es: /^Más tiempo para Ana: quedan \d:\d\d$/ },
  { action: 'T: the time left', keys: (page) => page.keyboard.press('t'), en: /^Ana: \d:\d\d left$/, es: /^Ana: quedan \d:\d\d$/ },
  { action: 'P: Ana passes for now', keys: (page) => page.keyboard.press('p'), en: 'Ana will come back at the end; now Ben', es: 'Ana hablará al final; ahora Ben' },
  { action: '? in the timer: its keys', keys: (page) => page.keyboard.press('?'), en: 'Keyboard shortcuts shown', es: 'Atajos de teclado a la vista' },
  { action: 'N: next', keys: (page) => page.keyboard.press('n'), en: 'Now: Chen', es: 'Ahora: Chen' },
  { action: 'N: Ana, back', keys: (page) => page.keyboard.press('n'), en: 'Now: Ana', es: 'Ahora: Ana' },
  { action: 'N: the round ends', keys: (page) => page.keyboard.press('n'), en: 'Round complete', es: 'Ronda terminada', lands: { en: /^h2 “Talk time”$/, es: /^h2 “Tiempo de palabra”$/ } },
  { action: 'Alt+N: next section', keys: (page) => alt(page, 'KeyN'), en: 'focus: h2 “Feedback”', es: 'focus: h2 “Opiniones”' },
  { action: 'Send feedback', keys: (page, words) => answerAndSend(page, words), en: 'focus: p “Thank you. Your feedback helps the group.”', es: 'focus: p “Gracias. Su opinión ayuda al grupo.”' },
  { action: 'Hold to unlock', keys: (page, words) => holdToUnlock(page, words), en: 'Unlocked: the whole meeting can be used again.', es: 'Desbloqueado: ya se puede usar toda la reunión.' },
  { action: 'Alt+N: the last section', keys: (page) => alt(page, 'KeyN'), en: 'focus: h2 “Close”', es: 'focus: h2 “Cierre”' },
  { action: 'Alt+N: the meeting ends', keys: (page) => alt(page, 'KeyN'), en: 'focus: h2 “The meeting is over”', es: 'focus: h2 “La reunión ha terminado”' },
];

/** Three 1–5 scales, each by keyboard: Tab to its first point, Space, two arrows; then Send. */
async function answerAndSend(page, words) {
  for (let scale = 0; scale < 3; scale++) {
    await tabTo(page, /^input “”$/);
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
  }
  await tabTo(page, words.send);
  await page.keyboard.press('Enter');
}

/** The device went round locked to the form: the facilitator holds the unlock button for two seconds. */
async function holdToUnlock(page, words) {
  await tabTo(page, words.unlock);
  await page.keyboard.down('Enter');
  await pause(2300);
  await page.keyboard.up('Enter');
}

const WORDS = {
  en: { startMeeting: /^button “Start the meeting”$/, startCheckin: /^button “Start check-in”$/, start: /^button “Start”$/, send: /^button “Send feedback”$/, unlock: /^button#unlock/ },
  es: { startMeeting: /^button “Empezar la reunión”$/, startCheckin: /^button “Empezar la ronda”$/, start: /^button “Empezar”$/, send: /^button “Enviar opinión”$/, unlock: /^button#unlock/ },
};

for (const lang of ['en', 'es']) {
  test(`a whole meeting by keyboard (${lang}): focus is never lost, and every action is said once, in its own words`, async () => {
    const page = await preview.browser.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    await page.evaluateOnNewDocument(recordLiveRegions);
    await page.evaluateOnNewDocument((chosen) => localStorage.setItem('peerkit-app-lang', chosen), lang);
    await page.goto(preview.url, { waitUntil: 'networkidle0' });
    await page.type('#group-name', `Circle ${lang}`);
    await page.type('#group-members', 'Ana, Ben, Chen');
    await page.select('#group-lang', lang);
    await Promise.all([page.waitForNavigation(), page.click('#new-group button[type=submit]')]);
    await Promise.all([page.waitForNavigation(), page.click('#run-meeting')]);
    await page.waitForSelector('#plan:not([hidden])');
    // A regular meeting of five sections: welcome, check-in, sharing, feedback, close (the rest at 0 minutes).
    await page.click('input[name="template"][value="regular"]');
    await page.waitForSelector('#minutes-sharing');
    await page.$$eval('#sections input', (inputs) => inputs.forEach((input) => (input.value = /welcome|checkin|sharing|feedback|close/.test(input.id) ? '10' : '0')));
    await page.evaluate(() => document.body.focus());
    await page.evaluate(() => (window.__said.length = 0));

    const heard = [];
    for (const step of MEETING) {
      await step.keys(page, WORDS[lang]);
      const expected = step[lang];
      const matches = (words) => (typeof expected === 'string' ? words === expected : expected.test(words));
      const announced = (said) => said.filter((words) => !words.startsWith('focus: '));
      // Said within two seconds (a polite region waits for the page to settle), and said once.
      const deadline = Date.now() + 2000;
      let said = [];
      while (Date.now() < deadline) {
        said = await page.evaluate(() => window.__said.slice());
        if (said.some(matches)) break;
        await pause(50);
      }
      await pause(300);
      said = await page.evaluate(() => window.__said.splice(0));
      heard.push(`${step.action} → ${said.join(' | ')}`);
      assert.ok(said.some(matches), `${step.action}: expected “${expected}”, heard: ${said.join(' | ') || 'nothing'}\n${heard.join('\n')}`);
      assert.equal(said.filter(matches).length, 1, `${step.action}: said more than once: ${said.join(' | ')}`);
      assert.deepEqual(announced(said).filter((words) => !matches(words)), [], `${step.action}: more was said than the table has`);
      const echoed = announced(said).filter((words) => said.some((other) => other.startsWith('focus: ') && other.includes(`“${words}”`)));
      assert.deepEqual(echoed, [], `${step.action}: said by a live region, then again where focus landed`);
      const focus = await focusedElement(page);
      assert.notEqual(focus, '', `${step.action}: focus fell to the page`);
      if (step.lands) assert.match(focus, step.lands[lang], `${step.action}: focus landed elsewhere`);
    }
    assert.deepEqual(errors, []);
    await page.close();
  });
}
