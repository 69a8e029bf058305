// The three engines the browser tests run in, from the system's packages (never a
// downloaded build): Chromium, Firefox ESR and WebKit (WebKitGTK's MiniBrowser).
// `node scripts/browsers.mjs` checks them before the tests: on Debian or Ubuntu as
// root it installs what is missing; elsewhere it stops at once with the command to run.
import { existsSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { chromiumPath } from './chromium.mjs';

const onPath = (name) => spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).stdout.trim() || undefined;
const firstExisting = (paths) => paths.filter(Boolean).find((path) => existsSync(path));

export const ENGINES = {
  chromium: {
    apt: ['chromium'],
    find: () => {
      try {
        return chromiumPath();
      } catch {
        return undefined;
      }
    },
  },
  firefox: {
    apt: ['firefox-esr'],
    find: () => firstExisting([process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']),
  },
  webkit: {
    apt: ['webkit2gtk-driver', 'xvfb'],
    // The driver, its MiniBrowser, and (without a display) Xvfb: MiniBrowser has no headless mode.
    find: () => {
      const driver = onPath('WebKitWebDriver');
      const browser = miniBrowserPath();
      const display = process.env.DISPLAY || onPath('Xvfb');
      return driver && browser && display ? driver : undefined;
    },
  },
};

export function miniBrowserPath() {
  return firstExisting([
    process.env.MINIBROWSER_PATH,
    '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
    '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
  ]);
}

/** Tools the end-to-end tests use beside the browsers: pdftotext reads the printed reports' text. */
export const TOOLS = {
  pdftotext: { apt: ['poppler-utils'], find: () => onPath('pdftotext') },
};

/** The engines asked for: BROWSERS=chromium,firefox (default: all three). */
export function selectedEngines() {
  const asked = (process.env.BROWSERS ?? 'chromium,firefox,webkit')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const unknown = asked.filter((name) => !(name in ENGINES));
  if (unknown.length > 0) throw new Error(`BROWSERS names ${unknown.join(', ')}; the engines are ${Object.keys(ENGINES).join(', ')}.`);
  return asked;
}

function ensureEngines() {
  const wanted = { ...Object.fromEntries(selectedEngines().map((name) => [name, ENGINES[name]])), ...TOOLS };
  const missing = Object.keys(wanted).filter((name) => !wanted[name].find());
  if (missing.length === 0) return;
  const packages = [...new Set(missing.flatMap((name) => wanted[name].apt))];
  const command = `apt-get install -y --no-install-recommends ${packages.join(' ')}`;
  const canInstall = process.getuid?.() === 0 && onPath('apt-get');
  if (!canInstall) {
    console.error(`Missing browser engine(s) or tool(s): ${missing.join(', ')}.\nInstall them with:\n  sudo apt-get update && sudo ${command}\nor run one engine: BROWSERS=chromium npm test`);
    process.exit(1);
  }
  console.log(`Installing ${missing.join(', ')} from Debian's packages: ${packages.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
  const still = missing.filter((name) => !wanted[name].find());
  if (still.length > 0) {
    console.error(`Still missing after installing: ${still.join(', ')}.`);
    process.exit(1);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    ensureEngines();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
