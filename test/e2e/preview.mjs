// Serves the built app (dist/app) with `vite preview` on localhost for an e2e test file,
// and opens the system's Chromium. Vite runs under this node, not through npx, so
// stopping it stops the server.
import { spawn } from 'node:child_process';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

export async function startPreview(port) {
  const vite = new URL('../../node_modules/vite/bin/vite.js', import.meta.url).pathname;
  const server = spawn(process.execPath, [vite, 'preview', '--port', String(port), '--strictPort'], {
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
  const browser = await puppeteer.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  return {
    url: `http://localhost:${port}/`,
    browser,
    async stop() {
      await browser.close();
      server.kill();
    },
  };
}
