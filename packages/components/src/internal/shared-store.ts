import { openStore, PEERKIT_KIND_NAMES, type KindTable, type MemoryCarrier, type PeerStore } from '@peerkit/core';

const stores = new Map<string, Promise<PeerStore>>();
let memoryCarrier: MemoryCarrier | undefined;

/** For a page that can carry an in-memory store to the next page (the app); set before any store opens. */
export function carryMemoryStore(carrier: MemoryCarrier): void {
  memoryCarrier = carrier;
}

/**
 * One store per database name per page, shared by every element that uses it.
 * It has an object store for every kind, but each element registers only the
 * kinds (and parsers) it uses, so a one-element bundle stays small.
 */
export async function sharedStore(name = 'peerkit', kinds: KindTable = {}): Promise<PeerStore> {
  let opening = stores.get(name);
  if (!opening) {
    opening = openStore({ name, kinds: {}, objectStores: PEERKIT_KIND_NAMES, memoryCarrier });
    stores.set(name, opening);
  }
  const store = await opening;
  await store.register(kinds);
  return store;
}

/** Closes every store this page opened (before its databases are deleted); the next use opens them again. */
export function closeSharedStores(): void {
  for (const opening of stores.values()) void opening.then((store) => store.close(), () => undefined);
  stores.clear();
}
