/** How the store keeps this kind: its schema version, parser and migrations. Its own module, so an element carries only the kinds it stores. */
import type { KindSpec } from '../store/types.js';
import { parseRound } from './parse.js';
import { ROUND_SCHEMA_VERSION } from './round.js';

export const roundKind: KindSpec = { schemaVersion: ROUND_SCHEMA_VERSION, parse: parseRound, migrations: [] };
