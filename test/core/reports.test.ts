import { expect } from '@esm-bundle/chai';
import {
  addAttendee,
  addMember,
  attendanceCsv,
  attendeeLeaves,
  createGroup,
  emptyPurpose,
  groupFigures,
  latestAgainstAverage,
  meetingEnded,
  meetingsCsv,
  memberLeaves,
  parseSharedReport,
  programmeLongCsv,
  programmeTotals,
  readSharedReport,
  programmeCsv,
  recordMeeting,
  recordTalk,
  shareReport,
  sameGroupHistory,
  submitResponse,
  emptyLog,
  formTemplate,
  type FeedbackForm,
  type FeedbackResponse,
  type Group,
  type SectionRun,
  type SharedReport,
  toMembers,
  addGoal,
  emptyGoals,
  markGoal,
} from '@peerkit/core';

/**
 * A programme to check the figures against by hand: three groups, twenty held
 * meetings, late arrivals, early leavers, an abandoned meeting, two meetings on
 * one day, old answers kept by day only, a member who joins late and one who leaves.
 */
const T0 = Date.UTC(2026, 0, 6, 18); // a Tuesday, 18:00
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
/** These tables hold no quoted cells, so lines and commas are enough to read them back (after the byte-order mark every table starts with). */
const parseCsv = (text: string) => {
  expect(text.startsWith('\uFEFF'), 'a UTF-8 byte-order mark first').to.equal(true);
  return text.slice(1).trimEnd().split('\r\n').map((line) => line.split(','));
};
const day = (at: number) => new Date(at).toISOString().slice(0, 10);

const form: FeedbackForm = {
  schemaVersion: 1,
  id: 'end',
  title: 'How was today?',
  templateId: null,
  questions: [
    { id: 'safe', type: 'scale', label: 'I felt safe', points: 5, lowLabel: 'No', highLabel: 'Yes', required: false },
    { id: 'heard', type: 'scale', label: 'I felt heard', points: 5, lowLabel: 'No', highLabel: 'Yes', required: false },
    { id: 'comment', type: 'long-text', label: 'Anything else?', required: false },
  ],
};
const PLAN: SectionRun[] = [
  { id: 'checkin', title: 'Check-in', plannedMs: 15 * 60_000, usedMs: 20 * 60_000 },
  { id: 'sharing', title: 'Sharing round', plannedMs: 45 * 60_000, usedMs: 40 * 60_000 },
  { id: 'close', title: 'Close', plannedMs: 5 * 60_000, usedMs: null },
];

interface Spec {
  at: number;
  here: string[];
  late?: string[];
  early?: string[];
  /** Left running: the next meeting abandons it. */
  abandoned?: boolean;
  ratio?: number;
}

function hold(start: Group, specs: Spec[]): Group {
  return specs.reduce((group, spec) => {
    let g = recordMeeting(group, { at: spec.at, facilitatorId: spec.here[0] ?? null, attended: spec.here });
    for (const id of spec.late ?? []) g = addAttendee(g, spec.at, id, spec.at + 10 * 60_000);
    for (const id of spec.early ?? []) g = attendeeLeaves(g, spec.at, id, spec.at + 40 * 60_000);
    if (spec.abandoned) return g;
    g = meetingEnded(g, spec.at, spec.at + 90 * 60_000, PLAN);
    return spec.ratio === undefined ? g : recordTalk(g, spec.at, { spokenMs: 1_800_000, largestShareRatio: spec.ratio, gini: 0.1 });
  }, start);
}

let responseCount = 0;
function answers(safe: number[], { meetingAt, at, comment }: { meetingAt?: number; at: number; comment?: string }): FeedbackResponse[] {
  return safe.map((value, i) => {
    const given = { safe: value, ...(i === 0 && meetingAt === T0 ? { heard: 4 } : {}), ...(comment && i === 0 ? { comment } : {}) };
    const result = submitResponse(emptyLog('end'), form, given, at + HOUR, `r${(responseCount += 1)}`, { meetingAt });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    return result.response;
  });
}

