// Records for e2e tests, made with the core as npm run build leaves it (test:e2e builds first).
import { blankResource } from '../../packages/core/dist/index.js';

/** An invented resource record (the number reaches no one), with the fields a test sets. */
export function inventedResource(id, fields) {
  return { ...blankResource(id), organization: 'Sample organisation (invented)', name: id, description: 'Invented for the test.', ...fields };
}
