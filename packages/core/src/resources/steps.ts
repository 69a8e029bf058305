/**
 * A long list checked a step at a time, so the page can say how far it has
 * got and draw between steps: 100,000 records is the most a list holds. The
 * outcome is the same as checking it whole — every problem named by record
 * and field, the list refused whole if any — only the work is spread out.
 */
import { LIMITS, type ParseResult } from '../internal/validate.js';
import { fromHsds, servicesOf } from './hsds.js';
import { readResourceList } from './parse.js';
import type { Resource, ResourceList } from './resource.js';

/** Records checked between two reports of progress. */
export const RECORDS_PER_STEP = 5_000;

/**
 * Reads a list in our format or HSDS (`hsds`), a step at a time: `progress`
 * is told how many records are checked and awaited (the page draws then).
 */
export async function readResourcesInSteps(
  input: unknown,
  hsds: boolean,
  progress: (checked: number, total: number) => Promise<void> | void,
  step = RECORDS_PER_STEP,
): Promise<ParseResult<ResourceList>> {
  const read = (records: unknown): ParseResult<ResourceList> => (hsds ? fromHsds(records) : readResourceList({ ...(input as object), resources: records }));
  const records: unknown = hsds ? servicesOf(input) : (input as { resources?: unknown } | null)?.resources;
  // Short lists, and anything not a list at all, are read whole (which names what is wrong).
  if (!Array.isArray(records) || records.length <= step || records.length > LIMITS.listItems) return hsds ? fromHsds(input) : readResourceList(input);
  const label = hsds ? 'services' : 'list.resources';
  const errors = new Set<string>();
  const resources: Resource[] = [];
  let first: ResourceList | undefined;
  for (let start = 0; start < records.length; start += step) {
    const part = read(records.slice(start, start + step));
    if (part.ok) {
      first ??= part.value;
      resources.push(...part.value.resources);
    } else {
      // A record's place in the whole list, not in its step.
      for (const error of part.errors) errors.add(error.replace(/^(list\.resources|services)\[(\d+)\]/, (_m, path: string, i: string) => `${path}[${Number(i) + start}]`));
    }
    await progress(Math.min(start + step, records.length), records.length);
  }
  if (errors.size > 0 || !first) return { ok: false, errors: [...errors] };
  // Every step read whole, so a record's place is its index here. Ids must be unique across the whole list, not only within a step.
  const seen = new Set<string>();
  resources.forEach((r, i) => {
    if (seen.has(r.id)) errors.add(`${label}[${i}].id: "${r.id}" appears twice`);
    seen.add(r.id);
  });
  if (errors.size > 0) return { ok: false, errors: [...errors] };
  return { ok: true, value: { ...first, resources } };
}
