// Records for e2e tests, made with the core as npm run build leaves it (test:e2e builds first).
import {
  addAttendee,
  attendeeLeaves,
  blankResource,
  createGroup,
  emptyLog,
  formTemplate,
  meetingEnded,
  recordMeeting,
  recordTalk,
  seededRandom,
  submitResponse,
} from '../../packages/core/dist/index.js';

/** An invented resource record (the number reaches no one), with the fields a test sets. */
export function inventedResource(id, fields) {
  return { ...blankResource(id), organization: 'Sample organisation (invented)', name: id, description: 'Invented for the test.', ...fields };
}

/**
 * An invented group with `meetings` weekly meetings behind it, made with the core's own
 * functions: some arrive late or leave early, one meeting was abandoned, feedback answers
 * are linked to their meetings, and "I felt safe" falls at the last meeting. Documents for
 * storeDocs: the group, its feedback form and its answers.
 */
export function inventedGroupDocs(id, name, names, { meetings = 10, start = Date.UTC(2026, 8, 1, 18), seed = 7 } = {}) {
  const random = seededRandom(seed);
  let group = createGroup(id, name, names, start - 86_400_000);
  const form = { ...formTemplate('end-of-meeting', 'en'), id };
  const scales = form.questions.filter((q) => q.type === 'scale');
  let log = emptyLog(id);
  for (let i = 0; i < meetings; i++) {
    const at = start + i * 7 * 86_400_000;
    const here = group.members.filter(() => random() > 0.2).map((m) => m.id);
    group = recordMeeting(group, { at, facilitatorId: here[0] ?? null, attended: here });
    const absent = group.members.filter((m) => !here.includes(m.id));
    if (absent[0] && random() > 0.5) group = addAttendee(group, at, absent[0].id, at + 12 * 60_000);
    if (here[1] && random() > 0.7) group = attendeeLeaves(group, at, here[1], at + 50 * 60_000);
    if (i === 3) continue; // left running: abandoned when the next one starts
    group = meetingEnded(group, at, at + 90 * 60_000, [
      { id: 'checkin', title: 'Check-in', plannedMs: 900_000, usedMs: 900_000 + Math.round(random() * 300) * 1000 },
      { id: 'sharing', title: 'Sharing round', plannedMs: 2_700_000, usedMs: 2_400_000 + Math.round(random() * 600) * 1000 },
    ]);
    group = recordTalk(group, at, { spokenMs: 2_400_000, largestShareRatio: 1 + Math.round(random() * 80) / 100, gini: 0.1 });
    const last = i === meetings - 1;
    for (let r = 0; r < Math.max(3, here.length - 1); r++) {
      const answers = Object.fromEntries(scales.map((q) => [q.id, last ? 2 : Math.min(q.points, 4 + Math.round(random()))]));
      const result = submitResponse(log, form, answers, at + 85 * 60_000, `${id}-r${i}-${r}`, { meetingAt: at });
      if (!result.ok) throw new Error(JSON.stringify(result.problems));
      log = result.log;
    }
  }
  return [
    { kind: 'group', id, schemaVersion: 5, data: group },
    { kind: 'feedback-form', id, data: form },
    { kind: 'feedback-responses', id, data: log },
  ];
}
