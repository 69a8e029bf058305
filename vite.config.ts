// The standalone facilitator app (`npm start`, `vite build`) and, with
// `--mode cdn`, the script-tag bundles: one file defining every element and
// one per element.
import { defineConfig, type Plugin } from 'vite';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

const root = import.meta.dirname;
const conditions = ['source', 'module', 'browser', 'development|production'];

/**
 * Nothing leaves the device: the built app may talk to its own origin only.
 * Added at build time because Vite's dev server injects styles inline.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

/**
 * The two pages of a live room may also reach the relay the facilitator names (ws:// or
 * wss://): only signalling, encrypted with the room key, goes there; the meeting itself
 * goes device to device over WebRTC.
 */
const LIVE_PAGES = ['meeting.html', 'live.html'];
const LIVE_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace("connect-src 'self'", "connect-src 'self' ws: wss:");

function contentSecurityPolicy(): Plugin {
  return {
    name: 'peerkit-content-security-policy',
    apply: 'build',
    transformIndexHtml: (_html, { path }) => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: LIVE_PAGES.some((page) => path.endsWith(page)) ? LIVE_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/** What the head of every app page holds, written once: each page marks the spot. */
const APP_HEAD = `<meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light dark" />
    <meta name="theme-color" content="#1e6b60" />
    <link rel="manifest" href="./manifest.webmanifest" />
    <link rel="icon" href="./icon.svg" type="image/svg+xml" />
    <link rel="stylesheet" href="./app.css" />`;

/** The dates a report shows, the same on a group's report and the coordinator's view. */
const DATE_RANGE = `<form id="range" class="inline-form report-controls">
          <label for="from" data-text="report.from">From</label>
          <input id="from" name="from" type="date" />
          <label for="to" data-text="report.to">To</label>
          <input id="to" name="to" type="date" />
          <button type="submit" data-text="report.show">Show</button>
        </form>`;

/** Parts of several app pages, written once: a page marks each spot with <!-- peerkit:name -->. */
const PAGE_PARTS: Record<string, string> = { 'app-head': APP_HEAD, 'date-range': DATE_RANGE };

function pageParts(): Plugin {
  return {
    name: 'peerkit-page-parts',
    // Before Vite reads the page, so the stylesheet is bundled like any other.
    transformIndexHtml: {
      order: 'pre',
      handler: (html) =>
        html.replace(/<!-- peerkit:([a-z-]+) -->/g, (_mark, name: string) => {
          const part = PAGE_PARTS[name];
          if (part === undefined) throw new Error(`No page part "${name}" (known: ${Object.keys(PAGE_PARTS).join(', ')}).`);
          return part;
        }),
    },
  };
}

/** Where "Forget everything" ends: never cached for offline use, and served with Clear-Site-Data. */
const FORGOTTEN_PAGE = 'forgotten.html';

/**
 * Asks the browser to clear the site's cache and storage when the forgotten page
 * is served, on the dev and preview servers (the README gives the lines for nginx,
 * Caddy and Netlify-style hosts).
 */
function clearSiteDataOnForgotten(): Plugin {
  const middleware = (request: { url?: string }, response: { setHeader(name: string, value: string): void }, next: () => void) => {
    if (new URL(request.url ?? '/', 'http://localhost').pathname.endsWith(`/${FORGOTTEN_PAGE}`)) response.setHeader('Clear-Site-Data', '"cache", "storage"');
    next();
  };
  return {
    name: 'peerkit-clear-site-data',
    configureServer: (server) => void server.middlewares.use(middleware),
    configurePreviewServer: (server) => void server.middlewares.use(middleware),
  };
}

/**
 * Writes sw.js listing every file the build actually wrote, read from the output
 * folder once everything is written: a file in the bundle that a later step drops
 * (an HTML entry's emptied script chunk) would 404 and fail the worker's install.
 */
function offlineServiceWorker(): Plugin {
  return {
    name: 'peerkit-offline-service-worker',
    apply: 'build',
    writeBundle(options) {
      const outDir = options.dir ?? resolve(root, 'dist/app');
      const files = readdirSync(outDir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => relative(outDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
        .filter((name) => !name.endsWith('.map') && name !== 'sw.js' && name !== FORGOTTEN_PAGE)
        .sort();
      const version = createHash('sha256');
      for (const name of files) version.update(name).update(readFileSync(join(outDir, name)));
      const assets = ['./', ...files.map((f) => `./${f}`)];
      writeFileSync(join(outDir, 'sw.js'), serviceWorkerSource(version.digest('hex').slice(0, 12), assets));
    },
  };
}

function serviceWorkerSource(version: string, assets: string[]): string {
  return `// Generated by vite.config.ts. Caches the app so it opens offline; talks to no server but its own.
const CACHE = 'peerkit-${version}';
const ASSETS = ${JSON.stringify(assets)};
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS)).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys().then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k)))).then(() => self.clients.claim()),
  );
});
// The passphrase lock's key, handed from one page of the app to the next: in this worker's memory
// only, never stored; forgotten on lock and on quick exit, and gone whenever the browser stops the worker.
let key = null;
self.addEventListener('message', (event) => {
  const message = event.data || {};
  if (message.type === 'keep-key') key = message.key;
  else if (message.type === 'forget-key') key = null;
  else if (message.type === 'give-key' && event.ports[0]) event.ports[0].postMessage(key);
});
self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  // Left to the network: its answer clears the site, this worker included, which would wait on itself.
  if (url.pathname.endsWith('/${FORGOTTEN_PAGE}')) return;
  event.respondWith(
    caches.match(event.request, { ignoreSearch: event.request.mode === 'navigate' }).then(
      (hit) => hit || fetch(event.request),
    ),
  );
});
`;
}

/**
 * Runs before anything in a single-element file: each carries its own Lit, so a
 * second one on a page (another single file, or the site's own Lit) is said once
 * in the console, with what it costs and what Trusted Types then needs.
 */
function secondLitWarning(file: string): string {
  const message =
    `PeerKit: ${file}.js carries its own copy of Lit, and this page already has one (another PeerKit single file, or the site's own). ` +
    "Each copy is downloaded and run again; under Trusted Types each makes its own 'lit-html' policy, so the policy must allow duplicates " +
    "(trusted-types lit-html 'allow-duplicates'). The autoloader, peerkit.js, shares one Lit among all the elements on a page.";
  return `if(globalThis.litHtmlVersions?.length&&!globalThis.peerkitSecondLitSaid){globalThis.peerkitSecondLitSaid=!0;console.warn(${JSON.stringify(message)})}`;
}

/**
 * The elements' stylesheets (css`` blocks) lose their comments, indentation and the spaces
 * around braces, semicolons and commas in every build: they are for people reading the
 * source. Line breaks stay, so the source map of everything around them still holds.
 */
function compactStyles(body: string): string {
  return body
    .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ''))
    .replace(/^[ \t]+|[ \t]+$/gm, '')
    .replace(/[ \t]*([{};,])[ \t]*/g, '$1');
}

function compactElementStyles(): Plugin {
  return {
    name: 'peerkit-compact-element-styles',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]packages[\\/]components[\\/]src[\\/].*\.ts$/.test(id) || !code.includes('css`')) return null;
      return { code: code.replace(/\bcss`([^`]*)`/g, (_block, body: string) => `css\`${compactStyles(body)}\``), map: null };
    },
  };
}

