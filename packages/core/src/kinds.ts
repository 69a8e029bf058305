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
import { GROUP_SCHEMA_VERSION } from './group/group.js';
import { parsePurpose } from './purpose/parse.js';
import { parseResourceList } from './resources/parse.js';
import { RESOURCES_SCHEMA_VERSION } from './resources/resource.js';
import { PURPOSE_SCHEMA_VERSION } from './purpose/purpose.js';
import { parseRound, ROUND_SCHEMA_VERSION } from './rounds/index.js';
import type { KindTable } from './store/index.js';

export const PEERKIT_KINDS = {
  agenda: { schemaVersion: AGENDA_SCHEMA_VERSION, parse: parseAgenda, migrations: [] },
  group: { schemaVersion: GROUP_SCHEMA_VERSION, parse: parseGroup, migrations: [] },
  round: { schemaVersion: ROUND_SCHEMA_VERSION, parse: parseRound, migrations: [] },
  checkin: { schemaVersion: CHECKIN_SCHEMA_VERSION, parse: parseCheckin, migrations: [] },
  'question-bank': { schemaVersion: BANK_SCHEMA_VERSION, parse: parseQuestionBank, migrations: [] },
  'ground-rules': { schemaVersion: RULES_SCHEMA_VERSION, parse: parseRuleSet, migrations: [] },
  purpose: { schemaVersion: PURPOSE_SCHEMA_VERSION, parse: parsePurpose, migrations: [] },
  resources: { schemaVersion: RESOURCES_SCHEMA_VERSION, parse: parseResourceList, migrations: [] },
  'feedback-form': { schemaVersion: FORM_SCHEMA_VERSION, parse: parseForm, migrations: [] },
  // Checked against their form by the element before saving; here, shape and day-only dates.
  'feedback-responses': { schemaVersion: RESPONSES_SCHEMA_VERSION, parse: (data: unknown) => parseResponseLog(data), migrations: [] },
} satisfies KindTable;

export type PeerKitKind = keyof typeof PEERKIT_KINDS;
