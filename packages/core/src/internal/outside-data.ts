/**
 * Checks on data from outside (files, other windows) before any parser walks it:
 * only JSON's own types, no cycles, bounded nesting, and no keys that would
 * reach an object's prototype when copied. The walk is iterative, so a file
 * nested 60,000 levels deep is refused with a message, not a stack overflow.
 */

export const OUTSIDE_LIMITS = {
  /** Deepest nesting of lists and objects; PeerKit's own formats need fewer than 10. */
  depth: 32,
  /** Values in one file, all levels together: a list of 100,000 resources (the most any list holds) has about 4 million. */
  values: 20_000_000,
} as const;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Returns the first problems found (at most `most`), each with its path; none when the data is plain. */
export function plainDataProblems(value: unknown, path = 'file', most = 5, maxValues: number = OUTSIDE_LIMITS.values): string[] {
  const problems: string[] = [];
  const onPath = new Set<object>();
  // Each entry is a value to check, or a marker that its children are done (to track cycles).
  const stack: ({ value: unknown; path: string; depth: number } | { leave: object })[] = [{ value, path, depth: 0 }];
  let seen = 0;
  // Where most of a file too large to read is: said, so the person knows what to cut.
  let longest = { path: '', length: 0 };
  while (stack.length > 0 && problems.length < most) {
    const item = stack.pop() as (typeof stack)[number];
    if ('leave' in item) {
      onPath.delete(item.leave);
      continue;
    }
    if (++seen > maxValues) {
      const where = longest.length > 0 ? ` (the longest list, ${longest.path}, has ${longest.length.toLocaleString('en')} items)` : '';
      problems.push(`${path}: more than ${maxValues.toLocaleString('en')} values${where}; too large to be a PeerKit file`);
      break;
    }
    const problem = problemOf(item.value);
    if (problem) {
      problems.push(`${item.path}: ${problem}`);
      continue;
    }
    if (typeof item.value !== 'object' || item.value === null) continue;
    const object = item.value;
    if (onPath.has(object)) {
      problems.push(`${item.path}: refers back to itself (a cycle)`);
      continue;
    }
    if (item.depth >= OUTSIDE_LIMITS.depth) {
      problems.push(`${item.path}: nested more than ${OUTSIDE_LIMITS.depth} levels deep`);
      continue;
    }
    onPath.add(object);
    stack.push({ leave: object });
    if (Array.isArray(object)) {
      if (object.length > longest.length) longest = { path: item.path, length: object.length };
      for (let i = object.length - 1; i >= 0; i--) stack.push({ value: object[i], path: `${item.path}[${i}]`, depth: item.depth + 1 });
      continue;
    }
    for (const key of Object.keys(object).reverse()) {
      if (FORBIDDEN_KEYS.has(key)) {
        problems.push(`${item.path}: the key "${key}" is not allowed`);
        continue;
      }
      stack.push({ value: (object as Record<string, unknown>)[key], path: `${item.path}.${key}`, depth: item.depth + 1 });
    }
  }
  return problems;
}

function problemOf(value: unknown): string | undefined {
  switch (typeof value) {
    case 'string':
    case 'boolean':
    case 'undefined': // an optional field left unset; JSON simply leaves it out
      return undefined;
    case 'number':
      return Number.isFinite(value) ? undefined : `${String(value)} is not a number JSON can hold`;
    case 'object': {
      if (value === null || Array.isArray(value)) return undefined;
      const prototype = Object.getPrototypeOf(value) as unknown;
      return prototype === Object.prototype || prototype === null ? undefined : 'expected plain data, got an object of another kind';
    }
    default:
      return `expected plain data, got a ${typeof value}`;
  }
}
