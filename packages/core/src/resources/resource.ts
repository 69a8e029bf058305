/**
 * A resource record shaped after Open Referral's Human Services Data
 * Specification (HSDS), so lists can come from and go to real directories,
 * plus what a facilitator needs: crisis lines pinned first, notes, favourites.
 */
import { ConflictError } from '../store/types.js';

export const RESOURCES_SCHEMA_VERSION = 2;

/** HSDS's phone types (RFC 6350's, with `textphone` for TTY), plus `hotline` for crisis lines. */
export type PhoneType = 'voice' | 'text' | 'hotline' | 'textphone' | 'cell' | 'fax' | 'video' | 'pager';
export const PHONE_TYPES: readonly PhoneType[] = ['voice', 'text', 'hotline', 'textphone', 'cell', 'fax', 'video', 'pager'];
/** Types a person can call (the others are texted, faxed or need a device). */
export const CALLABLE_PHONE_TYPES: readonly PhoneType[] = ['voice', 'hotline', 'cell'];

/** HSDS 3's service statuses. */
export type ResourceStatus = 'active' | 'inactive' | 'defunct' | 'temporarily closed';
export const RESOURCE_STATUSES: readonly ResourceStatus[] = ['active', 'inactive', 'defunct', 'temporarily closed'];

export interface Phone {
  number: string;
  extension?: string;
  type: PhoneType;
  description?: string;
}

/** Weekly opening hours; `opens`/`closes` are "HH:MM" in the list's time zone. */
export interface OpeningHours {
  /** 0 = Sunday … 6 = Saturday. */
  day: number;
  opens: string;
  closes: string;
}

/** A street address, as HSDS's address splits it. Empty strings for what is not known. */
export interface PostalAddress {
  street: string;
  city: string;
  region: string;
  postcode: string;
  /** ISO 3166-1 alpha-2, e.g. "CO". */
  country: string;
}

export interface Resource {
  id: string;
  organization: string;
  name: string;
  description: string;
  phones: Phone[];
  email?: string;
  url?: string;
  /** Where to go; null when no street address is known. */
  address: PostalAddress | null;
  /** Reached online or by phone (HSDS's virtual location). */
  virtual: boolean;
  /** True when open 24 hours, every day. */
  alwaysOpen: boolean;
  hours: OpeningHours[];
  languages: string[];
  eligibility?: string;
  fees?: string;
  categories: string[];
  /** Words people search by that the record does not show (e.g. "suicide", "ayuda"). */
  keywords: string[];
  status: ResourceStatus;
  /** A short-term notice shown on the card (HSDS's alert), e.g. "Closed over the holidays". */
  alert?: string;
  /** The day a person last checked the record is right, "YYYY-MM-DD" (HSDS's assured_date). */
  assuredDate: string | null;
  /** When the record was last saved here (ms); not the same as being checked. */
  updatedAt: number | null;
  crisis: boolean;
  /** For the facilitator; not shown on a published list. */
  notes?: string;
  favourite: boolean;
  /** Where the record came from, e.g. the official page a crisis line was checked against. */
  source?: string;
  /** HSDS fields we do not show, kept as they came so an export gives them back. */
  hsds?: Record<string, unknown>;
}

export interface ResourceList {
  schemaVersion: typeof RESOURCES_SCHEMA_VERSION;
  /** The IANA time zone opening hours are in (the group's); the device's when absent. */
  timeZone?: string;
  resources: Resource[];
}

export function emptyResourceList(): ResourceList {
  return { schemaVersion: RESOURCES_SCHEMA_VERSION, resources: [] };
}

/** A record with nothing filled in but its id (and the day it was checked, if known). */
export function blankResource(id: string, assuredDate: string | null = null): Resource {
  return {
    id,
    organization: '',
    name: '',
    description: '',
    phones: [],
    address: null,
    virtual: false,
    alwaysOpen: false,
    hours: [],
    languages: [],
    categories: [],
    keywords: [],
    status: 'active',
    assuredDate,
    updatedAt: null,
    crisis: false,
    favourite: false,
  };
}

/** A day as "YYYY-MM-DD" in UTC, the form HSDS writes dates in. */
export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** One line for an address: the parts that are known, in the usual order. */
export function addressLine(address: PostalAddress): string {
  const place = [address.postcode, address.city].filter(Boolean).join(' ');
  return [address.street, place, address.region, address.country].filter(Boolean).join(', ');
}

/**
 * Version 1 kept the address as one line (null meaning online or by phone),
 * `tty` phones, the checked date in ms, no keywords and no update time.
 */
