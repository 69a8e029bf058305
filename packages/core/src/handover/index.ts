export * from './handover.js';
export * from './parse.js';
export { handOverKind } from './kind.js';
