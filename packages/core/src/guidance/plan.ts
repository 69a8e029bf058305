/**
 * What a group decides for itself about the hard moments: its crisis plan's
 * steps (who stays with the person, who calls, who tells the coordinator) and
 * its own notes on any situation. Kept under the group's id with its other
 * records (sealed with the lock, in the group's file), never shown on the
 * presenter screen or in a shared report.
 */
import { Checker, type ParseResult } from '../internal/validate.js';
import { SITUATION_IDS, type SituationId } from './situations.js';

export const GUIDANCE_SCHEMA_VERSION = 2;
export const MAX_PLAN_STEPS = 12;
export const MAX_GUIDANCE_TEXT = 1000;

export interface GroupGuidance {
  schemaVersion: typeof GUIDANCE_SCHEMA_VERSION;
  /** The crisis plan, in order: one step a line. */
  crisisPlan: string[];
  /** The group's own words on a situation, shown with PeerKit's. */
  notes: Partial<Record<SituationId, string>>;
  /** Situations whose quiet prompts the group turned off ("Not for this group"): ids, never names. */
  muted: SituationId[];
}

export function emptyGuidance(): GroupGuidance {
  return { schemaVersion: GUIDANCE_SCHEMA_VERSION, crisisPlan: [], notes: {}, muted: [] };
}

/** Version 1 kept muted prompts in one browser, not with the group: none yet. */
export function migrateGuidanceV1(data: unknown): unknown {
  return { ...(data as object), schemaVersion: 2, muted: [] };
}

/** The group turns a situation's prompt off (or on again). */
export function muteSituation(guidance: GroupGuidance, id: SituationId, muted = true): GroupGuidance {
  const others = guidance.muted.filter((m) => m !== id);
  return { ...guidance, muted: muted ? [...others, id] : others };
}

/** The plan from text typed one step a line: blank lines dropped, each step trimmed, at most twelve. */
export function setCrisisPlan(guidance: GroupGuidance, text: string): GroupGuidance {
  const steps = text
    .split('\n')
    .map((line) => line.trim().slice(0, MAX_GUIDANCE_TEXT))
    .filter(Boolean)
    .slice(0, MAX_PLAN_STEPS);
  return { ...guidance, crisisPlan: steps };
}

/** The group's note on a situation; an empty one removes it. */
export function setSituationNote(guidance: GroupGuidance, id: SituationId, text: string): GroupGuidance {
  const { [id]: _old, ...others } = guidance.notes;
  const note = text.trim().slice(0, MAX_GUIDANCE_TEXT);
  return { ...guidance, notes: note ? { ...others, [id]: note } : others };
}

export function parseGroupGuidance(input: unknown): ParseResult<GroupGuidance> {
  const check = new Checker();
  const guidance = check.object(input, 'guidance');
  if (!guidance) return check.result(() => input as GroupGuidance);
  if (guidance.schemaVersion !== GUIDANCE_SCHEMA_VERSION) check.fail('guidance.schemaVersion', `expected ${GUIDANCE_SCHEMA_VERSION}, got ${String(guidance.schemaVersion)}`);
  (check.array(guidance.crisisPlan, 'guidance.crisisPlan', { max: MAX_PLAN_STEPS }) ?? []).forEach((step, i) =>
    check.string(step, `guidance.crisisPlan[${i}]`, { nonEmpty: true, max: MAX_GUIDANCE_TEXT }),
  );
  const notes = check.object(guidance.notes, 'guidance.notes');
  for (const [id, note] of Object.entries(notes ?? {})) {
    if (!(SITUATION_IDS as readonly string[]).includes(id)) check.fail(`guidance.notes.${id}`, 'is not a situation PeerKit knows');
    check.string(note, `guidance.notes.${id}`, { nonEmpty: true, max: MAX_GUIDANCE_TEXT });
  }
  const muted = new Set<string>();
  (check.array(guidance.muted, 'guidance.muted', { max: SITUATION_IDS.length }) ?? []).forEach((id, i) => {
    const path = `guidance.muted[${i}]`;
    const value = check.oneOf(id, path, SITUATION_IDS);
    if (value !== undefined && muted.has(value)) check.fail(path, `"${value}" appears twice`);
    if (value !== undefined) muted.add(value);
  });
  return check.result(() => guidance as unknown as GroupGuidance);
}
