/**
 * Search people expect from a directory: every word typed must match a word
 * of the record — in its name, organisation, description, categories,
 * keywords, address, city, postcode, phone numbers or languages — from its
 * start, or whole with a typo (one edit for words of 4+ letters, two for 8+).
 * Case and accents are ignored. Crisis lines come first, then name matches,
 * then the rest by how close the match was.
 *
 * The index is an inverted one over a sorted vocabulary: prefixes are a
 * binary search, typos a walk of the vocabulary that shares its work across
 * words with a common start (a trie's walk, without the trie's objects) and
 * skips every word under a start already too far off.
 */
import { fold } from '../internal/fold.js';
import { addressLine, isOpenNow, type Resource } from './resource.js';

export interface ResourceFilter {
  query?: string;
  category?: string;
  language?: string;
  openNow?: boolean;
  crisisOnly?: boolean;
  /** The IANA time zone of the list's opening hours, for `openNow`. */
  timeZone?: string;
}

/** Where a word was found, best first: a match in the name counts most. */
const Field = {
  Name: 0,
  Title: 1, // organisation, categories, keywords
  Body: 2, // description, address, phones, languages
} as const;
type Field = (typeof Field)[keyof typeof Field];
const FIELD_WEIGHT = [3, 2, 1];

const ASCII_WORD = /[a-z0-9]+/g;
const DIGITS = /^\d+$/;
const ANY_WORD = /[\p{L}\p{N}]+/gu;

/** Calls `found` with each word of a text, folded; plain ASCII (most of any directory) skips the costly Unicode steps. */
function eachWord(text: string, found: (word: string) => void): void {
  // eslint-disable-next-line no-control-regex
  const ascii = !/[^\x00-\x7f]/.test(text);
  const pattern = ascii ? ASCII_WORD : ANY_WORD;
  const folded = ascii ? text.toLowerCase() : fold(text);
  pattern.lastIndex = 0;
  for (let match = pattern.exec(folded); match; match = pattern.exec(folded)) found(match[0]);
}

function wordsOf(text: string): string[] {
  const words: string[] = [];
  eachWord(text, (word) => words.push(word));
  return words;
}

/**
 * A number as people type it: the digits run together from each group on, so
 * "+52 800 911 2000" is found by 52800…, 8009112000 (without the country code), 911 or 2000.
 */
function eachPhoneWord(number: string, found: (word: string) => void): void {
  const groups = number.split(/\D+/).filter(Boolean);
  for (let i = 0; i < groups.length; i++) found(groups.slice(i).join(''));
}

/** Each word of a record with the field it is in, best field first (a word found twice keeps the better). */
function eachRecordWord(r: Resource, found: (word: string, field: Field) => void): void {
  eachWord(r.name, (word) => found(word, Field.Name));
  const title = (word: string) => found(word, Field.Title);
  eachWord(r.organization, title);
  for (const text of r.categories) eachWord(text, title);
  for (const text of r.keywords) eachWord(text, title);
  const body = (word: string) => found(word, Field.Body);
  eachWord(r.description, body);
  if (r.address) eachWord(addressLine(r.address), body);
  for (const text of r.languages) eachWord(text, body);
  for (const phone of r.phones) eachPhoneWord(phone.number, body);
}

/** The built index; treat as opaque. */
export interface SearchIndex {
  readonly resources: readonly Resource[];
  /** Every distinct word, sorted by code unit. */
  readonly vocabulary: readonly string[];
  /** For vocabulary[i], the records holding it: record index × 4 + field. */
  readonly postings: readonly (readonly number[])[];
  /** Each record's place in name order, to break ties without comparing strings. */
  readonly nameRank: Int32Array;
  /** Record indexes in name order (the inverse of nameRank). */
  readonly byName: Int32Array;
  /** Record indexes in the order shown when nothing is typed. */
  readonly defaultOrder: Int32Array;
  /**
   * Numbers outside names (phones, postcodes, street numbers), kept out of the
   * vocabulary, where each would be a word of its own: " 5280091120 110311 …" per
   * record, searched by position, with where each record's part starts.
   */
  readonly numbers: string;
  readonly numberStarts: Int32Array;
}

const RECORDS_PER_STEP = 250;

/**
 * The index built as a series of small steps (a few hundred records, or one
 * letter's words to sort), so a caller can stop between them and let the page
 * breathe. Yields nothing of use until its return value, the index.
 */
