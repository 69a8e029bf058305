/** How the store keeps this kind: its schema version, parser and migrations. Its own module, so an element carries only the kinds it stores. */
import type { KindSpec } from '../store/types.js';
import { GROUP_SCHEMA_VERSION, migrateGroupV1, migrateGroupV2, migrateGroupV3, migrateGroupV4 } from './group.js';
import { parseGroup } from './parse.js';

export const groupKind: KindSpec = { schemaVersion: GROUP_SCHEMA_VERSION, parse: parseGroup, migrations: [migrateGroupV1, migrateGroupV2, migrateGroupV3, (data) => migrateGroupV4(data)] };
