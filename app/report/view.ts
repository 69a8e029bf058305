/**
 * A group's figures on the page: the headline figures, the flags, and each
 * chart with its table. The group's own report passes a way to turn codes
 * back into names (on its own device); the coordinator's view shows codes.
 */
import {
  builtInForm,
  isCalendarDay,
  type DateRange,
  shareReport,
  type FeedbackForm,
  type Group,
  type GroupFigures,
  type PeerStore,
  type Goals,
  type Purpose,
  type ReportQuestion,
  type ResponseLog,
  type SharedReport,
} from '@peerkit/core';
import type { AppLang } from '../messages.js';
import type { ReportMessages } from './messages.js';
import { barChart, lineChart } from './charts.js';

export interface ReportView {
  text: ReportMessages;
  lang: AppLang;
  /** A member's code as shown: a name on the group's device, the code elsewhere. */
  member: (code: string) => string;
}

/** A group on this device as a report: the same figures a coordinator sees. Its form is the one stored, else the built-in one its answers were given with. */
export async function reportOfGroup(store: PeerStore, group: Group): Promise<SharedReport> {
  const log = (await store.get<ResponseLog>('feedback-responses', group.id))?.data;
  const form = (await store.get<FeedbackForm>('feedback-form', group.id))?.data ?? (log ? builtInForm(log.formId) : undefined);
  const purpose = (await store.get<Purpose>('purpose', group.id))?.data;
  const goals = (await store.get<Goals>('goals', group.id))?.data;
  return shareReport({ group, purpose, goals, form, responses: log?.responses ?? [], now: Date.now() });
}

/**
 * The page's date range form, kept in the address so a printed or bookmarked
 * report keeps its dates: fills the form from the address, and on each choice
 * writes the address and calls `show`. Returns the range the address holds.
 */
export function bindDateRange(show: (range: DateRange) => void, focus: HTMLElement): DateRange {
  const params = new URLSearchParams(location.search);
  const day = (name: string) => {
    const value = params.get(name) ?? '';
    return isCalendarDay(value) ? value : undefined;
  };
  const range: DateRange = { from: day('from'), to: day('to') };
  const from = document.getElementById('from') as HTMLInputElement;
  const to = document.getElementById('to') as HTMLInputElement;
  from.value = range.from ?? '';
  to.value = range.to ?? '';
  (document.getElementById('range') as HTMLFormElement).addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen: DateRange = { from: from.value || undefined, to: to.value || undefined };
    const url = new URL(location.href);
    for (const name of ['from', 'to'] as const) {
      const value = chosen[name];
      if (value) url.searchParams.set(name, value);
      else url.searchParams.delete(name);
    }
    history.replaceState(null, '', url);
    show(chosen);
    focus.focus();
  });
  return range;
}

export function make<K extends keyof HTMLElementTagNameMap>(tag: K, text = '', className = ''): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  if (text) made.textContent = text;
  if (className) made.className = className;
  return made;
}

/** A table with a caption and column headers; the first cell of each row heads it. */
export function dataTable(caption: string, headers: readonly string[], rows: readonly (readonly string[])[]): HTMLTableElement {
  const table = make('table', '', 'report-table');
  // It scrolls sideways on a narrow screen: reachable from the keyboard to scroll.
  table.tabIndex = 0;
  table.createCaption().textContent = caption;
  const head = table.createTHead().insertRow();
  for (const header of headers) {
    const th = make('th', header);
    th.scope = 'col';
    head.append(th);
  }
  const body = table.createTBody();
  for (const row of rows) {
    const tr = body.insertRow();
    row.forEach((value, i) => {
      const cell = make(i === 0 ? 'th' : 'td', value);
      if (cell instanceof HTMLTableCellElement && i === 0) cell.setAttribute('scope', 'row');
      tr.append(cell);
    });
  }
  return table;
}

/** A chart and its table, side by side where there is room. */
export function chartWithTable(heading: string, chart: SVGSVGElement, table: HTMLTableElement): HTMLElement {
  const figure = make('figure', '', 'report-chart');
  figure.append(make('figcaption', heading), chart, table);
  return figure;
}

