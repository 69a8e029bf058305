// Builds each script-tag bundle on its own, so every file is self-contained.
import { readFile, rm } from 'node:fs/promises';
import { build } from 'vite';

const entries = JSON.parse(await readFile(new URL('./cdn-entries.json', import.meta.url), 'utf8'));
await rm(new URL('../dist/cdn', import.meta.url), { recursive: true, force: true });
for (const name of Object.keys(entries)) {
  await build({ mode: `cdn:${name}`, logLevel: 'warn' });
  console.log(`built dist/cdn/${name}.js`);
}
