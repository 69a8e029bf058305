/**
 * What one rotating facilitator passes to the next: after a meeting, a short
 * private reflection (how it went, for them) and what to carry over, which the
 * next facilitator sees when they open the next meeting. Kept with the group's
 * own records (sealed with the lock), never in a shared report.
 */

export const HANDOVER_SCHEMA_VERSION = 1;
/** The notes kept: about a year of weekly meetings. */
export const MAX_HANDOVER_NOTES = 52;
export const MAX_HANDOVER_TEXT = 2000;

export type HowItWent = 1 | 2 | 3 | 4 | 5;

export interface HandOverNote {
  /** The meeting it is about (its start). */
  meetingAt: number;
  writtenAt: number;
  /** For the facilitator alone: 1 (hard) to 5 (went well); null when not said. */
  howItWent: HowItWent | null;
  /** For the next facilitator: what to carry over. */
  carryOver: string;
}

export interface HandOver {
  schemaVersion: typeof HANDOVER_SCHEMA_VERSION;
  notes: HandOverNote[];
}

export function emptyHandOver(): HandOver {
  return { schemaVersion: HANDOVER_SCHEMA_VERSION, notes: [] };
}

/** Writes (or rewrites) the note about one meeting; the oldest go past the limit. A note with nothing in it removes that meeting's note. */
export function writeHandOver(handOver: HandOver, meetingAt: number, note: { howItWent: HowItWent | null; carryOver: string }, now: number): HandOver {
  const carryOver = note.carryOver.trim().slice(0, MAX_HANDOVER_TEXT);
  const others = handOver.notes.filter((n) => n.meetingAt !== meetingAt);
  if (carryOver === '' && note.howItWent === null) return { ...handOver, notes: others };
  const notes = [...others, { meetingAt, writtenAt: now, howItWent: note.howItWent, carryOver }].sort((a, b) => a.meetingAt - b.meetingAt);
  return { ...handOver, notes: notes.slice(-MAX_HANDOVER_NOTES) };
}

/** What the last facilitator carried over to a meeting starting after `before` (the newest note with words in it). */
export function handOverFor(handOver: HandOver, before: number): HandOverNote | undefined {
  return handOver.notes.filter((n) => n.meetingAt < before && n.carryOver !== '').at(-1);
}
