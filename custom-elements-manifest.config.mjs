// Generates packages/components/custom-elements.json from the elements' JSDoc,
// for editors, Storybook and framework wrappers.
import { readFileSync } from 'node:fs';

/** Attributes shared through `...storedElementProperties` (internal/attributes.ts). */
const STORED = [
  { name: 'storage-key', fieldName: 'storageKey', type: { text: 'string' }, description: 'Where the state lives in IndexedDB; without it nothing is stored.' },
  { name: 'store-name', fieldName: 'storeName', type: { text: 'string' }, description: 'The IndexedDB database name (default "peerkit").' },
  { name: 'lang', fieldName: 'language', type: { text: 'string' }, description: '"en" or "es"; else the nearest lang attribute, else the page.' },
];

/**
 * The analyzer reads `static properties` but not `state: true` / `attribute: false`
 * (internal state and property-only inputs) nor spread properties; this fixes both.
 */
function peerkitProperties() {
  return {
    name: 'peerkit-properties',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        const source = readFileSync(mod.path, 'utf8');
        const noAttribute = new Set([...source.matchAll(/(\w+): \{ (?:state: true|attribute: false) \}/g)].map((m) => m[1]));
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.customElement) continue;
          declaration.attributes = (declaration.attributes ?? []).filter((a) => !noAttribute.has(a.fieldName ?? a.name));
          if (source.includes('...storedElementProperties')) declaration.attributes.push(...STORED);
        }
      }
    },
  };
}

export default {
  globs: ['packages/components/src/**/*.component.ts'],
  outdir: 'packages/components',
  litelement: true,
  plugins: [peerkitProperties()],
};
