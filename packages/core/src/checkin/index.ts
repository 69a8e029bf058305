export * from './bank.js';
export * from './checkin.js';
export * from './parse.js';
export { BUILT_IN_QUESTIONS } from './questions.js';
export { checkinKind, questionBankKind } from './kind.js';
