/**
 * Open Referral's Human Services Data Specification, version 3: a list of
 * services as HSDS compiles them (each with its organization, phones,
 * schedules, languages, attributes and service_at_locations), read into our
 * records and written back. What we do not show is kept in `hsds` and given
 * back on export, so a directory's list survives the round trip.
 */
import { Checker, type ParseResult } from '../internal/validate.js';
import { parseResourceList } from './parse.js';
import {
  PHONE_TYPES,
  RESOURCE_STATUSES,
  RESOURCES_SCHEMA_VERSION,
  type OpeningHours,
  type Phone,
  type PostalAddress,
  type Resource,
  type ResourceList,
} from './resource.js';

type Json = Record<string, unknown>;

const DAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
const HHMM = /^([01]\d|2[0-3]):[0-5]\d/;
/** The attribute that marks a crisis line in our exports (HSDS has no field of its own for it). */
const CRISIS_TERM = { code: 'crisis-line', name: 'Crisis line', taxonomy: 'PeerKit' };
/** Service fields we read into our own; every other field is kept as it came. */
const READ = [
  'id', 'name', 'description', 'url', 'email', 'status', 'alert', 'eligibility_description', 'fees_description',
  'assured_date', 'last_modified', 'organization', 'phones', 'schedules', 'languages', 'attributes', 'service_at_locations',
];

/** Service fields read as text (besides id and name, checked with the rest). */
const TEXT_FIELDS = ['description', 'url', 'email', 'status', 'alert', 'eligibility_description', 'fees_description', 'last_modified'] as const;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
const list = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isObject) : []);
const termOf = (attribute: Json): Json => (isObject(attribute.taxonomy_term) ? attribute.taxonomy_term : {});

/** The services of an HSDS file: a list of services, or an API page (`{ contents: [...] }`). */
export function servicesOf(input: unknown): unknown {
  return isObject(input) && Array.isArray(input.contents) ? input.contents : input;
}

function readPhone(check: Checker, p: Json, path: string): Phone {
  const type = (str(p.type) ?? 'voice').toLowerCase();
  if (!(PHONE_TYPES as readonly string[]).includes(type)) check.fail(`${path}.type`, `expected one of ${PHONE_TYPES.join(', ')}, got "${type.slice(0, 20)}"`);
  const extension = typeof p.extension === 'number' ? String(p.extension) : str(p.extension);
  return {
    number: str(p.number) ?? '',
    type: type as Phone['type'],
    ...(extension ? { extension } : {}),
    ...(str(p.description) ? { description: str(p.description) } : {}),
  };
}

/** Weekly schedules become opening hours; the rest (monthly, dated) are kept as they came. */
function readSchedules(check: Checker, schedules: Json[], path: string): { hours: OpeningHours[]; alwaysOpen: boolean; kept: Json[] } {
  const hours: OpeningHours[] = [];
  const kept: Json[] = [];
  const says247 = (sch: Json) => /24\s*\/\s*7|24 hours|24 horas/i.test(str(sch.description) ?? '') && !sch.byday;
  const alwaysOpen = schedules.some(says247);
  schedules.forEach((sch, i) => {
    if (says247(sch)) return;
    const weekly = (str(sch.freq) ?? 'WEEKLY').toUpperCase() === 'WEEKLY' && !sch.valid_from && !sch.valid_to && !sch.interval;
    if (!weekly || !str(sch.byday)) {
      kept.push(sch);
      return;
    }
    for (const f of ['opens_at', 'closes_at'] as const) {
      if (!HHMM.test(str(sch[f]) ?? '')) check.fail(`${path}.schedules[${i}].${f}`, `expected HH:MM, got ${JSON.stringify(sch[f] ?? null)}`);
    }
    const days = (str(sch.byday) ?? '').split(',').map((d) => DAYS.indexOf(d.trim().toUpperCase()));
    if (days.some((d) => d < 0)) check.fail(`${path}.schedules[${i}].byday`, `expected days like MO,TU, got "${String(sch.byday).slice(0, 30)}"`);
    const opens = (str(sch.opens_at) ?? '').slice(0, 5);
    const closes = (str(sch.closes_at) ?? '').slice(0, 5);
    for (const day of days.filter((d) => d >= 0)) hours.push({ day, opens, closes });
  });
  // Every day from midnight to midnight is open all the time.
  if (!alwaysOpen && hours.length === 7 && hours.every((h) => h.opens === '00:00' && (h.closes === '23:59' || h.closes === '00:00'))) return { hours: [], alwaysOpen: true, kept };
  return { hours, alwaysOpen, kept };
}

interface Place {
  address: PostalAddress | null;
  virtual: boolean;
}

