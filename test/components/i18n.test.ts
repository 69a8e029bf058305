// Message tables: English at once; another language loaded the first time an element speaks
// it, the element's update held until it is here; a table that cannot load is said once.
import { expect } from '@esm-bundle/chai';
import { isPseudoLocale, pseudoTable, pseudoText, spokenBy, Translations } from '../../packages/components/src/internal/i18n.js';
import { formatNumber } from '../../packages/components/src/internal/format.js';
import { captureWarnings } from '../helpers.js';

interface Table {
  hello: string;
}

function speaker(lang: string): HTMLElement {
  const element = document.createElement('div');
  element.lang = lang;
  return element;
}

describe('Translations', () => {
  it('runs an English update at once and loads nothing', () => {
    let loads = 0;
    const table = new Translations<Table>({ hello: 'Hello' }, { es: () => (loads++, Promise.resolve({ hello: 'Hola' })) });
    let updated = false;
    expect(table.whenSpoken(speaker('en'), () => (updated = true))).to.equal(true);
    expect(updated).to.equal(true);
    expect(loads).to.equal(0);
    expect(table.in('en').hello).to.equal('Hello');
  });

  it('holds a Spanish update until the Spanish table is here, loading it once', async () => {
    let loads = 0;
    let arrive: (value: Table) => void = () => undefined;
    const table = new Translations<Table>({ hello: 'Hello' }, { es: () => (loads++, new Promise<Table>((resolve) => (arrive = resolve))) });
    const seen: string[] = [];
    const first = table.whenSpoken(speaker('es'), () => seen.push(table.in('es').hello));
    const second = table.whenSpoken(speaker('es-MX'), () => seen.push(table.in('es').hello));
    expect(seen, 'nothing drawn while it loads').to.deep.equal([]);
    arrive({ hello: 'Hola' });
    await Promise.all([first, second]);
    expect(seen).to.deep.equal(['Hola', 'Hola']);
    expect(loads).to.equal(1);
    let again = '';
    void table.whenSpoken(speaker('es'), () => (again = table.in('es').hello));
    expect(again, 'at once once it is here').to.equal('Hola');
  });

  it('says once when a table cannot load, and speaks English', async () => {
    const table = new Translations<Table>({ hello: 'Hello' }, { es: () => Promise.reject(new Error('offline')) });
    const seen: string[] = [];
    const warnings = await captureWarnings(async () => {
      await table.whenSpoken(speaker('es'), () => seen.push(table.in('es').hello));
      await table.whenSpoken(speaker('es'), () => seen.push(table.in('es').hello));
    });
    expect(seen).to.deep.equal(['Hello', 'Hello']);
    expect(warnings.filter((w) => w.includes('"es"'))).to.have.length(1);
    expect(warnings[0]).to.contain('offline');
  });
});

describe('the pseudo-locale', () => {
  it('wraps every string of a table, and every string its functions return, 40% longer', () => {
    const english = { next: 'Next speaker', now: (name: string) => `Now: ${name}`, keys: [['N', 'Next']] as [string, string][], count: (n: number) => n };
    const pseudo = pseudoTable(english);
    expect(pseudo.next).to.match(/^⟦Next speaker .+⟧$/);
    expect(pseudo.next.length - 2).to.be.at.least(Math.ceil('Next speaker'.length * 1.4));
    expect(pseudo.now('Ana')).to.match(/^⟦Now: Ana .+⟧$/);
    expect(pseudo.keys[0]?.[1]).to.match(/^⟦Next .+⟧$/);
    expect(pseudo.count(3), 'what is not text passes as it is').to.equal(3);
    expect(pseudoTable(english), 'made once a table').to.equal(pseudo);
    expect(english.next, 'the table itself is untouched').to.equal('Next speaker');
  });

  it('is spoken under any qps tag, near or far, and only there', () => {
    const outer = speaker('qps-plocm');
    const inner = document.createElement('span');
    outer.append(inner);
    const table = new Translations<Table>({ hello: 'Hello' }, { es: () => Promise.resolve({ hello: 'Hola' }) });
    expect(isPseudoLocale(inner)).to.equal(true);
    expect(table.for(inner).hello).to.match(/^⟦Hello .+⟧$/);
    expect(spokenBy(speaker('en'), { hello: 'Hello' }).hello).to.equal('Hello');
    expect(pseudoText('')).to.equal('');
  });
});

describe('figures from Intl', () => {
  it('writes a figure as the language does', () => {
    expect(formatNumber(1.25, 'en', { digits: 2 })).to.equal('1.25');
    expect(formatNumber(1.25, 'es', { digits: 2 })).to.equal('1,25');
    expect(formatNumber(0.4, 'en', { percent: true })).to.equal('40%');
    expect(formatNumber(0.4, 'es', { percent: true })).to.match(/^40\s%$/);
  });
});
