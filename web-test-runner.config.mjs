// Every test runs in real browsers from the system's packages, never downloaded ones:
// Chromium, Firefox ESR and WebKit (MiniBrowser), one engine after another.
// BROWSERS=chromium (or a comma list) runs fewer; scripts/browsers.mjs finds them first.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import puppeteerCore from 'puppeteer-core';
import { reactModules } from './test/react-modules.mjs';
import { countReporter } from './test/count-reporter.mjs';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';
import { ENGINES, miniBrowserPath, selectedEngines } from './scripts/browsers.mjs';

/** Child processes this run started (the WebKit driver, a virtual display): stopped when it ends. */
const children = [];
process.on('exit', () => children.forEach((child) => child.kill()));

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** MiniBrowser has no headless mode: without a display, an Xvfb of our own. */
async function ensureDisplay() {
  if (process.env.DISPLAY) return process.env.DISPLAY;
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1366x900x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  children.push(xvfb);
  const number = await new Promise((resolve, reject) => {
    xvfb.stdio[3].once('data', (data) => resolve(String(data).trim()));
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code})`)));
  });
  return `:${number}`;
}

async function startWebKitDriver() {
  const display = await ensureDisplay();
  const port = await freePort();
  const driver = spawn(ENGINES.webkit.find(), [`--port=${port}`, '--host=127.0.0.1'], {
    stdio: 'ignore',
    env: { ...process.env, DISPLAY: display },
  });
  children.push(driver);
  // The driver answers on its port once it is up.
  for (let tries = 0; tries < 100; tries++) {
    const up = await fetch(`http://127.0.0.1:${port}/status`).then((r) => r.ok, () => false);
    if (up) return port;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('WebKitWebDriver did not start');
}

// WebDriver BiDi (Firefox) knows no key named "Space": the page's keyboard gets ' ' instead.
function spaceAsCharacter(page) {
  for (const method of ['press', 'down', 'up']) {
    const original = page.keyboard[method].bind(page.keyboard);
    page.keyboard[method] = (key, ...rest) => original(key === 'Space' ? ' ' : key, ...rest);
  }
  return page;
}

const launchers = {
  chromium: () =>
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath(),
        args: [...chromiumArgs, '--autoplay-policy=no-user-gesture-required'],
      },
    }),
  firefox: () =>
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: {
        browser: 'firefox',
        executablePath: ENGINES.firefox.find(),
        headless: true,
        extraPrefsFirefox: { 'media.autoplay.default': 0, 'media.autoplay.blocking_policy': 0 },
      },
      createPage: async ({ browser }) => spaceAsCharacter(await browser.newPage()),
    }),
  webkit: async () =>
    webdriverLauncher({
      hostname: '127.0.0.1',
      port: await startWebKitDriver(),
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: miniBrowserPath(), args: ['--automation'] },
        'wdio:enforceWebDriverClassic': true,
      },
    }),
};

const browsers = await Promise.all(selectedEngines().map((name) => launchers[name]()));

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    reactModules(),
  ],
  browsers,
  // One engine, and one page, at a time: a second page is a background tab, where
  // requestAnimationFrame and ResizeObserver stop, so anything that waits for a frame
  // (the virtualizer, open-wc fixtures) could stall there while another file runs.
  concurrentBrowsers: 1,
  concurrency: 1,
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testFramework: { config: { timeout: 10000 } },
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countReporter()],
};
