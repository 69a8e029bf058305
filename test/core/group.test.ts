import { expect } from '@esm-bundle/chai';
import {
  PEERKIT_KINDS,
  addAttendee,
  attendeeIds,
  attendeeLeaves,
  endMeeting as endAgenda,
  meetingAbandoned,
  meetingEnded,
  planAsRun,
  startSection,
  type Group,
  type Meeting,
  addDraft,
  addMember,
  adoptDraft,
  emptyPurpose,
  agendaTemplate,
  attendanceCounts,
  createGroup,
  deviceTimeZone,
  facilitatorAmong,
  plannedMinutes,
  rememberPlan,
  migrateGroupV4,
  createRound,
  exportGroup,
  forgetGroup,
  isRandomId,
  moveNamedIds,
  movedGroupId,
  randomId,
  groupKind,
  importGroup,
  meetingsUntilReview,
  memberLeaves,
  checkinChoice,
  chooseCheckin,
  undoLeave,
  setPurposeReviewAfter,
  setReviewAfter,
  migrate,
  openStore,
  parseGroup,
  presentMembers,
  recordMeeting,
  recordTalk,
  suggestAgendaTemplate,
  suggestFacilitator,
  talkFairness,
  type PeerStore,
  type RoundStats,
  toMembers,
    addContribution,
  addRule,
  createCheckin,
  emptyLog,
  emptyRuleSet,
  formTemplate,
  giveMood,
  respond,
  setFit,
  submitResponse,
  type CheckinRound,
  type Question,
  type Purpose,
  type ResponseLog,
  type Round,
  type RuleSet,
  reviewCount,
  recordReview,
  purposeUnfinished,
  purposeStepReached,
  carryPurposeOn,
} from '@peerkit/core';

const T0 = Date.UTC(2026, 10, 3);
const WEEK = 7 * 86_400_000;

