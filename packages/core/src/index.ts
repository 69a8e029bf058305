/**
 * @peerkit/core — models of a peer support group's practices as plain data
 * plus pure functions, and their storage in IndexedDB.
 */
export * from './rounds/index.js';
export * from './checkin/index.js';
export * from './ground-rules/index.js';
export * from './purpose/index.js';
export * from './feedback/index.js';
export * from './resources/index.js';
export * from './group/index.js';
export * from './reports/index.js';
export * from './agenda/index.js';
export * from './store/index.js';
export * from './guidance/index.js';
export * from './handover/index.js';
export * from './goals/index.js';
export { PEERKIT_KINDS, type PeerKitKind } from './kinds.js';
export { PEERKIT_KIND_NAMES } from './kind-names.js';
export { ValidationError, LIMITS, type ParseResult } from './internal/validate.js';
export { plainDataProblems, OUTSIDE_LIMITS } from './internal/outside-data.js';
export { isRandomId, randomId } from './internal/ids.js';
export { localDay, deviceTimeZone, isCalendarDay, formatDay } from './internal/days.js';
