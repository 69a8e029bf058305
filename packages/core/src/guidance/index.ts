export * from './situations.js';
export * from './prompts.js';
export * from './plan.js';
export { guidanceKind } from './kind.js';