function readPlace(sals: Json[]): Place {
  const locations = sals.map((sal) => (isObject(sal.location) ? sal.location : {}));
  const virtual = locations.some((l) => l.location_type === 'virtual');
  const physical = locations.find((l) => l.location_type !== 'virtual' && list(l.addresses).length > 0);
  const a = physical ? list(physical.addresses).find((x) => x.address_type !== 'postal') ?? list(physical.addresses)[0] : undefined;
  return {
    virtual,
    address: a
      ? {
          street: str(a.address_1) ?? '',
          city: str(a.city) ?? '',
          region: str(a.state_province) ?? str(a.region) ?? '',
          postcode: str(a.postal_code) ?? '',
          country: str(a.country) ?? '',
        }
      : null,
  };
}

/** HSDS 3 services (a list, or an API page of them) into our list; the whole file is refused if any record is wrong. */
export function fromHsds(input: unknown): ParseResult<ResourceList> {
  const check = new Checker();
  const services = check.array(servicesOf(input), 'services');
  if (!services) return { ok: false, errors: check.errors };
  const resources = services.map((value, i): unknown => {
    const path = `services[${i}]`;
    const s = check.object(value, path);
    if (!s) return undefined;
    // A field we read as text must be text (or absent): a number or a list there is refused by name, not read as blank.
    const org = isObject(s.organization) ? s.organization : {};
    for (const field of TEXT_FIELDS) if (s[field] != null) check.string(s[field], `${path}.${field}`);
    if (org.name != null) check.string(org.name, `${path}.organization.name`);
    list(s.phones).forEach((p, j) => {
      for (const field of ['number', 'description'] as const) if (p[field] != null) check.string(p[field], `${path}.phones[${j}].${field}`);
    });
    check.string(s.id, `${path}.id`, { nonEmpty: true });
    check.string(s.name, `${path}.name`, { nonEmpty: true });
    const status = str(s.status) ?? 'active';
    check.oneOf(status, `${path}.status`, RESOURCE_STATUSES);
    const assured = str(s.assured_date);
    if (s.assured_date != null && (assured === undefined || Number.isNaN(Date.parse(assured)))) {
      check.fail(`${path}.assured_date`, `expected a date like 2026-11-24, got ${JSON.stringify(s.assured_date).slice(0, 30)}`);
    }
    const modified = str(s.last_modified);
    const schedules = readSchedules(check, list(s.schedules), path);
    const attributes = list(s.attributes);
    const isCrisisTerm = (a: Json) => termOf(a).taxonomy === CRISIS_TERM.taxonomy && termOf(a).code === CRISIS_TERM.code;
    const kept: Json = Object.fromEntries(Object.entries(s).filter(([key]) => !READ.includes(key)));
    // Whole objects we show only part of (the organization, phones' ids, language codes,
    // locations) are kept too, and matched back up on export.
    for (const key of ['organization', 'phones', 'languages', 'attributes', 'service_at_locations'] as const) if (s[key] !== undefined) kept[key] = s[key];
    if (schedules.kept.length > 0) kept.schedules = schedules.kept;
    const resource: Resource = {
      id: str(s.id) ?? '',
      organization: str(org.name) ?? '',
      name: str(s.name) ?? '',
      description: str(s.description) ?? '',
      phones: list(s.phones).map((p, j) => readPhone(check, p, `${path}.phones[${j}]`)),
      ...(str(s.email) ? { email: str(s.email) } : {}),
      ...(str(s.url) ?? str(org.website) ? { url: str(s.url) ?? str(org.website) } : {}),
      ...readPlace(list(s.service_at_locations)),
      alwaysOpen: schedules.alwaysOpen,
      hours: schedules.hours,
      languages: list(s.languages).map((l) => str(l.name) ?? str(l.code) ?? '').filter(Boolean),
      ...(str(s.eligibility_description) ? { eligibility: str(s.eligibility_description) } : {}),
      ...(str(s.fees_description) ? { fees: str(s.fees_description) } : {}),
      categories: attributes.filter((a) => !isCrisisTerm(a)).map((a) => str(termOf(a).name) ?? str(a.label) ?? '').filter(Boolean),
      keywords: [],
      status: status as Resource['status'],
      ...(str(s.alert) ? { alert: str(s.alert) } : {}),
      assuredDate: assured && !Number.isNaN(Date.parse(assured)) ? new Date(Date.parse(assured)).toISOString().slice(0, 10) : null,
      updatedAt: modified && !Number.isNaN(Date.parse(modified)) ? Date.parse(modified) : null,
      crisis: attributes.some(isCrisisTerm),
      favourite: false,
      ...(Object.keys(kept).length > 0 ? { hsds: kept } : {}),
    };
    return resource;
  });
  if (check.errors.length > 0) return { ok: false, errors: check.errors };
  const parsed = parseResourceList({ schemaVersion: RESOURCES_SCHEMA_VERSION, resources });
  return parsed.ok ? parsed : { ok: false, errors: parsed.errors.map((e) => e.replace(/^list\.resources/, 'services')) };
}

