/** Validates a round from storage, an import or another tab before anything uses it. */
import { Checker, LIMITS, type ParseResult } from '../internal/validate.js';
import {
  OVERTIME_POLICIES,
  ROUND_PHASES,
  ROUND_SCHEMA_VERSION,
  SPEAKER_STATUSES,
  type Round,
  type RoundSettings,
  type Speaker,
  type Timing,
} from './round.js';

const MAX_MS = 7 * 24 * 3600_000;

export function parseRound(input: unknown): ParseResult<Round> {
  const check = new Checker();
  const data = check.object(input, 'round');
  if (!data) return check.result(() => input as Round);

  if (data.schemaVersion !== ROUND_SCHEMA_VERSION) {
    check.fail('round.schemaVersion', `expected ${ROUND_SCHEMA_VERSION}, got ${String(data.schemaVersion)}`);
  }
  parseSettings(check, data.settings);
  const speakers = (check.array(data.speakers, 'round.speakers') ?? []).map((s, i) =>
    parseSpeaker(check, s, `round.speakers[${i}]`),
  );
  const ids = new Set<string>();
  speakers.forEach((s, i) => {
    if (!s) return;
    if (ids.has(s.memberId)) check.fail(`round.speakers[${i}].memberId`, `"${s.memberId}" appears twice`);
    ids.add(s.memberId);
  });
  const phase = check.oneOf(data.phase, 'round.phase', ROUND_PHASES);
  const current = check.number(data.current, 'round.current', { min: -1, integer: true });
  const startedAt = check.nullable(data.startedAt, (v) => check.number(v, 'round.startedAt', { min: 0 }));
  check.number(data.addedMs, 'round.addedMs', { min: 0, max: MAX_MS });
  check.nullable(data.roundStartedAt, (v) => check.number(v, 'round.roundStartedAt', { min: 0 }));
  check.nullable(data.completedAt, (v) => check.number(v, 'round.completedAt', { min: 0 }));
  const firstSpeakerId = check.nullable(data.firstSpeakerId, (v) => check.string(v, 'round.firstSpeakerId', { nonEmpty: true }));
  if (typeof firstSpeakerId === 'string' && !ids.has(firstSpeakerId)) {
    check.fail('round.firstSpeakerId', `"${firstSpeakerId}" is not one of the speakers`);
  }

  // Cross-field rules: the pieces must tell one consistent story.
  if (current !== undefined && phase !== undefined) {
    const speaking = speakers.flatMap((s, i) => (s?.status === 'speaking' ? [i] : []));
    if (current >= speakers.length) check.fail('round.current', `points past the ${speakers.length} speakers`);
    else if (current === -1 && speaking.length > 0) check.fail('round.current', 'is -1 but a speaker is marked speaking');
    else if (current !== -1 && (speaking.length !== 1 || speaking[0] !== current)) {
      check.fail('round.current', `must be the one speaker marked speaking`);
    }
    if ((phase === 'running' || phase === 'paused') && current === -1) {
      check.fail('round.phase', `is "${phase}" but nobody has the floor`);
    }
    if (phase === 'running' && startedAt == null) check.fail('round.startedAt', 'is needed while running');
  }
  return check.result(() => data as unknown as Round);
}

function parseSettings(check: Checker, input: unknown): RoundSettings | undefined {
  const data = check.object(input, 'round.settings');
  if (!data) return undefined;
  const timing = check.object(data.timing, 'round.settings.timing');
  let parsedTiming: Timing | undefined;
  if (timing) {
    const mode = check.oneOf(timing.mode, 'round.settings.timing.mode', ['shared', 'each'] as const);
    if (mode === 'shared') {
      const totalMs = check.number(timing.totalMs, 'round.settings.timing.totalMs', { min: 0, max: MAX_MS });
      if (totalMs !== undefined) parsedTiming = { mode, totalMs };
    } else if (mode === 'each') {
      const eachMs = check.number(timing.eachMs, 'round.settings.timing.eachMs', { min: 0, max: MAX_MS });
      if (eachMs !== undefined) parsedTiming = { mode, eachMs };
    }
  }
  const overtime = check.oneOf(data.overtime, 'round.settings.overtime', OVERTIME_POLICIES);
  const changeoverMs = check.number(data.changeoverMs, 'round.settings.changeoverMs', { min: 0, max: 600_000 });
  const warnAtMs = (check.array(data.warnAtMs, 'round.settings.warnAtMs') ?? []).map((v, i) =>
    check.number(v, `round.settings.warnAtMs[${i}]`, { min: 1, max: MAX_MS }),
  );
  const passersReturn = check.boolean(data.passersReturn, 'round.settings.passersReturn');
  if (!parsedTiming || !overtime || changeoverMs === undefined || passersReturn === undefined) return undefined;
  return { timing: parsedTiming, overtime, changeoverMs, warnAtMs: warnAtMs as number[], passersReturn };
}

function parseSpeaker(check: Checker, input: unknown, path: string): Speaker | undefined {
  const data = check.object(input, path);
  if (!data) return undefined;
  const memberId = check.string(data.memberId, `${path}.memberId`, { nonEmpty: true });
  const name = check.string(data.name, `${path}.name`, { nonEmpty: true, max: LIMITS.name });
  const allottedMs = check.number(data.allottedMs, `${path}.allottedMs`, { min: 0, max: MAX_MS });
  const usedMs = check.number(data.usedMs, `${path}.usedMs`, { min: 0, max: MAX_MS });
  const status = check.oneOf(data.status, `${path}.status`, SPEAKER_STATUSES);
  const passes = check.number(data.passes, `${path}.passes`, { min: 0, integer: true });
  if (memberId === undefined || name === undefined || allottedMs === undefined || usedMs === undefined) return undefined;
  if (status === undefined || passes === undefined) return undefined;
  return { memberId, name, allottedMs, usedMs, status, passes };
}
