export * from './group.js';
export * from './parse.js';
