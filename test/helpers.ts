/** Test helpers shared by the component tests. */
import { expect } from '@esm-bundle/chai';
import type { AxeResults } from 'axe-core';
import 'axe-core/axe.min.js';

declare global {
  interface Window {
    axe: { run: (context: Element, options?: object) => Promise<AxeResults> };
  }
}

/** Runs axe-core on an element (its shadow DOM included) and fails with each violation named. */
export async function expectAccessible(element: Element, rules: Record<string, { enabled: boolean }> = {}): Promise<void> {
  const results = await window.axe.run(element, { resultTypes: ['violations'], rules });
  const problems = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`,
  );
  expect(problems, problems.join('\n')).to.deep.equal([]);
}

/** Resolves with the next event of that name on the target. */
export function nextEvent<K extends keyof GlobalEventHandlersEventMap>(
  target: EventTarget,
  name: K,
  timeoutMs = 5000,
): Promise<GlobalEventHandlersEventMap[K]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${name} event within ${timeoutMs} ms`)), timeoutMs);
    target.addEventListener(
      name,
      (event) => {
        clearTimeout(timer);
        resolve(event as GlobalEventHandlersEventMap[K]);
      },
      { once: true },
    );
  });
}

/** Waits until the condition holds, polling; fails with the message after the timeout. */
export async function until(condition: () => boolean, message: string, timeoutMs = 3000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out: ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Captures console.warn calls while the body runs. */
export async function captureWarnings(body: () => Promise<void>): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await body();
  } finally {
    console.warn = original;
  }
  return warnings;
}

let unique = 0;
/** A storage key no other test uses. */
export const freshKey = (label: string) => `${label}-${Date.now()}-${unique++}`;

/** What a promise rejects with; fails the test if it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the promise to reject');
}
