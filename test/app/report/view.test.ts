import { expect } from '@esm-bundle/chai';
import { createGroup, groupFigures, meetingEnded, recordMeeting, recordTalk, shareReport, type Group, toMembers } from '@peerkit/core';
import { REPORT_MESSAGES } from '../../../app/report/messages.js';
import { renderFigures, type ReportView } from '../../../app/report/view.js';
import { barChart, lineChart } from '../../../app/report/charts.js';
import { expectAccessible } from '../../helpers.js';

const T0 = Date.UTC(2026, 8, 1, 18);
const WEEK = 7 * 86_400_000;

// Ten weekly meetings; Dee stops coming after the seventh.
let group: Group = createGroup('g', 'Tuesday circle', toMembers(['Ana', 'Ben', 'Chen', 'Dee']), T0 - 1);
for (let i = 0; i < 10; i++) {
  const at = T0 + i * WEEK;
  group = recordMeeting(group, { at, facilitatorId: 'ana', attended: i < 7 ? ['ana', 'ben', 'chen', 'dee'] : ['ana', 'ben', 'chen'] });
  group = recordTalk(meetingEnded(group, at, at + 3_600_000), at, { spokenMs: 1, largestShareRatio: 1.2, gini: 0.1 });
}
const report = shareReport({ group, now: T0 + 11 * WEEK });
const names = new Map([
  ['M1', 'Ana'],
  ['M2', 'Ben'],
  ['M3', 'Chen'],
  ['M4', 'Dee'],
]);

async function shown(view: ReportView): Promise<HTMLElement> {
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '/app/app.css' });
  if (!document.querySelector('link[href="/app/app.css"]')) {
    document.head.append(link);
    await new Promise((resolve) => link.addEventListener('load', resolve, { once: true }));
  }
  const main = document.createElement('main');
  main.className = 'pages report';
  const heading = document.createElement('h1');
  heading.textContent = 'Report';
  main.append(heading, ...renderFigures(view, groupFigures(report), report.questions));
  document.body.replaceChildren(main);
  return main;
}

describe('app: a report on the page', () => {
  it('draws each chart as a labelled picture beside a table, with names only where the page maps them', async () => {
    const main = await shown({ text: REPORT_MESSAGES.en, lang: 'en', member: (code) => names.get(code) ?? code });
    const chart = main.querySelector('svg.chart');
    expect(chart?.getAttribute('role')).to.equal('img');
    expect(chart?.getAttribute('aria-label')).to.equal('Bar chart of how many came to each of 10 meetings; the table below has the figures.');
    expect(chart?.querySelectorAll('rect')).to.have.length(10);
    const tables = [...main.querySelectorAll('table')];
    expect(tables.map((t) => t.caption?.textContent)).to.deep.equal(['Meetings held', 'Attendance by member']);
    expect([...(tables[1]?.tBodies[0]?.rows ?? [])].map((r) => [...r.cells].map((c) => c.textContent))).to.deep.equal([
      ['Ana', '10', '10', '0', '0', '0'],
      ['Ben', '10', '10', '0', '0', '0'],
      ['Chen', '10', '10', '0', '0', '0'],
      ['Dee', '10', '7', '0', '0', '3'],
    ]);
    expect(main.querySelector('.report-flags li')?.textContent).to.equal('Dee has missed the last three meetings (2026-10-20, 2026-10-27, 2026-11-03).');
    await expectAccessible(main);
  });

  it('shows codes, never names, where no names are mapped (the coordinator’s view), and speaks Spanish', async () => {
    const main = await shown({ text: REPORT_MESSAGES.es, lang: 'es', member: (code) => code });
    expect(main.textContent).not.to.match(/Ana|Dee/);
    expect(main.querySelector('.report-flags li')?.textContent).to.equal('M4 ha faltado a las tres últimas reuniones (2026-10-20, 2026-10-27, 2026-11-03).');
    await expectAccessible(main);
  });

  it('labels only every few bars or the ends of a line, so labels never overlap; a missing point breaks the line', () => {
    const points = Array.from({ length: 11 }, (_, i) => ({ label: `09-${String(i + 1).padStart(2, '0')}`, value: i }));
    expect([...barChart('b', points, 10).querySelectorAll('.chart-label')].map((t) => t.textContent)).to.deep.equal(['09-01', '09-04', '09-07', '09-10']);
    const line = lineChart('l', [...points.slice(0, 3), { label: 'x', value: null }, ...points.slice(4)], 0, 10);
    expect([...line.querySelectorAll('.chart-label')].map((t) => t.textContent)).to.deep.equal(['09-01', '09-11', '0', '10']);
    expect(line.querySelector('path')?.getAttribute('d')?.match(/M/g)).to.have.length(2);
  });
});
