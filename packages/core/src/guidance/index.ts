export * from './situations.js';
export * from './prompts.js';
