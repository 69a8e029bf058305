export * from './round.js';
export * from './order.js';
export * from './commands.js';
export * from './view.js';
export * from './parse.js';
export { roundKind } from './kind.js';
