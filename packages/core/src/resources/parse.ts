/**
 * Our own resource list format, validated whole: every problem names the
 * record and the field, and nothing is half-read. (HSDS is in hsds.ts and
 * CSV in csv.ts, loaded only by those who import or export.)
 */
import { Checker, type ParseResult } from '../internal/validate.js';
import {
  PHONE_TYPES,
  RESOURCE_STATUSES,
  RESOURCES_SCHEMA_VERSION,
  isTimeZone,
  migrateResourcesV1,
  type Resource,
  type ResourceList,
} from './resource.js';

const MAX_TEXT = 5000;
const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

const RESOURCE_FIELDS = [
  'id', 'organization', 'name', 'description', 'phones', 'email', 'url', 'address', 'virtual', 'alwaysOpen', 'hours', 'languages',
  'eligibility', 'fees', 'categories', 'keywords', 'status', 'alert', 'assuredDate', 'updatedAt', 'crisis', 'notes', 'favourite', 'source', 'hsds',
] as const;
/** Names people reach for (often HSDS's) and the field they mean in ours. */
const FIELD_ALIASES: Readonly<Record<string, string>> = {
  website: 'url', phone: 'phones', assured_date: 'assuredDate', schedules: 'hours', status_note: 'alert', categories_list: 'categories',
  eligibility_description: 'eligibility', fees_description: 'fees', taxonomy: 'categories', language: 'languages', tags: 'keywords',
};
const ADDRESS_FIELDS = ['street', 'city', 'region', 'postcode', 'country'] as const;

function checkResource(check: Checker, value: unknown, path: string): Resource | undefined {
  const r = check.object(value, path);
  if (!r) return undefined;
  // A field we do not know would be dropped without a word; it is refused instead, with what was meant.
  for (const key of Object.keys(r)) {
    if ((RESOURCE_FIELDS as readonly string[]).includes(key)) continue;
    const meant = FIELD_ALIASES[key];
    check.fail(`${path}.${key}`, meant ? `is not a field of ours; did you mean "${meant}"?` : 'is not a field of ours (see resources.schema.json)');
  }
  const text = (v: unknown, field: string, nonEmpty = false) => {
    const s = check.string(v, `${path}.${field}`, { nonEmpty });
    if (s !== undefined && s.length > MAX_TEXT) check.fail(`${path}.${field}`, `is ${s.length} characters; at most ${MAX_TEXT}`);
    return s;
  };
  text(r.id, 'id', true);
  text(r.organization, 'organization');
  text(r.name, 'name', true);
  text(r.description, 'description');
  (check.array(r.phones, `${path}.phones`) ?? []).forEach((p, i) => {
    const phone = check.object(p, `${path}.phones[${i}]`);
    if (!phone) return;
    const number = check.string(phone.number, `${path}.phones[${i}].number`, { nonEmpty: true });
    if (number !== undefined && !/\d/.test(number)) check.fail(`${path}.phones[${i}].number`, `has no digits: "${number.slice(0, 40)}"`);
    if (phone.extension !== undefined) check.string(phone.extension, `${path}.phones[${i}].extension`);
    check.oneOf(phone.type, `${path}.phones[${i}].type`, PHONE_TYPES);
    if (phone.description !== undefined) check.string(phone.description, `${path}.phones[${i}].description`);
  });
  for (const field of ['email', 'url', 'eligibility', 'fees', 'notes', 'alert', 'source'] as const) if (r[field] !== undefined) text(r[field], field);
  check.nullable(r.address, (v) => {
    const address = check.object(v, `${path}.address`);
    if (address) for (const f of ADDRESS_FIELDS) text(address[f], `address.${f}`);
    return address;
  });
  check.boolean(r.virtual, `${path}.virtual`);
  check.boolean(r.alwaysOpen, `${path}.alwaysOpen`);
  (check.array(r.hours, `${path}.hours`) ?? []).forEach((h, i) => {
    const hours = check.object(h, `${path}.hours[${i}]`);
    if (!hours) return;
    check.number(hours.day, `${path}.hours[${i}].day`, { min: 0, max: 6, integer: true });
    for (const f of ['opens', 'closes'] as const) {
      const t = check.string(hours[f], `${path}.hours[${i}].${f}`);
      if (t !== undefined && !HHMM.test(t)) check.fail(`${path}.hours[${i}].${f}`, `expected HH:MM, got "${t.slice(0, 20)}"`);
    }
  });
  for (const field of ['languages', 'categories', 'keywords'] as const) {
    (check.array(r[field], `${path}.${field}`) ?? []).forEach((v, i) => check.string(v, `${path}.${field}[${i}]`, { nonEmpty: true }));
  }
  check.oneOf(r.status, `${path}.status`, RESOURCE_STATUSES);
  check.nullable(r.assuredDate, (v) => {
    const day = check.string(v, `${path}.assuredDate`);
    if (day !== undefined && !(ISO_DAY.test(day) && !Number.isNaN(Date.parse(day)))) check.fail(`${path}.assuredDate`, `expected a date like 2026-11-24, got "${day.slice(0, 30)}"`);
    return day;
  });
  check.nullable(r.updatedAt, (v) => check.number(v, `${path}.updatedAt`, { min: 0 }));
  check.boolean(r.crisis, `${path}.crisis`);
  check.boolean(r.favourite, `${path}.favourite`);
  if (r.hsds !== undefined) check.object(r.hsds, `${path}.hsds`);
  return r as unknown as Resource;
}

function checkUniqueIds(check: Checker, resources: readonly (Resource | undefined)[], label: (i: number) => string): void {
  const seen = new Set<string>();
  resources.forEach((r, i) => {
    if (!r || typeof r.id !== 'string') return;
    if (seen.has(r.id)) check.fail(`${label(i)}.id`, `"${r.id}" appears twice`);
    seen.add(r.id);
  });
}

export function parseResourceList(input: unknown): ParseResult<ResourceList> {
  const check = new Checker();
  const list = check.object(input, 'list');
  if (!list) return check.result(() => input as ResourceList);
  if (list.schemaVersion !== RESOURCES_SCHEMA_VERSION) {
    check.fail('list.schemaVersion', `expected ${RESOURCES_SCHEMA_VERSION}, got ${String(list.schemaVersion)}`);
  }
  if (list.timeZone !== undefined) {
    const zone = check.string(list.timeZone, 'list.timeZone', { nonEmpty: true });
    if (zone !== undefined && !isTimeZone(zone)) check.fail('list.timeZone', `"${zone.slice(0, 40)}" is not a time zone (e.g. America/Bogota)`);
  }
  const resources = (check.array(list.resources, 'list.resources') ?? []).map((r, i) => checkResource(check, r, `list.resources[${i}]`));
  checkUniqueIds(check, resources, (i) => `list.resources[${i}]`);
  return check.result(() => list as unknown as ResourceList);
}

/** A list in our format from a file or a page: version 1 is brought up to date first. */
export function readResourceList(input: unknown): ParseResult<ResourceList> {
  const version = (input as { schemaVersion?: unknown } | null)?.schemaVersion;
  return parseResourceList(version === 1 ? migrateResourcesV1(input) : input);
}

/** Whether parsed JSON looks like HSDS (a list of services, or an API page of them) rather than our own format. */
export function isHsds(data: unknown): boolean {
  return Array.isArray(data) || (typeof data === 'object' && data !== null && Array.isArray((data as { contents?: unknown }).contents));
}
