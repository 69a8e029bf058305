/**
 * The coordinator's view: the reports groups shared (figures only) and this
 * device's own groups for a date range, with a programme summary a funder can
 * read first, then each group with its flags; printable as one programme
 * report, and as CSV. Bringing a report in keeps it under the kind
 * 'shared-report': it never creates or changes a group, and never replaces
 * another group's report.
 */
import {
  deviceTimeZone,
  groupFigures,
  localDay,
  programmeCsv,
  programmeLongCsv,
  programmeTotals,
  readSharedReport,
  sameGroupHistory,
  type DateRange,
  type GroupFigures,
  type Group,
  type PeerStore,
  type ProgrammeTotals,
  type SharedReport,
} from '@peerkit/core';
import { download, readJson } from '@peerkit/components/download.js';
import { appLang, appStore, element, errorText, pageText, registerServiceWorker } from './shell.js';
import { percent, REPORT_MESSAGES } from './report/messages.js';
import { rowChart } from './report/charts.js';
import { bindDateRange, chartWithTable, dataTable, make, renderFigures, reportOfGroup, type ReportView } from './report/view.js';

pageText();
const lang = appLang();
const text = REPORT_MESSAGES[lang];
const view: ReportView = { text, lang, member: (code) => code };

interface Source {
  /** Where it is stored: the group's id, or beside another group's report with the same id. */
  key: string;
  report: SharedReport;
  /** Shared by the group, or made now from a group on this device. */
  shared: boolean;
}

async function sources(store: PeerStore): Promise<Source[]> {
  const shared = (await store.list<SharedReport>('shared-report')).map((doc) => ({ key: doc.id, report: doc.data, shared: true }));
  const local = await Promise.all(
    (await store.list<Group>('group')).map(async ({ data: group }) => ({ key: group.id, report: await reportOfGroup(store, group), shared: false })),
  );
  return [...shared, ...local].sort((a, b) => a.report.group.name.localeCompare(b.report.group.name, lang));
}

const today = () => localDay(Date.now(), deviceTimeZone());

/** The reports as last read: a new range redraws them; only bringing in or removing one reads the store again. */
let all: Source[] = [];
let range: DateRange = {};

async function reload(): Promise<void> {
  all = await sources(await appStore());
  render();
}

/** Figures for the range, with a clash flagged where another report here has the group's name or id. */
function figuresOf(source: Source): GroupFigures {
  const figures = groupFigures(source.report, range, today());
  const clash = all.some((other) => other !== source && (other.report.group.id === source.report.group.id || other.report.group.name.trim().toLowerCase() === source.report.group.name.trim().toLowerCase()));
  return clash ? { ...figures, flags: [...figures.flags, { kind: 'clash', name: source.report.group.name }] } : figures;
}

function render(): void {
  const figures = all.map(figuresOf);
  element('programme-range', HTMLElement).textContent = range.from || range.to ? text.rangeTitle(range.from ?? '', range.to ?? '') : text.allTime;
  element('no-reports', HTMLElement).hidden = all.length > 0;
  const programme = element('programme', HTMLElement);
  if (all.length === 0) {
    programme.replaceChildren();
    return;
  }
  const groups = all.map((source, i) => ({ figures: figures[i] as GroupFigures, questions: source.report.questions, choices: source.report.choices, minResponses: source.report.minResponses }));
  const totals = programmeTotals(groups, lang);
  const sections = all.map((source, i) => {
    const section = make('section', '', 'report-group');
    section.append(make('h2', `${source.report.group.name} (${from(source)})`), make('p', text.timeZone(source.report.timeZone), 'hint'));
    section.append(...renderFigures(view, figures[i] as GroupFigures, source.report.questions, { byMember: false, heading: 'h3' }));
    if (source.shared) {
      const remove = make('button', text.remove(source.report.group.name), 'report-remove');
      remove.type = 'button';
      remove.addEventListener('click', () => void removeReport(source));
      section.append(remove);
    }
    return section;
  });
  programme.replaceChildren(summary(totals, figures), sideBySide(figures), ...sections);
  element('programme-csv', HTMLButtonElement).onclick = () => save('programme', programmeCsv(figures, (flag) => text.flag(flag, view.member)));
  element('programme-long-csv', HTMLButtonElement).onclick = () => save('programme-meetings', programmeLongCsv(groups));
}

