/** What the report pages say (a group's report, the coordinator's view), in English and Spanish. */
import type { Flag, GoalCounts, GoalTerm } from '@peerkit/core';
import type { AppLang } from '../messages.js';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);
/** A share as a whole percentage in the language's own way; a dash when there is none. */
export const percent = (share: number | null, lang: AppLang) => (share === null ? '—' : share.toLocaleString(lang, { style: 'percent', maximumFractionDigits: 0 }));

export interface ReportMessages {
  reportTitle: (group: string) => string;
  allTime: string;
  rangeTitle: (from: string, to: string) => string;
  held: (n: number) => string;
  abandoned: (n: number) => string;
  attendanceRate: string;
  rate: (share: number | null) => string;
  retention: string;
  retentionAfter: (after: number) => string;
  retentionFigure: (still: number, eligible: number, after: number) => string;
  equity: string;
  goals: string;
  /** Counts only: a shared file never carries the goals' words. */
  goalsFigure: (goals: Record<GoalTerm, GoalCounts>) => string;
  equityFigure: (median: number | null, dominated: number | null, meetings: number) => string;
  flagsTitle: string;
  noFlags: string;
  flag: (flag: Flag, member: (code: string) => string) => string;
  attendanceChart: string;
  attendanceChartLabel: (meetings: number) => string;
  feedbackTitle: string;
  feedbackChartLabel: (question: string, points: number) => string;
  tooFewFeedback: string;
  meetingsTable: string;
  membersTable: string;
  columns: {
    day: string;
    facilitator: string;
    members: string;
    present: string;
    late: string;
    leftEarly: string;
    absent: string;
    ratio: string;
    minutes: string;
    responses: string;
    member: string;
    possible: string;
    group: string;
    madeOn: string;
    held: string;
    abandoned: string;
    flags: string;
    source: string;
  };
  minutesFigure: (used: number | null, planned: number | null) => string;
  former: (name: string) => string;
  noMeetings: string;
  shared: (file: string) => string;
  csvSaved: (file: string) => string;
  notMade: (why: string) => string;
  thisDevice: string;
  sharedOn: (day: string) => string;
  broughtIn: (names: string[]) => string;
  olderKept: (group: string, stored: string, incoming: string) => string;
  refused: (file: string, problems: string) => string;
  removed: (group: string) => string;
  remove: (group: string) => string;
  noReports: string;
  programmeChart: string;
  programmeChartLabel: (groups: number) => string;
  summaryTitle: string;
  summary: {
    groups: string;
    meetings: string;
    meetingsFigure: (held: number, stopped: number) => string;
    attendances: string;
    members: string;
    came: string;
    notDeduplicated: string;
    returning: string;
    returningFigure: (came: number, eligible: number) => string;
    returningNoStart: string;
  };
  outcomesTitle: string;
  choicesTitle: string;
  choiceCounts: string;
  yes: string;
  no: string;
  outcomesNone: string;
  outcomeColumns: { question: string; groups: string; meetings: string; answers: string; average: string };
  alsoAsked: (labels: string[]) => string;
  withheld: (min: number) => string;
  attentionTitle: string;
  attentionNone: string;
  fromFuture: (file: string, day: string) => string;
  clashKept: (group: string) => string;
  removeNew: (group: string) => string;
  sameIdKept: (group: string) => string;
  timeZone: (zone: string) => string;
}

