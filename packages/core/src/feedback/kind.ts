/** How the store keeps feedback forms and responses. Its own module, so an element carries only the kinds it stores. */
import type { KindSpec } from '../store/types.js';
import { FORM_SCHEMA_VERSION } from './form.js';
import { parseForm, parseResponseLog } from './parse.js';
import { RESPONSES_SCHEMA_VERSION } from './responses.js';

export const feedbackFormKind: KindSpec = { schemaVersion: FORM_SCHEMA_VERSION, parse: parseForm, migrations: [] };
// Checked against their form by the element before saving; here, shape and day-only dates.
export const feedbackResponsesKind: KindSpec = { schemaVersion: RESPONSES_SCHEMA_VERSION, parse: (data: unknown) => parseResponseLog(data), migrations: [] };
