/**
 * A group's report on its own device: the figures for a date range, with
 * members' names (they never leave this page), printable, each table as CSV,
 * and the report without names to share with a coordinator.
 */
import {
  attendanceCsv,
  groupFigures,
  meetingsCsv,
  memberCodes,
  type DateRange,
  type Group,
  type SharedReport,
} from '@peerkit/core';
import { download } from '@peerkit/components/download.js';
import { appLang, appStore, element, errorText, groupIdFromUrl, pageText, registerServiceWorker, showPageProblem, titleFor } from '../shell.js';
import { groupUrl } from '../groups.js';
import { REPORT_MESSAGES } from './messages.js';
import { bindDateRange, renderFigures, reportOfGroup, type ReportView } from './view.js';

const text = pageText();
const lang = appLang();
const reportText = REPORT_MESSAGES[lang];

function render(report: SharedReport, view: ReportView, range: DateRange): void {
  const figures = groupFigures(report, range);
  element('report-range', HTMLElement).textContent = range.from || range.to ? reportText.rangeTitle(range.from ?? '', range.to ?? '') : reportText.allTime;
  element('report-body', HTMLElement).replaceChildren(...renderFigures(view, figures, report.questions));
  const status = element('save-status', HTMLElement);
  const save = (name: string, type: string, content: string, said: string) => {
    try {
      download(name, type, content);
      status.textContent = said;
    } catch (error) {
      status.textContent = reportText.notMade(errorText(error));
    }
  };
  const suffix = [report.group.id, range.from, range.to].filter(Boolean).join('-');
  element('meetings-csv', HTMLButtonElement).onclick = () =>
    save(`${suffix}-meetings.csv`, 'text/csv', meetingsCsv(figures, report.questions, view.member), reportText.csvSaved(`${suffix}-meetings.csv`));
  element('attendance-csv', HTMLButtonElement).onclick = () =>
    save(`${suffix}-attendance.csv`, 'text/csv', attendanceCsv(figures, view.member), reportText.csvSaved(`${suffix}-attendance.csv`));
  const shared = `${report.group.id}-report-${report.madeOn}.json`;
  element('share', HTMLButtonElement).onclick = () => save(shared, 'application/json', `${JSON.stringify(report, null, 2)}\n`, reportText.shared(shared));
}

async function boot(): Promise<void> {
  const groupId = groupIdFromUrl();
  if (!groupId) return showPageProblem(text.noGroupNamed);
  const group = (await (await appStore()).get<Group>('group', groupId))?.data;
  if (!group) return showPageProblem(text.noSuchGroup(groupId));
  document.title = titleFor(await appStore(), reportText.reportTitle(group.name));
  element('report-title', HTMLElement).textContent = reportText.reportTitle(group.name);
  const link = element('group-link', HTMLAnchorElement);
  link.textContent = group.name;
  link.href = groupUrl('group.html', group.id);
  const names = new Map([...memberCodes(group)].map(([id, code]) => [code, group.members.find((m) => m.id === id)?.name ?? code]));
  const view: ReportView = { text: reportText, lang, member: (code) => names.get(code) ?? code };
  const report = await reportOfGroup(await appStore(), group);
  const range = bindDateRange((chosen) => render(report, view, chosen), element('report-range', HTMLElement));
  render(report, view, range);
  element('report-page', HTMLElement).hidden = false;
  element('print', HTMLButtonElement).onclick = () => window.print();
}

void boot().catch((error: unknown) => showPageProblem(reportText.notMade(errorText(error))));
registerServiceWorker();
