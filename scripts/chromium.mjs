// Finds the system's Chromium (never a downloaded one) and the flags it runs with here.
import { existsSync } from 'node:fs';

// Used by the test runner, the end-to-end tests, the benchmarks and the screenshot script.
export function chromiumPath() {
  const found = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
  ]
    .filter(Boolean)
    .find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      'No Chromium found. Install it with `apt-get install -y chromium` (Debian) or set CHROME_PATH to a Chrome or Chromium binary.',
    );
  }
  return found;
}

export const chromiumArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
