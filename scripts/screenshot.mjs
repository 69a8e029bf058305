// Takes screenshots of a page in headless Chromium, to look at what users see.
// Usage: node scripts/screenshot.mjs URL OUT.png [width height] [--script "js to run first"] [--dark] [--full]
import puppeteer from 'puppeteer-core';
import { chromiumPath, chromiumArgs } from './chromium.mjs';

const [url, out, width = '1280', height = '800'] = process.argv.slice(2);
const scriptIndex = process.argv.indexOf('--script');
const script = scriptIndex > -1 ? process.argv[scriptIndex + 1] : undefined;
const browser = await puppeteer.launch({ executablePath: chromiumPath(), args: chromiumArgs });
try {
  const page = await browser.newPage();
  page.on('console', (msg) => console.log(`[page ${msg.type()}] ${msg.text()}`));
  page.on('pageerror', (error) => console.log(`[page error] ${error.message}`));
  await page.setViewport({ width: Number(width), height: Number(height) });
  if (process.argv.includes('--dark')) await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
  await page.goto(url, { waitUntil: 'networkidle0' });
  if (script) {
    await page.evaluate(script);
    await new Promise((resolve) => setTimeout(resolve, 800));
  }
  await page.screenshot({ path: out, fullPage: process.argv.includes('--full') });
} finally {
  await browser.close();
}
