/**
 * The report's tables as CSV for spreadsheets, one file per table: a UTF-8
 * byte-order mark (so Excel reads accents), numbers as plain numbers, counts in
 * columns of their own (never "6/7", which a spreadsheet turns into a date),
 * and "n/a" where a figure does not apply or is withheld, never a blank that
 * reads as 0. Names appear only when the caller maps codes to names on its own
 * device.
 */
import { csvRow } from '../internal/csv.js';
import { RETENTION_POINTS, type Flag, type GroupFigures } from './figures.js';
import type { ReportChoice, ReportQuestion } from './shared.js';

/** Said where a figure does not apply, or is withheld because too few answered. */
export const NOT_APPLICABLE = 'n/a';
const BOM = '\uFEFF';

const figure = (value: number | null | undefined, digits = 2) => (value === null || value === undefined ? NOT_APPLICABLE : String(Math.round(value * 10 ** digits) / 10 ** digits));
const table = (rows: string[][]) => `${BOM}${rows.map(csvRow).join('\r\n')}\r\n`;

/** One row per held meeting: attendance, the round's evenness, minutes, and feedback means per scale question. */
export function meetingsCsv(figures: GroupFigures, questions: readonly ReportQuestion[], name: (code: string) => string = (code) => code): string {
  return table([
    ['day', 'facilitator', 'members', 'present', 'late', 'left early', 'absent', 'largest share ratio', 'planned minutes', 'used minutes', 'responses', ...questions.map((q) => q.label)],
    ...figures.meetings.map((m) => [
      m.day,
      m.facilitator === null ? NOT_APPLICABLE : name(m.facilitator),
      String(m.members),
      String(m.present),
      String(m.late),
      String(m.leftEarly),
      String(m.absent),
      figure(m.largestShareRatio),
      figure(m.plannedMinutes),
      figure(m.usedMinutes),
      figure(m.responses),
      ...questions.map((q) => figure(m.means[q.id])),
    ]),
  ]);
}

/** One row per member (a code, or the name on the group's own device). */
export function attendanceCsv(figures: GroupFigures, name: (code: string) => string = (code) => code): string {
  return table([
    ['member', 'still a member', 'meetings while a member', 'present', 'late', 'left early', 'absent'],
    ...figures.members.map((m) => [name(m.code), m.current ? 'yes' : 'no', String(m.possible), String(m.present), String(m.late), String(m.leftEarly), String(m.absent)]),
  ]);
}

/**
 * One row per group, for the coordinator's programme. `flagText` words each
 * flag (the page's language); without it, flags are named by kind.
 */
export function programmeCsv(groups: readonly GroupFigures[], flagText: (flag: Flag) => string = (flag) => flag.kind): string {
  return table([
    [
      'group',
      'time zone',
      'report made on',
      'meetings held',
      'meetings stopped',
      'members',
      'came at least once',
      'attendances',
      'attendance rate',
      ...RETENTION_POINTS.flatMap((n) => [`retained_${n}`, `eligible_${n}`]),
      'joined before the period',
      'of those, came in it',
      'median largest share',
      'share of rounds dominated',
      'flags',
      'flag reasons',
    ],
    ...groups.map((g) => [
      g.name,
      g.timeZone,
      g.madeOn,
      String(g.meetingsHeld),
      String(g.meetingsAbandoned),
      String(g.membersInRange),
      String(g.cameAtLeastOnce),
      String(g.attendances),
      figure(g.attendanceRate),
      ...g.retention.flatMap((r) => (r.eligible === 0 ? [NOT_APPLICABLE, '0'] : [String(r.stillComing), String(r.eligible)])),
      g.returning === null ? NOT_APPLICABLE : String(g.returning.eligible),
      g.returning === null ? NOT_APPLICABLE : String(g.returning.came),
      figure(g.equity.medianLargestShare),
      figure(g.equity.dominatedShare),
      String(g.flags.length),
      g.flags.map(flagText).join(' | ') || NOT_APPLICABLE,
    ]),
  ]);
}

/**
 * The long table for pivot tables: one row per group × held meeting × scale
 * question (its mean) and × choice question × option (its count), with the
 * answers behind each figure and "n/a" where it is withheld or does not apply.
 */
export function programmeLongCsv(groups: readonly { figures: GroupFigures; questions: readonly ReportQuestion[]; choices: readonly ReportChoice[] }[]): string {
  const na = NOT_APPLICABLE;
  return table([
    ['group', 'day', 'present', 'members', 'responses', 'question id', 'question', 'scale points', 'answered', 'mean', 'option', 'count'],
    ...groups.flatMap(({ figures, questions, choices }) =>
      figures.meetings.flatMap((m) => {
        const meeting = [figures.name, m.day, String(m.present), String(m.members), figure(m.responses)];
        const rows = [
          ...questions.map((q) => [...meeting, q.id, q.label, String(q.points), String(m.answered[q.id] ?? 0), figure(m.means[q.id]), na, na]),
          ...choices.flatMap((q) => q.options.map((option, i) => [...meeting, q.id, q.label, na, String(m.answered[q.id] ?? 0), na, option, figure(m.tallies[q.id]?.[i], 0)])),
        ];
        return rows.length > 0 ? rows : [[...meeting, na, na, na, na, na, na, na]];
      }),
    ),
  ]);
}
