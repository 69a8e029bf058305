// End-to-end: the autoloader (dist/cdn/peerkit.js) defines each element when it appears,
// in the page or in a shadow root it is given, and a page fetches only what it shows.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { startLoaderServer } from './loader-server.mjs';

const cdn = new URL('../../dist/cdn/', import.meta.url);
const graph = JSON.parse(readFileSync(new URL('peerkit.graph.json', cdn), 'utf8'));
/** The modules holding a source file matching `pattern`. */
const modulesWith = (pattern) => Object.keys(graph).filter((file) => graph[file].sources.some((source) => pattern.test(source)));

let server;
let browser;

before(async () => {
  server = await startLoaderServer();
  browser = await puppeteer.launch({ executablePath: chromiumPath(), args: chromiumArgs });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function open(path) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  const fetched = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto(server.url + path, { waitUntil: 'networkidle0' });
  return { page, errors, fetched };
}

test('the loader itself defines nothing and stays small', () => {
  const loader = readFileSync(new URL('peerkit.js', cdn));
  assert.ok(loader.length < 4096, `${loader.length} bytes`);
  assert.doesNotMatch(String(loader), /customElements\.define/);
});

test('a page with only <peer-timer> fetches the timer and what it shares, nothing else', async () => {
  const { page, errors, fetched } = await open('timer-only.html');
  await page.waitForFunction(() => document.querySelector('peer-timer')?.shadowRoot?.querySelector('.speaker'));
  const modules = fetched.filter((path) => path.startsWith('/cdn/peerkit/')).map((path) => path.slice('/cdn/peerkit/'.length));
  assert.ok(modules.includes('peer-timer.js'));
  const otherElements = Object.keys(graph).filter((file) => graph[file].entry && graph[file].entry !== 'peer-timer');
  assert.deepEqual(modules.filter((file) => otherElements.includes(file)), [], 'no other element');
  const questionBank = modulesWith(/checkin\/questions\.ts$/);
  const virtualizer = modulesWith(/@lit-labs\/virtualizer/);
  assert.ok(questionBank.length > 0 && virtualizer.length > 0, 'the question bank and the virtualizer are modules of their own');
  assert.deepEqual(modules.filter((file) => questionBank.includes(file) || virtualizer.includes(file)), [], 'neither the question bank nor the virtualizer');
  // This timer keeps nothing: the store, and the code that keeps a document in step with it, stay away.
  const storage = modulesWith(/store\/store\.ts$|internal\/document-sync\.ts$/);
  assert.ok(storage.length > 0, 'the store is a module of its own');
  assert.deepEqual(modules.filter((file) => storage.includes(file)), [], 'no storage code');
  const spanish = modulesWith(/\.messages\.es\.ts$/);
  assert.ok(spanish.length > 0, 'the Spanish messages are modules of their own');
  assert.deepEqual(modules.filter((file) => spanish.includes(file)), [], 'an English page fetches no Spanish');
  // Every module fetched was preloaded as soon as the loader saw the tag.
  const preloads = await page.$$eval('link[rel="modulepreload"]', (links) => links.map((link) => new URL(link.href).pathname.split('/').pop()));
  for (const file of modules.filter((file) => file !== 'peer-timer.js')) assert.ok(preloads.includes(file), `${file} preloaded`);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a page in Spanish fetches the timer’s Spanish messages and draws in Spanish from the first frame', async () => {
  const page = await browser.newPage();
  const fetched = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  // Every text the timer's shadow root ever shows, from before its first draw.
  await page.evaluateOnNewDocument(() => {
    window.__shown = [];
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init) {
      const root = attach.call(this, init);
      new MutationObserver(() => window.__shown.push(root.textContent)).observe(root, { childList: true, subtree: true, characterData: true });
      return root;
    };
  });
  await page.goto(server.url + 'timer-es.html', { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => document.querySelector('peer-timer')?.shadowRoot?.querySelector('.speaker'));
  const shown = await page.evaluate(() => window.__shown.join(' '));
  assert.match(shown, /Listo/);
  assert.doesNotMatch(shown, /\bReady\b|\bStart\b/, 'never English first');
  const spanish = modulesWith(/peer-timer\.messages\.es\.ts$/);
  assert.ok(fetched.some((path) => spanish.includes(path.split('/').pop())), 'the timer’s Spanish messages fetched');
  await page.close();
});

test('the rules on a member’s phone fetch no starter cards; editing draws them from its first frame', async () => {
  const { page, errors, fetched } = await open('rules-display.html');
  await page.waitForFunction(() => document.querySelector('ground-rules')?.shadowRoot?.querySelector('[part~="base"]'));
  const templates = modulesWith(/ground-rules\/templates\.ts$/);
  const reader = modulesWith(/ground-rules\/parse\.ts$/);
  assert.ok(templates.length > 0 && reader.length > 0, 'the starter cards and the file reader are modules of their own');
  const modules = () => fetched.filter((path) => path.startsWith('/cdn/peerkit/')).map((path) => path.split('/').pop());
  assert.deepEqual(modules().filter((file) => templates.includes(file) || reader.includes(file)), [], 'neither is fetched to show the rules');
  // Every draw of an editing element, from its first: none lacks the starter cards.
  const draws = await page.evaluate(async () => {
    // Defined already (the page shows the rules), so appending it attaches its shadow root at once.
    const rules = document.createElement('ground-rules');
    rules.setAttribute('mode', 'edit');
    document.body.append(rules);
    const draws = [];
    new MutationObserver(() => draws.push(!!rules.shadowRoot.querySelector('select[name="card"]'))).observe(rules.shadowRoot, { childList: true, subtree: true });
    await rules.updateComplete;
    await new Promise((resolve) => setTimeout(resolve)); // the observer's last records
    return draws;
  });
  assert.ok(draws.length > 0 && draws.every(Boolean), `every draw has the starter cards: ${JSON.stringify(draws)}`);
  assert.ok(modules().some((file) => templates.includes(file)), 'the starter cards fetched for editing');
  assert.deepEqual(errors, []);
  await page.close();
});

test('filling in feedback and reading a resource list fetch no file readers', async () => {
  const { page, errors, fetched } = await open('members.html');
  await page.waitForFunction(() =>
    ['feedback-form', 'resource-list'].every((tag) => document.querySelector(tag)?.shadowRoot?.querySelector('[part~="base"]')),
  );
  const readers = modulesWith(/feedback\/parse\.ts$|resources\/parse\.ts$|resource-list\.editing\.ts$/);
  assert.ok(readers.length >= 2, 'the readers are modules of their own');
  const modules = fetched.map((path) => path.split('/').pop());
  assert.deepEqual(modules.filter((file) => readers.includes(file)), [], 'no reader fetched');
  assert.deepEqual(errors, []);
  await page.close();
});

test('an element added after the page loaded, and one in a shadow root the loader was given, are defined', async () => {
  const { page, errors } = await open('empty.html');
  assert.equal(await page.evaluate(() => customElements.get('ground-rules')), undefined);
  await page.evaluate(() => {
    const rules = document.createElement('ground-rules');
    rules.setAttribute('mode', 'display');
    document.querySelector('main').append(rules);
  });
  await page.waitForFunction(() => customElements.get('ground-rules') && document.querySelector('ground-rules').shadowRoot?.querySelector('[part~="base"]'));
  // A host component with its own shadow root hands it to the loader.
  await page.evaluate(async (loaderUrl) => {
    const { watch } = await import(loaderUrl);
    const card = document.createElement('div');
    document.body.append(card);
    const shadow = card.attachShadow({ mode: 'open' });
    await watch(shadow);
    shadow.innerHTML = '<meeting-agenda template="regular"></meeting-agenda>';
  }, `${server.url}cdn/peerkit.js`);
  await page.waitForFunction(() => customElements.get('meeting-agenda') !== undefined);
  await page.waitForFunction(() => document.querySelector('div').shadowRoot.querySelector('meeting-agenda').shadowRoot?.querySelector('h2'));
  assert.deepEqual(errors, []);
  await page.close();
});

test('elements inside <peer-group> get the group: the group is defined first', async () => {
  const { page, errors } = await open('empty.html');
  await page.evaluate(() => {
    document.querySelector('main').innerHTML =
      '<peer-group group-id="loader-group" name="Loader group" members="Ana, Ben, Chen"><peer-timer total-minutes="9"></peer-timer></peer-group>';
  });
  await page.waitForFunction(() => document.querySelector('peer-timer')?.round?.speakers?.length === 3, { timeout: 5000 });
  assert.deepEqual(errors, []);
  await page.close();
});

test('each self-contained file works alone: one request, its element drawn, what it keeps kept', async () => {
  const tags = Object.keys(JSON.parse(readFileSync(new URL('../../scripts/cdn-entries.json', import.meta.url), 'utf8')));
  assert.equal(tags.length, 8);
  for (const tag of tags) {
    const { page, errors, fetched } = await open(`single/${tag}.html`);
    const opened = await page.evaluate(async (tag) => {
      const element = document.querySelector(tag);
      await customElements.whenDefined(tag);
      await element.ready;
      await element.updateComplete;
      const databases = (await indexedDB.databases()).map((database) => database.name);
      return { drawn: element.shadowRoot.childElementCount > 0, databases };
    }, tag);
    assert.ok(opened.drawn, `<${tag}> drawn`);
    assert.ok(opened.databases.includes(`single-${tag}`), `<${tag}> opened its store`);
    assert.deepEqual(fetched.filter((path) => path.startsWith('/cdn/')), [`/cdn/${tag}.js`], `<${tag}>: one file, no chunks`);
    if (tag === 'peer-timer') {
      // The round is kept: started here, it is still running after a reload.
      await page.evaluate(() => document.querySelector('peer-timer').toggle());
      await page.waitForFunction(async () => {
        const request = indexedDB.open('single-peer-timer');
        const db = await new Promise((resolve) => (request.onsuccess = () => resolve(request.result)));
        const read = db.transaction('round').objectStore('round').getAll();
        const docs = await new Promise((resolve) => (read.onsuccess = () => resolve(read.result)));
        db.close();
        return JSON.stringify(docs).includes('"running"');
      }, { polling: 100 });
      await page.reload({ waitUntil: 'networkidle0' });
      await page.waitForFunction(() => document.querySelector('peer-timer')?.shadowRoot?.querySelector('.state-running'), { polling: 100 });
    }
    assert.deepEqual(errors, [], `<${tag}>: no errors`);
    await page.close();
  }
});

test('the README\'s page with four single files under Trusted Types works as written, and says once that it carries Lit four times', async () => {
  const { page, errors } = await open('readme-single-files.html');
  const warnings = [];
  page.on('console', (message) => message.type() === 'warn' && warnings.push(message.text()));
  await page.reload({ waitUntil: 'networkidle0' });
  const tags = ['peer-timer', 'checkin-round', 'ground-rules', 'resource-list'];
  const drawn = await page.evaluate(async (tags) => {
    await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
    return Promise.all(
      tags.map(async (tag) => {
        const element = document.querySelector(tag);
        await element.ready;
        await element.updateComplete;
        return element.shadowRoot.childElementCount > 0;
      }),
    );
  }, tags);
  assert.deepEqual(drawn, [true, true, true, true]);
  // The policy is enforced: a plain string cannot reach innerHTML.
  assert.match(await page.evaluate(() => { try { document.body.insertAdjacentHTML('beforeend', '<b>x</b>'); return 'allowed'; } catch (error) { return error.message; } }), /TrustedHTML/);
  assert.equal(warnings.filter((w) => /carries its own copy of Lit/.test(w)).length, 1, warnings.join('\n'));
  assert.deepEqual(errors.filter((e) => !/TrustedHTML/.test(e)), []);
  await page.close();
});

test('without \'allow-duplicates\', the warning comes before the second file fails, and says what the policy needs', async () => {
  const page = await browser.newPage();
  const said = [];
  page.on('console', (message) => said.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => said.push(`pageerror: ${error.message}`));
  await page.goto(`${server.url}readme-single-files-strict.html`, { waitUntil: 'networkidle0' });
  const warning = said.findIndex((line) => /^warn(ing)?: .*allow-duplicates/.test(line));
  const failure = said.findIndex((line) => /lit-html/.test(line) && !/^warn/.test(line));
  assert.ok(warning >= 0 && failure > warning, said.join('\n'));
  assert.equal(await page.evaluate(() => customElements.get('peer-timer') !== undefined), true, 'the first file still works');
  await page.close();
});
