export * from './agenda.js';
export * from './parse.js';
export { agendaKind } from './kind.js';
