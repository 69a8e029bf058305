/**
 * A resource record shaped after Open Referral's Human Services Data
 * Specification (HSDS), so lists can come from and go to real directories,
 * plus what a facilitator needs: crisis lines pinned first, notes, favourites.
 */
import { ConflictError } from '../store/types.js';

export const RESOURCES_SCHEMA_VERSION = 1;

export type PhoneType = 'voice' | 'text' | 'tty' | 'fax';
export const PHONE_TYPES: readonly PhoneType[] = ['voice', 'text', 'tty', 'fax'];

export type ResourceStatus = 'active' | 'inactive' | 'temporarily closed';
export const RESOURCE_STATUSES: readonly ResourceStatus[] = ['active', 'inactive', 'temporarily closed'];

export interface Phone {
  number: string;
  extension?: string;
  type: PhoneType;
  description?: string;
}

/** Weekly opening hours; `opens`/`closes` are "HH:MM" in the resource's local time. */
export interface OpeningHours {
  /** 0 = Sunday … 6 = Saturday. */
  day: number;
  opens: string;
  closes: string;
}

export interface Resource {
  id: string;
  organization: string;
  name: string;
  description: string;
  phones: Phone[];
  email?: string;
  url?: string;
  /** A street address, or null for a virtual service. */
  address: string | null;
  /** True when open 24 hours, every day. */
  alwaysOpen: boolean;
  hours: OpeningHours[];
  languages: string[];
  eligibility?: string;
  fees?: string;
  categories: string[];
  status: ResourceStatus;
  /** When someone last checked the record is right (ms), HSDS's assured_date. */
  assuredDate: number | null;
  crisis: boolean;
  /** For the facilitator; not shown on a published list. */
  notes?: string;
  favourite: boolean;
}

export interface ResourceList {
  schemaVersion: typeof RESOURCES_SCHEMA_VERSION;
  resources: Resource[];
}

export function emptyResourceList(): ResourceList {
  return { schemaVersion: RESOURCES_SCHEMA_VERSION, resources: [] };
}

/** A record with nothing filled in but its id (and when it was checked, if known). */
export function blankResource(id: string, assuredDate: number | null = null): Resource {
  return {
    id,
    organization: '',
    name: '',
    description: '',
    phones: [],
    address: null,
    alwaysOpen: false,
    hours: [],
    languages: [],
    categories: [],
    status: 'active',
    assuredDate,
    crisis: false,
    favourite: false,
  };
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

/** Whether it is open at `now`, in the viewer's local time (the facilitator is where the group is). */
export function isOpenNow(resource: Resource, now: Date): boolean {
  if (resource.status !== 'active') return false;
  if (resource.alwaysOpen) return true;
  const minutes = now.getHours() * 60 + now.getMinutes();
  const toMinutes = (hhmm: string) => {
    const [h = 0, m = 0] = hhmm.split(':').map(Number);
    return h * 60 + m;
  };
  return resource.hours.some((h) => {
    const opens = toMinutes(h.opens);
    const closes = toMinutes(h.closes);
    if (closes > opens) return h.day === now.getDay() && minutes >= opens && minutes < closes;
    // Past midnight: open from `opens` on that day until `closes` the next.
    return (h.day === now.getDay() && minutes >= opens) || ((h.day + 1) % 7 === now.getDay() && minutes < closes);
  });
}

export const DEFAULT_STALE_AFTER_MS = 180 * 86_400_000;

/** Records nobody has checked for a while (default about six months) are flagged for review. */
export function isStale(resource: Resource, now: number, staleAfterMs = DEFAULT_STALE_AFTER_MS): boolean {
  return resource.assuredDate === null || now - resource.assuredDate > staleAfterMs;
}