/**
 * A self-contained file holds every part anyway, so in it PeerKit's own dynamic imports become
 * static ones: otherwise the bundler wraps each module reachable from one to run it later, and
 * those wrappers (and module code they keep alive) cost every single file bytes. The imports
 * go on the first line, so the source map of the rest still holds.
 */
function inlineOwnDynamicImports(): Plugin {
  return {
    name: 'peerkit-inline-own-dynamic-imports',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]packages[\\/](components|core)[\\/]src[\\/].*\.ts$/.test(id) || !code.includes('import(')) return null;
      const imports: string[] = [];
      const inlined = code.replace(/\bimport\((['"])([^'"]+)\1\)/g, (_call, _quote, specifier: string) => {
        const name = `__peerkitPart${imports.length}`;
        imports.push(`import * as ${name} from ${JSON.stringify(specifier)};`);
        return `Promise.resolve(${name})`;
      });
      return { code: `${imports.join(' ')}${inlined}`, map: null };
    },
  };
}

/** Script-tag bundles: each file stands alone, Lit and idb included, so one tag is enough. */
export const CDN_ENTRIES: Record<string, string> = JSON.parse(
  readFileSync(resolve(root, 'scripts/cdn-entries.json'), 'utf8'),
) as Record<string, string>;

/** Where the script-tag files go: dist/cdn, or a folder of the benchmark's own (PEERKIT_CDN_OUT). */
const CDN_OUT = process.env.PEERKIT_CDN_OUT ?? resolve(root, 'dist/cdn');

