/**
 * A meeting plan: timed sections, each linked to the tool it uses. Times are
 * derived from what actually happened: when a section runs over or is
 * skipped, the rest of the plan re-flows, and the current section's time
 * left is always known.
 */
export const AGENDA_SCHEMA_VERSION = 1;

export type SectionTool = 'checkin-round' | 'ground-rules' | 'peer-timer' | 'purpose-statement' | 'resource-list' | 'feedback-form' | null;
export type SectionStatus = 'pending' | 'current' | 'done' | 'skipped';
export const SECTION_STATUSES: readonly SectionStatus[] = ['pending', 'current', 'done', 'skipped'];
export const SECTION_TOOLS: readonly Exclude<SectionTool, null>[] = ['checkin-round', 'ground-rules', 'peer-timer', 'purpose-statement', 'resource-list', 'feedback-form'];

export interface Section {
  id: string;
  title: string;
  plannedMs: number;
  tool: SectionTool;
  status: SectionStatus;
  startedAt: number | null;
  endedAt: number | null;
}

export interface Agenda {
  schemaVersion: typeof AGENDA_SCHEMA_VERSION;
  templateId: string | null;
  sections: Section[];
  /** Set while the whole meeting is paused (a break): the plan's clock stands still. */
  pausedAt?: number | null;
}

type Lang = 'en' | 'es';
type Row = [id: string, en: string, es: string, minutes: number, tool: SectionTool];

const ROWS: Record<'first-meeting' | 'regular' | 'review', Row[]> = {
  'first-meeting': [
    ['welcome', 'Welcome and introductions', 'Bienvenida y presentaciones', 10, null],
    ['consent', 'Confidentiality and consent', 'Confidencialidad y consentimiento', 10, 'ground-rules'],
    ['checkin', 'Check-in', 'Ronda de inicio', 15, 'checkin-round'],
    ['rules', 'Agreeing our ground rules', 'Ponernos de acuerdo en las normas', 25, 'ground-rules'],
    ['purpose', 'What is this group for?', '¿Para qué es este grupo?', 15, 'purpose-statement'],
    ['evaluation', 'How did this first meeting go?', '¿Cómo fue esta primera reunión?', 10, 'feedback-form'],
    ['close', 'Close', 'Cierre', 5, null],
  ],
  regular: [
    ['welcome', 'Welcome', 'Bienvenida', 5, null],
    ['checkin', 'Check-in', 'Ronda de inicio', 15, 'checkin-round'],
    ['rules', 'Ground-rules reminder', 'Recordar los acuerdos', 5, 'ground-rules'],
    ['sharing', 'Sharing round', 'Ronda para compartir', 45, 'peer-timer'],
    ['resources', 'Resources', 'Recursos', 5, 'resource-list'],
    ['feedback', 'Feedback', 'Opiniones', 10, 'feedback-form'],
    ['close', 'Close', 'Cierre', 5, null],
  ],
  review: [
    ['welcome', 'Welcome', 'Bienvenida', 5, null],
    ['checkin', 'Check-in', 'Ronda de inicio', 15, 'checkin-round'],
    ['purpose', 'Reviewing our purpose', 'Revisar nuestro propósito', 25, 'purpose-statement'],
    ['review-feedback', 'Looking back on our meetings', 'Mirar atrás nuestras reuniones', 15, 'feedback-form'],
    ['rules', 'Do our ground rules still fit?', '¿Siguen valiendo nuestros acuerdos?', 15, 'ground-rules'],
    ['close', 'Close', 'Cierre', 5, null],
  ],
};
export type AgendaTemplateId = keyof typeof ROWS;
export const AGENDA_TEMPLATE_IDS = Object.keys(ROWS) as AgendaTemplateId[];

