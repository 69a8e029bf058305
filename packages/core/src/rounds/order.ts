/** Speaking orders: as given, shuffled with a seed, or rotated from the last meeting. */
import type { Member } from './round.js';

export type OrderMode = 'given' | 'shuffled' | 'rotated';
export const ORDER_MODES: readonly OrderMode[] = ['given', 'shuffled', 'rotated'];

export interface OrderOptions {
  seed?: number | undefined;
  lastFirstSpeakerId?: string | undefined;
}

export function orderMembers<T extends Member>(members: readonly T[], mode: OrderMode, options: OrderOptions = {}): T[] {
  if (mode === 'shuffled') return shuffle(members, options.seed ?? 1);
  if (mode === 'rotated') return rotateAfter(members, options.lastFirstSpeakerId);
  return [...members];
}

/** Fisher–Yates driven by mulberry32, so one seed always gives one order. */
export function shuffle<T>(items: readonly T[], seed: number): T[] {
  const random = seededRandom(seed);
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j] as T, result[i] as T];
  }
  return result;
}

/** Starts with the member after last time's first speaker, so the start moves round. */
export function rotateAfter<T extends Member>(members: readonly T[], lastFirstSpeakerId: string | undefined): T[] {
  const last = members.findIndex((member) => member.id === lastFirstSpeakerId);
  if (last === -1) return [...members];
  const start = (last + 1) % members.length;
  return [...members.slice(start), ...members.slice(0, start)];
}

/** mulberry32: numbers in [0, 1) that one seed always repeats (for shuffles, and invented data in tests and benches). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
