/**
 * The coordinator's view: the reports groups shared (figures only) and this
 * device's own groups, side by side for a date range, with their flags;
 * printable as one programme report, and as CSV. Bringing a report in keeps it
 * under the kind 'shared-report': it never creates or changes a group.
 */
import {
  groupFigures,
  latestAgainstAverage,
  parseSharedReport,
  programmeCsv,
  type DateRange,
  type GroupFigures,
  type Group,
  type PeerStore,
  type SharedReport,
} from '@peerkit/core';
import { download, readJson } from '@peerkit/components/download.js';
import { appLang, appStore, element, errorText, pageText, registerServiceWorker } from './shell.js';
import { percent, REPORT_MESSAGES } from './report.messages.js';
import { rowChart } from './report-charts.js';
import { chartWithTable, dataTable, make, renderFigures, reportOfGroup, type ReportView } from './report-view.js';

pageText();
const lang = appLang();
const text = REPORT_MESSAGES[lang];
const view: ReportView = { text, lang, member: (code) => code };

interface Source {
  report: SharedReport;
  /** Shared by the group, or made now from a group on this device. */
  shared: boolean;
}

async function sources(store: PeerStore): Promise<Source[]> {
  const shared = (await store.list<SharedReport>('shared-report')).map((doc) => ({ report: doc.data, shared: true }));
  const local = await Promise.all(
    (await store.list<Group>('group')).map(async ({ data: group }) => ({ report: await reportOfGroup(store, group), shared: false })),
  );
  return [...shared, ...local].sort((a, b) => a.report.group.name.localeCompare(b.report.group.name, lang));
}

let range: DateRange = {};

/** The reports as last read: a new range redraws them; only bringing in or removing one reads the store again. */
let all: Source[] = [];

async function reload(): Promise<void> {
  all = await sources(await appStore());
  render();
}

function render(): void {
  const figures = all.map((source) => groupFigures(source.report, range));
  element('programme-range', HTMLElement).textContent = range.from || range.to ? text.rangeTitle(range.from ?? '', range.to ?? '') : text.allTime;
  element('no-reports', HTMLElement).hidden = all.length > 0;
  const programme = element('programme', HTMLElement);
  if (all.length === 0) {
    programme.replaceChildren();
    return;
  }
  const c = text.columns;
  const from = (source: Source) => (source.shared ? text.sharedOn(source.report.madeOn) : text.thisDevice);
  const side = chartWithTable(
    text.programmeChart,
    rowChart(text.programmeChartLabel(figures.length), figures.map((f) => ({ label: f.name, value: f.attendanceRate === null ? null : Math.round(f.attendanceRate * 100) })), 100, (v) => `${v}%`),
    dataTable(
      text.programmeChart,
      [c.group, c.source, c.held, c.abandoned, text.attendanceRate, ...[4, 8, 12].map((n) => `${text.retention} ${text.retentionAfter(n)}`), text.equity, text.feedbackLatest, c.flags],
      figures.map((f, i) => [
        f.name,
        from(all[i] as Source),
        String(f.meetingsHeld),
        String(f.meetingsAbandoned),
        percent(f.attendanceRate, lang),
        ...f.retention.map((r) => text.retentionFigure(r.stillComing, r.eligible)),
        f.equity.medianLargestShare === null ? '—' : `${f.equity.medianLargestShare.toFixed(2)}× · ${percent(f.equity.dominatedShare, lang)}`,
        f.feedback
          .flatMap((trend) => {
            const latest = latestAgainstAverage(trend);
            return latest ? [text.latestAgainst(trend.label, latest.latest, latest.average)] : [];
          })
          .join('; ') || '—',
        String(f.flags.length),
      ]),
    ),
  );
  const groups = all.map((source, i) => {
    const section = make('section', '', 'report-group');
    const heading = make('h2', `${source.report.group.name} (${from(source)})`);
    section.append(heading, ...renderFigures(view, figures[i] as GroupFigures, source.report.questions, { byMember: false, heading: 'h3' }));
    if (source.shared) {
      const remove = make('button', text.remove(source.report.group.name), 'report-remove');
      remove.type = 'button';
      remove.addEventListener('click', () => void removeReport(source.report));
      section.append(remove);
    }
    return section;
  });
  programme.replaceChildren(side, ...groups);
  element('programme-csv', HTMLButtonElement).onclick = () => {
    const name = ['programme', range.from, range.to].filter(Boolean).join('-') + '.csv';
    download(name, 'text/csv', programmeCsv(figures));
    element('save-status', HTMLElement).textContent = text.csvSaved(name);
  };
}

async function removeReport(report: SharedReport): Promise<void> {
  const status = element('bring-status', HTMLElement);
  try {
    await (await appStore()).delete('shared-report', report.group.id);
    status.replaceChildren(make('p', text.removed(report.group.name)));
    await reload();
    element('report-files', HTMLInputElement).focus();
  } catch (error) {
    status.replaceChildren(make('p', text.notMade(errorText(error)), 'error'));
  }
}

/**
 * Each file is brought in whole or not at all, with its problems named beside
 * the control; a report older than the one here is not taken.
 */
async function bringIn(files: readonly File[]): Promise<void> {
  const store = await appStore();
  const lines: HTMLElement[] = [];
  const added: string[] = [];
  for (const file of files) {
    try {
      const parsed = parseSharedReport(await readJson(file));
      if (!parsed.ok) {
        lines.push(make('p', text.refused(`“${file.name}”`, parsed.errors.join('; ')), 'error'));
        continue;
      }
      const report = parsed.value;
      const here = (await store.get<SharedReport>('shared-report', report.group.id))?.data;
      if (here && here.madeOn > report.madeOn) {
        lines.push(make('p', text.olderKept(report.group.name, here.madeOn, report.madeOn), 'notice'));
        continue;
      }
      await store.put('shared-report', report.group.id, report);
      added.push(report.group.name);
    } catch (error) {
      lines.push(make('p', text.refused(`“${file.name}”`, errorText(error)), 'error'));
    }
  }
  if (added.length > 0) lines.unshift(make('p', text.broughtIn(added)));
  // Said once the page shows it, so what is announced and what is listed never disagree.
  await reload();
  element('bring-status', HTMLElement).replaceChildren(...lines);
}

element('report-files', HTMLInputElement).addEventListener('change', (event) => {
  const input = event.currentTarget as HTMLInputElement;
  const files = [...(input.files ?? [])];
  void bringIn(files).finally(() => (input.value = ''));
});

element('range', HTMLFormElement).addEventListener('submit', (event) => {
  event.preventDefault();
  range = { from: element('from', HTMLInputElement).value || undefined, to: element('to', HTMLInputElement).value || undefined };
  render();
  element('programme-range', HTMLElement).focus();
});
element('print', HTMLButtonElement).onclick = () => window.print();

void reload().catch((error: unknown) => {
  element('bring-status', HTMLElement).replaceChildren(make('p', text.notMade(errorText(error)), 'error'));
});
registerServiceWorker();
