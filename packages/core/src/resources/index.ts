export * from './resource.js';
export * from './search.js';
export * from './parse.js';
export { resourcesKind } from './kind.js';
