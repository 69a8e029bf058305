export * from './agenda.js';
export * from './parse.js';