export function migrateResourcesV1(data: unknown): unknown {
  const list = data as { resources?: unknown };
  if (!Array.isArray(list.resources)) return { ...(data as object), schemaVersion: 2 };
  const resources = (list.resources as unknown[]).map((r) => {
    if (typeof r !== 'object' || r === null) return r;
    const { address, assuredDate, phones, ...rest } = r as Record<string, unknown>;
    return {
      ...rest,
      address: typeof address === 'string' && address.trim() !== '' ? { street: address, city: '', region: '', postcode: '', country: '' } : null,
      virtual: address === null,
      phones: Array.isArray(phones) ? (phones as unknown[]).map((p) => ((p as { type?: unknown } | null)?.type === 'tty' ? { ...(p as object), type: 'textphone' } : p)) : phones,
      assuredDate: typeof assuredDate === 'number' ? isoDay(assuredDate) : assuredDate,
      keywords: [],
      updatedAt: null,
    };
  });
  return { ...(data as object), schemaVersion: 2, resources };
}

/**
 * Adds a resource, or replaces the one with its id. With `basedOn` (the record as
 * the person opened it), a record someone else has changed since is not
 * overwritten: a ConflictError carries both, for the person to choose.
 */
export function putResource(list: ResourceList, resource: Resource, basedOn?: Resource): ResourceList {
  const index = list.resources.findIndex((r) => r.id === resource.id);
  if (index === -1) return { ...list, resources: [...list.resources, resource] };
  const stored = list.resources[index] as Resource;
  if (basedOn && JSON.stringify(stored) !== JSON.stringify(basedOn) && JSON.stringify(stored) !== JSON.stringify(resource)) {
    throw new ConflictError(`"${basedOn.name}"`, describeResource(stored), describeResource(resource));
  }
  return { ...list, resources: list.resources.map((r, i) => (i === index ? resource : r)) };
}

function describeResource(r: Resource): string {
  const phones = r.phones.map((p) => p.number).join(', ');
  return [r.name, r.organization, r.description, phones, r.url, r.status === 'active' ? '' : r.status].filter(Boolean).join(' · ');
}

/** Only these schemes are ever made into links; anything else stays text. */
export const SAFE_LINK_SCHEMES = ['https:', 'http:', 'tel:', 'sms:', 'mailto:'] as const;

export function safeLink(href: string | undefined): string | null {
  if (!href) return null;
  try {
    const url = new URL(href.trim());
    return (SAFE_LINK_SCHEMES as readonly string[]).includes(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/** Digits and a leading + only, as tel: and sms: links want. Empty when there is no number. */
export function normalisePhone(number: string): string {
  const trimmed = number.trim();
  const digits = trimmed.replace(/\D/g, '');
  return digits === '' ? '' : `${trimmed.startsWith('+') ? '+' : ''}${digits}`;
}

export function telLink(phone: Phone): string | null {
  const digits = normalisePhone(phone.number);
  if (digits === '') return null;
  return `tel:${digits}${phone.extension ? `;ext=${phone.extension.replace(/\D/g, '')}` : ''}`;
}

export function smsLink(phone: Phone): string | null {
  const digits = normalisePhone(phone.number);
  return digits === '' ? null : `sms:${digits}`;
}

/** The weekday (0 = Sunday) and minutes since midnight at `now` in a time zone (the device's when absent). */
export function localTime(now: Date, timeZone?: string): { day: number; minutes: number } {
  if (!timeZone) return { day: now.getDay(), minutes: now.getHours() * 60 + now.getMinutes() };
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(part('weekday'));
  return { day, minutes: Number(part('hour')) * 60 + Number(part('minute')) };
}

export { isTimeZone } from '../internal/days.js';

/** Whether it is open at `now`, in the list's time zone (the group's), or the device's when none is given. */
export function isOpenNow(resource: Resource, now: Date, timeZone?: string): boolean {
  if (resource.status !== 'active') return false;
  if (resource.alwaysOpen) return true;
  const { day, minutes } = localTime(now, timeZone);
  const toMinutes = (hhmm: string) => {
    const [h = 0, m = 0] = hhmm.split(':').map(Number);
    return h * 60 + m;
  };
  return resource.hours.some((h) => {
    const opens = toMinutes(h.opens);
    const closes = toMinutes(h.closes);
    if (closes > opens) return h.day === day && minutes >= opens && minutes < closes;
    // Past midnight: open from `opens` on that day until `closes` the next.
    return (h.day === day && minutes >= opens) || ((h.day + 1) % 7 === day && minutes < closes);
  });
}

export const DEFAULT_STALE_AFTER_MS = 180 * 86_400_000;

/** Records nobody has checked for a while (default about six months) are flagged for review. */
export function isStale(resource: Resource, now: number, staleAfterMs = DEFAULT_STALE_AFTER_MS): boolean {
  return resource.assuredDate === null || now - Date.parse(resource.assuredDate) > staleAfterMs;
}