/** `{ [key]: items }` when there are any: an empty list is left out, as the file had it. */
const some = (key: string, items: Json[]): Json => (items.length > 0 ? { [key]: items } : {});

/** Each of ours, given back the kept object it came from (matched by `same`), with our fields over it. */
function restore<T>(ours: readonly T[], kept: unknown, same: (item: T, original: Json) => boolean, write: (item: T) => Json): Json[] {
  const originals = list(kept);
  return ours.map((item) => ({ ...(originals.find((o) => same(item, o)) ?? {}), ...write(item) }));
}

function writeSchedules(r: Resource): Json[] {
  const kept = list(r.hsds?.schedules);
  if (r.alwaysOpen) return [{ id: `${r.id}-always`, freq: 'WEEKLY', byday: DAYS.join(','), opens_at: '00:00', closes_at: '23:59', description: 'Open 24 hours, every day' }, ...kept];
  return [...r.hours.map((h, i) => ({ id: `${r.id}-hours-${i}`, freq: 'WEEKLY', byday: DAYS[h.day], opens_at: h.opens, closes_at: h.closes })), ...kept];
}

/** Our address (and whether it is reached online) as HSDS locations, over the ones the record came with. */
function writeLocations(r: Resource): Json[] {
  const kept = list(r.hsds?.service_at_locations);
  const isVirtual = (sal: Json) => isObject(sal.location) && sal.location.location_type === 'virtual';
  const physical = kept.filter((sal) => !isVirtual(sal));
  const virtual = kept.filter(isVirtual);
  const out: Json[] = [];
  if (r.address) {
    const [first, ...others] = physical;
    const location = isObject(first?.location) ? first.location : { id: `${r.id}-location`, location_type: 'physical' };
    const [address, ...moreAddresses] = list(location.addresses);
    const a = r.address;
    out.push({
      id: `${r.id}-at`,
      ...first,
      location: {
        ...location,
        addresses: [
          { id: `${r.id}-address`, address_type: 'physical', ...address, address_1: a.street, city: a.city, state_province: a.region, postal_code: a.postcode, country: a.country },
          ...moreAddresses,
        ],
      },
    });
    out.push(...others);
  } else {
    // An address taken away here is taken away there too; other physical places stay.
    out.push(...physical.filter((sal) => list((sal.location as Json).addresses).length === 0));
  }
  if (r.virtual) out.push(...(virtual.length > 0 ? virtual : [{ id: `${r.id}-online-at`, location: { id: `${r.id}-online`, location_type: 'virtual', ...(r.url ? { url: r.url } : {}) } }]));
  return out;
}

/** Our records as HSDS 3 services (what fromHsds reads). Facilitators' notes and favourites stay here. */
export function toHsds(resources: readonly Resource[]): Json[] {
  return resources.map((r) => {
    const org = isObject(r.hsds?.organization) ? r.hsds.organization : { id: `${r.id}-organization` };
    const { organization: _organization, phones: _phones, languages: _languages, attributes: _attributes, service_at_locations: _places, schedules: _schedules, ...kept } = r.hsds ?? {};
    // A category that came from the file goes back as the attribute it was (ids, codes, taxonomy and all).
    const categories = r.categories.map((name) => list(r.hsds?.attributes).find((a) => termOf(a).name === name) ?? { taxonomy_term: { name } });
    return {
      ...kept,
      id: r.id,
      name: r.name,
      description: r.description,
      status: r.status,
      ...(r.url ? { url: r.url } : {}),
      ...(r.email ? { email: r.email } : {}),
      ...(r.alert ? { alert: r.alert } : {}),
      ...(r.eligibility ? { eligibility_description: r.eligibility } : {}),
      ...(r.fees ? { fees_description: r.fees } : {}),
      ...(r.assuredDate ? { assured_date: r.assuredDate } : {}),
      ...(r.updatedAt !== null ? { last_modified: new Date(r.updatedAt).toISOString() } : {}),
      ...(r.organization || r.hsds?.organization ? { organization: { ...org, name: r.organization } } : {}),
      ...some('phones', restore(r.phones, r.hsds?.phones, (p, o) => o.number === p.number, (p) => ({
        number: p.number,
        type: p.type,
        // HSDS types the extension as a number.
        ...(p.extension ? { extension: /^\d+$/.test(p.extension) ? Number(p.extension) : p.extension } : {}),
        ...(p.description ? { description: p.description } : {}),
      }))),
      ...some('schedules', writeSchedules(r)),
      ...some('languages', restore(r.languages, r.hsds?.languages, (name, o) => o.name === name || o.code === name, (name) => ({ name }))),
      ...some('attributes', [...categories, ...(r.crisis ? [{ taxonomy_term: { ...CRISIS_TERM } }] : [])]),
      ...some('service_at_locations', writeLocations(r)),
    };
  });
}
