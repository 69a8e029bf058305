import { expect } from '@esm-bundle/chai';
import fc from 'fast-check';
import { buildIndex, buildIndexInSlices, indexSteps, isOpenNow, searchResources, typosAllowed, type Resource } from '@peerkit/core';
import { sampleResource } from '../fixtures.js';

/** Invented records: no real services, places or numbers. */
const directory: Resource[] = [
  sampleResource('Housing advice desk', {
    categories: ['Housing'],
    description: 'Help with tenancy problems.',
    address: { street: 'Calle 26 #13-19', city: 'Bogotá', region: '', postcode: '110311', country: 'CO' },
    phones: [{ number: '+57 601 555 0100', type: 'voice' }],
    languages: ['Español'],
  }),
  sampleResource('Counseling for families', { categories: ['Counseling'], description: 'Short-term counseling.', organization: 'Sample Family Trust' }),
  sampleResource('Línea de apoyo (sample)', {
    crisis: true,
    alwaysOpen: true,
    description: 'Apoyo emocional, también sobre vivienda.',
    phones: [{ number: '+52 800 555 2000', type: 'hotline' }],
    keywords: ['suicidio', 'housing crisis'],
  }),
  sampleResource('Recovery café', { categories: ['Recovery'], description: 'A counseling drop-in after housing loss.', favourite: true }),
  sampleResource('Old housing office', { status: 'inactive', categories: ['Housing'] }),
  sampleResource('Sample bereavement group', { categories: ['Grief'], address: { street: '1 Example Street', city: 'Manchester', region: '', postcode: 'M1 1AA', country: 'GB' } }),
];
const index = buildIndex(directory);
const search = (query: string) => searchResources(index, { query }).map((r) => r.name);