export function agendaTemplate(id: AgendaTemplateId, lang: Lang): Agenda {
  return {
    schemaVersion: AGENDA_SCHEMA_VERSION,
    templateId: id,
    sections: ROWS[id].map(([sid, en, es, minutes, tool]) => ({
      id: sid,
      title: lang === 'en' ? en : es,
      plannedMs: minutes * 60_000,
      tool,
      status: 'pending',
      startedAt: null,
      endedAt: null,
    })),
  };
}

const notStarted = (agenda: Agenda) => !agenda.sections.some((s) => s.startedAt !== null);

/** Planning, before the meeting starts: a section's length (at least a minute). */
export function planSection(agenda: Agenda, id: string, plannedMs: number): Agenda {
  if (!notStarted(agenda) || !Number.isFinite(plannedMs)) return agenda;
  const ms = Math.max(60_000, Math.round(plannedMs / 60_000) * 60_000);
  return { ...agenda, sections: agenda.sections.map((s) => (s.id === id ? { ...s, plannedMs: ms } : s)) };
}

/** Planning, before the meeting starts: leave a section out (one always stays). */
export function removeSection(agenda: Agenda, id: string): Agenda {
  if (!notStarted(agenda) || agenda.sections.length <= 1) return agenda;
  return { ...agenda, sections: agenda.sections.filter((s) => s.id !== id) };
}

/** Sections a facilitator can add while the meeting runs: crisis resources one Next away, another round, a vote. */
export const ADDABLE_SECTIONS = ['resources', 'checkin', 'sharing', 'rules', 'purpose', 'feedback'] as const;
export type AddableSection = (typeof ADDABLE_SECTIONS)[number];

/**
 * Adds a section straight after the one in progress (before the meeting starts: first),
 * named and linked to its tool as the templates have it; its id is made unique.
 */
export function addSection(agenda: Agenda, kind: AddableSection, lang: Lang, minutes: number): Agenda {
  const row = (kind === 'purpose' ? ROWS['first-meeting'] : ROWS.regular).find(([id]) => id === kind);
  if (!row || !Number.isFinite(minutes) || (!inProgress(agenda) && !notStarted(agenda))) return agenda;
  const taken = new Set(agenda.sections.map((s) => s.id));
  let id: string = kind;
  for (let n = 2; taken.has(id); n++) id = `${kind}-${n}`;
  const plannedMs = Math.min(240, Math.max(1, Math.round(minutes))) * 60_000;
  const section: Section = { id, title: lang === 'en' ? row[1] : row[2], plannedMs, tool: row[4], status: 'pending', startedAt: null, endedAt: null };
  const current = agenda.sections.findIndex((s) => s.status === 'current');
  const firstToCome = agenda.sections.findIndex((s) => s.status === 'pending');
  const at = current !== -1 ? current + 1 : firstToCome !== -1 ? firstToCome : agenda.sections.length;
  return { ...agenda, sections: [...agenda.sections.slice(0, at), section, ...agenda.sections.slice(at)] };
}

/**
 * Planning: a purpose the group began and has not adopted keeps its place in the next meeting —
 * a purpose section ("What is this group for? (continued)") before the feedback, when the plan has none.
 */
export function carryPurposeOn(agenda: Agenda, lang: Lang): Agenda {
  if (!notStarted(agenda) || agenda.sections.some((s) => s.tool === 'purpose-statement')) return agenda;
  const taken = new Set(agenda.sections.map((s) => s.id));
  let id = 'purpose';
  for (let n = 2; taken.has(id); n++) id = `purpose-${n}`;
  const title = lang === 'en' ? 'What is this group for? (continued)' : '¿Para qué es este grupo? (continuación)';
  const section: Section = { id, title, plannedMs: 15 * 60_000, tool: 'purpose-statement', status: 'pending', startedAt: null, endedAt: null };
  const before = agenda.sections.findIndex((s) => s.tool === 'feedback-form' || s.id === 'close');
  const at = before === -1 ? agenda.sections.length : before;
  return { ...agenda, sections: [...agenda.sections.slice(0, at), section, ...agenda.sections.slice(at)] };
}