function save(base: string, csv: string): void {
  const name = [base, range.from, range.to].filter(Boolean).join('-') + '.csv';
  try {
    download(name, 'text/csv', csv);
    element('save-status', HTMLElement).textContent = text.csvSaved(name);
  } catch (error) {
    element('save-status', HTMLElement).textContent = text.notMade(errorText(error));
  }
}

const from = (source: Source) => (source.shared ? text.sharedOn(source.report.madeOn) : text.thisDevice);

/** What a funder reads first: totals, who kept coming, what members said across groups, and which groups need attention. */
function summary(totals: ProgrammeTotals, figures: readonly GroupFigures[]): HTMLElement {
  const s = text.summary;
  const box = make('section', '', 'report-summary');
  box.setAttribute('aria-labelledby', 'summary-heading');
  const heading = make('h2', text.summaryTitle);
  heading.id = 'summary-heading';
  const list = make('dl', '', 'report-figures');
  const add = (term: string, value: string) => list.append(make('dt', term), make('dd', value));
  add(s.groups, String(totals.groups));
  add(s.meetings, s.meetingsFigure(totals.meetingsHeld, totals.meetingsStopped));
  add(s.attendances, String(totals.attendances));
  add(s.members, String(totals.members));
  add(s.came, String(totals.cameAtLeastOnce));
  add(s.returning, totals.returning === null ? s.returningNoStart : s.returningFigure(totals.returning.came, totals.returning.eligible));
  box.append(heading, list, make('p', s.notDeduplicated, 'hint'));

  const c = text.outcomeColumns;
  /** A question across groups: its wording, the groups, meetings and answers behind it, and its figure. */
  const acrossGroups = <T extends { label: string; alsoAsked: string[]; groups: number; meetings: number; answers: number }>(title: string, last: string, rows: T[], figure: (row: T) => string) =>
    dataTable(
      title,
      [c.question, c.groups, c.meetings, c.answers, last],
      rows.map((o) => [o.alsoAsked.length > 0 ? `${o.label} (${text.alsoAsked(o.alsoAsked)})` : o.label, String(o.groups), String(o.meetings), String(o.answers), figure(o)]),
    );
  const shown = totals.outcomes.filter((o) => o.answers > 0);
  const withheld = text.withheld(Math.max(...all.map((a) => a.report.minResponses)));
  box.append(shown.length === 0 ? make('p', text.outcomesNone) : acrossGroups(text.outcomesTitle, c.average, shown, (o) => (o.mean === null ? withheld : `${o.mean.toFixed(2)} / ${o.points}`)));
  const chosen = totals.choices.filter((o) => o.answers > 0);
  const optionName = (option: string) => (option === 'yes' ? text.yes : option === 'no' ? text.no : option);
  if (chosen.length > 0) box.append(acrossGroups(text.choicesTitle, text.choiceCounts, chosen, (o) => o.options.map((option, i) => `${optionName(option)} ${String(o.counts[i] ?? 0)}`).join(' · ')));
  const flagged = figures.filter((f) => f.flags.length > 0);
  const attention = make('section', '', 'report-flags');
  attention.append(make('h3', text.attentionTitle));
  if (flagged.length === 0) attention.append(make('p', text.attentionNone));
  else {
    const groups = make('ul');
    for (const f of flagged) {
      const item = make('li');
      const reasons = make('ul');
      reasons.append(...f.flags.map((flag) => make('li', text.flag(flag, view.member))));
      item.append(make('strong', f.name), reasons);
      groups.append(item);
    }
    attention.append(groups);
  }
  box.append(attention);
  return box;
}

/**
 * The groups side by side: a chart of attendance, and a table narrow enough
 * to read on a laptop and print on a portrait page. Feedback is in the
 * summary (across groups) and each group's own section, where it has room.
 */
function sideBySide(figures: readonly GroupFigures[]): HTMLElement {
  const c = text.columns;
  const table = dataTable(
    text.programmeChart,
    [c.group, c.madeOn, c.held, c.abandoned, text.attendanceRate, ...[4, 8, 12].map((n) => `${text.retention} ${text.retentionAfter(n)}`), text.equity, c.flags],
    figures.map((f, i) => [
      f.name,
      (all[i] as Source).shared ? f.madeOn : text.thisDevice,
      String(f.meetingsHeld),
      String(f.meetingsAbandoned),
      percent(f.attendanceRate, lang),
      ...f.retention.map((r) => (r.eligible === 0 ? '—' : text.retentionFigure(r.stillComing, r.eligible, r.after))),
      f.equity.medianLargestShare === null ? '—' : `${f.equity.medianLargestShare.toFixed(2)}× · ${percent(f.equity.dominatedShare, lang)}`,
      String(f.flags.length),
    ]),
  );
  table.classList.add('programme-table');
  return chartWithTable(
    text.programmeChart,
    rowChart(text.programmeChartLabel(figures.length), figures.map((f) => ({ label: f.name, value: f.attendanceRate === null ? null : Math.round(f.attendanceRate * 100) })), 100, (v) => `${v}%`),
    table,
  );
}

