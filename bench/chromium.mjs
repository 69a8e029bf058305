// Finds the system's Chromium (never a downloaded one) and the flags it runs with here.
import { existsSync } from 'node:fs';

export function chromiumPath() {
  const found = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']
    .filter(Boolean)
    .find((path) => existsSync(path));
  if (!found) throw new Error('No Chromium found: install it with `apt-get install -y chromium` or set CHROME_PATH.');
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
