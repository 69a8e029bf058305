import { Checker, type ParseResult } from '../internal/validate.js';
import { AGENDA_SCHEMA_VERSION, SECTION_STATUSES, SECTION_TOOLS, type Agenda } from './agenda.js';

export function parseAgenda(input: unknown): ParseResult<Agenda> {
  const check = new Checker();
  const agenda = check.object(input, 'agenda');
  if (!agenda) return check.result(() => input as Agenda);
  if (agenda.schemaVersion !== AGENDA_SCHEMA_VERSION) check.fail('agenda.schemaVersion', `expected ${AGENDA_SCHEMA_VERSION}, got ${String(agenda.schemaVersion)}`);
  check.nullable(agenda.templateId, (v) => check.string(v, 'agenda.templateId', { nonEmpty: true }));
  const ids = new Set<string>();
  let current = 0;
  (check.array(agenda.sections, 'agenda.sections') ?? []).forEach((value, i) => {
    const path = `agenda.sections[${i}]`;
    const s = check.object(value, path);
    if (!s) return;
    const id = check.string(s.id, `${path}.id`, { nonEmpty: true });
    if (id !== undefined && ids.has(id)) check.fail(`${path}.id`, `"${id}" appears twice`);
    if (id !== undefined) ids.add(id);
    check.string(s.title, `${path}.title`, { nonEmpty: true });
    check.number(s.plannedMs, `${path}.plannedMs`, { min: 0, max: 24 * 3600_000 });
    check.nullable(s.tool, (v) => check.oneOf(v, `${path}.tool`, SECTION_TOOLS));
    const status = check.oneOf(s.status, `${path}.status`, SECTION_STATUSES);
    if (status === 'current') current += 1;
    const started = check.nullable(s.startedAt, (v) => check.number(v, `${path}.startedAt`, { min: 0 }));
    check.nullable(s.endedAt, (v) => check.number(v, `${path}.endedAt`, { min: 0 }));
    if ((status === 'current' || status === 'done') && started == null) check.fail(`${path}.startedAt`, `is needed for a ${status} section`);
  });
  if (current > 1) check.fail('agenda.sections', `${current} sections are current; at most one can be`);
  if (agenda.pausedAt !== undefined) check.nullable(agenda.pausedAt, (v) => check.number(v, 'agenda.pausedAt', { min: 0 }));
  return check.result(() => agenda as unknown as Agenda);
}