async function removeReport(source: Source): Promise<void> {
  const status = element('bring-status', HTMLElement);
  try {
    await (await appStore()).delete('shared-report', source.key);
    status.replaceChildren(make('p', text.removed(source.report.group.name)));
    await reload();
    element('report-files', HTMLInputElement).focus();
  } catch (error) {
    status.replaceChildren(make('p', text.notMade(errorText(error)), 'error'));
  }
}

/** A key beside `id` that nothing here uses yet. */
function freeKey(id: string): string {
  const taken = new Set(all.map((s) => s.key));
  let key = id;
  for (let n = 2; taken.has(key); n++) key = `${id}~${n}`;
  return key;
}

/**
 * Each file is brought in whole or not at all, with its problems named beside
 * the control. A newer report of the same group replaces the older one; a
 * report of another group is always added beside the others, never over them,
 * and a name that is already here is asked about.
 */
async function bringIn(files: readonly File[]): Promise<void> {
  const store = await appStore();
  const lines: HTMLElement[] = [];
  const added: string[] = [];
  // A day's grace: the device that made it may be a time zone ahead.
  const latest = localDay(Date.now() + 86_400_000, deviceTimeZone());
  for (const file of files) {
    try {
      const parsed = readSharedReport(await readJson(file));
      if (!parsed.ok) {
        lines.push(make('p', text.refused(`“${file.name}”`, parsed.errors.join('; ')), 'error'));
        continue;
      }
      const report = parsed.value;
      if (report.madeOn > latest) {
        lines.push(make('p', text.fromFuture(`“${file.name}”`, report.madeOn), 'error'));
        continue;
      }
      const same = all.find((s) => s.shared && sameGroupHistory(s.report, report));
      if (same && same.report.madeOn > report.madeOn) {
        lines.push(make('p', text.olderKept(report.group.name, same.report.madeOn, report.madeOn), 'notice'));
        continue;
      }
      const idTaken = all.some((s) => s.key === report.group.id || s.report.group.id === report.group.id);
      const key = same ? same.key : idTaken ? freeKey(report.group.id) : report.group.id;
      const namesake = all.find((s) => s !== same && s.report.group.name.trim().toLowerCase() === report.group.name.trim().toLowerCase());
      await store.put('shared-report', key, report);
      added.push(report.group.name);
      all = [...all.filter((s) => s.key !== key || !s.shared), { key, report, shared: true }];
      if (!same && idTaken) lines.push(make('p', text.sameIdKept(report.group.name), 'notice'));
      if (!same && namesake) lines.push(clashQuestion(report, key));
    } catch (error) {
      lines.push(make('p', text.refused(`“${file.name}”`, errorText(error)), 'error'));
    }
  }
  if (added.length > 0) lines.unshift(make('p', text.broughtIn(added)));
  // Said once the page shows it, so what is announced and what is listed never disagree.
  await reload();
  element('bring-status', HTMLElement).replaceChildren(...lines);
}

/** "Another group called … is already here": both are kept; the one just brought in can be removed at once. */
function clashQuestion(report: SharedReport, key: string): HTMLElement {
  const line = make('p', `${text.clashKept(report.group.name)} `, 'notice');
  const remove = make('button', text.removeNew(report.group.name));
  remove.type = 'button';
  remove.addEventListener('click', () => void removeReport({ key, report, shared: true }));
  line.append(remove);
  return line;
}

element('report-files', HTMLInputElement).addEventListener('change', (event) => {
  const input = event.currentTarget as HTMLInputElement;
  const files = [...(input.files ?? [])];
  void bringIn(files).finally(() => (input.value = ''));
});

range = bindDateRange((chosen) => {
  range = chosen;
  render();
}, element('programme-range', HTMLElement));
element('print', HTMLButtonElement).onclick = () => window.print();

void reload().catch((error: unknown) => {
  element('bring-status', HTMLElement).replaceChildren(make('p', text.notMade(errorText(error)), 'error'));
});
registerServiceWorker();
