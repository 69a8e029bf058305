export * from './goals.js';
export * from './parse.js';
export { goalsKind } from './kind.js';
