// Serves the built app (dist/app) with `vite preview` on localhost for an e2e test file,
// and opens the system's Chromium. Vite runs under this node, not through npx, so
// stopping it stops the server.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

/**
 * `browserArgs`: more Chromium flags (e.g. a --user-data-dir whose settings block site data);
 * `outDir`: serve another build of the app than dist/app (the benchmark's own).
 */
export async function startPreview(port, { browserArgs = [], outDir } = {}) {
  const vite = new URL('../../node_modules/vite/bin/vite.js', import.meta.url).pathname;
  const server = spawn(process.execPath, [vite, 'preview', '--port', String(port), '--strictPort', ...(outDir ? ['--outDir', outDir] : [])], {
    cwd: new URL('../..', import.meta.url),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('vite preview did not start')), 20_000);
    server.stdout.on('data', (chunk) => {
      if (String(chunk).includes(String(port))) {
        clearTimeout(timer);
        resolve();
      }
    });
    server.on('exit', (code) => reject(new Error(`vite preview exited with ${code}`)));
  });
  const browser = await puppeteer.launch({ executablePath: chromiumPath(), args: [...chromiumArgs, ...browserArgs] });
  // A page leaving while a write is on its way asks first ("Leave site?"). A test that moves on
  // answers Leave, as a person in a hurry would; one that sets page.answersLeaving answers itself.
  browser.on('targetcreated', async (target) => {
    const page = await target.page().catch(() => null);
    page?.on('dialog', (dialog) => {
      if (dialog.type() === 'beforeunload' && !page.answersLeaving) void dialog.accept().catch(() => undefined);
    });
  });
  return {
    url: `http://localhost:${port}/`,
    browser,
    async stop() {
      await browser.close();
      server.kill();
    },
  };
}

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const axeSource = readFileSync(axePath, 'utf8');

/**
 * axe-core's violations on the page (or only in the elements `selectors`
 * match), as "rule: targets" lines. axe is evaluated through DevTools, which
 * the app's own content security policy does not govern, so the page runs
 * under its real policy.
 */
export async function axeViolations(page, selectors) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async (only) => {
    const context = only ? { include: only.map((selector) => [selector]) } : document;
    const result = await window.axe.run(context, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, selectors);
}

/**
 * Writes documents straight into the page's PeerKit database (origin of the page), as
 * earlier meetings would have left them: `{ kind, id, data }` each, at revision 1.
 */
export function storeDocs(page, docs) {
  return page.evaluate(
    (docs) =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open('peerkit');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const tx = request.result.transaction([...new Set(docs.map((doc) => doc.kind))], 'readwrite');
          for (const doc of docs) tx.objectStore(doc.kind).put({ schemaVersion: 1, revision: 1, updatedAt: Date.now(), ...doc });
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
    docs,
  );
}

/** A document's data as stored in the page's PeerKit database (undefined when there is none). */
export function storedData(page, kind, id) {
  return page.evaluate(
    (kind, id) =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open('peerkit');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const get = request.result.transaction(kind).objectStore(kind).get(id);
          get.onsuccess = () => resolve(get.result?.data);
          get.onerror = () => reject(get.error);
        };
      }),
    kind,
    id,
  );
}

/** The ids of a stored group's members (random, never made from names), by their names in lower case: { ana: 'm-…' }. */
export async function memberIds(page, groupId) {
  const group = await storedData(page, 'group', groupId);
  return Object.fromEntries(group.members.map((m) => [m.name.toLowerCase(), m.id]));
}

/**
 * Waits for `selector` inside the shadow root of the first `host`, looking every 100 ms:
 * waitForSelector with `>>>` watches the document for changes, and a change inside a shadow root
 * is not one, so an element that draws after the page's last change would never be seen.
 */
export function waitInShadow(page, host, selector, { timeout = 30_000 } = {}) {
  return page.waitForFunction((host, selector) => document.querySelector(host)?.shadowRoot?.querySelector(selector), { polling: 100, timeout }, host, selector);
}

/**
 * Clicks the button named `label` (its text or aria-label) inside the first `host`'s shadow root,
 * once it is drawn: an element inside a <peer-group> draws when the group has been read.
 */
export async function clickIn(page, host, label) {
  const button = await page.waitForFunction(
    (host, label) => [...(document.querySelector(host)?.shadowRoot?.querySelectorAll('button') ?? [])].find((b) => b.textContent.trim() === label || b.getAttribute('aria-label') === label),
    { polling: 100, timeout: 30_000 },
    host,
    label,
  );
  await button.evaluate((b) => b.click());
}

/** Starts a group from the home page, as a facilitator does, and lands on its page. Returns the group's id (random: read from the address). */
export async function startGroup(page, root, name, members) {
  await page.goto(root, { waitUntil: 'networkidle0' });
  await page.type('#group-name', name);
  await page.type('#group-members', members);
  await Promise.all([page.waitForNavigation(), page.click('#new-group button[type=submit]')]);
  return groupIdOf(page);
}

/** The group a page of the app is about, from its address. */
export function groupIdOf(page) {
  const id = new URL(page.url()).searchParams.get('group');
  if (!id) throw new Error(`no group in ${page.url()}`);
  return id;
}

/**
 * Keeps every connection the page makes — the relay's websocket, each WebRTC peer connection —
 * in `window.__connections`, from before its scripts run: a test cuts them, the bench reads their traffic.
 */
export function keepConnections(page) {
  return page.evaluateOnNewDocument(() => {
    const OriginalSocket = window.WebSocket;
    const OriginalPeer = window.RTCPeerConnection;
    window.__connections = [];
    window.WebSocket = function (...args) {
      const socket = new OriginalSocket(...args);
      window.__connections.push(socket);
      return socket;
    };
    Object.assign(window.WebSocket, OriginalSocket);
    window.WebSocket.prototype = OriginalSocket.prototype;
    window.RTCPeerConnection = function (...args) {
      const connection = new OriginalPeer(...args);
      window.__connections.push(connection);
      return connection;
    };
    window.RTCPeerConnection.prototype = OriginalPeer.prototype;
  });
}
