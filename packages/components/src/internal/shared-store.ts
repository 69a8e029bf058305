import { openStore, PEERKIT_KIND_NAMES, type KindTable, type PeerStore } from '@peerkit/core';

const stores = new Map<string, Promise<PeerStore>>();

/**
 * One store per database name per page, shared by every element that uses it.
 * It has an object store for every kind, but each element registers only the
 * kinds (and parsers) it uses, so a one-element bundle stays small.
 */
export async function sharedStore(name = 'peerkit', kinds: KindTable = {}): Promise<PeerStore> {
  let opening = stores.get(name);
  if (!opening) {
    opening = openStore({ name, kinds: {}, objectStores: PEERKIT_KIND_NAMES });
    stores.set(name, opening);
  }
  const store = await opening;
  await store.register(kinds);
  return store;
}
