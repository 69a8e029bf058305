/**
 * peerkit.js, the autoloader: one <script type="module"> on any site. It defines
 * nothing up front; it watches the page (and any shadow root it is given) for
 * PeerKit's tags and imports each element's module from the folder beside itself
 * the first time one appears, so a page pays only for the elements it shows.
 * Shared pieces (Lit, the core) are their own files, fetched once and preloaded
 * as soon as the loader knows an element needs them.
 */

/** Filled in at build time: each tag's module, then the shared files it imports. */
declare const __PEERKIT_ELEMENTS__: Record<string, readonly string[]>;
const ELEMENTS = __PEERKIT_ELEMENTS__;
const folder = new URL(/* @vite-ignore */ "./peerkit/", import.meta.url);
const started = new Map<string, Promise<unknown>>();
const preloaded = new Set<string>();

function preload(file: string): void {
  if (preloaded.has(file)) return;
  preloaded.add(file);
  const link = document.createElement('link');
  link.rel = 'modulepreload';
  link.href = new URL(file, folder).href;
  document.head.append(link);
}

/** Imports a tag's module once; a failure is said in the console and may be tried again. */
function load(tag: string): Promise<unknown> {
  let loading = started.get(tag);
  if (!loading) {
    const [module, ...shared] = ELEMENTS[tag] ?? [];
    if (!module) return Promise.resolve();
    shared.forEach(preload);
    loading = import(new URL(module, folder).href).catch((error: unknown) => {
      started.delete(tag);
      console.error(`PeerKit could not load <${tag}> from ${folder.href}${module}:`, error);
    });
    started.set(tag, loading);
  }
  return loading;
}

function undefinedTags(root: ParentNode): Set<string> {
  const tags = new Set<string>();
  const consider = (element: Element) => {
    if (element.localName in ELEMENTS && !customElements.get(element.localName)) tags.add(element.localName);
  };
  if (root instanceof Element) consider(root);
  root.querySelectorAll(':not(:defined)').forEach(consider);
  return tags;
}

async function discover(root: ParentNode): Promise<void> {
  const tags = undefinedTags(root);
  if (tags.size === 0) return;
  for (const tag of tags) ELEMENTS[tag]?.slice(1).forEach(preload);
  // <peer-group> first: the elements inside ask it for the group as they connect.
  if (tags.delete('peer-group')) await load('peer-group');
  await Promise.all([...tags].map(load));
}

const observer = new MutationObserver((records) => {
  for (const record of records) {
    record.addedNodes.forEach((node) => {
      if (node instanceof Element) void discover(node);
    });
  }
});

/**
 * Watches a root for PeerKit's tags: the document is watched from the start; a
 * page that puts PeerKit's tags inside its own shadow roots passes each one here.
 * Resolves once the elements already there are defined.
 */
export function watch(root: Document | ShadowRoot | Element): Promise<void> {
  const start = root instanceof Document ? root.documentElement : root;
  observer.observe(start, { childList: true, subtree: true });
  return discover(start);
}

/** Resolves once every PeerKit element now in the page (and the roots being watched) is defined. */
export const ready: Promise<void> = watch(document);
