/** The kinds of document PeerKit keeps, each with its parser and migrations. */
import { parseRound, ROUND_SCHEMA_VERSION } from './rounds/index.js';
import type { KindTable } from './store/index.js';

export const PEERKIT_KINDS = {
  round: { schemaVersion: ROUND_SCHEMA_VERSION, parse: parseRound, migrations: [] },
} satisfies KindTable;

export type PeerKitKind = keyof typeof PEERKIT_KINDS;