// Tuesday: Dee is late once and then absent three times running; Ben leaves early once; one
// meeting was abandoned; "I felt safe" falls from about 4.2 to 2.3 at the last meeting.
const tuesday = hold(createGroup('tuesday', 'Tuesday circle', toMembers(['Ana', 'Ben', 'Chen', 'Dee']), T0 - DAY, 'en', 'UTC'), [
  { at: T0, here: ['ana', 'ben', 'chen', 'dee'], ratio: 1.1 },
  { at: T0 + WEEK, here: ['ana', 'ben', 'chen'], late: ['dee'], ratio: 1.2 },
  { at: T0 + 2 * WEEK, here: ['ana', 'ben', 'chen', 'dee'], early: ['ben'], ratio: 1.6 },
  { at: T0 + 3 * WEEK, here: ['ana', 'ben'], abandoned: true },
  { at: T0 + 4 * WEEK, here: ['ana', 'ben', 'chen', 'dee'], ratio: 1.3 },
  { at: T0 + 5 * WEEK, here: ['ana', 'ben', 'chen'], ratio: 1.0 },
  { at: T0 + 6 * WEEK, here: ['ben', 'chen'], late: ['ana'], ratio: 1.7 },
  { at: T0 + 7 * WEEK, here: ['ana', 'ben', 'chen'], ratio: 1.2 },
]);
const tuesdayAnswers = [
  ...answers([4, 4, 5, 4], { meetingAt: T0, at: T0, comment: 'Ben talked about his sister Marta' }),
  ...answers([4, 4, 4], { meetingAt: T0 + WEEK, at: T0 + WEEK }),
  ...answers([4, 5, 4], { meetingAt: T0 + 2 * WEEK, at: T0 + 2 * WEEK }),
  ...answers([4, 4, 5], { meetingAt: T0 + 4 * WEEK, at: T0 + 4 * WEEK }),
  ...answers([4, 4, 4], { meetingAt: T0 + 5 * WEEK, at: T0 + 5 * WEEK }),
  ...answers([4, 5, 4], { meetingAt: T0 + 6 * WEEK, at: T0 + 6 * WEEK }),
  ...answers([2, 2, 3], { meetingAt: T0 + 7 * WEEK, at: T0 + 7 * WEEK, comment: 'I felt judged' }),
];

// Thursday: two meetings on one day; attendance falls 5, 4, 3, 2; Ida stops coming; old
// answers kept by day only (one day with one meeting, one day with two).
const thursday = hold(createGroup('thursday', 'Thursday group', toMembers(['Eva', 'Finn', 'Gus', 'Hal', 'Ida']), T0, 'en', 'UTC'), [
  { at: T0 + 2 * DAY, here: ['eva', 'finn', 'gus', 'hal', 'ida'] },
  { at: T0 + 9 * DAY, here: ['eva', 'finn', 'gus', 'hal', 'ida'] },
  { at: T0 + 16 * DAY - 8 * HOUR, here: ['eva', 'finn', 'gus', 'hal', 'ida'] },
  { at: T0 + 16 * DAY + HOUR, here: ['eva', 'finn', 'gus', 'hal'] },
  { at: T0 + 23 * DAY, here: ['eva', 'finn', 'gus'] },
  { at: T0 + 30 * DAY, here: ['eva', 'finn'] },
]);
const thursdayAnswers = [
  ...answers([5, 5, 4], { meetingAt: T0 + 2 * DAY, at: T0 + 2 * DAY }),
  ...answers([3, 4], { at: T0 + 9 * DAY }),
  ...answers([5, 5, 5], { at: T0 + 16 * DAY }),
];

// Monday: Max joins in week 3, Lee leaves after week 4 (late once before), Kai leaves one
// meeting early; the purpose's review is two meetings overdue; no feedback form.
let monday = createGroup('monday', 'Monday peers', toMembers(['Jo', 'Kai', 'Lee']), T0, 'en', 'UTC');
monday = addMember(monday, { id: 'max', name: 'Max' }, T0 + 3 * WEEK);
monday = memberLeaves(monday, 'lee', T0 + 4 * WEEK + DAY);
monday = hold(monday, [
  { at: T0 + 5 * DAY, here: ['jo', 'kai', 'lee'], ratio: 1.4 },
  { at: T0 + 5 * DAY + WEEK, here: ['jo', 'kai', 'lee'], ratio: 1.6 },
  { at: T0 + 5 * DAY + 2 * WEEK, here: ['jo', 'kai'], late: ['lee'], ratio: 1.5 },
  { at: T0 + 5 * DAY + 3 * WEEK, here: ['jo', 'kai', 'lee', 'max'], ratio: 1.2 },
  { at: T0 + 5 * DAY + 4 * WEEK, here: ['jo', 'kai', 'max'], ratio: 1.1 },
  { at: T0 + 5 * DAY + 5 * WEEK, here: ['jo', 'kai', 'max'], early: ['kai'], ratio: 1.3 },
  { at: T0 + 5 * DAY + 6 * WEEK, here: ['jo', 'kai', 'max'], ratio: 2.0 },
]);
const mondayPurpose = { ...emptyPurpose('en', 6), adopted: { text: 'We share and listen', at: T0 }, meetingsSinceReview: 8 };

const NOW = T0 + 10 * WEEK;
const reports = {
  tuesday: shareReport({ group: tuesday, form, responses: tuesdayAnswers, now: NOW }),
  thursday: shareReport({ group: thursday, form, responses: thursdayAnswers, now: NOW }),
  monday: shareReport({ group: monday, purpose: mondayPurpose, now: NOW }),
};

