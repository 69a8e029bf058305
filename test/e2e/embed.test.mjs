// A nonprofit's page (app/embed-example.html): its own fonts and colours, a careless
// global stylesheet and a strict Content-Security-Policy. PeerKit must render and work
// there, keep the host's styles out, and leave the host's own elements as they were:
// as the app builds it, and with the autoloader (dist/cdn/peerkit.js) as its one script.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, startPreview } from './preview.mjs';
import { startLoaderServer } from './loader-server.mjs';

let preview;
let loader;

before(async () => {
  preview = await startPreview(4320);
  loader = await startLoaderServer();
});

after(async () => {
  await preview?.stop();
  await loader?.stop();
});

for (const way of ['the app build', 'the autoloader']) {
  const pageUrl = () => (way === 'the app build' ? preview.url : loader.url) + 'embed-example.html';

test(`renders and works under a strict CSP, with the host page’s styles untouched (${way})`, async () => {
  const page = await preview.browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (msg) => msg.type() === 'error' && problems.push(msg.text()));
  await page.goto(pageUrl(), { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => document.querySelector('peer-timer')?.shadowRoot?.querySelector('.speaker'));

  // The host's own elements look exactly as the host's stylesheet says.
  const host = await page.evaluate(() => {
    const p = getComputedStyle(document.querySelector('p.host-text'));
    const b = getComputedStyle(document.querySelector('button.host-button'));
    return { pColor: p.color, pTransform: p.textTransform, pFont: p.fontFamily, buttonBg: b.backgroundColor, buttonSize: b.fontSize };
  });
  assert.deepEqual(host, { pColor: 'rgb(139, 0, 0)', pTransform: 'uppercase', pFont: 'Georgia, "Times New Roman", serif', buttonBg: 'rgb(255, 105, 180)', buttonSize: '30px' });

  // Inside the elements, the host's rules do not reach: our buttons, paragraphs and lists keep their own look.
  const inside = await page.evaluate(() => {
    const timer = document.querySelector('peer-timer').shadowRoot;
    const start = [...timer.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Start');
    const speaker = getComputedStyle(timer.querySelector('.speaker'));
    const rules = document.querySelector('ground-rules').shadowRoot.querySelector('.rule-list li');
    return {
      buttonBg: getComputedStyle(start).backgroundColor,
      buttonSize: getComputedStyle(start).fontSize,
      speakerTransform: speaker.textTransform,
      speakerSpacing: speaker.letterSpacing,
      listMargin: getComputedStyle(rules).marginTop,
      crisisLink: document.querySelector('resource-list').shadowRoot.querySelector('.crisis a.big')?.getAttribute('href'),
    };
  });
  assert.notEqual(inside.buttonBg, 'rgb(255, 105, 180)');
  assert.notEqual(inside.buttonSize, '30px');
  assert.equal(inside.speakerTransform, 'none');
  assert.equal(inside.speakerSpacing, 'normal');
  assert.equal(inside.listMargin, '0px');
  assert.equal(inside.crisisLink, 'tel:5550100');

  // And they work: start the timer from its own button.
  await page.evaluate(() => {
    const timer = document.querySelector('peer-timer').shadowRoot;
    [...timer.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Start').click();
  });
  await page.waitForFunction(() => document.querySelector('peer-timer').round.phase === 'running');
  assert.deepEqual(problems, []);
  await page.close();
});

test(`the embedded elements are axe-clean in the host’s page (${way})`, async () => {
  const page = await preview.browser.newPage();
  await page.setBypassCSP(true); // only so that axe can be added; the test above keeps the CSP
  await page.goto(pageUrl(), { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => document.querySelector('peer-timer')?.shadowRoot?.querySelector('.speaker'));
  const tags = await page.evaluate(() => [...new Set([...document.querySelectorAll('*')].map((el) => el.localName).filter((name) => customElements.get(name)))]);
  assert.ok(tags.length >= 3, `found ${tags.join(', ')}`);
  assert.deepEqual(await axeViolations(page, tags), []);
  await page.close();
});
}
