/** How the store keeps this kind: its schema version, parser and migrations. Its own module, so an element carries only the kinds it stores. */
import type { KindSpec } from '../store/types.js';
import { parseResourceList } from './parse.js';
import { RESOURCES_SCHEMA_VERSION, migrateResourcesV1 } from './resource.js';

export const resourcesKind: KindSpec = { schemaVersion: RESOURCES_SCHEMA_VERSION, parse: parseResourceList, migrations: [migrateResourcesV1] };
