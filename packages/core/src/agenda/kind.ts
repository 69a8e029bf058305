/** How the store keeps this kind: its schema version, parser and migrations. Its own module, so an element carries only the kinds it stores. */
import type { KindSpec } from '../store/types.js';
import { AGENDA_SCHEMA_VERSION } from './agenda.js';
import { parseAgenda } from './parse.js';

export const agendaKind: KindSpec = { schemaVersion: AGENDA_SCHEMA_VERSION, parse: parseAgenda, migrations: [] };
