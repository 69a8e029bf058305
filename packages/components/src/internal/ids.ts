/**
 * An id for something a person adds (a rule, a response, a resource). Time plus
 * randomness: two windows adding at the same millisecond still get different
 * ids, so both additions land. getRandomValues works outside secure contexts too.
 */
export function uniqueId(prefix: string): string {
  const random = crypto.getRandomValues(new Uint32Array(2));
  return `${prefix}-${Date.now().toString(36)}-${Array.from(random, (n) => n.toString(36)).join('')}`;
}
