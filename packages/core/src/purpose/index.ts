export * from './themes.js';
export * from './purpose.js';
export * from './parse.js';
export { purposeKind } from './kind.js';
export { partsOfSpeech, nounPhrase, type PartOfSpeech, type NounPhrase } from './lexicon.js';
