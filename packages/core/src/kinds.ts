/** The kinds of document PeerKit keeps, each with its parser and migrations. */
import { BANK_SCHEMA_VERSION, CHECKIN_SCHEMA_VERSION, parseCheckin, parseQuestionBank } from './checkin/index.js';
import { parseRuleSet } from './ground-rules/parse.js';
import { RULES_SCHEMA_VERSION } from './ground-rules/rules.js';
import { parseForm, parseResponseLog } from './feedback/parse.js';
import { FORM_SCHEMA_VERSION } from './feedback/form.js';
import { RESPONSES_SCHEMA_VERSION } from './feedback/responses.js';
import { parseAgenda } from './agenda/parse.js';
import { AGENDA_SCHEMA_VERSION } from './agenda/agenda.js';
import { parseGroup } from './group/parse.js';
import { GROUP_SCHEMA_VERSION, migrateGroupV1 } from './group/group.js';
import { parsePurpose } from './purpose/parse.js';
import { parseResourceList } from './resources/parse.js';
import { RESOURCES_SCHEMA_VERSION } from './resources/resource.js';
import { PURPOSE_SCHEMA_VERSION } from './purpose/purpose.js';
import { parseRound, ROUND_SCHEMA_VERSION } from './rounds/index.js';
import type { KindSpec, KindTable } from './store/index.js';

// One spec per kind, so an element's bundle carries only the parsers it uses.
export const agendaKind: KindSpec = { schemaVersion: AGENDA_SCHEMA_VERSION, parse: parseAgenda, migrations: [] };
export const groupKind: KindSpec = { schemaVersion: GROUP_SCHEMA_VERSION, parse: parseGroup, migrations: [migrateGroupV1] };
export const roundKind: KindSpec = { schemaVersion: ROUND_SCHEMA_VERSION, parse: parseRound, migrations: [] };
export const checkinKind: KindSpec = { schemaVersion: CHECKIN_SCHEMA_VERSION, parse: parseCheckin, migrations: [] };
export const questionBankKind: KindSpec = { schemaVersion: BANK_SCHEMA_VERSION, parse: parseQuestionBank, migrations: [] };
export const groundRulesKind: KindSpec = { schemaVersion: RULES_SCHEMA_VERSION, parse: parseRuleSet, migrations: [] };
export const purposeKind: KindSpec = { schemaVersion: PURPOSE_SCHEMA_VERSION, parse: parsePurpose, migrations: [] };
export const resourcesKind: KindSpec = { schemaVersion: RESOURCES_SCHEMA_VERSION, parse: parseResourceList, migrations: [] };
export const feedbackFormKind: KindSpec = { schemaVersion: FORM_SCHEMA_VERSION, parse: parseForm, migrations: [] };
// Checked against their form by the element before saving; here, shape and day-only dates.
export const feedbackResponsesKind: KindSpec = { schemaVersion: RESPONSES_SCHEMA_VERSION, parse: (data: unknown) => parseResponseLog(data), migrations: [] };

/** Every kind with its parser: for the app, and for import and export of everything. */
export const PEERKIT_KINDS = {
  agenda: agendaKind,
  group: groupKind,
  round: roundKind,
  checkin: checkinKind,
  'question-bank': questionBankKind,
  'ground-rules': groundRulesKind,
  purpose: purposeKind,
  resources: resourcesKind,
  'feedback-form': feedbackFormKind,
  'feedback-responses': feedbackResponsesKind,
} satisfies KindTable;

export type PeerKitKind = keyof typeof PEERKIT_KINDS;
