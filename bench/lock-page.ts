// Bundled by bench/run.mjs for a page of its own: the passphrase lock's costs, measured in the browser
// (WebCrypto and IndexedDB are the browser's; Node has no IndexedDB).
import { addMember, createGroup, openStore, PEERKIT_KINDS, type Group } from '@peerkit/core';

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

async function writeTimes(name: string, writes: number): Promise<number[]> {
  const store = await openStore({ name, kinds: PEERKIT_KINDS });
  const times: number[] = [];
  for (let i = 0; i < writes; i++) {
    const start = performance.now();
    await store.update<Group>('group', 'g', (group) => addMember(group as Group, `Member ${i}`, i));
    times.push(performance.now() - start);
  }
  store.close();
  return times;
}

/** Median unlock time (PBKDF2 at the real iteration count, then the check value), and a write's cost with the lock off and on. */
(window as unknown as { benchLock: (runs: number, writes: number) => Promise<unknown> }).benchLock = async (runs, writes) => {
  const name = `bench-lock-${Date.now()}`;
  const setup = await openStore({ name, kinds: PEERKIT_KINDS });
  await setup.put('group', 'g', createGroup('g', 'Bench circle', ['Ana', 'Ben', 'Chen', 'Dee', 'Eli', 'Fay'], 0, 'en'));
  setup.close();
  const off = await writeTimes(name, writes);
  const locking = await openStore({ name, kinds: PEERKIT_KINDS });
  await locking.lock.turnOn('a passphrase for the bench');
  locking.close();
  const unlocks: number[] = [];
  const on: number[] = [];
  for (let i = 0; i < runs; i++) {
    const store = await openStore({ name, kinds: PEERKIT_KINDS });
    const start = performance.now();
    await store.lock.unlock('a passphrase for the bench');
    unlocks.push(performance.now() - start);
    for (let w = 0; w < Math.ceil(writes / runs); w++) {
      const t = performance.now();
      await store.update<Group>('group', 'g', (group) => addMember(group as Group, `Later ${i}-${w}`, i));
      on.push(performance.now() - t);
    }
    store.close();
  }
  return { unlock: median(unlocks), writeOff: median(off), writeOn: median(on), runs, writes: off.length };
};
