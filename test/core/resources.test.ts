import { expect } from '@esm-bundle/chai';
import {
  buildIndex,
  isOpenNow,
  isStale,
  normalisePhone,
  parseResourceList,
  resourcesFromCsv,
  resourcesToCsv,
  safeLink,
  searchResources,
  smsLink,
  telLink,
  isoDay,
  readResourceList,
  type Resource,
} from '@peerkit/core';
import { sampleResource } from '../fixtures.js';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 24, 12);

const resource = (id: string, extra: Partial<Resource> = {}) => sampleResource(id, { assuredDate: isoDay(NOW - DAY), ...extra });

const list = [
  resource('Housing help desk', { categories: ['Housing'], languages: ['English', 'Español'] }),
  resource('Línea de crisis (sample)', { crisis: true, alwaysOpen: true, categories: ['Crisis'], description: 'Apoyo emocional' }),
  resource('Peer support café', { description: 'Supporting people after bereavement', categories: ['Grief'], favourite: true }),
  resource('Old drop-in', { status: 'inactive', categories: ['Housing'] }),
];
const index = buildIndex(list);
const names = (rs: Resource[]) => rs.map((r) => r.name);

describe('resources: search and filters', () => {
  it('matches word prefixes, ignoring case and accents, across name, description and categories', () => {
    expect(names(searchResources(index, { query: 'linea' }))).to.deep.equal(['Línea de crisis (sample)']);
    expect(names(searchResources(index, { query: 'SUPP bere' }))).to.deep.equal(['Peer support café']);
    expect(names(searchResources(index, { query: 'cafe' }))).to.deep.equal(['Peer support café']);
    expect(names(searchResources(index, { query: 'port' }))).to.deep.equal([]);
  });

  it('pins crisis lines first, then favourites; retired records last', () => {
    expect(names(searchResources(index, {}))).to.deep.equal(['Línea de crisis (sample)', 'Peer support café', 'Housing help desk', 'Old drop-in']);
  });

  it('filters by category, language, crisis and open now', () => {
    expect(names(searchResources(index, { category: 'housing' }))).to.deep.equal(['Housing help desk', 'Old drop-in']);
    expect(names(searchResources(index, { language: 'espanol' }))).to.deep.equal(['Housing help desk']);
    expect(names(searchResources(index, { crisisOnly: true }))).to.deep.equal(['Línea de crisis (sample)']);
    expect(names(searchResources(index, { openNow: true }))).to.deep.equal(['Línea de crisis (sample)']);
  });

  it('knows opening hours, including past midnight', () => {
    const night = resource('Night line', { hours: [{ day: 5, opens: '22:00', closes: '02:00' }] });
    expect(isOpenNow(night, new Date(2026, 10, 27, 23, 0))).to.equal(true); // Friday 23:00
    expect(isOpenNow(night, new Date(2026, 10, 28, 1, 30))).to.equal(true); // Saturday 01:30
    expect(isOpenNow(night, new Date(2026, 10, 28, 2, 0))).to.equal(false);
  });

  it('flags records not checked for a while', () => {
    expect(isStale(resource('a', { assuredDate: isoDay(NOW - 10 * DAY) }), NOW)).to.equal(false);
    expect(isStale(resource('b', { assuredDate: isoDay(NOW - 200 * DAY) }), NOW)).to.equal(true);
    expect(isStale(resource('c', { assuredDate: null }), NOW)).to.equal(true);
  });
});

describe('resources: safe links', () => {
  it('makes links only from https, http, tel, sms and mailto', () => {
    expect(safeLink('https://example.org/help')).to.equal('https://example.org/help');
    expect(safeLink('mailto:help@example.org')).to.equal('mailto:help@example.org');
    expect(safeLink('javascript:alert(1)')).to.equal(null);
    expect(safeLink(' JavaScript:alert(1)')).to.equal(null);
    expect(safeLink('data:text/html,<script>alert(1)</script>')).to.equal(null);
    expect(safeLink('not a url')).to.equal(null);
  });

  it('normalises phone numbers for tel: and sms:', () => {
    expect(normalisePhone(' +1 (555) 010-0199 ')).to.equal('+15550100199');
    expect(telLink({ number: '555 0100', extension: 'x 12', type: 'voice' })).to.equal('tel:5550100;ext=12');
    expect(smsLink({ number: '741-741', type: 'text' })).to.equal('sms:741741');
    expect(telLink({ number: 'call us', type: 'voice' })).to.equal(null);
  });
});

