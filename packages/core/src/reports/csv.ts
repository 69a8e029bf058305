/** The report's tables as spreadsheet-safe CSV, one file per table. Names appear only when the caller maps codes to names on its own device. */
import { csvRow } from '../internal/csv.js';
import type { GroupFigures } from './figures.js';
import type { ReportQuestion } from './shared.js';

const figure = (value: number | null, digits = 2) => (value === null ? '' : String(Math.round(value * 10 ** digits) / 10 ** digits));
const table = (rows: string[][]) => `${rows.map(csvRow).join('\r\n')}\r\n`;

/** One row per held meeting: attendance, the round's evenness, minutes, and feedback means per scale question. */
export function meetingsCsv(figures: GroupFigures, questions: readonly ReportQuestion[], name: (code: string) => string = (code) => code): string {
  return table([
    ['day', 'facilitator', 'members', 'present', 'late', 'left early', 'absent', 'largest share ratio', 'planned minutes', 'used minutes', 'responses', ...questions.map((q) => q.label)],
    ...figures.meetings.map((m) => [
      m.day,
      m.facilitator === null ? '' : name(m.facilitator),
      String(m.members),
      String(m.present),
      String(m.late),
      String(m.leftEarly),
      String(m.absent),
      figure(m.largestShareRatio),
      figure(m.plannedMinutes),
      figure(m.usedMinutes),
      figure(m.responses),
      ...questions.map((q) => figure(m.means[q.id] ?? null)),
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

/** One row per group, for the coordinator's programme. */
export function programmeCsv(groups: readonly GroupFigures[]): string {
  return table([
    ['group', 'report made on', 'meetings held', 'abandoned', 'attendance rate', ...[4, 8, 12].map((n) => `still coming after ${n}`), 'median largest share', 'share of meetings dominated', 'flags'],
    ...groups.map((g) => [
      g.name,
      g.madeOn,
      String(g.meetingsHeld),
      String(g.meetingsAbandoned),
      figure(g.attendanceRate),
      ...g.retention.map((r) => (r.eligible === 0 ? '' : `${r.stillComing}/${r.eligible}`)),
      figure(g.equity.medianLargestShare),
      figure(g.equity.dominatedShare),
      String(g.flags.length),
    ]),
  ]);
}
