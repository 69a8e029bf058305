/**
 * Random ids for groups: never made from names, which would put a group's
 * name in the browser's history and file names, and make two groups of one
 * name one record.
 */
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

/** A random id such as "g-7k2m9x4q1c3z" (60 bits: no two groups of a programme meet by chance). */
export function randomId(prefix: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return `${prefix}-${Array.from(bytes, (b) => ALPHABET[b % 32]).join('')}`;
}

/** Whether an id is one of ours made at random (a group started before ids were random has one made from its name). */
export function isRandomId(id: string, prefix: string): boolean {
  return new RegExp(`^${prefix}-[${ALPHABET}]{12}$`).test(id);
}
