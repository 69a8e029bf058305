import { expect } from '@esm-bundle/chai';
import { CRISIS_LINE_COUNTRIES, crisisLinesFor, fromHsds, isHsds, isStale, parseResourceList, PHONE_TYPES, RESOURCE_STATUSES, RESOURCES_SCHEMA_VERSION, toHsds } from '@peerkit/core';
import { sampleResource } from '../fixtures.js';

/** Two services written from the HSDS 3 schema (service, phone, schedule, language, location, address); all invented. */
const fixture: unknown = await (await fetch(new URL('./fixtures/hsds3-services.json', import.meta.url))).json();

describe('resources: HSDS 3', () => {
  it('knows an HSDS list (or API page) from our own format', () => {
    expect([isHsds(fixture), isHsds([]), isHsds({ schemaVersion: 2, resources: [] })]).to.deep.equal([true, true, false]);
  });

  it('reads the fields we show from an HSDS 3 service', () => {
    const read = fromHsds(fixture);
    if (!read.ok) throw new Error(read.errors.join('\n'));
    const [counselling, night] = read.value.resources;
    expect(counselling).to.deep.include({
      id: 'a9a1c7f6-0d4e-4d8b-9a43-6f1f2b0e7d11',
      name: 'Sample bereavement counselling (invented)',
      organization: 'Sample Community Trust (invented)',
      url: 'https://example.org/bereavement',
      email: 'help@example.org',
      status: 'active',
      alert: 'Closed 24–26 December',
      eligibility: 'Adults who have lost someone close',
      fees: 'Free',
      assuredDate: '2026-09-15',
      updatedAt: Date.UTC(2026, 8, 15, 10, 30),
      address: { street: '1 Example Street', city: 'Sampletown', region: 'Greater Sample', postcode: 'AB1 2CD', country: 'GB' },
      virtual: true,
      alwaysOpen: false,
      languages: ['English', 'Welsh'],
      categories: ['Bereavement'],
      crisis: false,
    });
    expect(counselling!.phones).to.deep.equal([
      { number: '+44 20 7946 0000', type: 'voice', extension: '12', description: 'Bookings' },
      { number: '+44 7700 900000', type: 'text' },
    ]);
    expect(counselling!.hours).to.deep.equal([
      { day: 1, opens: '09:00', closes: '17:00' },
      { day: 3, opens: '09:00', closes: '17:00' },
    ]);
    expect(night).to.deep.include({ status: 'temporarily closed', alwaysOpen: true, hours: [], crisis: true, categories: [], address: null, virtual: false, phones: [{ number: '0800 000 0000', type: 'hotline' }] });
  });

  it('gives back every field it was given, unknown ones included, on export', () => {
    const read = fromHsds(fixture);
    if (!read.ok) throw new Error(read.errors.join('\n'));
    const written = JSON.parse(JSON.stringify(toHsds(read.value.resources))) as Record<string, unknown>[];
    const original = (fixture as { contents: Record<string, unknown>[] }).contents[0]!;
    const out = written[0]!;
    // Fields we never show come back as they were.
    for (const key of ['organization_id', 'alternate_name', 'interpretation_services', 'application_process', 'minimum_age', 'assurer_email', 'funding', 'organization', 'languages', 'attributes']) {
      expect(out[key], key).to.deep.equal(original[key]);
    }
    // Phones keep their ids and languages; the monthly schedule we cannot show is kept beside the weekly ones.
    expect(out.phones).to.deep.equal(original.phones);
    expect((out.schedules as { freq: string; byday: string }[]).map((s) => `${s.freq} ${s.byday}`)).to.deep.equal(['WEEKLY MO', 'WEEKLY WE', 'MONTHLY 1SA']);
    // The location keeps its name, coordinates and second address line; the virtual one stays.
    const locations = out.service_at_locations as { location: Record<string, unknown> }[];
    expect(locations.map((l) => l.location.id)).to.deep.equal(['loc-1', 'loc-2']);
    expect(locations[0]!.location).to.deep.include({ name: 'Sample Centre', latitude: 51.5, longitude: -0.12 });
    expect((locations[0]!.location.addresses as Record<string, unknown>[])[0]).to.deep.include({ address_2: 'Second floor', address_1: '1 Example Street', postal_code: 'AB1 2CD' });
    // And reading the export gives the same records.
    const again = fromHsds(written);
    if (!again.ok) throw new Error(again.errors.join('\n'));
    expect(again.value.resources).to.deep.equal(read.value.resources);
  });

  it('writes our own records as HSDS a directory can take, and reads them back the same', () => {
    const mine = [
      sampleResource('r1', {
        hours: [{ day: 2, opens: '10:00', closes: '16:00' }],
        categories: ['Food'],
        languages: ['Español'],
        assuredDate: '2026-10-01',
        status: 'defunct',
        address: { street: 'Calle Mayor 1', city: 'Sevilla', region: '', postcode: '41001', country: 'ES' },
        crisis: true,
        phones: [{ number: '555 0100', type: 'hotline' }],
      }),
      sampleResource('r2', { virtual: true, alwaysOpen: true, notes: 'Private to the facilitator' }),
    ];
    const written = JSON.parse(JSON.stringify(toHsds(mine))) as Record<string, unknown>[];
    expect(written[0]).to.deep.include({ status: 'defunct', assured_date: '2026-10-01' });
    expect(JSON.stringify(written)).not.to.contain('Private to the facilitator');
    const back = fromHsds(written);
    if (!back.ok) throw new Error(back.errors.join('\n'));
    const { notes: _notes, hsds: _h0, ...second } = mine[1]!;
    const { hsds: _h1, ...first } = mine[0]!;
    const [r1, r2] = back.value.resources.map(({ hsds: _hsds, ...r }) => r);
    expect(r1).to.deep.equal({ ...first, keywords: [] });
    expect(r2).to.deep.equal({ ...second, keywords: [] });
  });

  it('refuses a bad HSDS file whole, naming the service and the field', () => {
    const bad = [
      { id: 's1', name: 'Ok', status: 'active', assured_date: 'last spring' },
      { id: 's2', name: '', status: 'open', phones: [{ number: '555', type: 'carrier pigeon' }], schedules: [{ freq: 'WEEKLY', byday: 'XX', opens_at: '9am', closes_at: '17:00' }] },
    ];
    expect(fromHsds(bad)).to.deep.equal({
      ok: false,
      errors: [
        'services[0].assured_date: expected a date like 2026-11-24, got "last spring"',
        'services[1].name: must not be empty',
        'services[1].status: expected one of "active", "inactive", "defunct", "temporarily closed", got "open"',
        'services[1].schedules[0].opens_at: expected HH:MM, got "9am"',
        'services[1].schedules[0].byday: expected days like MO,TU, got "XX"',
        'services[1].phones[0].type: expected one of voice, text, hotline, textphone, cell, fax, video, pager, got "carrier pigeon"',
      ],
    });
  });
});

