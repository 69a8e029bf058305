// Serves the script-tag files (dist/cdn, from `npm run build`) on localhost the way a
// nonprofit's site would: its own pages, with PeerKit's files copied beside them.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';

const root = new URL('../../', import.meta.url);
const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml', '.html': 'text/html' };

/** The app's embedding example, with the autoloader as its only script. */
const embedExample = () =>
  readFileSync(new URL('app/embed-example.html', root), 'utf8').replace(
    '<script type="module" src="./embed-example.ts"></script>',
    '<script type="module" src="./cdn/peerkit.js"></script>',
  );

/** The README's page with several single files under Trusted Types, as written there; `change` alters it (to show what a stricter policy does). */
export const readmeSingleFilesPage = (change = (page) => page) => {
  const readme = readFileSync(new URL('README.md', root), 'utf8');
  const section = readme.slice(readme.indexOf('**Several single files on one page, and Trusted Types.**'));
  const page = /```html\n([\s\S]*?)```/.exec(section)?.[1];
  if (!page) throw new Error('The README has no page under "Several single files on one page".');
  return change(page);
};

const PAGES = {
  '/readme-single-files.html': () => readmeSingleFilesPage(),
  '/readme-single-files-strict.html': () => readmeSingleFilesPage((page) => page.replace(" 'allow-duplicates'", '')),
  '/embed-example.html': embedExample,
  '/embed-example.css': () => readFileSync(new URL('app/embed-example.css', root)),
  '/icon.svg': () => readFileSync(new URL('app/public/icon.svg', root)),
  '/favicon.ico': () => readFileSync(new URL('app/public/icon.svg', root)),
  '/timer-only.html': () =>
    `<!doctype html><html lang="en"><head><script type="module" src="./cdn/peerkit.js"></script></head><body><peer-timer members="Ana, Ben" per-person-minutes="3"></peer-timer></body></html>`,
  '/timer-es.html': () =>
    `<!doctype html><html lang="es"><head><script type="module" src="./cdn/peerkit.js"></script></head><body><peer-timer members="Ana, Ben" per-person-minutes="3"></peer-timer></body></html>`,
  '/rules-display.html': () =>
    `<!doctype html><html lang="en"><head><script type="module" src="./cdn/peerkit.js"></script></head><body><ground-rules mode="display"></ground-rules></body></html>`,
  '/members.html': () =>
    `<!doctype html><html lang="en"><head><script type="module" src="./cdn/peerkit.js"></script></head><body><feedback-form></feedback-form><resource-list></resource-list></body></html>`,
  '/empty.html': () => `<!doctype html><html lang="en"><head><script type="module" src="./cdn/peerkit.js"></script></head><body><main></main></body></html>`,
};

/** A page with one self-contained element file and its element, keeping what it keeps in a database of its own. */
const singleFilePage = (tag) =>
  `<!doctype html><html lang="en"><head><script type="module" src="../cdn/${tag}.js"></script></head><body><${tag} store-name="single-${tag}" ${tag === 'peer-group' ? 'group-id' : 'storage-key'}="single"${tag === 'peer-timer' || tag === 'checkin-round' ? ' members="Ana, Ben"' : ''}></${tag}></body></html>`;

export async function startLoaderServer() {
  const requests = [];
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://localhost').pathname;
    requests.push(path);
    try {
      const single = /^\/single\/([a-z-]+)\.html$/.exec(path);
      // The README's pages have the files copied to /js/.
      const cdnFile = /^\/(cdn|js)\/(.+)$/.exec(path)?.[2];
      const body = cdnFile ? readFileSync(new URL(`dist/cdn/${cdnFile}`, root)) : single ? singleFilePage(single[1]) : PAGES[path]?.();
      if (body === undefined) throw new Error('not found');
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    requests,
    stop: () => new Promise((resolve) => server.close(resolve)),
  };
}
