// Reports: a programme of 50 groups × 100 meetings (8 members, late arrivals, early leavers,
// feedback at every meeting), made with the core's own functions. Times making each group's
// shared report, reading them back as a coordinator's import does, and computing every
// group's figures; and the size of one group's shared file. Used by run.mjs; on its own:
// `node bench/reports.mjs` (after `npx tsc -p packages/core/tsconfig.build.json`).
import { gzipSync } from 'node:zlib';
import { median, time } from './measure.mjs';

const DAY = 86_400_000;

/** One invented group's record and its feedback, the same every run (core's seeded generator). */
export function inventedProgrammeGroup(core, index, meetings = 100) {
  const random = core.seededRandom(index + 1);
  const start = Date.UTC(2024, 0, 1, 18) + index * DAY;
  const names = Array.from({ length: 8 }, (_, i) => `Member ${index}-${i}`);
  let group = core.createGroup(`group-${index}`, `Group ${index}`, names, start - DAY);
  const form = core.formTemplate('end-of-meeting', 'en');
  const responses = [];
  for (let m = 0; m < meetings; m++) {
    const at = start + m * 7 * DAY;
    const here = group.members.filter(() => random() > 0.25).map((member) => member.id);
    group = core.recordMeeting(group, { at, facilitatorId: here[0] ?? null, attended: here });
    const absent = group.members.find((member) => !here.includes(member.id));
    if (absent && random() > 0.6) group = core.addAttendee(group, at, absent.id, at + 600_000);
    if (here[1] && random() > 0.8) group = core.attendeeLeaves(group, at, here[1], at + 3_000_000);
    if (random() > 0.97) continue; // abandoned when the next one starts
    group = core.meetingEnded(group, at, at + 5_400_000, [{ id: 'sharing', title: 'Sharing round', plannedMs: 2_700_000, usedMs: 2_600_000 }]);
    group = core.recordTalk(group, at, { spokenMs: 2_400_000, largestShareRatio: 1 + random(), gini: 0.1 });
    for (let r = 0; r < Math.max(1, here.length - 2); r++) {
      const answers = { safe: 1 + Math.floor(random() * 5), heard: 1 + Math.floor(random() * 5), 'fair-time': 1 + Math.floor(random() * 5) };
      const result = core.submitResponse(core.emptyLog(form.id), form, answers, at + 5_000_000, `g${index}-m${m}-r${r}`, { meetingAt: at });
      responses.push(result.response);
    }
  }
  return { group, form, responses };
}

export function reportsBench(core, { groups = 50, meetings = 100, repeats = 3 } = {}) {
  const programme = Array.from({ length: groups }, (_, i) => inventedProgrammeGroup(core, i, meetings));
  const now = Date.UTC(2026, 0, 1);
  let reports = [];
  const share = [];
  const read = [];
  const figures = [];
  for (let i = 0; i < repeats; i++) {
    share.push(time(() => (reports = programme.map((source) => core.shareReport({ ...source, now })))));
    const files = reports.map((report) => JSON.stringify(report));
    read.push(time(() => files.forEach((file) => core.parseSharedReport(JSON.parse(file)))));
    figures.push(time(() => reports.forEach((report) => core.groupFigures(report))));
  }
  const file = JSON.stringify(reports[0], null, 2);
  return {
    groups,
    meetings,
    repeats,
    shareMs: median(share),
    readMs: median(read),
    figuresMs: median(figures),
    fileBytes: Buffer.byteLength(file),
    fileGzip: gzipSync(file, { level: 9 }).length,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const core = await import(new URL('../packages/core/dist/index.js', import.meta.url).href);
  console.log(reportsBench(core));
}