const en: ReportMessages = {
  reportTitle: (group) => `${group}: report`,
  allTime: 'All meetings',
  rangeTitle: (from, to) => `From ${from || 'the first meeting'} to ${to || 'the latest'}`,
  held: (n) => `${n} ${plural(n, 'meeting', 'meetings')} held`,
  abandoned: (n) => `${n} stopped before the end (not counted)`,
  attendanceRate: 'Attendance',
  rate: (share) => `${percent(share, 'en')} of members came, meeting by meeting`,
  retention: 'Still coming',
  retentionAfter: (after) => `after ${after} meetings`,
  retentionFigure: (still, eligible, after) => (eligible === 0 ? `not yet: nobody has had ${after} meetings` : `${still} of ${eligible}`),
  equity: 'Sharing round',
  goals: 'Group goals',
  goalsFigure: ({ short, long }) => `Short-term: ${short.met} met, ${short.inProgress} in progress. Long-term: ${long.met} met, ${long.inProgress} in progress.`,
  equityFigure: (median, dominated, meetings) =>
    meetings === 0
      ? 'No sharing rounds recorded'
      : `The longest share was typically ${median?.toFixed(2) ?? '—'}× the equal share; one voice took much more in ${percent(dominated, 'en')} of ${meetings} ${plural(meetings, 'round', 'rounds')}`,
  flagsTitle: 'Worth a look',
  noFlags: 'Nothing flagged.',
  flag: (flag, member) => {
    switch (flag.kind) {
      case 'feedback-drop':
        return `“${flag.label}” fell to ${flag.latest.toFixed(2)} on ${flag.day}, against the group’s own average of ${flag.average.toFixed(2)}.`;
      case 'attendance-falling':
        return `Attendance has fallen three meetings running: ${flag.present.join(', ')} (${flag.days[0] ?? ''} to ${flag.days.at(-1) ?? ''}).`;
      case 'member-absent':
        return `${member(flag.member)} has missed the last three meetings (${flag.days.join(', ')}).`;
      case 'review-overdue':
        return `The purpose review is overdue: ${flag.meetingsSinceReview} meetings since the last review, set for every ${flag.reviewAfterMeetings}.`;
      case 'dominated':
        return `One voice took much more than an equal share in ${percent(flag.share, 'en')} of ${flag.meetings} ${plural(flag.meetings, 'sharing round', 'sharing rounds')}.`;
      case 'no-feedback':
        return `No usable feedback: at ${flag.meetings} ${plural(flag.meetings, 'meeting', 'meetings')} with a form, no question had enough answers to show.`;
      case 'low-attendance':
        return `Attendance was ${percent(flag.rate, 'en')}, under ${percent(flag.threshold, 'en')}.`;
      case 'stale':
        return `Out of date: this report was made on ${flag.madeOn}, before the period ends (${flag.until}). Meetings after it are missing; ask the group to share it again.`;
      case 'clash':
        return `Another group called “${flag.name}” or with the same record is here too: both are kept. Remove one if they are the same group.`;
    }
  },
  attendanceChart: 'Who came, meeting by meeting',
  attendanceChartLabel: (meetings) => `Bar chart of how many came to each of ${meetings} meetings; the table below has the figures.`,
  feedbackTitle: 'Feedback, meeting by meeting: the average answer',
  feedbackChartLabel: (question, points) => `Line chart of the average answer to “${question}” at ${points} meetings; the table below has the figures.`,
  tooFewFeedback: 'Feedback averages appear for meetings where enough people answered.',
  meetingsTable: 'Meetings held',
  membersTable: 'Attendance by member',
  columns: {
    day: 'Day',
    facilitator: 'Facilitator',
    members: 'Members',
    present: 'Came',
    late: 'Late',
    leftEarly: 'Left early',
    absent: 'Absent',
    ratio: 'Longest share',
    minutes: 'Minutes (used of planned)',
    responses: 'Feedback answers',
    member: 'Member',
    possible: 'Meetings while a member',
    group: 'Group',
    madeOn: 'Report of',
    held: 'Held',
    abandoned: 'Stopped early',
    flags: 'Flags',
    source: 'Report',
  },
  minutesFigure: (used, planned) => (used === null || planned === null ? '—' : `${used} of ${planned}`),
  former: (name) => `${name} (left)`,
  noMeetings: 'No meetings held in this period.',
  shared: (file) => `Saved ${file}: figures only, with members as codes (M1, M2…), no names and nothing anyone wrote. Send it to your coordinator.`,
  csvSaved: (file) => `Saved ${file}.`,
  notMade: (why) => `The report could not be made: ${why}`,
  thisDevice: 'this device',
  sharedOn: (day) => `shared report of ${day}`,
  broughtIn: (names) => `Brought in: ${names.join(', ')}.`,
  olderKept: (group, stored, incoming) => `${group}: the report here (${stored}) is newer than this file’s (${incoming}); the newer one is kept.`,
  refused: (file, problems) => `${file} was not brought in: ${problems}`,
  removed: (group) => `${group}’s shared report was removed from this device.`,
  remove: (group) => `Remove ${group}’s report`,
  noReports: 'No groups yet: bring in the reports your groups shared, or run a group on this device.',
  programmeChart: 'Attendance by group',
  programmeChartLabel: (groups) => `Bar chart of the attendance rate of ${groups} ${plural(groups, 'group', 'groups')}; the table below has the figures.`,
  summaryTitle: 'Programme summary',
  summary: {
    groups: 'Groups',
    meetings: 'Meetings',
    meetingsFigure: (held, stopped) => `${held} held${stopped > 0 ? `; ${stopped} stopped before the end (not counted)` : ''}`,
    attendances: 'Attendances (each person at each meeting)',
    members: 'Members in the period',
    came: 'Came at least once',
    notDeduplicated: 'Counted group by group: someone in two groups counts twice, since shared reports hold no names to tell people apart.',
    returning: 'Kept coming',
    returningFigure: (came, eligible) => `Of ${eligible} ${plural(eligible, 'member', 'members')} who joined before the period, ${came} came at least once in it.`,
    returningNoStart: 'Choose a first day for the period to see who kept coming.',
  },
  outcomesTitle: 'What members said, across groups',
  choicesTitle: 'What members chose, across groups',
  choiceCounts: 'Each answer',
  yes: 'Yes',
  no: 'No',
  outcomesNone: 'No question had enough answers in this period to show.',
  outcomeColumns: { question: 'Question', groups: 'Groups', meetings: 'Meetings', answers: 'Answers', average: 'Average answer' },
  alsoAsked: (labels) => `also asked as ${labels.map((l) => `“${l}”`).join(', ')}`,
  withheld: (min) => `withheld: fewer than ${min} answers`,
  attentionTitle: 'Groups that need attention',
  attentionNone: 'No group is flagged in this period.',
  fromFuture: (file, day) => `${file} was not brought in: it says it was made on ${day}, after today. Check the date on the device that made it.`,
  clashKept: (group) => `Another group called “${group}” is already here. Both are kept, side by side. If they are the same group, remove one below.`,
  removeNew: (group) => `Remove the “${group}” just brought in`,
  sameIdKept: (group) => `“${group}” has the same record id as a group here, but a different history: it is a different group, and both are kept.`,
  timeZone: (zone) => `Days are local days in ${zone}.`,
};

