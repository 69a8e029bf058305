// Resource search against its peers (Fuse.js, MiniSearch, FlexSearch), on the same
// invented records and queries, in one run: recall on misspelt queries, per-keystroke
// time at 10,000 and 100,000 records, and index build. Used by run.mjs; on its own:
// `node bench/search.mjs` (after `npx tsc -p packages/core/tsconfig.build.json`).
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { Charset, Index as FlexIndex } from 'flexsearch';
import { median, time } from './measure.mjs';

const REPEATS = Number(process.env.BENCH_REPEATS ?? 3);

const EN = {
  kinds: ['Housing advice', 'Food bank', 'Grief support', 'Counseling service', 'Legal clinic', 'Youth centre', 'Family support', 'Recovery group', 'Employment help', 'Mental health team', 'Debt advice', 'Carers network'],
  words: ['housing', 'tenancy', 'homelessness', 'food', 'meals', 'bereavement', 'grief', 'counseling', 'therapy', 'legal', 'immigration', 'youth', 'family', 'parenting', 'recovery', 'addiction', 'employment', 'training', 'wellbeing', 'loneliness', 'benefits', 'debt', 'carers', 'disability'],
  cities: ['London', 'Manchester', 'Leeds', 'Toronto', 'Chicago', 'Houston', 'Glasgow', 'Bristol'],
  streets: ['High Street', 'Station Road', 'Church Lane', 'Main Street', 'Park Avenue', 'Mill Road'],
  languages: ['English'],
};
const ES = {
  kinds: ['Asesoría de vivienda', 'Banco de alimentos', 'Apoyo en duelo', 'Servicio de orientación', 'Clínica jurídica', 'Centro juvenil', 'Apoyo familiar', 'Grupo de recuperación', 'Ayuda al empleo', 'Equipo de salud mental'],
  words: ['vivienda', 'alquiler', 'alimentos', 'comedor', 'duelo', 'pérdida', 'orientación', 'terapia', 'jurídica', 'migración', 'jóvenes', 'familia', 'crianza', 'recuperación', 'adicciones', 'empleo', 'formación', 'bienestar', 'soledad', 'ayudas', 'cuidadores', 'discapacidad'],
  cities: ['Bogotá', 'Medellín', 'Madrid', 'Sevilla', 'Ciudad de México', 'Guadalajara', 'Buenos Aires', 'Santiago'],
  streets: ['Calle Mayor', 'Avenida Central', 'Carrera Séptima', 'Calle del Sol', 'Paseo de la Reforma'],
  languages: ['Español'],
};

