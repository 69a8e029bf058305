// Builds the script-tag files in dist/cdn (or PEERKIT_CDN_OUT):
// - peerkit.js, the autoloader, with peerkit/: one module per element and the shared
//   chunks (Lit, the core) they import, so a page fetches only what it shows;
// - <element>.js, one self-contained file per element, for sites that copy one file;
// - peerkit.graph.json: what each module imports and holds, for the size report (npm run bench).
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = process.env.PEERKIT_CDN_OUT ?? fileURLToPath(new URL('../dist/cdn', import.meta.url));
const entries = JSON.parse(await readFile(new URL('./cdn-entries.json', import.meta.url), 'utf8'));
await rm(out, { recursive: true, force: true });
for (const name of Object.keys(entries)) {
  await build({ mode: `cdn:${name}`, logLevel: 'warn' });
  console.log(`built ${name}.js`);
}

const result = await build({ mode: 'cdn-elements', logLevel: 'warn' });
const chunks = (Array.isArray(result) ? result[0] : result).output.filter((file) => file.type === 'chunk');
const graph = Object.fromEntries(
  chunks.map((chunk) => [
    chunk.fileName,
    {
      entry: chunk.isEntry ? chunk.name : null,
      imports: chunk.imports,
      dynamicImports: chunk.dynamicImports,
      // The source files in it (from the repository's root), for the size report and the loader's tests.
      sources: chunk.moduleIds.filter((id) => id.startsWith(root)).map((id) => relative(root, id).split(sep).join('/')),
    },
  ]),
);
/** A module and every module it imports statically: what must arrive before it runs. */
const staticClosure = (fileName, seen = new Set([fileName])) => {
  for (const dependency of graph[fileName]?.imports ?? []) {
    if (!seen.has(dependency)) {
      seen.add(dependency);
      staticClosure(dependency, seen);
    }
  }
  return seen;
};
// Each tag: its module first, then the shared files to preload at once.
const elements = Object.fromEntries(chunks.filter((chunk) => chunk.isEntry).map((chunk) => [chunk.name, [...staticClosure(chunk.fileName)]]));
await writeFile(join(out, 'peerkit.graph.json'), `${JSON.stringify(graph, null, 2)}\n`);
console.log(`built peerkit/: ${chunks.length} modules`);
process.env.PEERKIT_ELEMENTS = JSON.stringify(elements);
await build({ mode: 'cdn-loader', logLevel: 'warn' });
console.log('built peerkit.js');
