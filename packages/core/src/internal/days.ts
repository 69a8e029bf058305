/**
 * Days as a group lives them: a meeting at 18:30 on a Monday in Mexico City is
 * on that Monday, whatever the UTC date says. Every day in a record, report or
 * file is a local day in the group's IANA time zone.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let made = formatters.get(timeZone);
  if (!made) {
    made = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, made);
  }
  return made;
}

/** The local day (YYYY-MM-DD) of an instant in a time zone; UTC when none is given. */
export function localDay(at: number, timeZone = 'UTC'): string {
  const parts = formatter(timeZone).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Whether the name is a time zone this browser knows (IANA names such as "America/Mexico_City", or "UTC"). */
export function isTimeZone(name: unknown): boolean {
  if (typeof name !== 'string' || name === '' || name.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** This device's time zone: a new group's, until the facilitator changes it. */
export function deviceTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return isTimeZone(zone) ? zone : 'UTC';
}

/** Whether the text is a real calendar day as YYYY-MM-DD (no 2026-02-30). */
export function isCalendarDay(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A day as people read it, the one way PeerKit writes dates ("Jan 21, 2027", "21 ene 2027"):
 * from an instant (in `timeZone`, else this device's) or a YYYY-MM-DD day. With `withTime`,
 * the hour too ("Jan 21, 2027, 6:30 PM").
 */
export function formatDay(at: number | string, lang: string, { timeZone, withTime = false }: { timeZone?: string; withTime?: boolean } = {}): string {
  // A calendar day has no zone: read and written at noon UTC, it stays the same day everywhere.
  const instant = typeof at === 'string' ? Date.parse(`${at}T12:00:00Z`) : at;
  const zone = typeof at === 'string' ? 'UTC' : timeZone;
  const key = `${lang}|${zone ?? ''}|${withTime}`;
  let format = dayFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', ...(withTime ? { timeStyle: 'short' } : {}), ...(zone ? { timeZone: zone } : {}) });
    dayFormats.set(key, format);
  }
  return Number.isFinite(instant) ? format.format(instant) : String(at);
}
