/** How the store keeps this kind: its schema version, parser and migrations. Its own module, so an element carries only the kinds it stores. */
import type { KindSpec } from '../store/types.js';
import { parsePurpose } from './parse.js';
import { PURPOSE_SCHEMA_VERSION } from './purpose.js';

export const purposeKind: KindSpec = { schemaVersion: PURPOSE_SCHEMA_VERSION, parse: parsePurpose, migrations: [] };
