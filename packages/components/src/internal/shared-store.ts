import { openStore, PEERKIT_KINDS, type PeerStore } from '@peerkit/core';

const stores = new Map<string, Promise<PeerStore>>();

/** One store per database name per page, shared by every element that uses it. */
export function sharedStore(name = 'peerkit'): Promise<PeerStore> {
  let store = stores.get(name);
  if (!store) {
    store = openStore({ name, kinds: PEERKIT_KINDS });
    stores.set(name, store);
  }
  return store;
}
