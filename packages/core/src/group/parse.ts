import { Checker, LIMITS, type ParseResult } from '../internal/validate.js';
import { DEPTHS, THEMES } from '../checkin/kinds-of-question.js';
import { GROUP_LANGS, GROUP_SCHEMA_VERSION, type Group } from './group.js';

export function parseGroup(input: unknown): ParseResult<Group> {
  const check = new Checker();
  const group = check.object(input, 'group');
  if (!group) return check.result(() => input as Group);
  if (group.schemaVersion !== GROUP_SCHEMA_VERSION) check.fail('group.schemaVersion', `expected ${GROUP_SCHEMA_VERSION}, got ${String(group.schemaVersion)}`);
  check.string(group.id, 'group.id', { nonEmpty: true });
  check.string(group.name, 'group.name', { nonEmpty: true, max: LIMITS.name });
  check.oneOf(group.lang, 'group.lang', GROUP_LANGS);
  const ids = new Set<string>();
  (check.array(group.members, 'group.members') ?? []).forEach((value, i) => {
    const path = `group.members[${i}]`;
    const m = check.object(value, path);
    if (!m) return;
    const id = check.string(m.id, `${path}.id`, { nonEmpty: true });
    if (id !== undefined && ids.has(id)) check.fail(`${path}.id`, `"${id}" appears twice`);
    if (id !== undefined) ids.add(id);
    check.string(m.name, `${path}.name`, { nonEmpty: true, max: LIMITS.name });
    check.number(m.joinedAt, `${path}.joinedAt`, { min: 0 });
    check.nullable(m.leftAt, (v) => check.number(v, `${path}.leftAt`, { min: 0 }));
  });
  (check.array(group.meetings, 'group.meetings') ?? []).forEach((value, i) => {
    const path = `group.meetings[${i}]`;
    const m = check.object(value, path);
    if (!m) return;
    check.number(m.at, `${path}.at`, { min: 0 });
    const facilitator = check.nullable(m.facilitatorId, (v) => check.string(v, `${path}.facilitatorId`, { nonEmpty: true }));
    if (typeof facilitator === 'string' && !ids.has(facilitator)) check.fail(`${path}.facilitatorId`, `"${facilitator}" is not a member`);
    (check.array(m.attended, `${path}.attended`) ?? []).forEach((id, j) => {
      const text = check.string(id, `${path}.attended[${j}]`, { nonEmpty: true });
      if (text !== undefined && !ids.has(text)) check.fail(`${path}.attended[${j}]`, `"${text}" is not a member`);
    });
    const talk = check.nullable(m.talk, (v) => check.object(v, `${path}.talk`));
    if (talk) {
      check.number(talk.spokenMs, `${path}.talk.spokenMs`, { min: 0 });
      check.number(talk.largestShareRatio, `${path}.talk.largestShareRatio`, { min: 0 });
      check.number(talk.gini, `${path}.talk.gini`, { min: 0, max: 1 });
    }
  });
  check.number(group.reviewAfterMeetings, 'group.reviewAfterMeetings', { min: 1, max: 520, integer: true });
  const checkin = check.object(group.checkin, 'group.checkin') ?? {};
  for (const [kind, value] of Object.entries(checkin)) {
    const choice = check.object(value, `group.checkin.${kind}`);
    if (!choice) continue;
    check.oneOf(choice.depth, `group.checkin.${kind}.depth`, DEPTHS);
    check.nullable(choice.topic, (v) => check.oneOf(v, `group.checkin.${kind}.topic`, THEMES));
  }
  return check.result(() => group as unknown as Group);
}