describe('reports: a group shared without names', () => {
  it('counts the group’s goals by term, met and in progress, and never carries their words', () => {
    let goals = addGoal(emptyGoals(), 'g1', { term: 'short', text: 'Ground rules agreed', howWeKnow: 'All said yes' }, NOW);
    goals = markGoal(addGoal(goals, 'g2', { term: 'long', text: 'A support network built', howWeKnow: 'We call each other' }, NOW), 'g1', true, NOW);
    const report = shareReport({ group: tuesday, goals, now: NOW });
    expect(report.goals).to.deep.equal({ short: { met: 1, inProgress: 0 }, long: { met: 0, inProgress: 1 } });
    expect(JSON.stringify(report)).to.not.match(/Ground rules agreed|support network|call each other/);
    expect(parseSharedReport(JSON.parse(JSON.stringify(report)))).to.deep.equal({ ok: true, value: report });
    expect(groupFigures(report).goals).to.deep.equal(report.goals);
    expect(shareReport({ group: tuesday, goals: emptyGoals(), now: NOW })).to.not.have.property('goals');
    expect(parseSharedReport({ ...report, goals: { short: { met: -1, inProgress: 0 } } }).ok).to.equal(false);
  });

  it('holds the figures only: codes for members, days for dates, feedback as counts and means above the minimum', () => {
    const report = reports.tuesday;
    expect(report.members).to.deep.equal([
      { code: 'M1', joined: day(T0 - DAY), left: null },
      { code: 'M2', joined: day(T0 - DAY), left: null },
      { code: 'M3', joined: day(T0 - DAY), left: null },
      { code: 'M4', joined: day(T0 - DAY), left: null },
    ]);
    expect(report.meetings).to.have.length(8);
    expect(report.meetings[1]).to.deep.equal({
      day: '2026-01-13',
      status: 'ended',
      facilitator: 'M1',
      attendance: [
        { member: 'M1', late: false, leftEarly: false },
        { member: 'M2', late: false, leftEarly: false },
        { member: 'M3', late: false, leftEarly: false },
        { member: 'M4', late: true, leftEarly: false },
      ],
      plannedMinutes: 65,
      usedMinutes: 60,
      largestShareRatio: 1.2,
      feedback: { responses: 3, answered: { safe: 3, heard: 0 }, means: { safe: 4, heard: null }, tallies: {} },
    });
    // Four forms, one answer to "I felt heard": that one answer is never published.
    expect(report.meetings[0]?.feedback).to.deep.equal({ responses: 4, answered: { safe: 4, heard: 1 }, means: { safe: 4.25, heard: null }, tallies: {} });
    expect(report.timeZone).to.equal('UTC');
    expect(report.meetings[3]).to.deep.include({ status: 'abandoned', feedback: null });
    expect(report.meetings[7]?.feedback).to.deep.equal({ responses: 3, answered: { safe: 3, heard: 0 }, means: { safe: 2.33, heard: null }, tallies: {} });
    expect(report.questions).to.deep.equal([
      { id: 'safe', label: 'I felt safe', points: 5 },
      { id: 'heard', label: 'I felt heard', points: 5 },
    ]);
    const text = JSON.stringify(reports);
    for (const secret of ['Ana', 'Ben', 'Dee', 'Eva', 'Ida', 'Jo"', 'Max', 'Marta', 'judged', 'We share and listen', 'ana', 'T18:']) {
      expect(text, secret).not.to.include(secret);
    }
    expect(parseSharedReport(JSON.parse(JSON.stringify(report)))).to.deep.equal({ ok: true, value: report });
  });

  it('carries the ids a group had before (made from its name), so its earlier reports line up with its new id', () => {
    const before = reports.tuesday;
    const moved = shareReport({ group: { ...tuesday, id: 'g-7k2m9x4q1c3z', formerIds: [tuesday.id] }, form, responses: tuesdayAnswers, now: NOW });
    expect(moved.group).to.deep.equal({ id: 'g-7k2m9x4q1c3z', name: tuesday.name, formerIds: [tuesday.id] });
    expect(parseSharedReport(JSON.parse(JSON.stringify(moved)))).to.deep.equal({ ok: true, value: moved });
    expect(sameGroupHistory(before, moved)).to.equal(true);
    expect(sameGroupHistory(moved, before)).to.equal(true);
    // Another group that once had a name-made id of its own is not this one.
    expect(sameGroupHistory(before, { ...moved, group: { id: 'g-0000000000zz', name: tuesday.name, formerIds: ['another-circle'] } })).to.equal(false);
    expect(parseSharedReport({ ...moved, group: { ...moved.group, formerIds: [''] } }).ok).to.equal(false);
  });

  it('links old answers kept by day only to the one meeting of that day, never to one of two', () => {
    const meetings = reports.thursday.meetings;
    expect(meetings.map((m) => m.feedback)).to.deep.equal([
      { responses: 3, answered: { safe: 3, heard: 0 }, means: { safe: 4.67, heard: null }, tallies: {} },
      { responses: 2, answered: { safe: 2, heard: 0 }, means: { safe: null, heard: null }, tallies: {} },
      { responses: 0, answered: { safe: 0, heard: 0 }, means: { safe: null, heard: null }, tallies: {} },
      { responses: 0, answered: { safe: 0, heard: 0 }, means: { safe: null, heard: null }, tallies: {} },
      { responses: 0, answered: { safe: 0, heard: 0 }, means: { safe: null, heard: null }, tallies: {} },
      { responses: 0, answered: { safe: 0, heard: 0 }, means: { safe: null, heard: null }, tallies: {} },
    ]);
    expect(meetings[2]?.day).to.equal(meetings[3]?.day);
  });

  it('refuses a malformed report whole, naming each problem; names and unknown fields cannot ride along', () => {
    const report = JSON.parse(JSON.stringify(reports.tuesday)) as SharedReport & Record<string, unknown>;
    const bad = {
      ...report,
      format: 'peerkit',
      notes: 'x',
      members: [{ code: 'Ana', joined: '2026-01-05T10:00', left: null }, ...report.members.slice(1)],
      meetings: [{ ...report.meetings[0], attendance: [{ member: 'M9', late: 'no', leftEarly: false }], feedback: { responses: 1, means: { safe: 4, mood: 3 } } }],
    };
    expect(parseSharedReport(bad)).to.deep.equal({
      ok: false,
      errors: [
        'report.notes: is not part of a shared report',
        'report.format: expected "peerkit-report": this is not a PeerKit shared report',
        'report.members[0].code: expected a member code such as "M1", got "Ana"',
        'report.members[0].joined: expected a day as YYYY-MM-DD, got "2026-01-05T10:00"',
        'report.meetings[0].facilitator: "M1" is not one of the report’s members',
        'report.meetings[0].attendance[0].member: "M9" is not one of the report’s members',
        'report.meetings[0].attendance[0].late: expected true or false, got "no"',
        'report.meetings[0].feedback.answered: expected an object, got nothing',
        'report.meetings[0].feedback.means.safe: must be null: 0 answered this question, fewer than 3',
        'report.meetings[0].feedback.means.mood: is not one of the report’s questions',
        'report.meetings[0].feedback.tallies: expected an object, got nothing',
      ],
    });
  });

  it('refuses a mean drawn from fewer answers to that question than the minimum, however many forms were given', () => {
    const report = JSON.parse(JSON.stringify(reports.tuesday)) as SharedReport;
    const meeting = report.meetings[0] as SharedReport['meetings'][number];
    meeting.feedback = { responses: 4, answered: { safe: 4, heard: 1 }, means: { safe: 4.25, heard: 1 }, tallies: {} };
    expect(parseSharedReport(report)).to.deep.equal({ ok: false, errors: ['report.meetings[0].feedback.means.heard: must be null: 1 answered this question, fewer than 3'] });
    meeting.feedback = { responses: 4, answered: { safe: 5, heard: 1 }, means: { safe: 4.25, heard: null }, tallies: {} };
    expect(parseSharedReport(report)).to.deep.equal({ ok: false, errors: ['report.meetings[0].feedback.answered.safe: must be at most 4, got 5'] });
  });

  it('refuses impossible days and unknown time zones', () => {
    const report = JSON.parse(JSON.stringify(reports.tuesday)) as SharedReport;
    expect(parseSharedReport({ ...report, madeOn: '2026-02-30', timeZone: 'Mars/Olympus' })).to.deep.equal({
      ok: false,
      errors: ['report.madeOn: 2026-02-30 is not a day of the calendar', 'report.timeZone: expected a time zone such as "America/Mexico_City", got "Mars/Olympus"'],
    });
  });

  it('reads a version 1 report as version 2: its days said to be UTC days, and its means withheld, since it cannot tell how many answered each question', () => {
    const v2 = JSON.parse(JSON.stringify(reports.tuesday)) as SharedReport;
    const { timeZone: _zone, ...rest } = v2;
    const v1 = { ...rest, formatVersion: 1, meetings: v2.meetings.map((m) => ({ ...m, feedback: m.feedback && { responses: m.feedback.responses, means: { safe: 4, heard: 1 }, tallies: {} } })) };
    const read = readSharedReport(v1);
    if (!read.ok) throw new Error(read.errors.join('\n'));
    expect(read.value.timeZone).to.equal('UTC');
    expect(read.value.meetings[0]?.feedback).to.deep.equal({ responses: 4, answered: {}, means: { safe: null, heard: null }, tallies: {} });
    expect(parseSharedReport(v1).ok).to.equal(false);
  });
});

