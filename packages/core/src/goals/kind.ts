/** How the store keeps this kind: its schema version, parser and migrations. Its own module, so an element carries only the kinds it stores. */
import type { KindSpec } from '../store/types.js';
import { GOALS_SCHEMA_VERSION } from './goals.js';
import { parseGoals } from './parse.js';

export const goalsKind: KindSpec = { schemaVersion: GOALS_SCHEMA_VERSION, parse: parseGoals, migrations: [] };
