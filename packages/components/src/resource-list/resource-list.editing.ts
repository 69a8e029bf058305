/**
 * What only editing and files need (HSDS, CSV, the national crisis lines):
 * loaded the first time a list is edited, imported or exported, so a page
 * that only shows a list never fetches it.
 */
export { CRISIS_LINE_COUNTRIES, crisisLinesFor, fromHsds, readResourcesInSteps, resourcesFromCsv, resourcesToCsv, toHsds } from '@peerkit/core';
