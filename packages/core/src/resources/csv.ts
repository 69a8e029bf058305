/**
 * Resource lists as CSV with HSDS-style columns, for spreadsheets: written
 * safe to open, read back whole or refused naming the row and the column.
 */
import { csvRow, parseCsv } from '../internal/csv.js';
import type { ParseResult } from '../internal/validate.js';
import { parseResourceList } from './parse.js';
import { RESOURCES_SCHEMA_VERSION, type Resource, type ResourceList } from './resource.js';

export const CSV_COLUMNS = [
  'id',
  'organization',
  'name',
  'description',
  'phone',
  'phone_type',
  'more_phones',
  'email',
  'url',
  'address_1',
  'city',
  'state_province',
  'postal_code',
  'country',
  'virtual',
  'languages',
  'categories',
  'keywords',
  'status',
  'alert',
  'assured_date',
  'crisis',
] as const;

const yesNo = (value: boolean) => (value ? 'yes' : 'no');

/** CSV with HSDS-style columns; lists are separated by semicolons, further phones as "number (type)"; cells safe for spreadsheets. */
export function resourcesToCsv(resources: readonly Resource[]): string {
  const rows = resources.map((r) => [
    r.id,
    r.organization,
    r.name,
    r.description,
    r.phones[0]?.number ?? '',
    r.phones[0]?.type ?? '',
    r.phones.slice(1).map((p) => `${p.number} (${p.type})`).join('; '),
    r.email ?? '',
    r.url ?? '',
    r.address?.street ?? '',
    r.address?.city ?? '',
    r.address?.region ?? '',
    r.address?.postcode ?? '',
    r.address?.country ?? '',
    yesNo(r.virtual),
    r.languages.join('; '),
    r.categories.join('; '),
    r.keywords.join('; '),
    r.status,
    r.alert ?? '',
    r.assuredDate ?? '',
    yesNo(r.crisis),
  ]);
  return `${[[...CSV_COLUMNS], ...rows].map(csvRow).join('\r\n')}\r\n`;
}

/** Reads our CSV columns (and version 1's single `address`); errors name the row (as a spreadsheet numbers it) and the column. */
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
  // Names that reach an object's prototype when used as keys: never a column of ours, and refused by name.
  const forbidden = columns.filter((c) => ['__proto__', 'constructor', 'prototype'].includes(c));
  if (forbidden.length > 0) return { ok: false, errors: forbidden.map((c) => `header: the column name "${c}" is not allowed`) };
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
    const cell = (name: (typeof CSV_COLUMNS)[number] | 'address') => unneutral((cells[columns.indexOf(name)] ?? '').trim());
    const flag = (name: 'crisis' | 'virtual') => {
      const value = cell(name).toLowerCase();
      if (!['', 'yes', 'no', 'true', 'false'].includes(value)) errors.push(`row ${row}, ${name}: expected yes or no, got "${value.slice(0, 20)}"`);
      return value === 'yes' || value === 'true';
    };
    const morePhones = list(cell('more_phones')).map((entry) => {
      const match = /^(.*?)\s*\((\w+)\)$/.exec(entry);
      return { number: match?.[1] ?? entry, type: (match?.[2] ?? 'voice').toLowerCase() };
    });
    const street = cell('address_1') || (cell('address').toLowerCase() === 'virtual' ? '' : cell('address'));
    const address = { street, city: cell('city'), region: cell('state_province'), postcode: cell('postal_code'), country: cell('country') };
    return {
      id: cell('id'),
      organization: cell('organization'),
      name: cell('name'),
      description: cell('description'),
      phones: [...(cell('phone') ? [{ number: cell('phone'), type: cell('phone_type').toLowerCase() || 'voice' }] : []), ...morePhones],
      ...(cell('email') ? { email: cell('email') } : {}),
      ...(cell('url') ? { url: cell('url') } : {}),
      address: Object.values(address).some(Boolean) ? address : null,
      virtual: flag('virtual') || cell('address').toLowerCase() === 'virtual',
      alwaysOpen: false,
      hours: [],
      languages: list(cell('languages')),
      categories: list(cell('categories')),
      keywords: list(cell('keywords')),
      status: cell('status') || 'active',
      ...(cell('alert') ? { alert: cell('alert') } : {}),
      assuredDate: cell('assured_date') || null,
      updatedAt: null,
      crisis: flag('crisis'),
      favourite: false,
    };
  });
  const parsed = parseResourceList({ schemaVersion: RESOURCES_SCHEMA_VERSION, resources });
  if (!parsed.ok) {
    const column: Record<string, string> = { assuredDate: 'assured_date', street: 'address_1', region: 'state_province', postcode: 'postal_code' };
    for (const e of parsed.errors) {
      errors.push(
        e.replace(/^list\.resources\[(\d+)\]\.(\w+)(\[(\d+)\])?(\.(\w+))?: /, (_m, i: string, field: string, _x, phoneIndex: string | undefined, _y, sub: string | undefined) => {
          const name = field === 'phones' ? (phoneIndex === '0' ? `phone${sub === 'type' ? '_type' : ''}` : 'more_phones') : field === 'address' && sub ? (column[sub] ?? sub) : (column[field] ?? field);
          return `row ${Number(i) + 2}, ${name}: `;
        }),
      );
    }
  }
  return errors.length > 0 ? { ok: false, errors } : parsed;
}
