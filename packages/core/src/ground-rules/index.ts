export * from './templates.js';
export * from './rules.js';
export * from './export.js';
export * from './parse.js';
export { groundRulesKind } from './kind.js';