describe('resources: search that forgives', () => {
  it('allows no typo under 4 letters, one from 4, two from 8, none in numbers', () => {
    expect([typosAllowed('fam'), typosAllowed('famy'), typosAllowed('counsell'), typosAllowed('20000000')]).to.deep.equal([0, 1, 2, 0]);
  });

  it('finds a word with a letter missing, swapped, doubled or wrong', () => {
    expect(search('housng')).to.deep.equal(['Línea de apoyo (sample)', 'Housing advice desk', 'Recovery café', 'Old housing office']);
    expect(search('counceling')).to.deep.equal(['Counseling for families', 'Recovery café']);
    expect(search('bereavment')).to.deep.equal(['Sample bereavement group']);
    expect(search('manchster')).to.deep.equal(['Sample bereavement group']);
    expect(search('recvoery')).to.deep.equal(['Recovery café']);
  });

  it('ignores case and accents both ways', () => {
    expect(search('BOGOTA')).to.deep.equal(['Housing advice desk']);
    expect(search('línea')).to.deep.equal(['Línea de apoyo (sample)']);
    expect(search('linea')).to.deep.equal(['Línea de apoyo (sample)']);
    expect(search('cafe')).to.deep.equal(['Recovery café']);
  });

  it('searches address, city, postcode, phone numbers, languages and keywords', () => {
    expect(search('calle 26')).to.deep.equal(['Housing advice desk']);
    expect(search('110311')).to.deep.equal(['Housing advice desk']);
    expect(search('m1 1aa')).to.deep.equal(['Sample bereavement group']);
    // A number with or without its country code, whole or in part.
    expect(search('8005552000')).to.deep.equal(['Línea de apoyo (sample)']);
    expect(search('+52 800 555')).to.deep.equal(['Línea de apoyo (sample)']);
    expect(search('555 0100')).to.deep.equal(['Housing advice desk']);
    expect(search('espanol')).to.deep.equal(['Housing advice desk']);
    expect(search('suicidio')).to.deep.equal(['Línea de apoyo (sample)']);
  });

  it('matches the start of words, every word typed, in any field', () => {
    expect(search('fam coun')).to.deep.equal(['Counseling for families']);
    expect(search('ten prob')).to.deep.equal(['Housing advice desk']);
    expect(search('housing zzzz')).to.deep.equal([]);
  });

  it('ranks crisis lines first, then name matches, then the closest, retired records last', () => {
    // "housing": in the crisis line's description, two names, and a description.
    // "housing": a crisis line's keyword, a name, a description, and a retired record's name.
    expect(search('housing')).to.deep.equal(['Línea de apoyo (sample)', 'Housing advice desk', 'Recovery café', 'Old housing office']);
    // An exact word outranks a typo of another: "counseling" whole in a name beats a description.
    expect(search('counseling')).to.deep.equal(['Counseling for families', 'Recovery café']);
  });

  it('shows, with nothing typed, crisis lines, favourites, then the rest by name, retired last', () => {
    expect(search('')).to.deep.equal(['Línea de apoyo (sample)', 'Recovery café', 'Counseling for families', 'Housing advice desk', 'Sample bereavement group', 'Old housing office']);
  });

  it('builds the same index in slices as at once, and in steps no longer than a few hundred records', async () => {
    const many = Array.from({ length: 1200 }, (_, i) => sampleResource(`Service ${i}`, { description: `about housing ${i}` }));
    const sliced = await buildIndexInSlices(many, { sliceMs: 1 });
    const whole = buildIndex(many);
    expect(searchResources(sliced, { query: 'housng 77' }).map((r) => r.name)).to.deep.equal(searchResources(whole, { query: 'housng 77' }).map((r) => r.name));
    expect(searchResources(whole, { query: 'housng 77' }).map((r) => r.name)).to.deep.equal(['Service 77', 'Service 770', 'Service 771', 'Service 772', 'Service 773', 'Service 774', 'Service 775', 'Service 776', 'Service 777', 'Service 778', 'Service 779']);
    let steps = 0;
    const generator = indexSteps(many);
    while (!generator.next().done) steps++;
    expect(steps).to.be.greaterThan(4);
  });

  it('stops building when aborted', async () => {
    const abort = new AbortController();
    const building = buildIndexInSlices(Array.from({ length: 3000 }, (_, i) => sampleResource(`S${i}`)), { sliceMs: 1, signal: abort.signal });
    abort.abort(new Error('list changed'));
    let error: unknown;
    await building.catch((e: unknown) => (error = e));
    expect((error as Error).message).to.equal('list changed');
  });

  it('always finds a record by any one of its words with one typo (property)', () => {
    const letters = fc.stringMatching(/^[a-z]{5,12}$/);
    fc.assert(
      fc.property(fc.uniqueArray(letters, { minLength: 3, maxLength: 8 }), fc.nat(), fc.nat(), fc.constantFrom('drop', 'swap', 'change', 'double'), (words, pick, at, typo) => {
        const records = words.map((w, i) => sampleResource(`record ${i}`, { description: `${w} and more` }));
        const target = pick % words.length;
        const word = words[target]!;
        const i = at % (word.length - 1);
        const [here, next] = [word.charAt(i), word.charAt(i + 1)];
        const typed =
          typo === 'drop' ? word.slice(0, i) + word.slice(i + 1)
          : typo === 'double' ? word.slice(0, i) + here + word.slice(i)
          : typo === 'change' ? word.slice(0, i) + (here === 'x' ? 'y' : 'x') + word.slice(i + 1)
          : word.slice(0, i) + next + here + word.slice(i + 2);
        // A swap is two edits in Levenshtein's count: allowed from 8 letters.
        fc.pre(typo !== 'swap' || typed.length >= 8);
        const found = searchResources(buildIndex(records), { query: typed }).map((r) => r.id);
        expect(found).to.include(records[target]!.id);
      }),
      { numRuns: 300 },
    );
  });
});

describe('resources: open now in the group’s time zone', () => {
  const weekdays = sampleResource('Weekday desk', { hours: [1, 2, 3, 4, 5].map((day) => ({ day, opens: '09:00', closes: '17:00' })) });
  it('reads the hours in the list’s zone, not the viewer’s', () => {
    // 2026-11-23 (a Monday) 15:00 UTC is 10:00 in Bogotá and 00:00 on Tuesday in Tokyo.
    const moment = new Date(Date.UTC(2026, 10, 23, 15, 0));
    expect(isOpenNow(weekdays, moment, 'America/Bogota')).to.equal(true);
    expect(isOpenNow(weekdays, moment, 'Asia/Tokyo')).to.equal(false);
    expect(isOpenNow(weekdays, new Date(Date.UTC(2026, 10, 23, 22, 30)), 'America/Bogota')).to.equal(false); // 17:30 there
  });
});
