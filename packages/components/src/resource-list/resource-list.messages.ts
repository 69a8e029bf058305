import { Translations } from '../internal/i18n.js';

export interface ResourceMessages {
  crisisTitle: string;
  noCrisisLines: string;
  call: (name: string) => string;
  text: (name: string) => string;
  search: string;
  category: string;
  language: string;
  any: string;
  openNow: string;
  results: (n: number) => string;
  details: string;
  lastChecked: (date: string) => string;
  neverChecked: string;
  needsReview: string;
  virtual: string;
  open247: string;
  inactive: string;
  temporarilyClosed: string;
  website: string;
  languages: string;
  eligibility: string;
  fees: string;
  notes: string;
  print: string;
  edit: string;
  retire: string;
  restore: string;
  save: string;
  add: string;
  name: string;
  organization: string;
  description: string;
  phone: string;
  url: string;
  categories: string;
  crisis: string;
  markChecked: string;
  exportJson: string;
  exportCsv: string;
  exportHsds: string;
  importFile: string;
  imported: (n: number) => string;
  importFailed: (file: string) => string;
  /** While a chosen file is read and checked (a long list takes a moment). */
  reading: (file: string) => string;
  /** How far the check of a long list has got. */
  checking: (file: string, checked: number, total: number) => string;
  notSaved: string;
  sourceError: (problems: string) => string;
  openUntil: string;
  closedNow: string;
  hours: string;
  dayNames: readonly string[];
  textNumber: string;
  email: string;
  address: string;
  street: string;
  city: string;
  postcode: string;
  country: string;
  reachedRemotely: string;
  alwaysOpen: string;
  opens: string;
  closes: string;
  languagesField: string;
  keywords: string;
  alert: string;
  checkedOn: string;
  updated: (date: string) => string;
  timeZone: string;
  preparingSearch: string;
  startFromCountry: string;
  country_: (code: string) => string;
  addCrisisLines: string;
  crisisLinesAdded: (n: number) => string;
  crisisLinesSource: string;
  noCheckedLines: string;
}

const en: ResourceMessages = {
  crisisTitle: 'If someone is in crisis',
  noCrisisLines: 'No crisis line is saved for this group yet. Add one to its resources (mark it “Crisis line”), so it is here when it is needed.',
  call: (name) => `Call ${name}`,
  text: (name) => `Text ${name}`,
  search: 'Search resources',
  category: 'Category',
  language: 'Language',
  any: 'Any',
  openNow: 'Open now',
  results: (n) => `${n} ${n === 1 ? 'resource' : 'resources'}`,
  details: 'Details',
  lastChecked: (date) => `Last checked ${date}`,
  neverChecked: 'Never checked',
  needsReview: 'Needs review',
  virtual: 'Online or by phone',
  open247: 'Open 24 hours, every day',
  inactive: 'No longer running',
  temporarilyClosed: 'Temporarily closed',
  website: 'Website',
  languages: 'Languages',
  eligibility: 'Who it is for',
  fees: 'Cost',
  notes: 'Facilitator’s notes',
  print: 'Print a handout',
  edit: 'Edit',
  retire: 'Retire',
  restore: 'Restore',
  save: 'Save',
  add: 'Add resource',
  name: 'Service name',
  organization: 'Organisation',
  description: 'Description',
  phone: 'Phone',
  url: 'Website (https://…)',
  categories: 'Categories, separated by commas',
  crisis: 'Crisis line (pinned first)',
  markChecked: 'Mark as checked today',
  exportJson: 'Download JSON',
  exportCsv: 'Download CSV',
  exportHsds: 'Download HSDS JSON',
  importFile: 'Import JSON, HSDS JSON or CSV',
  imported: (n) => `Imported ${n} resources.`,
  importFailed: (file) => `“${file}” was not imported, and nothing changed:`,
  reading: (file) => `Reading “${file}” and checking every record…`,
  checking: (file, checked, total) => `Checking “${file}”: ${checked.toLocaleString('en')} of ${total.toLocaleString('en')} records…`,
  notSaved: 'Not saved, and nothing changed:',
  sourceError: (problems) => `The published list could not be read:${problems ? ` ${problems}` : ''}`,
  openUntil: 'Open now',
  closedNow: 'Closed now',
  hours: 'Opening hours',
  dayNames: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
  textNumber: 'Text (SMS) number',
  email: 'Email',
  address: 'Address',
  street: 'Street and number',
  city: 'Town or city',
  postcode: 'Postcode',
  country: 'Country code (e.g. GB)',
  reachedRemotely: 'Can be reached online or by phone',
  alwaysOpen: 'Open 24 hours, every day',
  opens: 'opens',
  closes: 'closes',
  languagesField: 'Languages spoken, separated by commas',
  keywords: 'Search words, separated by commas (not shown)',
  alert: 'Notice shown on the card (e.g. “Closed over the holidays”)',
  checkedOn: 'Last checked by a person on',
  updated: (date) => `record changed ${date}`,
  timeZone: 'Opening hours are in the time zone',
  preparingSearch: 'Preparing search…',
  startFromCountry: 'Start from the national crisis lines of',
  country_: (code) => new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? code,
  addCrisisLines: 'Add these lines',
  crisisLinesAdded: (n) => `Added ${n} crisis ${n === 1 ? 'line' : 'lines'}. Check each number before the meeting: we checked them on the date shown, and numbers change.`,
  crisisLinesSource: 'Checked against',
  noCheckedLines: 'We have not checked crisis lines for other countries yet; add your own below.',
};

export const resourceMessages = new Translations<ResourceMessages>(en, {
  es: async () => (await import('./resource-list.messages.es.js')).es,
});

