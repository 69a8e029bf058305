import { Checker, LIMITS, type ParseResult } from '../internal/validate.js';
import { DEPTHS, THEMES } from '../checkin/kinds-of-question.js';
import { isTimeZone } from '../internal/days.js';
import { GROUP_LANGS, GROUP_SCHEMA_VERSION, MEETING_STATUSES, type Group } from './group.js';

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
    const facilitator = check.nullable(m.facilitatorId, (v) => check.string(v, `${path}.facilitatorId`, { nonEmpty: true }));
    if (typeof facilitator === 'string' && !ids.has(facilitator)) check.fail(`${path}.facilitatorId`, `"${facilitator}" is not a member`);
    const at = check.number(m.at, `${path}.at`, { min: 0 });
    const came = new Set<string>();
    (check.array(m.attendance, `${path}.attendance`) ?? []).forEach((entry, j) => {
      const where = `${path}.attendance[${j}]`;
      const a = check.object(entry, where);
      if (!a) return;
      const id = check.string(a.memberId, `${where}.memberId`, { nonEmpty: true });
      if (id !== undefined && !ids.has(id)) check.fail(`${where}.memberId`, `"${id}" is not a member`);
      if (id !== undefined && came.has(id)) check.fail(`${where}.memberId`, `"${id}" appears twice`);
      if (id !== undefined) came.add(id);
      const arrived = check.nullable(a.arrivedAt, (v) => check.number(v, `${where}.arrivedAt`, { min: 0 }));
      const left = check.nullable(a.leftAt, (v) => check.number(v, `${where}.leftAt`, { min: 0 }));
      if (typeof left === 'number' && left < (arrived ?? at ?? 0)) check.fail(`${where}.leftAt`, 'is before they arrived');
    });
    if (typeof facilitator === 'string' && ids.has(facilitator) && !came.has(facilitator)) check.fail(`${path}.facilitatorId`, `"${facilitator}" did not come to this meeting: the facilitator is someone here`);
    const status = check.oneOf(m.status, `${path}.status`, MEETING_STATUSES);
    const ended = check.nullable(m.endedAt, (v) => check.number(v, `${path}.endedAt`, { min: 0 }));
    if (status && status !== 'ended' && ended !== null && ended !== undefined) check.fail(`${path}.endedAt`, `a meeting ${status} has no end`);
    const plan = check.nullable(m.plan, (v) => check.array(v, `${path}.plan`)) ?? [];
    plan.forEach((value, j) => {
      const where = `${path}.plan[${j}]`;
      const section = check.object(value, where);
      if (!section) return;
      check.string(section.id, `${where}.id`, { nonEmpty: true });
      check.string(section.title, `${where}.title`, { max: LIMITS.name });
      check.number(section.plannedMs, `${where}.plannedMs`, { min: 0 });
      check.nullable(section.usedMs, (v) => check.number(v, `${where}.usedMs`, { min: 0 }));
    });
    const talk = check.nullable(m.talk, (v) => check.object(v, `${path}.talk`));
    if (talk) {
      check.number(talk.spokenMs, `${path}.talk.spokenMs`, { min: 0 });
      check.number(talk.largestShareRatio, `${path}.talk.largestShareRatio`, { min: 0 });
      check.number(talk.gini, `${path}.talk.gini`, { min: 0, max: 1 });
    }
  });
  check.number(group.reviewAfterMeetings, 'group.reviewAfterMeetings', { min: 1, max: 520, integer: true });
  const plans = check.object(group.plans, 'group.plans') ?? {};
  for (const [kind, value] of Object.entries(plans)) {
    const minutes = check.object(value, `group.plans.${kind}`) ?? {};
    for (const [section, m] of Object.entries(minutes)) check.number(m, `group.plans.${kind}.${section}`, { min: 0, max: 240 });
  }
  if (group.formerIds !== undefined) (check.array(group.formerIds, 'group.formerIds') ?? []).forEach((id, i) => check.string(id, `group.formerIds[${i}]`, { nonEmpty: true, max: 200 }));
  if (!isTimeZone(group.timeZone)) check.fail('group.timeZone', `expected a time zone such as "America/Mexico_City", got ${JSON.stringify(String(group.timeZone).slice(0, 40))}`);
  const checkin = check.object(group.checkin, 'group.checkin') ?? {};
  for (const [kind, value] of Object.entries(checkin)) {
    const choice = check.object(value, `group.checkin.${kind}`);
    if (!choice) continue;
    check.oneOf(choice.depth, `group.checkin.${kind}.depth`, DEPTHS);
    check.nullable(choice.topic, (v) => check.oneOf(v, `group.checkin.${kind}.topic`, THEMES));
  }
  return check.result(() => group as unknown as Group);
}
