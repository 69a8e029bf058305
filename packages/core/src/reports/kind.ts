/** How the store keeps the shared reports a coordinator brings in: one per group, the newest. Its own module, so an element carries only the kinds it stores. */
import type { KindSpec } from '../store/types.js';
import { parseSharedReport } from './parse.js';
import { migrateReportV1, REPORT_FORMAT_VERSION } from './shared.js';

export const sharedReportKind: KindSpec = { schemaVersion: REPORT_FORMAT_VERSION, parse: parseSharedReport, migrations: [migrateReportV1] };