function figureList(view: ReportView, figures: GroupFigures): HTMLDListElement {
  const { text } = view;
  const list = make('dl', '', 'report-figures');
  const add = (term: string, value: string) => list.append(make('dt', term), make('dd', value));
  add(text.columns.held, [text.held(figures.meetingsHeld), figures.meetingsAbandoned > 0 ? text.abandoned(figures.meetingsAbandoned) : ''].filter(Boolean).join('; '));
  add(text.attendanceRate, text.rate(figures.attendanceRate));
  add(text.retention, figures.retention.map((r) => `${text.retentionAfter(r.after)}: ${text.retentionFigure(r.stillComing, r.eligible, r.after)}`).join('; '));
  add(text.equity, text.equityFigure(figures.equity.medianLargestShare, figures.equity.dominatedShare, figures.equity.meetingsWithRound));
  if (figures.goals) add(text.goals, text.goalsFigure(figures.goals));
  return list;
}

function flagList(view: ReportView, figures: GroupFigures, heading: 'h2' | 'h3'): HTMLElement {
  const box = make('section', '', 'report-flags');
  box.append(make(heading, view.text.flagsTitle));
  if (figures.flags.length === 0) box.append(make('p', view.text.noFlags));
  else {
    const list = make('ul');
    list.append(...figures.flags.map((flag) => make('li', view.text.flag(flag, view.member))));
    box.append(list);
  }
  return box;
}

const fixed = (value: number | null | undefined, digits = 2) => (value === null || value === undefined ? '—' : value.toFixed(digits));

/** Each scale question's means as a small chart of its own, side by side, and one table with them all. */
function feedbackFigure(view: ReportView, figures: GroupFigures, questions: readonly ReportQuestion[], trends: GroupFigures['feedback']): HTMLElement {
  const { text } = view;
  const figure = make('figure', '', 'report-chart');
  const charts = make('div', '', 'report-small-charts');
  charts.append(
    ...trends.map((trend) => {
      const points = questions.find((q) => q.id === trend.questionId)?.points ?? 5;
      const box = make('div');
      box.append(
        make('p', trend.label, 'report-chart-title'),
        lineChart(text.feedbackChartLabel(trend.label, trend.points.length), trend.points.map((p) => ({ label: p.day.slice(5), value: p.mean })), 1, points),
      );
      return box;
    }),
  );
  const withAnswers = figures.meetings.filter((m) => m.responses !== null && m.responses > 0);
  figure.append(
    make('figcaption', text.feedbackTitle),
    charts,
    dataTable(
      text.feedbackTitle,
      [text.columns.day, text.columns.responses, ...trends.map((t) => t.label)],
      withAnswers.map((m) => [m.day, String(m.responses), ...trends.map((t) => fixed(m.means[t.questionId]))]),
    ),
  );
  return figure;
}

/** Everything about one group for the range: figures, flags, attendance and feedback with their tables, and (on its own device) each member. */
export function renderFigures(
  view: ReportView,
  figures: GroupFigures,
  questions: readonly ReportQuestion[],
  { byMember = true, heading = 'h2' }: { byMember?: boolean; heading?: 'h2' | 'h3' } = {},
): HTMLElement[] {
  const { text } = view;
  const parts: HTMLElement[] = [figureList(view, figures), flagList(view, figures, heading)];
  if (figures.meetings.length === 0) return [...parts, make('p', text.noMeetings)];
  const c = text.columns;
  const most = Math.max(1, ...figures.meetings.map((m) => m.members));
  parts.push(
    chartWithTable(
      text.attendanceChart,
      barChart(text.attendanceChartLabel(figures.meetings.length), figures.meetings.map((m) => ({ label: m.day.slice(5), value: m.present })), most),
      dataTable(
        text.meetingsTable,
        [c.day, c.facilitator, c.members, c.present, c.late, c.leftEarly, c.absent, c.ratio, c.minutes],
        figures.meetings.map((m) => [
          m.day,
          m.facilitator === null ? '—' : view.member(m.facilitator),
          String(m.members),
          String(m.present),
          String(m.late),
          String(m.leftEarly),
          String(m.absent),
          fixed(m.largestShareRatio),
          text.minutesFigure(m.usedMinutes, m.plannedMinutes),
        ]),
      ),
    ),
  );
  const trends = figures.feedback.filter((t) => t.points.length > 0);
  if (trends.length > 0) parts.push(feedbackFigure(view, figures, questions, trends));
  if (questions.length > 0) parts.push(make('p', text.tooFewFeedback, 'hint'));
  if (byMember) {
    parts.push(
      dataTable(
        text.membersTable,
        [c.member, c.possible, c.present, c.late, c.leftEarly, c.absent],
        figures.members.map((m) => [m.current ? view.member(m.code) : text.former(view.member(m.code)), String(m.possible), String(m.present), String(m.late), String(m.leftEarly), String(m.absent)]),
      ),
    );
  }
  return parts;
}