/** Moves a section still to come one place earlier (-1) or later (1) among those still to come. */
export function moveSection(agenda: Agenda, id: string, step: -1 | 1): Agenda {
  const from = agenda.sections.findIndex((s) => s.id === id);
  const to = from + step;
  if (agenda.sections[from]?.status !== 'pending' || agenda.sections[to]?.status !== 'pending') return agenda;
  const sections = [...agenda.sections];
  [sections[from], sections[to]] = [sections[to] as Section, sections[from] as Section];
  return { ...agenda, sections };
}

/** Started, and not yet over. */
export function inProgress(agenda: Agenda): boolean {
  return !notStarted(agenda) && agenda.sections.some((s) => s.status === 'current' || s.status === 'pending');
}

const closeCurrent = (sections: Section[], now: number): Section[] =>
  sections.map((s) => (s.status === 'current' ? { ...s, status: 'done', endedAt: now } : s));

export function isPaused(agenda: Agenda): boolean {
  return agenda.pausedAt !== undefined && agenda.pausedAt !== null;
}

/** Pauses the whole meeting: the current section's time left stands still until it resumes. */
export function pauseMeeting(agenda: Agenda, now: number): Agenda {
  if (!inProgress(agenda) || isPaused(agenda)) return agenda;
  return { ...agenda, pausedAt: now };
}

/** Resumes after a pause: the current section starts later by the pause, so no time was lost. */
export function resumeMeeting(agenda: Agenda, now: number): Agenda {
  if (!isPaused(agenda)) return agenda;
  const pause = Math.max(0, now - (agenda.pausedAt ?? now));
  return {
    ...agenda,
    pausedAt: null,
    sections: agenda.sections.map((s) => (s.status === 'current' && s.startedAt !== null ? { ...s, startedAt: s.startedAt + pause } : s)),
  };
}

/** Starts a section (the current one, if any, is done). A paused meeting resumes first. */
export function startSection(input: Agenda, id: string, now: number): Agenda {
  const agenda = resumeMeeting(input, now);
  const target = agenda.sections.find((s) => s.id === id);
  if (!target || target.status === 'current') return input;
  const sections = closeCurrent(agenda.sections, now).map((s) => (s.id === id ? { ...s, status: 'current' as const, startedAt: now, endedAt: null } : s));
  return { ...agenda, sections };
}

/** Ends the current section and starts the next pending one (or ends the meeting). */
export function nextSection(input: Agenda, now: number): Agenda {
  const agenda = resumeMeeting(input, now);
  const currentIndex = agenda.sections.findIndex((s) => s.status === 'current');
  const next = agenda.sections.find((s, i) => i > currentIndex && s.status === 'pending');
  if (next) return startSection(agenda, next.id, now);
  if (currentIndex === -1) return agenda;
  return { ...agenda, sections: closeCurrent(agenda.sections, now) };
}

export function skipSection(input: Agenda, id: string, now: number): Agenda {
  const target = input.sections.find((s) => s.id === id);
  if (!target || target.status === 'done' || target.status === 'skipped') return input;
  const agenda = resumeMeeting(input, now);
  const skipped = { ...agenda, sections: agenda.sections.map((s) => (s.id === id ? { ...s, status: 'skipped' as const, endedAt: s.status === 'current' ? now : null } : s)) };
  if (target.status !== 'current') return skipped;
  // Skipping the section in progress moves on to the next one after it, if any.
  const index = agenda.sections.indexOf(target);
  const following = skipped.sections.find((s, i) => i > index && s.status === 'pending');
  return following ? startSection(skipped, following.id, now) : skipped;
}

/**
 * Ends the meeting at `at`: the section in progress is done then, and the sections
 * not reached are left out. A meeting ended this way is over (not inProgress).
 */