describe('reports: local days in the group’s time zone', () => {
  const at = (iso: string) => Date.parse(iso);
  const held = (zone: string, when: number) => {
    const group = meetingEnded(recordMeeting(createGroup('g', 'G', toMembers(['Ana', 'Ben', 'Cy']), when - WEEK, 'en', zone), { at: when, facilitatorId: 'ana', attended: ['ana', 'ben', 'cy'] }), when, when + HOUR);
    const given = [5, 4, 4].map((safe, i) => {
      const result = submitResponse(emptyLog('end'), form, { safe }, when + HOUR, `z${i}`, { meetingAt: when });
      if (!result.ok) throw new Error('refused');
      return result.response;
    });
    return shareReport({ group, form, responses: given, now: when + 2 * HOUR });
  };

  for (const [zone, local, instant] of [
    ['America/Los_Angeles', '2026-11-30', at('2026-12-01T02:30:00Z')], // Monday 18:30
    ['America/Los_Angeles', '2026-11-30', at('2026-12-01T07:30:00Z')], // Monday 23:30
    ['America/Mexico_City', '2026-11-30', at('2026-12-01T00:30:00Z')], // Monday 18:30
    ['America/Mexico_City', '2026-11-30', at('2026-12-01T05:30:00Z')], // Monday 23:30
    ['Europe/Madrid', '2026-12-01', at('2026-11-30T23:30:00Z')], // Tuesday 00:30
  ] as const) {
    it(`puts a meeting at ${new Date(instant).toISOString().slice(11, 16)} UTC in ${zone} on ${local}, in the report, its figures and its CSV`, () => {
      const report = held(zone, instant);
      expect(report.meetings[0]?.day).to.equal(local);
      expect(report.timeZone).to.equal(zone);
      const figures = groupFigures(report, { from: local, to: local });
      expect(figures.meetings.map((m) => m.day)).to.deep.equal([local]);
      expect(figures.feedback[0]?.points).to.deep.equal([{ day: local, mean: 4.33 }]);
      expect(parseCsv(meetingsCsv(figures, report.questions))[1]?.[0]).to.equal(local);
      expect(parseSharedReport(JSON.parse(JSON.stringify(report))).ok).to.equal(true);
    });
  }
});

