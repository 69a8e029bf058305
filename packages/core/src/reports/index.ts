export * from './shared.js';
export * from './figures.js';
export * from './parse.js';
export * from './csv.js';
export { sharedReportKind } from './kind.js';
export * from './programme.js';