export function* indexSteps(resources: readonly Resource[]): Generator<void, SearchIndex, void> {
  const table = new Map<string, number[]>();
  const numbers: string[] = [];
  const numberStarts = new Int32Array(resources.length + 1);
  let numberLength = 0;
  for (let start = 0; start < resources.length; start += RECORDS_PER_STEP) {
    const end = Math.min(resources.length, start + RECORDS_PER_STEP);
    for (let record = start; record < end; record++) {
      const base = record * 4;
      numberStarts[record] = numberLength;
      eachRecordWord(resources[record] as Resource, (word, field) => {
        if (field !== Field.Name && DIGITS.test(word)) {
          numbers.push(word);
          numberLength += word.length + 1;
          return;
        }
        const list = table.get(word);
        if (!list) table.set(word, [base + field]);
        // The same word again in this record, in the same or a worse field: already counted.
        else if (((list[list.length - 1] as number) >> 2) !== record) list.push(base + field);
      });
    }
    yield;
  }
  numberStarts[resources.length] = numberLength;
  // Sorted one first letter at a time, so no single step sorts the whole vocabulary.
  const byLetter = new Map<number, string[]>();
  for (const word of table.keys()) {
    const letter = word.charCodeAt(0);
    const bucket = byLetter.get(letter);
    if (bucket) bucket.push(word);
    else byLetter.set(letter, [word]);
  }
  yield;
  const vocabulary: string[] = [];
  for (const letter of [...byLetter.keys()].sort((a, b) => a - b)) {
    for (const word of (byLetter.get(letter) as string[]).sort()) vocabulary.push(word);
    yield;
  }
  const postings = vocabulary.map((w) => table.get(w) as number[]);
  const names = resources.map((r) => fold(r.name));
  const byName = Int32Array.from(resources.keys()).sort((a, b) => ((names[a] as string) < (names[b] as string) ? -1 : (names[a] as string) > (names[b] as string) ? 1 : a - b));
  yield;
  const nameRank = new Int32Array(resources.length);
  byName.forEach((record, rank) => (nameRank[record] = rank));
  const tier = Int8Array.from(resources, baseTier);
  const defaultOrder = byName.slice().sort((a, b) => (tier[a] as number) - (tier[b] as number) || (nameRank[a] as number) - (nameRank[b] as number));
  return { resources, vocabulary, postings, nameRank, byName, defaultOrder, numbers: numbers.length > 0 ? ` ${numbers.join(' ')}` : '', numberStarts };
}

