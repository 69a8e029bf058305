/** How the store keeps this kind: its schema version, parser and migrations. Its own module, so an element carries only the kinds it stores. */
import type { KindSpec } from '../store/types.js';
import { GUIDANCE_SCHEMA_VERSION, migrateGuidanceV1, parseGroupGuidance } from './plan.js';

export const guidanceKind: KindSpec = { schemaVersion: GUIDANCE_SCHEMA_VERSION, parse: parseGroupGuidance, migrations: [migrateGuidanceV1] };
