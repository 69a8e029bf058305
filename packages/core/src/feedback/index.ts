export * from './form.js';
export * from './responses.js';
export * from './templates.js';
export * from './csv.js';
export * from './parse.js';
export { feedbackFormKind, feedbackResponsesKind } from './kind.js';
