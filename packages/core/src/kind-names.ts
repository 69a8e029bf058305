/**
 * The object stores every PeerKit database has, one per kind of document.
 * Names only, so a page can open the database without loading every parser.
 */
export const PEERKIT_KIND_NAMES = [
  'agenda',
  'group',
  'round',
  'checkin',
  'question-bank',
  'ground-rules',
  'purpose',
  'resources',
  'feedback-form',
  'feedback-responses',
  'handover',
  'guidance',
  'goals',
  'shared-report',
] as const;

/** The kinds a group's own record is made of (kept under its id): what its export holds and forgetting it removes. A coordinator's shared reports are apart. */
export const GROUP_KIND_NAMES = PEERKIT_KIND_NAMES.filter((kind) => kind !== 'shared-report');