describe('resources: crisis lines to start from', () => {
  it('offers only lines checked against an official page, dated, with their source', () => {
    expect(CRISIS_LINE_COUNTRIES).to.deep.equal(['GB', 'IE', 'US']);
    const [samaritans] = crisisLinesFor('ie');
    expect(samaritans).to.deep.include({ name: 'Samaritans', crisis: true, alwaysOpen: true, assuredDate: '2026-11-26', source: 'https://www.samaritans.org/how-we-can-help/contact-samaritan/' });
    expect(samaritans!.phones).to.deep.equal([{ number: '116 123', type: 'hotline' }]);
    expect(crisisLinesFor('US')[0]!.phones.map((p) => `${p.type} ${p.number}`)).to.deep.equal(['hotline 988', 'text 988']);
    expect(crisisLinesFor('ES')).to.deep.equal([]);
  });

  it('gives valid records that age like any other', () => {
    const lines = CRISIS_LINE_COUNTRIES.flatMap(crisisLinesFor);
    expect(parseResourceList({ schemaVersion: RESOURCES_SCHEMA_VERSION, resources: lines.filter((r, i) => lines.findIndex((x) => x.id === r.id) === i) }).ok).to.equal(true);
    expect(isStale(lines[0]!, Date.UTC(2027, 6, 1))).to.equal(true);
    // Copies: changing one never changes the table.
    crisisLinesFor('US')[0]!.name = 'changed';
    expect(crisisLinesFor('US')[0]!.name).to.equal('988 Suicide & Crisis Lifeline');
  });
});

interface Schema {
  $defs: { resource: { required: string[]; properties: Record<string, { enum?: string[] }> }; phone: { properties: { type: { enum: string[] } } } };
}
const schema = (await (await fetch('/packages/core/schema/resources.schema.json')).json()) as Schema;
const readme = await (await fetch('/README.md')).text();

describe('resources: the documented format', () => {
  it('parses the README’s example', () => {
    const example = /<!-- resources-example -->\s*```json\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example, 'example found').to.be.a('string');
    const parsed = parseResourceList(JSON.parse(example!));
    expect(parsed.ok, parsed.ok ? '' : parsed.errors.join('; ')).to.equal(true);
  });

  it('agrees with the JSON Schema on the fields, which are required, and the phone types and statuses', () => {
    const { required, properties } = schema.$defs.resource;
    const valid = sampleResource('a');
    const list = (resource: unknown) => parseResourceList({ schemaVersion: 2, resources: [resource] });
    for (const field of required) {
      const { [field as keyof typeof valid]: _gone, ...without } = valid;
      expect(list(without).ok, `${field} is required`).to.equal(false);
    }
    for (const field of Object.keys(properties).filter((f) => !required.includes(f))) {
      expect(list({ ...valid, [field]: field === 'hsds' ? {} : 'x' }).ok, `${field} is optional`).to.equal(true);
    }
    expect(list({ ...valid, website: 'https://example.org' }).ok).to.equal(false);
    expect(schema.$defs.phone.properties.type.enum).to.deep.equal([...PHONE_TYPES]);
    expect(properties.status?.enum).to.deep.equal([...RESOURCE_STATUSES]);
  });
});
