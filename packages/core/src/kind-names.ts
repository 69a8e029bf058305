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
] as const;
