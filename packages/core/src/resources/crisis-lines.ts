/**
 * National crisis lines to start a list from, offered by country when a group
 * or a list is set up. Each was checked against the page named in `source`
 * on the day in `assuredDate`, so it ages and is flagged for review like any
 * record. A line we could not check against its operator's or a government's
 * own page is left out rather than guessed (see the README for which).
 */
import { blankResource, type Resource } from './resource.js';

export interface CrisisLineEntry {
  /** ISO 3166-1 alpha-2 codes of the countries the line answers. */
  countries: readonly string[];
  resource: Resource;
}

const line = (id: string, countries: string[], fields: Partial<Resource>): CrisisLineEntry => ({
  countries,
  resource: { ...blankResource(id, '2026-11-26'), virtual: true, alwaysOpen: true, crisis: true, categories: ['Crisis'], ...fields },
});

export const CRISIS_LINES: readonly CrisisLineEntry[] = [
  line('crisis-us-988', ['US'], {
    organization: '988 Suicide & Crisis Lifeline',
    name: '988 Suicide & Crisis Lifeline',
    description: 'Free, confidential support for anyone in suicidal crisis or emotional distress, 24 hours a day. Call or text 988, or chat at 988lifeline.org. Spanish: press 2.',
    phones: [
      { number: '988', type: 'hotline' },
      { number: '988', type: 'text' },
    ],
    url: 'https://988lifeline.org/',
    languages: ['English', 'Español'],
    keywords: ['suicide', 'suicidio', 'lifeline', 'emergency', 'crisis'],
    source: 'https://health.wyo.gov/publichealth/prevention/wivpp/suicide-prevention/988-suicide-crisis-lifeline',
  }),
  line('crisis-gb-ie-samaritans', ['GB', 'IE'], {
    organization: 'Samaritans',
    name: 'Samaritans',
    description: 'Someone to talk to, day or night, whatever you are going through. Free to call from any phone, and the number does not show on the bill.',
    phones: [{ number: '116 123', type: 'hotline' }],
    email: 'jo@samaritans.org',
    url: 'https://www.samaritans.org/',
    languages: ['English'],
    keywords: ['suicide', 'listening', 'emergency', 'crisis'],
    source: 'https://www.samaritans.org/how-we-can-help/contact-samaritan/',
  }),
];

/** The countries we have checked lines for, as codes. */
export const CRISIS_LINE_COUNTRIES: readonly string[] = [...new Set(CRISIS_LINES.flatMap((entry) => entry.countries))].sort();

/** Copies of the lines answering in a country (none for a country we have not checked). */
export function crisisLinesFor(country: string): Resource[] {
  const code = country.trim().toUpperCase();
  return CRISIS_LINES.filter((entry) => entry.countries.includes(code)).map((entry) => structuredClone(entry.resource));
}
