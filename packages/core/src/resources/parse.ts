/**
 * Reading resource lists from outside: our JSON, HSDS-shaped JSON, and CSV
 * with HSDS-style columns. Each is validated whole; every problem names the
 * record (or CSV row) and the field, and nothing is half-imported.
 */
import { csvRow, parseCsv } from '../internal/csv.js';
import { Checker, type ParseResult } from '../internal/validate.js';
import {
  PHONE_TYPES,
  RESOURCE_STATUSES,
  RESOURCES_SCHEMA_VERSION,
  type OpeningHours,
  type Phone,
  type Resource,
  type ResourceList,
} from './resource.js';

const MAX_TEXT = 5000;
const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

function checkResource(check: Checker, value: unknown, path: string): Resource | undefined {
  const r = check.object(value, path);
  if (!r) return undefined;
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
  for (const field of ['email', 'url', 'eligibility', 'fees', 'notes'] as const) if (r[field] !== undefined) text(r[field], field);
  check.nullable(r.address, (v) => text(v, 'address'));
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
  for (const field of ['languages', 'categories'] as const) {
    (check.array(r[field], `${path}.${field}`) ?? []).forEach((v, i) => check.string(v, `${path}.${field}[${i}]`, { nonEmpty: true }));
  }
  check.oneOf(r.status, `${path}.status`, RESOURCE_STATUSES);
  check.nullable(r.assuredDate, (v) => check.number(v, `${path}.assuredDate`, { min: 0 }));
  check.boolean(r.crisis, `${path}.crisis`);
  check.boolean(r.favourite, `${path}.favourite`);
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
  const resources = (check.array(list.resources, 'list.resources') ?? []).map((r, i) => checkResource(check, r, `list.resources[${i}]`));
  checkUniqueIds(check, resources, (i) => `list.resources[${i}]`);
  return check.result(() => list as unknown as ResourceList);
}

const HSDS_DAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/**
 * HSDS-shaped JSON (an array of services, each with its organization, phones,
 * schedules, languages and taxonomy terms) into our records. Fields we do not
 * use are ignored; the result is then validated like our own format.
 */
export function fromHsds(input: unknown): ParseResult<ResourceList> {
  const check = new Checker();
  const services = check.array(input, 'services');
  if (!services) return { ok: false, errors: check.errors };
  const resources = services.map((value, i): unknown => {
    const s = check.object(value, `services[${i}]`);
    if (!s) return undefined;
    const get = (v: unknown) => (typeof v === 'string' ? v : undefined);
    const org = (s.organization ?? {}) as Record<string, unknown>;
    const schedules = Array.isArray(s.schedules) ? (s.schedules as Record<string, unknown>[]) : [];
    const hours: OpeningHours[] = schedules.flatMap((sch) =>
      (get(sch.byday) ?? '')
        .split(',')
        .map((d) => HSDS_DAYS.indexOf(d.trim().toUpperCase()))
        .filter((d) => d >= 0)
        .map((day) => ({ day, opens: (get(sch.opens_at) ?? '').slice(0, 5), closes: (get(sch.closes_at) ?? '').slice(0, 5) })),
    );
    const assured = get(s.assured_date);
    const status = get(s.status) ?? 'active';
    return {
      id: get(s.id) ?? `hsds-${i}`,
      organization: get(org.name) ?? '',
      name: get(s.name) ?? '',
      description: get(s.description) ?? '',
      phones: (Array.isArray(s.phones) ? (s.phones as Record<string, unknown>[]) : []).map(
        (p): Phone => ({
          number: get(p.number) ?? '',
          ...(get(p.extension) ? { extension: get(p.extension) } : {}),
          type: (get(p.type) ?? 'voice').toLowerCase() as Phone['type'],
          ...(get(p.description) ? { description: get(p.description) } : {}),
        }),
      ),
      ...(get(s.email) ? { email: get(s.email) } : {}),
      ...(get(s.url) ? { url: get(s.url) } : {}),
      address: null,
      alwaysOpen: schedules.some((sch) => /24\s*\/\s*7|24 hours/i.test(get(sch.description) ?? '')),
      hours,
      languages: (Array.isArray(s.languages) ? (s.languages as Record<string, unknown>[]) : []).map((l) => get(l.name) ?? get(l.code) ?? '').filter(Boolean),
      ...(get(s.eligibility_description) ? { eligibility: get(s.eligibility_description) } : {}),
      ...(get(s.fees_description) ? { fees: get(s.fees_description) } : {}),
      categories: (Array.isArray(s.attributes) ? (s.attributes as Record<string, unknown>[]) : [])
        .map((a) => get((a.taxonomy_term as Record<string, unknown> | undefined)?.name) ?? '')
        .filter(Boolean),
      status: status === 'defunct' ? 'inactive' : status,
      assuredDate: assured ? Date.parse(assured) : null,
      crisis: false,
      favourite: false,
    };
  });
  if (check.errors.length > 0) return { ok: false, errors: check.errors };
  const parsed = parseResourceList({ schemaVersion: RESOURCES_SCHEMA_VERSION, resources });
  return parsed.ok ? parsed : { ok: false, errors: parsed.errors.map((e) => e.replace(/^list\.resources/, 'services')) };
}

