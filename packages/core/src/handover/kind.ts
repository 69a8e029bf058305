/** How the store keeps this kind: its schema version, parser and migrations. Its own module, so an element carries only the kinds it stores. */
import type { KindSpec } from '../store/types.js';
import { HANDOVER_SCHEMA_VERSION } from './handover.js';
import { parseHandOver } from './parse.js';

export const handOverKind: KindSpec = { schemaVersion: HANDOVER_SCHEMA_VERSION, parse: parseHandOver, migrations: [] };
