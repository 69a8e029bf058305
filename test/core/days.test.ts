import { expect } from '@esm-bundle/chai';
import { formatDay, localDay } from '@peerkit/core';

// One way to write a date, per language, from Intl (issue 30: "1/21/2027" beside "Jan 7, 2027").
describe('formatDay', () => {
  const evening = Date.UTC(2027, 0, 22, 0, 30); // 18:30 on the 21st in Mexico City

  it('writes a day the same way from an instant and from a YYYY-MM-DD day', () => {
    expect(formatDay(evening, 'en', { timeZone: 'America/Mexico_City' })).to.equal('Jan 21, 2027');
    expect(formatDay('2027-01-21', 'en')).to.equal('Jan 21, 2027');
    expect(formatDay(localDay(evening, 'America/Mexico_City'), 'en')).to.equal('Jan 21, 2027');
  });

  it('speaks the language asked for', () => {
    expect(formatDay('2027-01-21', 'es')).to.match(/^21 ene 2027$/);
    expect(formatDay(evening, 'es', { timeZone: 'America/Mexico_City', withTime: true })).to.match(/^21 ene 2027, 18:30$/);
  });

  it('keeps a calendar day on its day in any time zone, and returns what it cannot read as it came', () => {
    expect(formatDay('2027-12-31', 'en')).to.equal('Dec 31, 2027');
    expect(formatDay('not a day', 'en')).to.equal('not a day');
  });
});
