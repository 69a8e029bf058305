export * from './resource.js';
export * from './search.js';
export * from './parse.js';
export * from './hsds.js';
export * from './csv.js';
export { readResourcesInSteps, RECORDS_PER_STEP } from './steps.js';
export { resourcesKind } from './kind.js';
export * from './crisis-lines.js';
