/** Validates stored or imported hand-over notes, naming each problem. */
import { Checker, type ParseResult } from '../internal/validate.js';
import { HANDOVER_SCHEMA_VERSION, MAX_HANDOVER_NOTES, MAX_HANDOVER_TEXT, type HandOver } from './handover.js';

export function parseHandOver(input: unknown): ParseResult<HandOver> {
  const check = new Checker();
  const handOver = check.object(input, 'handover');
  if (!handOver) return check.result(() => input as HandOver);
  if (handOver.schemaVersion !== HANDOVER_SCHEMA_VERSION) check.fail('handover.schemaVersion', `expected ${HANDOVER_SCHEMA_VERSION}, got ${String(handOver.schemaVersion)}`);
  const meetings = new Set<number>();
  (check.array(handOver.notes, 'handover.notes', { max: MAX_HANDOVER_NOTES }) ?? []).forEach((value, i) => {
    const path = `handover.notes[${i}]`;
    const note = check.object(value, path);
    if (!note) return;
    const at = check.number(note.meetingAt, `${path}.meetingAt`, { min: 0 });
    if (at !== undefined && meetings.has(at)) check.fail(`${path}.meetingAt`, 'a second note about the same meeting');
    if (at !== undefined) meetings.add(at);
    check.number(note.writtenAt, `${path}.writtenAt`, { min: 0 });
    check.nullable(note.howItWent, (v) => check.number(v, `${path}.howItWent`, { min: 1, max: 5, integer: true }));
    check.string(note.carryOver, `${path}.carryOver`, { max: MAX_HANDOVER_TEXT });
  });
  return check.result(() => handOver as unknown as HandOver);
}
