export * from './group.js';
export * from './parse.js';
export * from './transfer.js';
export { groupKind } from './kind.js';
