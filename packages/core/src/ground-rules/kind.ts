/** How the store keeps this kind: its schema version, parser and migrations. Its own module, so an element carries only the kinds it stores. */
import type { KindSpec } from '../store/types.js';
import { parseRuleSet } from './parse.js';
import { RULES_SCHEMA_VERSION } from './rules.js';

export const groundRulesKind: KindSpec = { schemaVersion: RULES_SCHEMA_VERSION, parse: parseRuleSet, migrations: [] };