/** The elements the autoloader knows: every per-element entry (the tag is the name). */
const ELEMENT_ENTRIES = Object.fromEntries(Object.entries(CDN_ENTRIES).map(([name, entry]) => [name, resolve(root, entry)]));

export default defineConfig(({ mode }) => {
  // The autoloader's elements: one module per element, sharing Lit and the core as chunks.
  if (mode === 'cdn-elements') {
    return {
      plugins: [compactElementStyles()],
      resolve: { conditions },
      build: {
        outDir: resolve(CDN_OUT, 'peerkit'),
        emptyOutDir: true,
        sourcemap: true,
        lib: { entry: ELEMENT_ENTRIES, formats: ['es'], fileName: (_format, name) => `${name}.js` },
        rolldownOptions: { output: { minify: true, chunkFileNames: 'shared-[hash].js' } },
      },
    };
  }
  // The autoloader itself; scripts/build-cdn.mjs passes what each element's module imports.
  if (mode === 'cdn-loader') {
    return {
      define: { __PEERKIT_ELEMENTS__: process.env.PEERKIT_ELEMENTS ?? '{}' },
      build: {
        outDir: CDN_OUT,
        emptyOutDir: false,
        sourcemap: true,
        lib: { entry: resolve(root, 'packages/components/src/autoloader.ts'), formats: ['es'], fileName: () => 'peerkit.js' },
        rolldownOptions: { output: { minify: true } },
      },
    };
  }
  // `--mode cdn:<entry>` builds one bundle; scripts/build-cdn.mjs runs them all.
  if (mode.startsWith('cdn:')) {
    const name = mode.slice('cdn:'.length);
    const entry = CDN_ENTRIES[name];
    if (!entry) throw new Error(`Unknown CDN entry "${name}"; known: ${Object.keys(CDN_ENTRIES).join(', ')}.`);
    return {
      plugins: [compactElementStyles(), inlineOwnDynamicImports()],
      resolve: { conditions },
      build: {
        outDir: CDN_OUT,
        emptyOutDir: false,
        sourcemap: true,
        lib: { entry: resolve(root, entry), formats: ['es'], fileName: () => `${name}.js` },
        // Library mode keeps whitespace for downstream bundlers; a script-tag file wants it gone.
        // One file per bundle: the virtualizer's lazily loaded layout is folded in.
        rolldownOptions: { output: { minify: true, codeSplitting: false, banner: secondLitWarning(name) } },
      },
    };
  }
  return {
    root: resolve(root, 'app'),
    base: './',
    resolve: { conditions },
    server: { host: 'localhost', port: 5173 },
    preview: { host: 'localhost', port: 4173 },
    build: {
      outDir: resolve(root, 'dist/app'),
      emptyOutDir: true,
      rollupOptions: {
        input: Object.fromEntries(['index', 'group', 'meeting', 'live', 'report', 'coordinator', 'timer', 'embed-example'].map((page) => [page, resolve(root, `app/${page}.html`)])),
      },
    },
    plugins: [pageParts(), contentSecurityPolicy(), offlineServiceWorker(), compactElementStyles(), clearSiteDataOnForgotten()],
  };
});