export function buildIndex(resources: readonly Resource[]): SearchIndex {
  const steps = indexSteps(resources);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Builds the index in slices of about `sliceMs`, giving the main thread back
 * between them so typing never waits on it. Abort to stop (the list changed).
 */
export async function buildIndexInSlices(resources: readonly Resource[], { sliceMs = 8, signal }: { sliceMs?: number; signal?: AbortSignal } = {}): Promise<SearchIndex> {
  const steps = indexSteps(resources);
  for (;;) {
    const until = performance.now() + sliceMs;
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      if (performance.now() >= until) break;
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
    signal?.throwIfAborted();
  }
}

/** Retired records last; with nothing typed, crisis lines then favourites first. */
function baseTier(r: Resource): number {
  return r.status === 'inactive' || r.status === 'defunct' ? 3 : r.crisis ? 0 : r.favourite ? 1 : 2;
}

/** Edits allowed for a typed word: none under 4 letters (or for numbers), one from 4, two from 8. */
export function typosAllowed(term: string): number {
  if (/\d/.test(term)) return 0;
  return term.length >= 8 ? 2 : term.length >= 4 ? 1 : 0;
}

/** The first place in `starts` holding a value above `at`. */
function upperBound(starts: Int32Array, at: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((starts[mid] as number) <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function lowerBound(vocabulary: readonly string[], word: string, from = 0): number {
  let lo = from;
  let hi = vocabulary.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((vocabulary[mid] as string) < word) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Calls `found(i, distance)` for each vocabulary word within `maxDistance`
 * edits (Levenshtein) of `term`. Rows of the edit table are kept per depth and
 * reused while words share a start; a start whose best cell is already over
 * the limit skips every word beneath it.
 */
function withinEdits(vocabulary: readonly string[], term: string, maxDistance: number, found: (i: number, distance: number) => void): void {
  const width = term.length + 1;
  const maxDepth = term.length + maxDistance;
  const rows = new Int32Array((maxDepth + 1) * width);
  for (let j = 0; j < width; j++) rows[j] = j;
  let previous = '';
  let i = 0;
  while (i < vocabulary.length) {
    const word = vocabulary[i] as string;
    let shared = 0;
    const limit = Math.min(previous.length, word.length, maxDepth);
    while (shared < limit && previous.charCodeAt(shared) === word.charCodeAt(shared)) shared++;
    previous = word;
    let depth = shared;
    let pruned = false;
    const last = Math.min(word.length, maxDepth);
    while (depth < last) {
      depth++;
      const row = depth * width;
      const above = row - width;
      const ch = word.charCodeAt(depth - 1);
      rows[row] = depth;
      let best = depth;
      for (let j = 1; j < width; j++) {
        const cost = term.charCodeAt(j - 1) === ch ? 0 : 1;
        const value = Math.min((rows[above + j] as number) + 1, (rows[row + j - 1] as number) + 1, (rows[above + j - 1] as number) + cost);
        rows[row + j] = value;
        if (value < best) best = value;
      }
      if (best > maxDistance) {
        // No word that starts like this can come back within the limit.
        const start = word.slice(0, depth);
        i = lowerBound(vocabulary, `${start}\uffff`, i + 1);
        previous = start;
        pruned = true;
        break;
      }
    }
    if (pruned) continue;
    if (word.length <= maxDepth) {
      const distance = rows[word.length * width + term.length] as number;
      if (distance <= maxDistance) found(i, distance);
    }
    i++;
  }
}

/** How well a vocabulary word answers a typed one: whole > start of a word > one typo > two. */
function matchQuality(term: string, word: string, distance: number): number {
  if (distance > 0) return distance === 1 ? 0.5 : 0.3;
  return word.length === term.length ? 1 : 0.6 + 0.4 * (term.length / word.length);
}

/** Reused between searches of one size, so a keystroke allocates next to nothing. */
let scratch: { size: number; total: Float64Array; termBest: Float64Array; matched: Int32Array; nameHit: Uint8Array } | undefined;
function scratchFor(size: number) {
  if (!scratch || scratch.size !== size) {
    scratch = { size, total: new Float64Array(size), termBest: new Float64Array(size), matched: new Int32Array(size), nameHit: new Uint8Array(size) };
  }
  return scratch;
}

/** Records matching every typed word, each with its score and whether its name matched. */
function matchTerms(index: SearchIndex, terms: string[]): { records: number[]; total: Float64Array; nameHit: Uint8Array } {
  const { total, termBest, matched, nameHit } = scratchFor(index.resources.length);
  let candidates: number[] = [];
  terms.forEach((term, t) => {
    const touched: number[] = [];
    const hit = (record: number, field: number, quality: number) => {
      // Only records that matched every word before this one can still match.
      if (matched[record] !== t) return;
      const score = quality * (FIELD_WEIGHT[field] as number);
      if (termBest[record] === 0) touched.push(record);
      if (score > (termBest[record] as number)) termBest[record] = score;
      if (field === Field.Name) nameHit[record] = 1;
    };
    const consider = (wordIndex: number, quality: number) => {
      const list = index.postings[wordIndex] as readonly number[];
      for (let k = 0; k < list.length; k++) hit((list[k] as number) >> 2, (list[k] as number) & 3, quality);
    };
    const { vocabulary } = index;
    for (let i = lowerBound(vocabulary, term); i < vocabulary.length && (vocabulary[i] as string).startsWith(term); i++) consider(i, matchQuality(term, vocabulary[i] as string, 0));
    const typos = typosAllowed(term);
    if (typos > 0) withinEdits(vocabulary, term, typos, (i, distance) => distance > 0 && consider(i, matchQuality(term, vocabulary[i] as string, distance)));
    if (DIGITS.test(term)) {
      // A number matches the start of any number of the record's (so 911 finds +52 800 911 2000 too).
      const { numbers, numberStarts } = index;
      for (let at = numbers.indexOf(` ${term}`); at !== -1; ) {
        const record = upperBound(numberStarts, at) - 1;
        hit(record, Field.Body, 0.8);
        at = numbers.indexOf(` ${term}`, numberStarts[record + 1]);
      }
    }
    candidates = touched;
    for (const record of touched) {
      matched[record] = t + 1;
      total[record] = (t === 0 ? 0 : (total[record] as number)) + (termBest[record] as number);
      termBest[record] = 0;
    }
  });
  // Leave the scratch clean for the next search.
  const records = candidates.filter((r) => matched[r] === terms.length);
  const result = { records, total: Float64Array.from(records, (r) => total[r] as number), nameHit: Uint8Array.from(records, (r) => nameHit[r] as number) };
  matched.fill(0);
  nameHit.fill(0);
  return result;
}

export function searchResources(index: SearchIndex, filter: ResourceFilter, now: Date = new Date()): Resource[] {
  const terms = [...new Set(wordsOf(filter.query ?? ''))];
  const category = filter.category ? fold(filter.category) : undefined;
  const language = filter.language ? fold(filter.language) : undefined;
  const keep = (r: Resource) =>
    !(filter.crisisOnly && !r.crisis) &&
    !(category && !r.categories.some((c) => fold(c) === category)) &&
    !(language && !r.languages.some((l) => fold(l) === language)) &&
    !(filter.openNow && !isOpenNow(r, now, filter.timeZone));
  const { resources } = index;
  if (terms.length === 0) {
    const shown: Resource[] = [];
    for (const record of index.defaultOrder) if (keep(resources[record] as Resource)) shown.push(resources[record] as Resource);
    return shown;
  }
  const { records, total, nameHit } = matchTerms(index, terms);
  // One number per result sorts as: tier, then score (higher first), then name.
  // Tiers: crisis lines, name matches, the rest, retired records.
  const keys = new Float64Array(records.length);
  const kept: number[] = [];
  records.forEach((record, k) => {
    const r = resources[record] as Resource;
    if (!keep(r)) return;
    const retired = r.status === 'inactive' || r.status === 'defunct';
    const tier = retired ? 3 : r.crisis ? 0 : nameHit[k] ? 1 : 2;
    const score = Math.min(65_535, Math.round((total[k] as number) * 1000));
    keys[kept.length] = ((tier * 65_536 + (65_535 - score)) * 2 + (r.favourite ? 0 : 1)) * 2 ** 21 + (index.nameRank[record] as number);
    kept.push(record);
  });
  return Array.from(keys.subarray(0, kept.length).sort(), (key) => resources[index.byName[key % 2 ** 21] as number] as Resource);
}
