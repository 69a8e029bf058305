/** How the store keeps check-ins and question banks. Its own module, so an element carries only the kinds it stores. */
import type { KindSpec } from '../store/types.js';
import { BANK_SCHEMA_VERSION } from './bank.js';
import { CHECKIN_SCHEMA_VERSION } from './checkin.js';
import { parseCheckin, parseQuestionBank } from './parse.js';

export const checkinKind: KindSpec = { schemaVersion: CHECKIN_SCHEMA_VERSION, parse: parseCheckin, migrations: [] };
export const questionBankKind: KindSpec = { schemaVersion: BANK_SCHEMA_VERSION, parse: parseQuestionBank, migrations: [] };