/** `count` invented records, half English and half Spanish, with addresses, phones and categories (core's seeded generator: the same every run). */
export function inventedResources(core, count, seed = 7) {
  const next = core.seededRandom(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  return Array.from({ length: count }, (_, i) => {
    const lang = i % 2 ? ES : EN;
    const kind = pick(lang.kinds);
    const topic = [pick(lang.words), pick(lang.words), pick(lang.words)];
    const city = pick(lang.cities);
    return {
      id: `r${i}`,
      organization: `${pick(lang.words)} ${lang === EN ? 'Trust' : 'Fundación'} ${i % 400}`,
      name: `${kind} ${city} ${i}`,
      description: lang === EN ? `Invented record about ${topic[0]}, ${topic[1]} and ${topic[2]}.` : `Registro inventado sobre ${topic[0]}, ${topic[1]} y ${topic[2]}.`,
      phones: [{ number: `+${lang === EN ? 44 : 57} ${100 + (i % 900)} ${String(1000 + ((i * 7919) % 9000))} ${String(i).padStart(4, '0')}`, type: 'voice' }],
      address: { street: `${1 + (i % 200)} ${pick(lang.streets)}`, city, region: '', postcode: `${lang === EN ? 'AB' : ''}${10000 + (i % 89999)}`, country: lang === EN ? 'GB' : 'CO' },
      virtual: i % 5 === 0,
      alwaysOpen: i % 50 === 0,
      hours: [{ day: i % 7, opens: '09:00', closes: '17:00' }],
      languages: i % 3 ? lang.languages : ['English', 'Español'],
      categories: [topic[0]],
      keywords: [],
      status: 'active',
      assuredDate: null,
      updatedAt: null,
      crisis: i % 500 === 0,
      favourite: false,
    };
  });
}

/** Twenty misspellings (a letter dropped, swapped, doubled or wrong) of words in the records, each with the word meant. */
export const MISSPELT = [
  ['housng', 'housing'], ['counceling', 'counseling'], ['bereavment', 'bereavement'], ['homelesness', 'homelessness'], ['imigration', 'immigration'],
  ['emplyment', 'employment'], ['reocvery', 'recovery'], ['parentting', 'parenting'], ['dissability', 'disability'], ['lonliness', 'loneliness'],
  ['vivenda', 'vivienda'], ['alimentso', 'alimentos'], ['recuperacion', 'recuperación'], ['adiciones', 'adicciones'], ['formacion', 'formación'],
  ['cuidadore', 'cuidadores'], ['manchster', 'manchester'], ['medelin', 'medellín'], ['bogta', 'bogotá'], ['guadalajra', 'guadalajara'],
];

const fold = (text) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
const flatText = (r) => [r.name, r.organization, r.description, ...r.categories, r.address.street, r.address.city, r.address.postcode, ...r.phones.map((p) => p.number), ...r.languages].join(' ');
const edits = (term) => (term.length >= 8 ? 2 : term.length >= 4 ? 1 : 0);

/** Each engine set up as its documentation suggests for typo-tolerant search over the same fields. */
function engines(core) {
  return {
    PeerKit: {
      build: (records) => core.buildIndex(records),
      search: (index, query) => core.searchResources(index, { query }).map((r) => r.id),
    },
    MiniSearch: {
      build: (records) => {
        const index = new MiniSearch({
          fields: ['name', 'organization', 'description', 'categories', 'street', 'city', 'postcode', 'phones', 'languages'],
          extractField: (r, field) => {
            if (field === 'street' || field === 'city' || field === 'postcode') return r.address?.[field] ?? '';
            if (field === 'phones') return r.phones.map((p) => p.number).join(' ');
            return Array.isArray(r[field]) ? r[field].join(' ') : r[field];
          },
          processTerm: (term) => fold(term),
          searchOptions: { prefix: true, fuzzy: (term) => edits(term), combineWith: 'AND', boost: { name: 3, organization: 2 } },
        });
        index.addAll(records);
        return index;
      },
      search: (index, query) => index.search(query).map((r) => r.id),
    },
    FlexSearch: {
      build: (records) => {
        const index = new FlexIndex({ tokenize: 'forward', encoder: Charset.LatinSoundex });
        records.forEach((r, i) => index.add(i, flatText(r)));
        return { index, records };
      },
      search: ({ index, records }, query) => index.search(query, { limit: records.length }).map((i) => records[i].id),
    },
    'Fuse.js': {
      build: (records) =>
        new Fuse(records, {
          keys: [{ name: 'name', weight: 3 }, 'organization', 'description', 'categories', 'address.street', 'address.city', 'address.postcode', 'phones.number', 'languages'],
          ignoreLocation: true,
          threshold: 0.3,
          useExtendedSearch: false,
        }),
      search: (index, query) => index.search(query).map((r) => r.item.id),
    },
  };
}


/** What a person types, one keystroke at a time ("h", "ho", "hou", …), for each query. */
const KEYSTROKE_QUERIES = ['housing', 'bogota', 'counseling', 'duelo medellin', 'ab12345', 'food bank', 'recuperacion'];
const keystrokes = (query) => Array.from(query, (_, i) => query.slice(0, i + 1)).filter((q) => q.trim() !== '');

/** Rows for the table: per engine, recall on the misspelt set and timings at each size. */
export async function searchBench(core, { sizes = [10_000, 100_000], peersAt100k = ['MiniSearch', 'FlexSearch'] } = {}) {
  const results = {};
  for (const size of sizes) {
    const records = inventedResources(core, size);
    const folded = records.map((r) => new Set(fold(flatText(r)).split(/[^\p{L}\p{N}]+/u)));
    for (const [name, engine] of Object.entries(engines(core))) {
      if (size > 10_000 && name !== 'PeerKit' && !peersAt100k.includes(name)) continue;
      const builds = [];
      let index;
      for (let i = 0; i < REPEATS; i++) builds.push(time(() => (index = engine.build(records))));
      const perKeystroke = [];
      for (let i = 0; i < REPEATS; i++) for (const query of KEYSTROKE_QUERIES) for (const typed of keystrokes(query)) perKeystroke.push(time(() => engine.search(index, typed)));
      // Recall: of the records holding the word meant, the share the misspelling finds.
      const recalls = MISSPELT.map(([typo, meant]) => {
        const relevant = records.filter((_, i) => folded[i].has(fold(meant))).map((r) => r.id);
        const found = new Set(engine.search(index, typo));
        return relevant.length === 0 ? 1 : relevant.filter((id) => found.has(id)).length / relevant.length;
      });
      results[name] ??= {};
      results[name][size] = { build: median(builds), keystroke: median(perKeystroke), p95: [...perKeystroke].sort((a, b) => a - b)[Math.floor(perKeystroke.length * 0.95)], recall: recalls.reduce((a, b) => a + b, 0) / recalls.length };
    }
  }
  return results;
}