describe('group record', () => {
  it('keeps members joining and leaving, with dates', () => {
    let group = createGroup('tuesday', 'Tuesday circle', toMembers(['Ana', 'Ben']), T0);
    group = addMember(group, { id: 'chen', name: 'Chen' }, T0 + WEEK);
    group = addMember(group, '  ', T0 + WEEK);
    group = memberLeaves(group, 'ben', T0 + 2 * WEEK);
    expect(presentMembers(group).map((m) => m.name)).to.deep.equal(['Ana', 'Chen']);
    expect(group.members.find((m) => m.id === 'ben')?.leftAt).to.equal(T0 + 2 * WEEK);
    expect(group.members.find((m) => m.id === 'chen')?.joinedAt).to.equal(T0 + WEEK);
  });

  it('takes back a leaving only as it was marked: an undo restores the member, a stale undo does nothing', () => {
    const left = memberLeaves(createGroup('g', 'G', toMembers(['Ana', 'Ben']), T0), 'ben', T0 + WEEK);
    const back = undoLeave(left, 'ben', T0 + WEEK);
    expect(presentMembers(back).map((m) => m.name)).to.deep.equal(['Ana', 'Ben']);
    expect(back.members.find((m) => m.id === 'ben')?.leftAt).to.equal(null);
    // Ben left again later: the old undo must not bring him back.
    const leftAgain = memberLeaves(back, 'ben', T0 + 3 * WEEK);
    expect(undoLeave(leftAgain, 'ben', T0 + WEEK)).to.equal(leftAgain);
  });

  it('suggests the next facilitator fairly: fewest turns, then longest since, then who joined first', () => {
    let group = createGroup('g', 'G', toMembers(['Ana', 'Ben', 'Chen']), T0);
    expect(suggestFacilitator(group)?.name).to.equal('Ana');
    group = recordMeeting(group, { at: T0, facilitatorId: 'ana', attended: ['ana', 'ben'] });
    expect(suggestFacilitator(group)?.name).to.equal('Ben');
    group = recordMeeting(group, { at: T0 + WEEK, facilitatorId: 'ben', attended: ['ana', 'ben', 'chen'] });
    group = recordMeeting(group, { at: T0 + 2 * WEEK, facilitatorId: 'chen', attended: ['chen', 'chen'] });
    expect(suggestFacilitator(group)?.name).to.equal('Ana');
    group = memberLeaves(group, 'ana', T0 + 3 * WEEK);
    expect(suggestFacilitator(group)?.name).to.equal('Ben');
    expect(attendanceCounts(group)).to.deep.equal({ ana: 2, ben: 2, chen: 2 });
  });

  it('validates a stored or imported group, naming each problem', () => {
    const group = recordMeeting(createGroup('g', 'G', toMembers(['Ana']), T0), { at: T0, facilitatorId: 'ana', attended: ['ana'] });
    expect(parseGroup(JSON.parse(JSON.stringify(group)))).to.deep.equal({ ok: true, value: group });
    const attendance = [
      { memberId: 'ana', arrivedAt: T0, leftAt: T0 - 1 },
      { memberId: 'yo', arrivedAt: null, leftAt: null },
      { memberId: 'ana', arrivedAt: T0, leftAt: null },
    ];
    const bad = { at: T0, facilitatorId: 'zed', attendance, status: 'running', endedAt: T0, plan: [{ id: 's', title: 'S', plannedMs: -1, usedMs: null }], talk: { spokenMs: 5, largestShareRatio: 1, gini: 2 } };
    expect(parseGroup({ ...group, meetings: [bad, { ...bad, attendance: [], facilitatorId: 'ana', status: 'held', talk: null, plan: null }] })).to.deep.equal({
      ok: false,
      errors: [
        'group.meetings[0].facilitatorId: "zed" is not a member',
        'group.meetings[0].attendance[0].leftAt: is before they arrived',
        'group.meetings[0].attendance[1].memberId: "yo" is not a member',
        'group.meetings[0].attendance[2].memberId: "ana" appears twice',
        'group.meetings[0].endedAt: a meeting running has no end',
        'group.meetings[0].plan[0].plannedMs: must be at least 0, got -1',
        'group.meetings[0].talk.gini: must be at most 1, got 2',
        'group.meetings[1].facilitatorId: "ana" did not come to this meeting: the facilitator is someone here',
        'group.meetings[1].status: expected one of "running", "ended", "abandoned", got "held"',
      ],
    });
    expect(parseGroup({ ...group, timeZone: 'Mars/Olympus' })).to.deep.equal({ ok: false, errors: ['group.timeZone: expected a time zone such as "America/Mexico_City", got "Mars/Olympus"'] });
  });

  it('adds a late arrival to the meeting they came to, with the time, once, and only a member', () => {
    const group = recordMeeting(createGroup('g', 'G', toMembers(['Ana', 'Ben']), T0), { at: T0, facilitatorId: 'ana', attended: ['ana'] });
    const later = addAttendee(group, T0, 'ben', T0 + 600_000);
    expect(later.meetings[0]?.attendance).to.deep.equal([
      { memberId: 'ana', arrivedAt: T0, leftAt: null },
      { memberId: 'ben', arrivedAt: T0 + 600_000, leftAt: null },
    ]);
    expect(attendeeIds(later.meetings[0] as Meeting)).to.deep.equal(['ana', 'ben']);
    expect(addAttendee(later, T0, 'ben', T0 + 700_000)).to.equal(later);
    expect(addAttendee(group, T0, 'zed', T0 + 1)).to.equal(group);
    expect(addAttendee(group, T0 + 1, 'ben', T0 + 2)).to.equal(group);
  });

  it('keeps who left before the end, when the meeting ended with the plan as run, and an abandoned meeting apart', () => {
    let group = recordMeeting(createGroup('g', 'G', toMembers(['Ana', 'Ben']), T0), { at: T0, facilitatorId: 'ana', attended: ['ana', 'ben'] });
    group = attendeeLeaves(group, T0, 'ben', T0 + 1_800_000);
    expect(attendeeLeaves(group, T0, 'ben', T0 + 1_900_000)).to.equal(group);
    const agenda = startSection(agendaTemplate('regular', 'en'), 'welcome', T0);
    const ran = endAgenda(startSection(agenda, 'checkin', T0 + 300_000), T0 + 1_000_000);
    group = meetingEnded(group, T0, T0 + 3_600_000, planAsRun(ran.sections));
    const meeting = group.meetings[0] as Meeting;
    expect(meeting.status).to.equal('ended');
    expect(meeting.endedAt).to.equal(T0 + 3_600_000);
    expect(meeting.attendance[1]).to.deep.equal({ memberId: 'ben', arrivedAt: T0, leftAt: T0 + 1_800_000 });
    expect(meeting.plan?.slice(0, 3)).to.deep.equal([
      { id: 'welcome', title: 'Welcome', plannedMs: 300_000, usedMs: 300_000 },
      { id: 'checkin', title: 'Check-in', plannedMs: 900_000, usedMs: 700_000 },
      { id: 'rules', title: 'Ground-rules reminder', plannedMs: 300_000, usedMs: null },
    ]);
    // Ended is final: leaving afterwards or abandoning changes nothing.
    expect(attendeeLeaves(group, T0, 'ana', T0 + 4_000_000)).to.equal(group);
    expect(meetingAbandoned(group, T0)).to.equal(group);
    // A meeting never ended is abandoned when the next one starts; one stopped is abandoned at once.
    group = recordMeeting(group, { at: T0 + WEEK, facilitatorId: null, attended: ['ana'] });
    group = recordMeeting(group, { at: T0 + 2 * WEEK, facilitatorId: null, attended: ['ana'] });
    expect(group.meetings.map((m) => m.status)).to.deep.equal(['ended', 'abandoned', 'running']);
    expect(meetingAbandoned(group, T0 + 2 * WEEK).meetings.map((m) => m.status)).to.deep.equal(['ended', 'abandoned', 'abandoned']);
    expect(parseGroup(group).ok).to.equal(true);
  });

  it('keeps how evenly each meeting\'s sharing round was spread, and nothing said', () => {
    let group = recordMeeting(createGroup('g', 'G', toMembers(['Ana', 'Ben']), T0), { at: T0, facilitatorId: 'ana', attended: ['ana', 'ben'] });
    expect(group.meetings[0]?.talk).to.equal(null);
    const stats = { totalSpokenMs: 600_000, largestShareRatio: 1.2, gini: 0.1, members: [], totalMs: 600_000, equalShareMs: 300_000, dominating: [] } satisfies RoundStats;
    group = recordTalk(group, T0, talkFairness(stats));
    expect(group.meetings[0]?.talk).to.deep.equal({ spokenMs: 600_000, largestShareRatio: 1.2, gini: 0.1 });
    expect(parseGroup(group).ok).to.equal(true);
  });

  it('upgrades a schema 1 group: English, no check-in choices yet, and its meetings held with attendance of unknown times', () => {
    const v1 = { schemaVersion: 1, id: 'g', name: 'G', members: [{ id: 'ana', name: 'Ana', joinedAt: T0, leftAt: null }], meetings: [{ at: T0, facilitatorId: 'ana', attended: ['ana'] }], reviewAfterMeetings: 6 };
    const upgraded = migrate(v1, 1, groupKind);
    expect(parseGroup(upgraded)).to.deep.equal({
      ok: true,
      value: {
        ...v1,
        schemaVersion: 5,
        lang: 'en',
        checkin: {},
        timeZone: deviceTimeZone(),
        plans: {},
        meetings: [{ at: T0, facilitatorId: 'ana', attendance: [{ memberId: 'ana', arrivedAt: null, leftAt: null }], status: 'ended', endedAt: null, plan: null, talk: null }],
      },
    });
    const v2 = { ...v1, schemaVersion: 2, lang: 'es', meetings: [] };
    expect(migrate(v2, 2, groupKind)).to.deep.equal({ ...v2, schemaVersion: 5, checkin: {}, timeZone: deviceTimeZone(), plans: {} });
    const talk = { spokenMs: 5, largestShareRatio: 1, gini: 0 };
    const v3 = { ...v2, schemaVersion: 3, checkin: {}, meetings: [{ at: T0, facilitatorId: null, attended: [], talk }] };
    expect(migrate(v3, 3, groupKind)).to.deep.equal({ ...v3, schemaVersion: 5, timeZone: deviceTimeZone(), plans: {}, meetings: [{ at: T0, facilitatorId: null, attendance: [], status: 'ended', endedAt: null, plan: null, talk }] });
    expect(parseGroup({ ...createGroup('g', 'G', [], T0, 'es'), lang: 'fr' })).to.deep.equal({ ok: false, errors: ['group.lang: expected one of "en", "es", got "fr"'] });
  });

  it('upgrades a schema 4 group: its time zone, and a facilitator who was not marked here no longer counted', () => {
    const members = [
      { id: 'ana', name: 'Ana', joinedAt: T0, leftAt: null },
      { id: 'ben', name: 'Ben', joinedAt: T0, leftAt: null },
    ];
    const meeting = (facilitatorId: string) => ({ at: T0, facilitatorId, attendance: [{ memberId: 'ana', arrivedAt: T0, leftAt: null }], status: 'ended', endedAt: T0 + 1, plan: null, talk: null });
    const v4 = { schemaVersion: 4, id: 'g', name: 'G', lang: 'en', members, meetings: [meeting('ana'), meeting('ben')], reviewAfterMeetings: 6, checkin: {} };
    const upgraded = migrateGroupV4(v4, 'America/Mexico_City') as Group;
    expect(upgraded.timeZone).to.equal('America/Mexico_City');
    expect(upgraded.meetings.map((m) => m.facilitatorId)).to.deep.equal(['ana', null]);
    expect(parseGroup(upgraded).ok).to.equal(true);
    // A zone the group already has is kept.
    expect((migrateGroupV4({ ...v4, timeZone: 'Europe/Madrid' }, 'UTC') as Group).timeZone).to.equal('Europe/Madrid');
  });

  it('remembers the minutes planned for each kind of meeting, so a weekly group does not get the defaults back', () => {
    let group = createGroup('g', 'G', toMembers(['Ana']), T0, 'en', 'UTC');
    expect(plannedMinutes(group, 'regular')).to.deep.equal({});
    group = rememberPlan(group, 'regular', { checkin: 10, sharing: 30, resources: 0 });
    expect(plannedMinutes(group, 'regular')).to.deep.equal({ checkin: 10, sharing: 30, resources: 0 });
    expect(plannedMinutes(group, 'review')).to.deep.equal({});
    expect(rememberPlan(group, 'regular', { checkin: 10, sharing: 30, resources: 0 })).to.equal(group);
    expect(parseGroup(group).ok).to.equal(true);
    expect(parseGroup({ ...group, plans: { regular: { sharing: -5 } } })).to.deep.equal({ ok: false, errors: ['group.plans.regular.sharing: must be at least 0, got -5'] });
  });

  it('records only someone here as facilitator: an unticked choice moves to the next here in the rotation', () => {
    let group = createGroup('g', 'G', toMembers(['Ana', 'Ben', 'Cy']), T0, 'en', 'UTC');
    group = recordMeeting(group, { at: T0, facilitatorId: 'ana', attended: ['ana', 'ben', 'cy'] });
    // Ana facilitated last: Ben and Cy have not, Ben joined first. Ben is not here: Cy.
    expect(facilitatorAmong(group, 'ben', ['ana', 'cy'])).to.equal('cy');
    expect(facilitatorAmong(group, 'ben', ['ben'])).to.equal('ben');
    expect(facilitatorAmong(group, 'ana', [])).to.equal(null);
    expect(facilitatorAmong(group, null, ['ana'])).to.equal(null);
    const next = recordMeeting(group, { at: T0 + 7 * 86_400_000, facilitatorId: 'ben', attended: ['ana', 'cy'] });
    expect(next.meetings[1]?.facilitatorId).to.equal('cy');
    expect(parseGroup(next).ok).to.equal(true);
  });

  it('keeps the check-in questions a group chose for each kind of meeting', () => {
    let group = createGroup('g', 'G', toMembers(['Ana']), T0);
    expect(checkinChoice(group, 'regular')).to.deep.equal({ depth: 'light', topic: null });
    group = chooseCheckin(group, 'regular', { depth: 'reflective', topic: 'grief' });
    expect(checkinChoice(group, 'regular')).to.deep.equal({ depth: 'reflective', topic: 'grief' });
    expect(checkinChoice(group, 'first-meeting')).to.deep.equal({ depth: 'light', topic: null });
    expect(chooseCheckin(group, 'regular', { depth: 'reflective', topic: 'grief' })).to.equal(group);
    expect(parseGroup(group).ok).to.equal(true);
    expect(parseGroup({ ...group, checkin: { regular: { depth: 'bottomless', topic: 'weather' } } })).to.deep.equal({
      ok: false,
      errors: ['group.checkin.regular.depth: expected one of "light", "reflective", "deep", got "bottomless"', 'group.checkin.regular.topic: expected one of "gratitude", "coping", "goals", "grief", "recovery", "everyday", "connection", "self-care", got "weather"'],
    });
  });

  it('sets the review point to a whole number of meetings, ignoring anything else', () => {
    const group = createGroup('g', 'G', toMembers(['Ana']), T0);
    expect(setReviewAfter(group, 4).reviewAfterMeetings).to.equal(4);
    for (const bad of [0, 2.5, 521, Number.NaN]) expect(setReviewAfter(group, bad)).to.equal(group);
    const purpose = emptyPurpose('en', 6);
    expect(setPurposeReviewAfter(purpose, 3).reviewAfterMeetings).to.equal(3);
    expect(setPurposeReviewAfter(purpose, -1)).to.equal(purpose);
  });

  it('suggests the first-meeting plan, then regular ones, and a review when it falls due', () => {
    let group = { ...createGroup('g', 'G', toMembers(['Ana']), T0), reviewAfterMeetings: 2 };
    expect(suggestAgendaTemplate(group)).to.equal('first-meeting');
    expect(meetingsUntilReview(group)).to.equal(2);
    group = recordMeeting(group, { at: T0, facilitatorId: null, attended: [] });
    expect(suggestAgendaTemplate(group)).to.equal('regular');
    expect(meetingsUntilReview(group)).to.equal(1);
    group = recordMeeting(group, { at: T0 + WEEK, facilitatorId: null, attended: [] });
    expect(suggestAgendaTemplate(group)).to.equal('review');
    expect(meetingsUntilReview(group)).to.equal(0);
    // An adopted purpose keeps its own count: adopted at the last meeting, so not due yet.
    let purpose = addDraft(emptyPurpose('en', 6), 'd1', 'We share what helps us live with grief', 'facilitator');
    purpose = adoptDraft(purpose, 'd1', T0);
    expect(suggestAgendaTemplate(group, purpose)).to.equal('regular');
    expect(meetingsUntilReview(group, purpose)).to.equal(6);
    purpose = { ...purpose, meetingsSinceReview: purpose.reviewAfterMeetings };
    expect(suggestAgendaTemplate(group, purpose)).to.equal('review');
  });

  it('counts the review one way for every page: since adoption, then since the last review; never “7 of 6”', () => {
    let group = { ...createGroup('g', 'G', toMembers(['Ana']), T0), reviewAfterMeetings: 6 };
    for (let i = 0; i < 7; i++) group = recordMeeting(group, { at: T0 + i * WEEK, facilitatorId: null, attended: [] });
    expect(reviewCount(group)).to.deep.equal({ since: 1, until: 5, from: 'start' });
    let purpose = adoptDraft(addDraft(emptyPurpose('en', 6), 'd1', 'Growing together as peers', 'facilitator'), 'd1', T0);
    purpose = { ...purpose, meetingsSinceReview: 7 };
    expect(reviewCount(group, purpose)).to.deep.equal({ since: 7, until: 0, from: 'adoption' });
    purpose = recordReview(purpose, 'kept', T0 + 8 * WEEK);
    expect(reviewCount(group, purpose)).to.deep.equal({ since: 0, until: 6, from: 'review' });
  });

  it('purpose work begun and not adopted carries on: the next plan keeps a purpose section, and the tool opens where the group stopped', () => {
    let purpose = addContribution(addContribution(emptyPurpose('en'), 'c1', 'Learning together', null, T0), 'c2', 'Learning and growing', null, T0);
    expect(purposeUnfinished(purpose)).to.equal(true);
    expect(purposeStepReached(purpose)).to.equal('themes');
    purpose = addDraft(addDraft(purpose, 'd1', 'A space for learning.', 'suggested'), 'd2', 'Growing as peers.', 'facilitator');
    expect(purposeStepReached(purpose)).to.equal('draft');
    purpose = setFit(purpose, 'd1', 'ana', 4);
    expect(purposeStepReached(purpose)).to.equal('align');
    const regular = carryPurposeOn(agendaTemplate('regular', 'en'), 'en');
    expect(regular.sections.map((s) => s.id)).to.deep.equal(['welcome', 'checkin', 'rules', 'sharing', 'resources', 'purpose', 'feedback', 'close']);
    expect(regular.sections.find((s) => s.id === 'purpose')).to.include({ title: 'What is this group for? (continued)', tool: 'purpose-statement', plannedMs: 15 * 60_000 });
    expect(carryPurposeOn(agendaTemplate('review', 'es'), 'es').sections.filter((s) => s.tool === 'purpose-statement')).to.have.length(1);
    purpose = adoptDraft(purpose, 'd1', T0);
    expect(purposeUnfinished(purpose)).to.equal(false);
    expect(purposeStepReached(purpose)).to.equal('adopted');
    expect(purposeUnfinished(emptyPurpose('en'))).to.equal(false);
  });
});

