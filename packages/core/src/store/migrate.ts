import type { KindSpec } from './types.js';

/** Runs the migrations that take data from `fromVersion` to the kind's current version. */
export function migrate(data: unknown, fromVersion: number, spec: KindSpec): unknown {
  let result = data;
  for (let version = fromVersion; version < spec.schemaVersion; version++) {
    const step = spec.migrations[version - 1];
    if (!step) throw new Error(`No migration from schema ${version} to ${version + 1}.`);
    result = step(result);
  }
  return result;
}
