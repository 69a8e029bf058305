/**
 * The hand-over between rotating facilitators: after the meeting, a private
 * word on how it went and what to carry over; the next facilitator finds it
 * on the plan of the next meeting. Kept with the group's records, never on the
 * presenter screen or in a shared report.
 */
import { emptyHandOver, formatDay, goalCounts, handOverFor, heldMeetings, writeHandOver, type Goals, type Group, type HandOver, type HowItWent, type Purpose } from '@peerkit/core';
import { appLang, appStore, element, errorText } from '../shell.js';
import type { AppMessages } from '../messages.js';
import { meetingRows, purposeStanding } from '../history.js';

/** On the plan of the next meeting: what the last facilitator carried over, if anything. */
export async function showHandOver(groupId: string, before: number, lang: string): Promise<void> {
  const note = handOverFor((await (await appStore()).get<HandOver>('handover', groupId))?.data ?? emptyHandOver(), before);
  const box = element('handover-note', HTMLElement);
  box.hidden = note === undefined;
  if (!note) return;
  const day = formatDay(note.meetingAt, lang);
  element('handover-note-text', HTMLElement).textContent = `${day}: ${note.carryOver}`;
}

/** On the meeting's end: the form, filled in again if this meeting's note was written already. */
export async function offerHandOver(groupId: string, meetingAt: number, text: AppMessages): Promise<void> {
  const form = element('handover', HTMLFormElement);
  const status = element('handover-status', HTMLElement);
  const store = await appStore();
  const written = (await store.get<HandOver>('handover', groupId))?.data.notes.find((n) => n.meetingAt === meetingAt);
  const carryOver = element('carry-over', HTMLTextAreaElement);
  carryOver.value = written?.carryOver ?? '';
  for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="how"]')) radio.checked = Number(radio.value) === written?.howItWent;
  form.onsubmit = (event) => {
    event.preventDefault();
    const how = new FormData(form).get('how');
    const note = { howItWent: how === null ? null : (Number(how) as HowItWent), carryOver: carryOver.value };
    status.textContent = '';
    // Said as saved only once it is.
    store.update<HandOver>('handover', groupId, (current) => writeHandOver(current ?? emptyHandOver(), meetingAt, note, Date.now())).then(
      () => (status.textContent = text.handOverSaved),
      (error: unknown) => (status.textContent = text.notSaved(errorText(error))),
    );
  };
}

/**
 * On the plan, for a rotating facilitator opening the group's next meeting: the group at a
 * glance — its purpose and review, the last meeting, its goals, how many meetings held.
 */
export function showAtAGlance(group: Group, purpose: Purpose | undefined, goals: Goals | undefined, text: AppMessages): void {
  const box = element('at-a-glance', HTMLElement);
  const held = heldMeetings(group).length;
  box.hidden = held === 0;
  if (held === 0) return;
  const [last] = meetingRows(group, text);
  const counts = goals ? goalCounts(goals) : undefined;
  const met = counts ? counts.short.met + counts.long.met : 0;
  const all = counts ? met + counts.short.inProgress + counts.long.inProgress : 0;
  const lines = [
    text.meetingsHeld(held),
    ...purposeStanding(group, purpose, text),
    ...(last ? [text.lastMeeting(formatDay(last.at, appLang(), { timeZone: group.timeZone }), last.facilitator, last.came, last.fairness)] : []),
    ...(all > 0 ? [text.goalsMet(met, all)] : []),
  ];
  // The lines are said mid-sentence elsewhere ("… · purpose review due"); here each starts its own.
  const asLine = (words: string) => words.charAt(0).toLocaleUpperCase() + words.slice(1);
  element('at-a-glance-lines', HTMLElement).replaceChildren(...lines.map((line) => Object.assign(document.createElement('li'), { textContent: asLine(line) })));
}