describe('a whole group: export, import, forget', () => {
  let store: PeerStore;
  let counter = 0;
  beforeEach(async () => {
    store = await openStore({ name: `peerkit-group-test-${Date.now()}-${counter++}`, kinds: PEERKIT_KINDS });
    await store.put('group', 'tue', createGroup('tue', 'Tuesday', toMembers(['Ana', 'Ben']), T0));
    await store.put('round', 'tue', createRound({ members: ['Ana', 'Ben'], timing: { mode: 'shared', totalMs: 600_000 } }));
    await store.put('agenda', 'tue', agendaTemplate('regular', 'en'));
    await store.put('group', 'wed', createGroup('wed', 'Wednesday', toMembers(['Chen']), T0));
    await store.put('round', 'wed', createRound({ members: ['Chen'], timing: { mode: 'shared', totalMs: 600_000 } }));
  });
  afterEach(() => store.close());

  it('exports every document of one group and nothing of another', async () => {
    const file = await exportGroup(store, 'tue');
    expect(file.documents.map((d) => `${d.kind}/${d.id}`).sort()).to.deep.equal(['agenda/tue', 'group/tue', 'round/tue']);
  });

  it('forgets one group and leaves the other untouched', async () => {
    expect(await forgetGroup(store, 'tue')).to.equal(3);
    expect(await store.get('group', 'tue')).to.equal(undefined);
    expect(await store.get('round', 'tue')).to.equal(undefined);
    expect((await store.get('round', 'wed'))?.id).to.equal('wed');
  });

  it('imports a group exported elsewhere, round trip', async () => {
    const file = JSON.parse(JSON.stringify(await exportGroup(store, 'tue'))) as unknown;
    await forgetGroup(store, 'tue');
    expect(await importGroup(store, file)).to.deep.equal({ groupId: 'tue', imported: 3 });
    expect((await store.get<{ name: string }>('group', 'tue'))?.data.name).to.equal('Tuesday');
  });

  it('replaces a group already here only when asked to', async () => {
    const file = await exportGroup(store, 'tue');
    await store.put('group', 'tue', createGroup('tue', 'Tuesday, renamed since', ['Ana'], T0));
    const refused = await importGroup(store, file).then(() => undefined, (e: unknown) => e as Error);
    expect(refused?.message).to.equal('The group "Tuesday, renamed since" is already on this device. To replace it with this file, open the group and choose "Bring this group back from a file".');
    expect((await store.get<{ name: string }>('group', 'tue'))?.data.name).to.equal('Tuesday, renamed since');
    const wrongOne = await importGroup(store, file, { replace: 'wed' }).then(() => undefined, (e: unknown) => e as Error);
    expect(wrongOne?.message).to.contain('file: holds the group "tue", not "wed"');
    await importGroup(store, file, { replace: 'tue' });
    expect((await store.get<{ name: string }>('group', 'tue'))?.data.name).to.equal('Tuesday');
  });

  it('refuses a file that mixes groups, or one with a bad document, and writes nothing', async () => {
    const tue = await exportGroup(store, 'tue');
    const wed = await exportGroup(store, 'wed');
    await forgetGroup(store, 'tue');
    const mixed = { ...tue, documents: [...tue.documents, ...wed.documents.filter((d) => d.kind === 'round')] };
    const mixedError = await importGroup(store, mixed).then(() => undefined, (e: unknown) => e as Error);
    expect(mixedError?.message).to.contain('file.documents[3].id: belongs to "wed", not to the group "tue"');
    const broken = { ...tue, documents: tue.documents.map((d) => (d.kind === 'round' ? { ...d, data: { nonsense: true } } : d)) };
    const brokenError = await importGroup(store, broken).then(() => undefined, (e: unknown) => e as Error);
    expect(brokenError?.message).to.contain('file.documents[');
    expect(await store.get('group', 'tue')).to.equal(undefined);
    const twoGroups = { ...tue, documents: [...tue.documents, ...wed.documents] };
    const twoError = await importGroup(store, twoGroups).then(() => undefined, (e: unknown) => e as Error);
    expect(twoError?.message).to.contain('expected exactly one group, found 2');
  });

  it('moves groups whose ids were made from their names to random ids, every document at once, once', async () => {
    const random = randomId('g');
    await store.put('group', random, createGroup(random, 'Thursday', toMembers(['Dee']), T0));
    const moves = await moveNamedIds(store);
    expect(moves.map((m) => m.from).sort()).to.deep.equal(['tue', 'wed']);
    for (const { from, to } of moves) {
      expect(isRandomId(to, 'g'), to).to.equal(true);
      expect(await store.get('group', from)).to.equal(undefined);
      expect(await store.get('round', from)).to.equal(undefined);
      const group = await store.get<Group>('group', to);
      expect(group?.data.id).to.equal(to);
      expect(group?.data.formerIds).to.deep.equal([from]);
      expect(parseGroup(group?.data).ok).to.equal(true);
      expect(await movedGroupId(store, from)).to.equal(to);
    }
    const tue = moves.find((m) => m.from === 'tue')?.to ?? '';
    expect((await exportGroup(store, tue)).documents.map((d) => `${d.kind}/${d.id === tue ? 'new' : d.id}`).sort()).to.deep.equal(['agenda/new', 'group/new', 'round/new']);
    expect((await store.get<{ name: string }>('group', tue))?.data.name).to.equal('Tuesday');
    // A random id stays as it is; a second run moves nothing; a random id is never "moved".
    expect((await store.get('group', random))?.id).to.equal(random);
    expect(await moveNamedIds(store)).to.deep.equal([]);
    expect(await movedGroupId(store, random)).to.equal(undefined);
    expect((await store.list('group')).length).to.equal(3);
  });

  it('gives members whose ids were made from their names random ones, in every place each kind keeps a member id, and nothing else', async () => {
    // "Ok" is spelt like the id of a rule here: the rule keeps its id, the member gets a new one.
    const id = randomId('g');
    const group = recordMeeting(createGroup(id, 'Friday', toMembers(['Ok', 'Ben']), T0), { at: T0, facilitatorId: 'ok', attended: ['ok', 'ben'] });
    const question: Question = { id: 'ok', depth: 'light', themes: [], text: { en: 'How are you?' }, source: 'group' };
    const form = formTemplate('end-of-meeting', 'en');
    const answered = submitResponse(emptyLog(form.id), form, { safe: 4 }, T0, 'r1', { memberId: 'ok' });
    if (!answered.ok) throw new Error('the answer was refused');
    const purpose = setFit(addDraft(addContribution(emptyPurpose(), 'c1', 'company', 'ok', T0), 'd1', 'We keep each other company', 'facilitator'), 'd1', 'ok', 5);
    await store.put('group', id, group);
    await store.put('round', id, { ...createRound({ members: [...group.members, { id: 'visitor', name: 'Visitor' }], timing: { mode: 'shared', totalMs: 600_000 } }), firstSpeakerId: 'ok' });
    await store.put('checkin', id, giveMood(createCheckin({ members: group.members, question, mood: true, namedMoods: true }), 'ok', 3));
    await store.put('ground-rules', id, respond(addRule(emptyRuleSet(), 'ok', 'What is said here stays here'), 'ok', 'ok', 'consent', 'agree'));
    await store.put('purpose', id, purpose);
    await store.put('feedback-responses', id, answered.log);
    expect((await moveNamedIds(store)).map((m) => m.from).sort()).to.deep.equal(['tue', 'wed']); // this group keeps its id
    const after = (await store.get<Group>('group', id))?.data;
    const [ok, ben] = after?.members.map((m) => m.id) ?? [];
    expect([ok, ben].every((m) => isRandomId(m ?? '', 'm')), `${ok} ${ben}`).to.equal(true);
    expect(after?.meetings[0]?.facilitatorId).to.equal(ok);
    expect(after?.meetings[0]?.attendance.map((a) => a.memberId)).to.deep.equal([ok, ben]);
    const round = (await store.get<Round>('round', id))?.data;
    expect(round?.speakers.map((s) => s.memberId)).to.deep.equal([ok, ben, 'visitor']);
    expect(round?.firstSpeakerId).to.equal(ok);
    const checkin = (await store.get<CheckinRound>('checkin', id))?.data;
    expect([checkin?.question.id, checkin?.mood.givenBy, checkin?.mood.byMember]).to.deep.equal(['ok', [ok], { [ok ?? '']: 3 }]);
    const rule = (await store.get<RuleSet>('ground-rules', id))?.data.rules[0];
    expect([rule?.id, rule?.check?.responses]).to.deep.equal(['ok', { [ok ?? '']: 'agree' }]);
    const kept = (await store.get<Purpose>('purpose', id))?.data;
    expect([kept?.contributions[0]?.memberId, kept?.drafts[0]?.fit]).to.deep.equal([ok, { [ok ?? '']: 5 }]);
    expect((await store.get<ResponseLog>('feedback-responses', id))?.data.responses[0]?.memberId).to.equal(ok);
    // Once random, they stay.
    await moveNamedIds(store);
    expect((await store.get<Group>('group', id))?.data.members.map((m) => m.id)).to.deep.equal([ok, ben]);
  });

  it('finishes a move cut short (both copies there) without making a third', async () => {
    const [move] = await moveNamedIds(store);
    if (!move) throw new Error('nothing moved');
    // The old documents back, as if the page closed between writing the new and removing the old.
    await store.put('group', move.from, createGroup(move.from, 'Tuesday', toMembers(['Ana', 'Ben']), T0));
    expect((await moveNamedIds(store)).map((m) => m.from)).to.deep.equal([]);
    expect(await store.get('group', move.from)).to.equal(undefined);
    const left = await store.list('group');
    expect(left.length).to.equal(2);
    expect(left.every((g) => isRandomId(g.id, 'g'))).to.equal(true);
  });
});