const es: ReportMessages = {
  reportTitle: (group) => `${group}: informe`,
  allTime: 'Todas las reuniones',
  rangeTitle: (from, to) => `Desde ${from || 'la primera reunión'} hasta ${to || 'la última'}`,
  held: (n) => `${n} ${plural(n, 'reunión celebrada', 'reuniones celebradas')}`,
  abandoned: (n) => `${n} ${plural(n, 'interrumpida', 'interrumpidas')} antes del final (no cuentan)`,
  attendanceRate: 'Asistencia',
  rate: (share) => `vino el ${percent(share, 'es')} de los miembros, reunión a reunión`,
  retention: 'Siguen viniendo',
  retentionAfter: (after) => `después de ${after} reuniones`,
  retentionFigure: (still, eligible, after) => (eligible === 0 ? `aún no: nadie ha tenido ${after} reuniones` : `${still} de ${eligible}`),
  equity: 'Ronda para compartir',
  goals: 'Metas del grupo',
  goalsFigure: ({ short, long }) => `A corto plazo: ${short.met} cumplidas, ${short.inProgress} en curso. A largo plazo: ${long.met} cumplidas, ${long.inProgress} en curso.`,
  equityFigure: (median, dominated, meetings) =>
    meetings === 0
      ? 'No hay rondas registradas'
      : `El turno más largo fue por lo general ${median?.toFixed(2) ?? '—'}× el turno igualitario; una voz se llevó mucho más en el ${percent(dominated, 'es')} de ${meetings} ${plural(meetings, 'ronda', 'rondas')}`,
  flagsTitle: 'Conviene mirar',
  noFlags: 'Nada señalado.',
  flag: (flag, member) => {
    switch (flag.kind) {
      case 'feedback-drop':
        return `«${flag.label}» bajó a ${flag.latest.toFixed(2)} el ${flag.day}, frente a la media del propio grupo de ${flag.average.toFixed(2)}.`;
      case 'attendance-falling':
        return `La asistencia ha bajado tres reuniones seguidas: ${flag.present.join(', ')} (del ${flag.days[0] ?? ''} al ${flag.days.at(-1) ?? ''}).`;
      case 'member-absent':
        return `${member(flag.member)} ha faltado a las tres últimas reuniones (${flag.days.join(', ')}).`;
      case 'review-overdue':
        return `La revisión del propósito está atrasada: ${flag.meetingsSinceReview} reuniones desde la última, prevista cada ${flag.reviewAfterMeetings}.`;
      case 'dominated':
        return `Una voz se llevó mucho más que un turno igualitario en el ${percent(flag.share, 'es')} de ${flag.meetings} ${plural(flag.meetings, 'ronda', 'rondas')}.`;
      case 'no-feedback':
        return `Sin opiniones utilizables: en ${flag.meetings} ${plural(flag.meetings, 'reunión', 'reuniones')} con formulario, ninguna pregunta tuvo suficientes respuestas para mostrarse.`;
      case 'low-attendance':
        return `La asistencia fue del ${percent(flag.rate, 'es')}, por debajo del ${percent(flag.threshold, 'es')}.`;
      case 'stale':
        return `Desactualizado: este informe se hizo el ${flag.madeOn}, antes de que termine el periodo (${flag.until}). Faltan las reuniones posteriores; pide al grupo que lo comparta de nuevo.`;
      case 'clash':
        return `Aquí hay otro grupo llamado «${flag.name}» o con el mismo registro: se conservan los dos. Quita uno si son el mismo grupo.`;
    }
  },
  attendanceChart: 'Quién vino, reunión a reunión',
  attendanceChartLabel: (meetings) => `Gráfico de barras de cuántas personas vinieron a cada una de ${meetings} reuniones; la tabla de abajo tiene las cifras.`,
  feedbackTitle: 'Opiniones, reunión a reunión: la respuesta media',
  feedbackChartLabel: (question, points) => `Gráfico de líneas de la respuesta media a «${question}» en ${points} reuniones; la tabla de abajo tiene las cifras.`,
  tooFewFeedback: 'Las medias de las opiniones aparecen en las reuniones en que respondieron suficientes personas.',
  meetingsTable: 'Reuniones celebradas',
  membersTable: 'Asistencia por miembro',
  columns: {
    day: 'Día',
    facilitator: 'Facilitación',
    members: 'Miembros',
    present: 'Vinieron',
    late: 'Tarde',
    leftEarly: 'Se fueron antes',
    absent: 'Faltaron',
    ratio: 'Turno más largo',
    minutes: 'Minutos (usados de previstos)',
    responses: 'Respuestas',
    member: 'Miembro',
    possible: 'Reuniones siendo miembro',
    group: 'Grupo',
    madeOn: 'Informe del',
    held: 'Celebradas',
    abandoned: 'Interrumpidas',
    flags: 'Señales',
    source: 'Origen',
  },
  minutesFigure: (used, planned) => (used === null || planned === null ? '—' : `${used} de ${planned}`),
  former: (name) => `${name} (se fue)`,
  noMeetings: 'No se celebraron reuniones en este periodo.',
  shared: (file) => `Guardado ${file}: solo cifras, con los miembros como códigos (M1, M2…), sin nombres ni nada de lo que alguien escribió. Envíalo a tu coordinación.`,
  csvSaved: (file) => `Guardado ${file}.`,
  notMade: (why) => `No se pudo hacer el informe: ${why}`,
  thisDevice: 'este dispositivo',
  sharedOn: (day) => `informe compartido del ${day}`,
  broughtIn: (names) => `Traídos: ${names.join(', ')}.`,
  olderKept: (group, stored, incoming) => `${group}: el informe que hay aquí (${stored}) es más reciente que el de este archivo (${incoming}); se conserva el más reciente.`,
  refused: (file, problems) => `${file} no se trajo: ${problems}`,
  removed: (group) => `Se quitó de este dispositivo el informe compartido de ${group}.`,
  remove: (group) => `Quitar el informe de ${group}`,
  noReports: 'Aún no hay grupos: trae los informes que compartieron tus grupos, o lleva un grupo en este dispositivo.',
  programmeChart: 'Asistencia por grupo',
  programmeChartLabel: (groups) => `Gráfico de barras de la asistencia de ${groups} ${plural(groups, 'grupo', 'grupos')}; la tabla de abajo tiene las cifras.`,
  summaryTitle: 'Resumen del programa',
  summary: {
    groups: 'Grupos',
    meetings: 'Reuniones',
    meetingsFigure: (held, stopped) => `${held} celebradas${stopped > 0 ? `; ${stopped} interrumpidas antes del final (no cuentan)` : ''}`,
    attendances: 'Asistencias (cada persona en cada reunión)',
    members: 'Miembros en el periodo',
    came: 'Vinieron al menos una vez',
    notDeduplicated: 'Se cuenta grupo por grupo: quien está en dos grupos cuenta dos veces, porque los informes compartidos no llevan nombres para distinguir a las personas.',
    returning: 'Siguieron viniendo',
    returningFigure: (came, eligible) => `De ${eligible} ${plural(eligible, 'miembro', 'miembros')} que se unieron antes del periodo, ${came} vinieron al menos una vez en él.`,
    returningNoStart: 'Elige un primer día para el periodo para ver quién siguió viniendo.',
  },
  outcomesTitle: 'Lo que dijeron los miembros, en todos los grupos',
  choicesTitle: 'Lo que eligieron los miembros, en todos los grupos',
  choiceCounts: 'Cada respuesta',
  yes: 'Sí',
  no: 'No',
  outcomesNone: 'Ninguna pregunta tuvo suficientes respuestas en este periodo para mostrarse.',
  outcomeColumns: { question: 'Pregunta', groups: 'Grupos', meetings: 'Reuniones', answers: 'Respuestas', average: 'Respuesta media' },
  alsoAsked: (labels) => `también preguntada como ${labels.map((l) => `«${l}»`).join(', ')}`,
  withheld: (min) => `oculta: menos de ${min} respuestas`,
  attentionTitle: 'Grupos que necesitan atención',
  attentionNone: 'Ningún grupo tiene señales en este periodo.',
  fromFuture: (file, day) => `${file} no se trajo: dice que se hizo el ${day}, después de hoy. Revisa la fecha del dispositivo que lo hizo.`,
  clashKept: (group) => `Ya hay aquí otro grupo llamado «${group}». Se conservan los dos, uno al lado del otro. Si son el mismo grupo, quita uno abajo.`,
  removeNew: (group) => `Quitar el «${group}» recién traído`,
  sameIdKept: (group) => `«${group}» tiene el mismo identificador que un grupo de aquí, pero otra historia: es otro grupo, y se conservan los dos.`,
  timeZone: (zone) => `Los días son días locales en ${zone}.`,
};

export const REPORT_MESSAGES: Record<AppLang, ReportMessages> = { en, es };