describe('resources: import and export', () => {
  it('names each problem in a bad JSON list, by record and field', () => {
    const bad = {
      schemaVersion: 2,
      resources: [
        resource('a', { phones: [{ number: 'none', type: 'beeper' as 'voice' }], assuredDate: '15/09/2026' }),
        { ...resource('a'), hours: [{ day: 9, opens: '9am', closes: '17:00' }], website: 'https://example.org' },
      ],
    };
    expect(parseResourceList(bad)).to.deep.equal({
      ok: false,
      errors: [
        'list.resources[0].phones[0].number: has no digits: "none"',
        'list.resources[0].phones[0].type: expected one of "voice", "text", "hotline", "textphone", "cell", "fax", "video", "pager", got "beeper"',
        'list.resources[0].assuredDate: expected a date like 2026-11-24, got "15/09/2026"',
        'list.resources[1].website: is not a field of ours; did you mean "url"?',
        'list.resources[1].hours[0].day: must be at most 6, got 9',
        'list.resources[1].hours[0].opens: expected HH:MM, got "9am"',
        'list.resources[1].id: "a" appears twice',
      ],
    });
  });

  it('reads a version 1 list: the one-line address kept as the street, null as online or by phone, tty as textphone, ms as a day', () => {
    const v1 = {
      schemaVersion: 1,
      resources: [
        { id: 'a', organization: '', name: 'A', description: '', phones: [{ number: '555 0100', type: 'tty' }], address: '1 Example Street, Sampletown', alwaysOpen: false, hours: [], languages: [], categories: [], status: 'active', assuredDate: Date.UTC(2026, 9, 1, 15), crisis: false, favourite: false },
        { id: 'b', organization: '', name: 'B', description: '', phones: [], address: null, alwaysOpen: true, hours: [], languages: [], categories: [], status: 'inactive', assuredDate: null, crisis: true, favourite: false },
      ],
    };
    const read = readResourceList(v1);
    if (!read.ok) throw new Error(read.errors.join('\n'));
    expect(read.value.schemaVersion).to.equal(2);
    expect(read.value.resources[0]).to.deep.include({
      address: { street: '1 Example Street, Sampletown', city: '', region: '', postcode: '', country: '' },
      virtual: false,
      phones: [{ number: '555 0100', type: 'textphone' }],
      assuredDate: '2026-10-01',
      keywords: [],
      updatedAt: null,
    });
    expect(read.value.resources[1]).to.deep.include({ address: null, virtual: true, assuredDate: null });
  });

  it('round-trips CSV, keeping formula-like text safe in spreadsheets', () => {
    const sample = [
      resource('r1', {
        name: '=HYPERLINK("x")',
        phones: [{ number: '+1 555 0100', type: 'hotline' }, { number: '555 0101', type: 'text' }],
        categories: ['Housing', 'Food'],
        keywords: ['shelter'],
        address: { street: '1 Example Street', city: 'Sampletown', region: 'Sample County', postcode: 'AB1 2CD', country: 'GB' },
        virtual: true,
        alert: 'Closed on Friday',
        crisis: true,
        assuredDate: '2026-10-01',
      }),
    ];
    const csv = resourcesToCsv(sample);
    expect(csv.split('\r\n')[1]).to.contain(`"'=HYPERLINK(""x"")"`);
    const back = resourcesFromCsv(csv);
    if (!back.ok) throw new Error(back.errors.join('\n'));
    const { hours: _h, alwaysOpen: _a, languages: _l, favourite: _f, organization: _o, description: _d, updatedAt: _u, ...shown } = sample[0]!;
    expect(back.value.resources[0]).to.deep.include(shown);
  });

  it('refuses a bad CSV whole, naming row and field', () => {
    const csv = 'id,name,phone,phone_type,assured_date,crisis,status\r\na,Ok,555,voice,2026-01-01,no,active\r\nb,,none,beeper,someday,maybe,open\r\n';
    const result = resourcesFromCsv(csv);
    expect(result).to.deep.equal({
      ok: false,
      errors: [
        'row 3, crisis: expected yes or no, got "maybe"',
        'row 3, name: must not be empty',
        'row 3, phone: has no digits: "none"',
        'row 3, phone_type: expected one of "voice", "text", "hotline", "textphone", "cell", "fax", "video", "pager", got "beeper"',
        'row 3, status: expected one of "active", "inactive", "defunct", "temporarily closed", got "open"',
        'row 3, assured_date: expected a date like 2026-11-24, got "someday"',
      ],
    });
    expect(resourcesFromCsv('name\r\nx\r\n')).to.deep.equal({ ok: false, errors: ['header: the "id" column is missing'] });
    expect(resourcesFromCsv('id,name\r\n"a,b\r\n')).to.deep.equal({ ok: false, errors: ['file: a quoted field is never closed'] });
  });
});
