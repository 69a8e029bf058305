/**
 * Quiet prompts for the facilitator at the right moment, from signals the app
 * already has (the round's times and passes, arrivals, the plan's clock, crisis
 * help opened). Pure: the same signals always give the same prompts. A prompt
 * names a situation, never a person.
 */
import { spokenMs, type Round } from '../rounds/index.js';
import type { SituationId } from './situations.js';

export interface MeetingSignals {
  /** Time each person in the running round has spoken so far (ms). */
  spokenMs: readonly number[];
  /** People in the running round who passed and have not spoken since. */
  silentPasses: number;
  /** Someone was marked here after the meeting began, since the last pause. */
  lateArrival: boolean;
  /** Someone here is at their first meeting. */
  newMember: boolean;
  /** How far the current section has run over its plan (ms; 0 when within it). */
  sectionOverMs: number;
  /** Crisis help was opened in this meeting. */
  crisisOpened: boolean;
  /** The group is reviewing its purpose (a review meeting's purpose section): a moment to ask where the group is in its life. */
  reviewUnderWay: boolean;
}

/** One voice is "far over its share" past this fraction of all the time spoken… */
export const DOMINANT_SHARE = 0.5;
/** …once at least this much has been spoken, among at least three people. */
export const DOMINANT_AFTER_MS = 3 * 60_000;
/** People passing without speaking before the group is said to be quiet. */
export const QUIET_PASSES = 3;
/** A section this far over its plan is losing focus. */
export const LONG_SECTION_MS = 5 * 60_000;

/** The situations to prompt for now, most urgent first. */
export function promptsFor(signals: MeetingSignals): SituationId[] {
  const prompts: SituationId[] = [];
  if (signals.crisisOpened) prompts.push('crisis');
  const total = signals.spokenMs.reduce((sum, ms) => sum + ms, 0);
  if (signals.spokenMs.length >= 3 && total >= DOMINANT_AFTER_MS && Math.max(...signals.spokenMs) > DOMINANT_SHARE * total) prompts.push('dominating');
  if (signals.silentPasses >= QUIET_PASSES) prompts.push('quiet');
  if (signals.newMember) prompts.push('new-member');
  if (signals.lateArrival) prompts.push('late-arrival');
  if (signals.sectionOverMs >= LONG_SECTION_MS) prompts.push('losing-focus');
  if (signals.reviewUnderWay) prompts.push('group-stage');
  return prompts;
}

/**
 * What a round says for the prompts: each speaker's time so far, and how many
 * passed and have not spoken since (a passer who comes back round and speaks
 * no longer counts).
 */
export function roundPromptSignals(round: Round, now: number): Pick<MeetingSignals, 'spokenMs' | 'silentPasses'> {
  const times = round.speakers.map((_, i) => spokenMs(round, i, now));
  const silentPasses = round.speakers.filter((s, i) => s.passes > 0 && times[i] === 0).length;
  return { spokenMs: times, silentPasses };
}