export function endMeeting(agenda: Agenda, at: number): Agenda {
  if (!inProgress(agenda)) return agenda;
  return {
    ...agenda,
    pausedAt: null,
    sections: agenda.sections.map((s) =>
      s.status === 'current' ? { ...s, status: 'done', endedAt: Math.max(at, s.startedAt ?? at) } : s.status === 'pending' ? { ...s, status: 'skipped' } : s,
    ),
  };
}

/** When the meeting was planned to end: its start plus every section's planned length. */
export function plannedEnd(agenda: Agenda): number | null {
  const start = agenda.sections.find((s) => s.startedAt !== null)?.startedAt;
  return start === undefined || start === null ? null : start + agenda.sections.reduce((sum, s) => sum + s.plannedMs, 0);
}

/** Hours past its planned end after which a meeting still open was surely left open by mistake. */
export const LEFT_OPEN_AFTER_MS = 6 * 60 * 60_000;

/** A meeting still open long after its planned end: the page asks what to do with it. */
export function leftOpen(agenda: Agenda, now: number): boolean {
  const end = plannedEnd(agenda);
  return inProgress(agenda) && end !== null && now - end > LEFT_OPEN_AFTER_MS;
}

export interface ScheduledSection {
  section: Section;
  /** Actual for done sections; projected from now for the rest. */
  start: number;
  end: number;
  overrunMs: number;
}

export interface AgendaSchedule {
  sections: ScheduledSection[];
  current: ScheduledSection | null;
  /** The current section's time left (negative when over). */
  currentRemainingMs: number | null;
  plannedEnd: number;
  projectedEnd: number;
  /** How late the meeting will end if the rest goes to plan. */
  lateByMs: number;
}

/**
 * The plan re-flowed at `now`: finished sections at their real times, the
 * current one until its planned end (or now, if over), then the rest in order.
 * `plannedStart` is when the meeting was meant to begin (the first section's
 * start, if it has started).
 */
export function schedule(agenda: Agenda, clock: number, plannedStart?: number): AgendaSchedule {
  // While the meeting is paused its clock stands at the pause.
  const now = agenda.pausedAt ?? clock;
  const begin = plannedStart ?? agenda.sections.find((s) => s.startedAt !== null)?.startedAt ?? now;
  let cursor = agenda.sections.find((s) => s.startedAt !== null)?.startedAt ?? begin;
  let current: ScheduledSection | null = null;
  const sections = agenda.sections.map((section): ScheduledSection => {
    if (section.status === 'skipped') return { section, start: cursor, end: cursor, overrunMs: 0 };
    if (section.status === 'done' && section.startedAt !== null && section.endedAt !== null) {
      cursor = section.endedAt;
      return { section, start: section.startedAt, end: section.endedAt, overrunMs: Math.max(0, section.endedAt - section.startedAt - section.plannedMs) };
    }
    if (section.status === 'current' && section.startedAt !== null) {
      const end = Math.max(section.startedAt + section.plannedMs, now);
      cursor = end;
      current = { section, start: section.startedAt, end, overrunMs: Math.max(0, now - section.startedAt - section.plannedMs) };
      return current;
    }
    const start = Math.max(cursor, section.status === 'pending' && !agenda.sections.some((s) => s.startedAt !== null) ? begin : now);
    cursor = start + section.plannedMs;
    return { section, start, end: cursor, overrunMs: 0 };
  });
  const plannedEnd = begin + agenda.sections.reduce((sum, s) => sum + s.plannedMs, 0);
  const projectedEnd = sections.at(-1)?.end ?? begin;
  const active = current as ScheduledSection | null;
  return {
    sections,
    current: active,
    currentRemainingMs: active ? active.section.plannedMs - (now - (active.section.startedAt ?? now)) : null,
    plannedEnd,
    projectedEnd,
    lateByMs: Math.max(0, projectedEnd - plannedEnd),
  };
}
