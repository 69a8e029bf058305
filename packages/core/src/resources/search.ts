/**
 * Search people expect: every word typed matches the start of a word in the
 * name, organisation, description or categories, ignoring case and accents.
 * Filters by category, language, open now and crisis. Crisis lines come first.
 */
import { isOpenNow, type Resource } from './resource.js';

export interface ResourceFilter {
  query?: string;
  category?: string;
  language?: string;
  openNow?: boolean;
  crisisOnly?: boolean;
}

const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
const words = (text: string) => fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** Folded words per record, built once so 10,000 records filter within a frame. */
export interface SearchIndex {
  resources: readonly Resource[];
  words: readonly string[][];
}

export function buildIndex(resources: readonly Resource[]): SearchIndex {
  return {
    resources,
    words: resources.map((r) => words([r.name, r.organization, r.description, ...r.categories].join(' '))),
  };
}

export function searchResources(index: SearchIndex, filter: ResourceFilter, now: Date = new Date()): Resource[] {
  const terms = words(filter.query ?? '');
  const category = filter.category ? fold(filter.category) : undefined;
  const language = filter.language ? fold(filter.language) : undefined;
  const found: Resource[] = [];
  index.resources.forEach((resource, i) => {
    if (filter.crisisOnly && !resource.crisis) return;
    if (category && !resource.categories.some((c) => fold(c) === category)) return;
    if (language && !resource.languages.some((l) => fold(l) === language)) return;
    if (filter.openNow && !isOpenNow(resource, now)) return;
    const recordWords = index.words[i] ?? [];
    if (!terms.every((term) => recordWords.some((w) => w.startsWith(term)))) return;
    found.push(resource);
  });
  // Crisis lines first, then favourites, then by name; retired records last.
  const rank = (r: Resource) => (r.status === 'inactive' ? 3 : r.crisis ? 0 : r.favourite ? 1 : 2);
  return found.sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
}
