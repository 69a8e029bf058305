export * from './resource.js';
export * from './search.js';
export * from './parse.js';
export * from './hsds.js';
export * from './csv.js';
export { resourcesKind } from './kind.js';
export * from './crisis-lines.js';