describe('reports: figures a coordinator can trust', () => {
  it('counts only held meetings, with attendance per meeting and per member: present, late, left early, absent', () => {
    const figures = groupFigures(reports.tuesday);
    expect(figures.meetingsHeld).to.equal(7);
    expect(figures.meetingsAbandoned).to.equal(1);
    expect(figures.meetings.map((m) => [m.day, m.present, m.late, m.leftEarly, m.absent])).to.deep.equal([
      ['2026-01-06', 4, 0, 0, 0],
      ['2026-01-13', 4, 1, 0, 0],
      ['2026-01-20', 4, 0, 1, 0],
      ['2026-02-03', 4, 0, 0, 0],
      ['2026-02-10', 3, 0, 0, 1],
      ['2026-02-17', 3, 1, 0, 1],
      ['2026-02-24', 3, 0, 0, 1],
    ]);
    expect(figures.members).to.deep.equal([
      { code: 'M1', current: true, possible: 7, present: 7, late: 1, leftEarly: 0, absent: 0 },
      { code: 'M2', current: true, possible: 7, present: 7, late: 0, leftEarly: 1, absent: 0 },
      { code: 'M3', current: true, possible: 7, present: 7, late: 0, leftEarly: 0, absent: 0 },
      { code: 'M4', current: true, possible: 7, present: 4, late: 1, leftEarly: 0, absent: 3 },
    ]);
    expect(figures.attendanceRate).to.equal(25 / 28);
  });

  it('counts members only while they belong: one joins late, one leaves', () => {
    const figures = groupFigures(reports.monday);
    expect(figures.meetings.map((m) => [m.members, m.present, m.absent])).to.deep.equal([
      [3, 3, 0],
      [3, 3, 0],
      [3, 3, 0],
      [4, 4, 0],
      [3, 3, 0],
      [3, 3, 0],
      [3, 3, 0],
    ]);
    expect(figures.members.map((m) => [m.code, m.current, m.possible, m.present, m.late, m.leftEarly])).to.deep.equal([
      ['M1', true, 7, 7, 0, 0],
      ['M2', true, 7, 7, 0, 1],
      ['M3', false, 4, 4, 1, 0],
      ['M4', true, 4, 4, 0, 0],
    ]);
    expect(figures.attendanceRate).to.equal(1);
  });

  it('measures retention after 4, 8 and 12 meetings, and how evenly the rounds were shared', () => {
    expect(groupFigures(reports.tuesday).retention).to.deep.equal([
      { after: 4, eligible: 4, stillComing: 3 },
      { after: 8, eligible: 0, stillComing: 0 },
      { after: 12, eligible: 0, stillComing: 0 },
    ]);
    expect(groupFigures(reports.thursday).retention[0]).to.deep.equal({ after: 4, eligible: 5, stillComing: 3 });
    expect(groupFigures(reports.monday).retention[0]).to.deep.equal({ after: 4, eligible: 3, stillComing: 2 });
    expect(groupFigures(reports.tuesday).equity).to.deep.equal({ meetingsWithRound: 7, medianLargestShare: 1.2, dominatedShare: 2 / 7 });
    expect(groupFigures(reports.monday).equity).to.deep.equal({ meetingsWithRound: 7, medianLargestShare: 1.4, dominatedShare: 2 / 7 });
    expect(groupFigures(reports.thursday).equity).to.deep.equal({ meetingsWithRound: 0, medianLargestShare: null, dominatedShare: null });
  });

  it('raises the flags a coordinator wants: a score down a point, attendance falling, a member absent three times, a review overdue', () => {
    expect(groupFigures(reports.tuesday).flags).to.deep.equal([
      { kind: 'feedback-drop', questionId: 'safe', label: 'I felt safe', day: '2026-02-24', latest: 2.33, average: 4.21 },
      { kind: 'member-absent', member: 'M4', days: ['2026-02-10', '2026-02-17', '2026-02-24'] },
    ]);
    expect(groupFigures(reports.thursday).flags).to.deep.equal([
      { kind: 'attendance-falling', days: ['2026-01-22', '2026-01-22', '2026-01-29', '2026-02-05'], present: [5, 4, 3, 2] },
      { kind: 'member-absent', member: 'M5', days: ['2026-01-22', '2026-01-29', '2026-02-05'] },
    ]);
    expect(groupFigures(reports.monday).flags).to.deep.equal([{ kind: 'review-overdue', meetingsSinceReview: 8, reviewAfterMeetings: 6 }]);
    const total = [reports.tuesday, reports.thursday, reports.monday].reduce((sum, r) => sum + groupFigures(r).meetingsHeld, 0);
    expect(total).to.equal(20);
  });

  it('keeps to a date range: meetings outside it, and their flags, are left out', () => {
    const figures = groupFigures(reports.tuesday, { from: '2026-01-20', to: '2026-02-03' });
    expect(figures.meetings.map((m) => m.day)).to.deep.equal(['2026-01-20', '2026-02-03']);
    expect(figures.meetingsAbandoned).to.equal(1);
    expect(figures.flags).to.deep.equal([]);
    expect(groupFigures(reports.tuesday, { from: '2026-03-01' }).attendanceRate).to.equal(null);
  });

  it('writes each table as spreadsheet-safe CSV, with names only when the group’s own device maps them', () => {
    const figures = groupFigures(reports.tuesday);
    const rows = parseCsv(meetingsCsv(figures, reports.tuesday.questions));
    expect(rows[0]).to.deep.equal(['day', 'facilitator', 'members', 'present', 'late', 'left early', 'absent', 'largest share ratio', 'planned minutes', 'used minutes', 'responses', 'I felt safe', 'I felt heard']);
    expect(rows.at(-1)).to.deep.equal(['2026-02-24', 'M1', '4', '3', '0', '0', '1', '1.2', '65', '60', '3', '2.33', 'n/a']);
    const names = new Map([['M1', '=Ana']]);
    expect(parseCsv(attendanceCsv(figures, (code) => names.get(code) ?? code))[1]).to.deep.equal(["'=Ana", 'yes', '7', '7', '1', '0', '0']);
    const programme = parseCsv(programmeCsv([figures, groupFigures(reports.monday)]));
    expect(programme[0]?.slice(9, 15)).to.deep.equal(['retained_4', 'eligible_4', 'retained_8', 'eligible_8', 'retained_12', 'eligible_12']);
    expect(programme[1]).to.deep.equal(['Tuesday circle', 'UTC', '2026-03-17', '7', '1', '4', '4', '25', '0.89', '3', '4', 'n/a', '0', 'n/a', '0', 'n/a', 'n/a', '1.2', '0.29', '2', 'feedback-drop | member-absent']);
    expect(programme[2]?.slice(9, 11)).to.deep.equal(['2', '3']);
    // What a spreadsheet would turn into a date: "3/4", "6/7", "10/12". Only the day columns are days.
    for (const row of programme.slice(1)) for (const cell of [row[0], ...row.slice(3)]) expect(cell, cell).not.to.match(/^\d{1,2}[/-]\d{1,2}$|^\d{4}-\d{2}-\d{2}$/);
  });

  it('writes the long table for pivot tables: a row per group, meeting and question, "n/a" where withheld', () => {
    const rows = parseCsv(programmeLongCsv([{ figures: groupFigures(reports.tuesday, { from: '2026-02-24' }), questions: reports.tuesday.questions, choices: reports.tuesday.choices }]));
    expect(rows).to.deep.equal([
      ['group', 'day', 'present', 'members', 'responses', 'question id', 'question', 'scale points', 'answered', 'mean', 'option', 'count'],
      ['Tuesday circle', '2026-02-24', '3', '4', '3', 'safe', 'I felt safe', '5', '3', '2.33', 'n/a', 'n/a'],
      ['Tuesday circle', '2026-02-24', '3', '4', '3', 'heard', 'I felt heard', '5', '0', 'n/a', 'n/a', 'n/a'],
    ]);
  });

  it('totals a programme for a funder: meetings, attendances, who came back, and each question across groups from enough answers', () => {
    const range = { from: '2026-01-20' };
    const all = [reports.tuesday, reports.monday, reports.thursday].map((r) => ({ figures: groupFigures(r, range), questions: r.questions, choices: r.choices, minResponses: r.minResponses }));
    const totals = programmeTotals(all);
    expect(totals).to.deep.include({ groups: 3, meetingsHeld: 14, meetingsStopped: 1, attendances: 47, returning: { eligible: 12, came: 12 } });
    expect(totals.outcomes).to.deep.equal([
      { questionId: 'safe', label: 'I felt safe', alsoAsked: [], points: 5, groups: 1, meetings: 5, answers: 15, mean: 3.86 },
      { questionId: 'heard', label: 'I felt heard', alsoAsked: [], points: 5, groups: 0, meetings: 0, answers: 0, mean: null },
    ]);
    expect(programmeTotals(all.map((g) => ({ ...g, figures: groupFigures(reports.tuesday) }))).returning).to.equal(null);
  });

  it('puts the same built-in question asked in English and in Spanish side by side, named in the reader’s language', () => {
    const when = Date.UTC(2026, 10, 2, 18);
    const report = (lang: 'en' | 'es', safe: number[]) => {
      const builtIn = formTemplate('end-of-meeting', lang);
      const group = meetingEnded(recordMeeting(createGroup(lang, lang, toMembers(['Ana', 'Ben', 'Cy']), when - WEEK, lang, 'UTC'), { at: when, facilitatorId: 'ana', attended: ['ana', 'ben', 'cy'] }), when, when + HOUR);
      const given = safe.map((value, i) => {
        const result = submitResponse(emptyLog(builtIn.id), builtIn, { safe: value }, when + HOUR, `${lang}${i}`, { meetingAt: when });
        if (!result.ok) throw new Error('refused');
        return result.response;
      });
      return shareReport({ group, form: builtIn, responses: given, now: when + DAY });
    };
    const groups = [report('en', [5, 5, 5]), report('es', [2, 2, 2])].map((r) => ({ figures: groupFigures(r), questions: r.questions, choices: r.choices, minResponses: r.minResponses }));
    const safe = programmeTotals(groups, 'es').outcomes.find((o) => o.questionId === 'safe');
    expect(safe).to.deep.equal({ questionId: 'safe', label: 'Me sentí seguro o segura para compartir.', alsoAsked: ['I felt safe to share.'], points: 5, groups: 2, meetings: 2, answers: 6, mean: 3.5 });
  });

  it('counts a one-choice question ("Will you come back?") per option across groups and languages, never from fewer answers than the minimum', () => {
    const when = Date.UTC(2026, 10, 2, 18);
    const report = (lang: 'en' | 'es', picks: string[]) => {
      const builtIn = formTemplate('first-meeting', lang);
      const group = meetingEnded(recordMeeting(createGroup(lang, lang, toMembers(['Ana', 'Ben', 'Cy', 'Dee']), when - WEEK, lang, 'UTC'), { at: when, facilitatorId: 'ana', attended: ['ana', 'ben', 'cy', 'dee'] }), when, when + HOUR);
      const given = picks.map((pick, i) => {
        const result = submitResponse(emptyLog(builtIn.id), builtIn, { return: pick }, when + HOUR, `${lang}${i}`, { meetingAt: when });
        if (!result.ok) throw new Error(JSON.stringify(result.problems));
        return result.response;
      });
      return shareReport({ group, form: builtIn, responses: given, now: when + DAY });
    };
    const english = report('en', ['Yes', 'Yes', 'Maybe']);
    expect(english.choices.find((c) => c.id === 'return')).to.deep.equal({ id: 'return', label: 'Will you come back?', options: ['Yes', 'Maybe', 'No'] });
    expect(english.meetings[0]?.feedback?.tallies.return).to.deep.equal([2, 1, 0]);
    expect(parseSharedReport(JSON.parse(JSON.stringify(english))).ok).to.equal(true);
    // Two answers: withheld in the report, and refused in a file that shows them.
    const two = report('es', ['Sí', 'No']);
    expect(two.meetings[0]?.feedback?.tallies.return).to.equal(null);
    const forged = JSON.parse(JSON.stringify(two)) as SharedReport;
    (forged.meetings[0] as SharedReport['meetings'][number]).feedback!.tallies.return = [1, 0, 1];
    expect(parseSharedReport(forged)).to.deep.equal({ ok: false, errors: ['report.meetings[0].feedback.tallies.return: must be null: 2 answered this question, fewer than 3'] });
    const spanish = report('es', ['Quizás', 'No', 'No']);
    const groups = [english, spanish, two].map((r) => ({ figures: groupFigures(r), questions: r.questions, choices: r.choices, minResponses: r.minResponses }));
    const back = programmeTotals(groups, 'en').choices.find((c) => c.questionId === 'return');
    expect(back).to.deep.equal({ questionId: 'return', label: 'Will you come back?', alsoAsked: ['¿Volverás?'], options: ['Yes', 'Maybe', 'No'], counts: [2, 2, 2], groups: 2, meetings: 2, answers: 6 });
  });

  it('flags what needs attention, with the reason: one voice over half the rounds, no usable feedback, low attendance, a report older than the period', () => {
    expect(groupFigures(reports.monday, { from: '2026-02-01' }).flags.map((f) => f.kind)).to.deep.equal(['review-overdue']);
    const dominated = { ...reports.monday, meetings: reports.monday.meetings.map((m) => ({ ...m, largestShareRatio: 2 })) };
    expect(groupFigures(dominated).flags).to.deep.include({ kind: 'dominated', share: 1, meetings: 7 });
    // Thursday: a form, answers, and not one meeting with enough answers to one question linked to it in this period.
    expect(groupFigures(reports.thursday, { from: '2026-01-20' }).flags).to.deep.include({ kind: 'no-feedback', meetings: 4 });
    expect(groupFigures(reports.thursday, { from: '2026-01-29' }).flags).to.deep.include({ kind: 'low-attendance', rate: 0.5, threshold: 0.6 });
    // Made on 2026-03-17: stale for a period to the end of March, and for an open period read a fortnight later.
    expect(groupFigures(reports.tuesday, { to: '2026-03-31' }).flags[0]).to.deep.equal({ kind: 'stale', madeOn: '2026-03-17', until: '2026-03-31' });
    expect(groupFigures(reports.tuesday, {}, '2026-03-31').flags[0]).to.deep.equal({ kind: 'stale', madeOn: '2026-03-17', until: '2026-03-31' });
    expect(groupFigures(reports.tuesday, {}, '2026-03-20').flags.some((f) => f.kind === 'stale')).to.equal(false);
  });
});