/** Our records as HSDS-shaped services (the shape fromHsds reads), for directories that take HSDS. */
export function toHsds(resources: readonly Resource[]): Record<string, unknown>[] {
  return resources.map((r) => ({
    id: r.id,
    name: r.name,
    description: r.description,
    organization: { name: r.organization },
    phones: r.phones.map((p) => ({ number: p.number, type: p.type, ...(p.extension ? { extension: p.extension } : {}), ...(p.description ? { description: p.description } : {}) })),
    ...(r.email ? { email: r.email } : {}),
    ...(r.url ? { url: r.url } : {}),
    schedules: r.alwaysOpen
      ? [{ description: 'Open 24/7' }]
      : r.hours.map((h) => ({ byday: HSDS_DAYS[h.day], opens_at: `${h.opens}:00`, closes_at: `${h.closes}:00` })),
    languages: r.languages.map((name) => ({ name })),
    ...(r.eligibility ? { eligibility_description: r.eligibility } : {}),
    ...(r.fees ? { fees_description: r.fees } : {}),
    attributes: r.categories.map((name) => ({ taxonomy_term: { name } })),
    status: r.status === 'inactive' ? 'defunct' : r.status,
    ...(r.assuredDate === null ? {} : { assured_date: new Date(r.assuredDate).toISOString().slice(0, 10) }),
  }));
}

export const CSV_COLUMNS = [
  'id',
  'organization',
  'name',
  'description',
  'phone',
  'phone_type',
  'email',
  'url',
  'address',
  'languages',
  'categories',
  'status',
  'assured_date',
  'crisis',
] as const;

/** CSV with HSDS-style columns; lists are separated by semicolons; cells safe for spreadsheets. */
export function resourcesToCsv(resources: readonly Resource[]): string {
  const rows = resources.map((r) => [
    r.id,
    r.organization,
    r.name,
    r.description,
    r.phones[0]?.number ?? '',
    r.phones[0]?.type ?? '',
    r.email ?? '',
    r.url ?? '',
    r.address ?? 'virtual',
    r.languages.join('; '),
    r.categories.join('; '),
    r.status,
    r.assuredDate === null ? '' : new Date(r.assuredDate).toISOString().slice(0, 10),
    r.crisis ? 'yes' : 'no',
  ]);
  return `${[[...CSV_COLUMNS], ...rows].map(csvRow).join('\r\n')}\r\n`;
}

/** Reads our CSV columns; errors name the row (as a spreadsheet numbers it) and the column. */
export function resourcesFromCsv(text: string): ParseResult<ResourceList> {
  let rows: string[][];
  try {
    rows = parseCsv(text);
  } catch (error) {
    return { ok: false, errors: [`file: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const [header, ...body] = rows;
  if (!header) return { ok: false, errors: ['file: is empty'] };
  const columns = header.map((h) => h.trim().toLowerCase());
  const missing = ['id', 'name'].filter((c) => !columns.includes(c));
  if (missing.length > 0) return { ok: false, errors: missing.map((c) => `header: the "${c}" column is missing`) };
  const errors: string[] = [];
  const list = (v: string) => v.split(';').map((x) => x.trim()).filter(Boolean);
  // Undo the spreadsheet-safety apostrophe our own export adds.
  const unneutral = (v: string) => (/^'[=+\-@]/.test(v) ? v.slice(1) : v);
  const resources = body.map((cells, i) => {
    const row = i + 2;
    // A row with fewer cells than the header is most often a file cut off mid-row.
    if (cells.length !== columns.length) errors.push(`row ${row}: has ${cells.length} cells, but the header names ${columns.length} (is the file cut off?)`);
    const cell = (name: (typeof CSV_COLUMNS)[number]) => unneutral((cells[columns.indexOf(name)] ?? '').trim());
    const assured = cell('assured_date');
    const assuredDate = assured === '' ? null : Date.parse(assured);
    if (assuredDate !== null && Number.isNaN(assuredDate)) errors.push(`row ${row}, assured_date: expected a date like 2026-11-24, got "${assured.slice(0, 30)}"`);
    const crisis = cell('crisis').toLowerCase();
    if (!['', 'yes', 'no', 'true', 'false'].includes(crisis)) errors.push(`row ${row}, crisis: expected yes or no, got "${crisis.slice(0, 20)}"`);
    const phoneType = cell('phone_type').toLowerCase() || 'voice';
    const address = cell('address');
    return {
      id: cell('id'),
      organization: cell('organization'),
      name: cell('name'),
      description: cell('description'),
      phones: cell('phone') ? [{ number: cell('phone'), type: phoneType }] : [],
      ...(cell('email') ? { email: cell('email') } : {}),
      ...(cell('url') ? { url: cell('url') } : {}),
      address: address === '' || address.toLowerCase() === 'virtual' ? null : address,
      alwaysOpen: false,
      hours: [],
      languages: list(cell('languages')),
      categories: list(cell('categories')),
      status: cell('status') || 'active',
      assuredDate: assuredDate !== null && Number.isNaN(assuredDate) ? null : assuredDate,
      crisis: crisis === 'yes' || crisis === 'true',
      favourite: false,
    };
  });
  const parsed = parseResourceList({ schemaVersion: RESOURCES_SCHEMA_VERSION, resources });
  if (!parsed.ok) {
    for (const e of parsed.errors) {
      errors.push(e.replace(/^list\.resources\[(\d+)\]\.(\w+)(\[\d+\])?(\.\w+)?: /, (_m, i: string, field: string, _x, sub: string | undefined) => `row ${Number(i) + 2}, ${field === 'phones' ? `phone${sub === '.type' ? '_type' : ''}` : field}: `));
    }
  }
  return errors.length > 0 ? { ok: false, errors } : parsed;
}