interface ObjectSchema {
  required: string[];
  properties: Record<string, { enum?: string[] }>;
}
const schema = (await (await fetch('/packages/core/schema/report.schema.json')).json()) as ObjectSchema & { $defs: Record<string, ObjectSchema> };

describe('reports: the documented format', () => {
  it('agrees with the JSON Schema: every field required at each level, and none beyond them', () => {
    /** A copy of the report with one object inside it changed. */
    const at = (path: (r: Record<string, unknown>) => Record<string, unknown>) => (change: (object: Record<string, unknown>) => void) => {
      const copy = JSON.parse(JSON.stringify(reports.tuesday)) as Record<string, unknown>;
      change(path(copy));
      return copy;
    };
    const first = (list: string) => (r: Record<string, unknown>) => (r[list] as Record<string, unknown>[])[0] as Record<string, unknown>;
    const levels: [ObjectSchema, ReturnType<typeof at>][] = [
      [schema, at((r) => r)],
      [schema.$defs.member as ObjectSchema, at(first('members'))],
      [schema.$defs.question as ObjectSchema, at(first('questions'))],
      [schema.$defs.meeting as ObjectSchema, at(first('meetings'))],
      [schema.$defs.attendance as ObjectSchema, at((r) => first('attendance')(first('meetings')(r)))],
    ];
    for (const [level, changed] of levels) {
      expect(Object.keys(level.properties).sort()).to.deep.equal([...level.required].sort());
      for (const field of level.required) {
        expect(parseSharedReport(changed((o) => Reflect.deleteProperty(o, field))).ok, `${field} is required`).to.equal(false);
      }
      expect(parseSharedReport(changed((o) => (o.extra = 1))).ok, 'no other field').to.equal(false);
    }
    expect(schema.$defs.meeting?.properties.status?.enum).to.deep.equal(['ended', 'abandoned']);
  });
});

describe('reports: a question’s latest mean against its own earlier average', () => {
  it('is what the flag compares, and what the coordinator sees beside each group', () => {
    const safe = groupFigures(reports.tuesday).feedback[0]!;
    expect(latestAgainstAverage(safe)).to.deep.equal({ day: '2026-02-24', latest: 2.33, average: 4.21, earlier: 6 });
    expect(latestAgainstAverage({ ...safe, points: safe.points.slice(0, 1) })).to.equal(null);
  });
});
