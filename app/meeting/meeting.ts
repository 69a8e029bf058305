/**
 * Running a meeting: plan it (kind, section lengths, who is here, who
 * facilitates), then each section opens its tool inside <peer-group>, so the
 * group's rules, purpose, resources and feedback are the ones kept for it.
 * When the plan ends, the meeting's talk-time fairness joins the group's
 * history. With ?view=timer or ?view=rules the page is a projector mirror.
 */
import {
  AGENDA_TEMPLATE_IDS,
  addAttendee,
  attendeeIds,
  attendeeLeaves,
  meetingAbandoned,
  meetingEnded,
  planAsRun,
  agendaTemplate,
  checkinChoice,
  chooseCheckin,
  DEPTHS,
  THEMES,
  endMeeting,
  leftOpen,
  plannedEnd,
  removeMeeting,
  inProgress,
  isPaused,
  join,
  leave,
  pause,
  resume,
  meetingHeld,
  meetingDiscarded,
  planSection,
  presentMembers,
  recordMeeting,
  recordTalk,
  removeSection,
  roundStats,
  startSection,
  suggestAgendaTemplate,
  suggestFacilitator,
  plannedMinutes,
  rememberPlan,
  facilitatorAmong,
  talkFairness,
  withRound,
  roundPromptSignals,
  schedule,
  type Agenda,
  type AgendaTemplateId,
  type CheckinRound,
  type Group,
  type GroupGuidance,
  type Meeting,
  type Purpose,
  type PeerStore,
  type Round,
  type StoredDoc,
  formatDay,
  carryPurposeOn,
  purposeUnfinished,
  type Goals,
} from '@peerkit/core';
import '@peerkit/components';
import { appLang, appStore, element, errorText, formText, groupIdFromUrl, keep, titleFor, pageText, readKept, registerServiceWorker, showPageProblem, updateDoc } from '../shell.js';
import { groupUrl } from '../groups.js';
import { describeFairness } from '../history.js';
import { toolFor, type ToolChoice } from './tools.js';
import { offerLiveRoom, PRESENTER_CHANNEL, type LiveRoomControl, type PresenterMessage } from '../live/room.js';
import { LIVE_MESSAGES } from '../live/messages.js';
import { qrSvg } from '../qr.js';
import { countAsUse } from '../privacy/privacy.js';
import { offerGuide, type Guide, type PageSignals } from './guide.js';
import { offerHandOver, showAtAGlance, showHandOver } from './handover.js';
import { offerPageKeys, onAltKey } from './keys.js';
import { showGoals } from '../goals.js';

const groupId = groupIdFromUrl();
const view = new URLSearchParams(location.search).get('view');
const text = pageText();

let group: StoredDoc<Group>;
let plan: Agenda;
/** The running plan's element: its `agenda` is the plan as it stands. */
let agendaElement: HTMLElementTagNameMap['meeting-agenda'] | undefined;

function make(tag: string, attributes: Record<string, string>): HTMLElement {
  const made = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) made.setAttribute(name, value);
  return made;
}

/** The group's context wraps every tool: its id is their storage key. */
function inGroup(child: HTMLElement, here?: readonly string[]): HTMLElement {
  // The group's language reaches every element inside through `lang`; who is here, by id, takes part.
  const wrapper = make('peer-group', { 'group-id': group.id, lang: group.data.lang, ...(here ? { here: here.join(' ') } : {}) });
  wrapper.append(child);
  return wrapper;
}

// Planning ------------------------------------------------------------------

/** The group's purpose as the plan is made: unfinished, it keeps a section in the plan. */
let purposeAtPlanning: Purpose | undefined;

function choose(templateId: AgendaTemplateId): void {
  // The minutes this group planned last time for this kind of meeting, else the template's.
  const remembered = plannedMinutes(group.data, templateId);
  plan = agendaTemplate(templateId, group.data.lang);
  // Purpose work begun and not adopted carries on in the next meeting, whatever its kind.
  if (purposeUnfinished(purposeAtPlanning)) plan = carryPurposeOn(plan, group.data.lang);
  for (const section of plan.sections) {
    const minutes = remembered[section.id];
    if (minutes !== undefined && minutes > 0) plan = planSection(plan, section.id, minutes * 60_000);
  }
  const chosen = checkinChoice(group.data, templateId);
  element('checkin-depth', HTMLSelectElement).value = chosen.depth;
  element('checkin-topic', HTMLSelectElement).value = chosen.topic ?? 'any';
  element('sections', HTMLElement).replaceChildren(
    ...plan.sections.map((section) => {
      const row = document.createElement('div');
      const label = make('label', { for: `minutes-${section.id}`, lang: group.data.lang });
      label.textContent = section.title;
      const input = make('input', {
        id: `minutes-${section.id}`,
        name: `minutes-${section.id}`,
        type: 'number',
        min: '0',
        max: '240',
        step: '1',
        value: String(remembered[section.id] === 0 ? 0 : section.plannedMs / 60_000),
        'aria-describedby': 'plan-total',
      });
      // Shown as it is typed; said once the field is left (not on every keystroke).
      input.addEventListener('input', showTotal);
      input.addEventListener('change', () => (element('plan-total-said', HTMLElement).textContent = element('plan-total', HTMLElement).textContent));
      row.append(label, input);
      return row;
    }),
  );
  showTotal();
}

/** The plan as the form sets it; sections at 0 minutes are left out. */
function plannedFromForm(): Agenda {
  let planned = plan;
  for (const section of plan.sections) {
    const minutes = Number(element(`minutes-${section.id}`, HTMLInputElement).value);
    planned = minutes > 0 ? planSection(planned, section.id, minutes * 60_000) : removeSection(planned, section.id);
  }
  return planned;
}

function showTotal(): void {
  const minutes = plannedFromForm().sections.reduce((sum, s) => sum + s.plannedMs, 0) / 60_000;
  element('plan-total', HTMLElement).textContent = text.planned(minutes);
}

function choice(type: 'radio' | 'checkbox', name: string, value: string, label: string, checked: boolean): HTMLLabelElement {
  const wrapper = make('label', { class: 'choice' }) as HTMLLabelElement;
  const input = make('input', { type, name, value });
  (input as HTMLInputElement).checked = checked;
  wrapper.append(input, ` ${label}`);
  return wrapper;
}

async function showPlan(): Promise<void> {
  const store = await appStore();
  const purpose = (await store.get<Purpose>('purpose', group.id))?.data;
  purposeAtPlanning = purpose;
  const suggested = suggestAgendaTemplate(group.data, purpose);
  const templates = element('templates', HTMLFieldSetElement);
  templates.replaceChildren(
    templates.querySelector('legend') ?? '',
    ...AGENDA_TEMPLATE_IDS.map((id) => choice('radio', 'template', id, text.templateLabels[id] + (id === suggested ? text.suggestedMark : ''), id === suggested)),
  );
  templates.onchange = (event) => choose((event.target as HTMLInputElement).value as AgendaTemplateId);
  const option = (value: string, label: string) => {
    const made = make('option', { value });
    made.textContent = label;
    return made;
  };
  element('checkin-depth', HTMLSelectElement).replaceChildren(...DEPTHS.map((d) => option(d, text.depths[d])));
  element('checkin-topic', HTMLSelectElement).replaceChildren(...(['any', ...THEMES] as const).map((t) => option(t, text.topics[t])));
  choose(suggested);
  await showHandOver(group.id, Date.now(), group.data.lang);
  showAtAGlance(group.data, purpose, (await store.get<Goals>('goals', group.id))?.data, text);

  const members = presentMembers(group.data);
  const attendance = element('attendance', HTMLFieldSetElement);
  attendance.replaceChildren(attendance.querySelector('legend') ?? '', ...members.map((m) => choice('checkbox', 'here', m.id, m.name, true)));
  const next = suggestFacilitator(group.data);
  element('facilitator', HTMLSelectElement).replaceChildren(
    ...members.map((m) => {
      const option = make('option', { value: m.id }) as HTMLOptionElement;
      option.textContent = m.id === next?.id ? text.theirTurn(m.name) : m.name;
      option.selected = m.id === next?.id;
      return option;
    }),
  );
  // The facilitator is someone here: unticking them moves the choice to the next one here in the rotation.
  attendance.onchange = () => {
    const here = [...attendance.querySelectorAll<HTMLInputElement>('input[name="here"]:checked')].map((input) => input.value);
    const select = element('facilitator', HTMLSelectElement);
    for (const option of select.options) option.disabled = !here.includes(option.value);
    const chosen = facilitatorAmong(group.data, select.value || null, here);
    if (chosen !== null) select.value = chosen;
  };
  element('plan', HTMLFormElement).hidden = false;
}

element('plan', HTMLFormElement).addEventListener('submit', (event) => {
  event.preventDefault();
  const data = new FormData(event.currentTarget as HTMLFormElement);
  const here = data.getAll('here').map(String);
  const facilitatorId = formText(data, 'facilitator') || null;
  const errorBox = element('plan-error', HTMLElement);
  if (here.length === 0) {
    errorBox.textContent = text.tickSomeone;
    return;
  }
  void (async () => {
    try {
      const now = Date.now();
      const store = await appStore();
      const planned = plannedFromForm();
      // Each meeting's check-in and round start fresh; rules, purpose, resources and feedback carry on.
      await store.delete('round', group.id);
      await store.delete('checkin', group.id);
      await updateDoc<Purpose>('purpose', group.id, meetingHeld);
      const depth = DEPTHS.find((d) => d === formText(data, 'checkin-depth')) ?? 'light';
      const topic = THEMES.find((t) => t === formText(data, 'checkin-topic')) ?? null;
      const kind = planned.templateId ?? 'regular';
      const minutes = Object.fromEntries(plan.sections.map((s) => [s.id, Number(element(`minutes-${s.id}`, HTMLInputElement).value) || 0]));
      await updateGroup((g) => recordMeeting(rememberPlan(chooseCheckin(g, kind, { depth, topic }), kind, minutes), { at: now, facilitatorId, attended: here }));
      const started = startSection(planned, planned.sections[0]?.id ?? '', now);
      await store.put('agenda', group.id, started);
      element('plan', HTMLFormElement).hidden = true;
      setShared(data.get('shared-screen') !== null);
      showRun(started, true);
    } catch (error) {
      errorBox.textContent = text.couldNotStart(errorText(error));
    }
  })();
});

// Running -------------------------------------------------------------------

/** Changes the newest group record: members may have been changed in another window meanwhile. */
async function updateGroup(change: (group: Group) => Group): Promise<void> {
  group = (await updateDoc<Group>('group', group.id, change)) ?? group;
}

/** The meeting the running plan belongs to: the one recorded when it started. */
function thisMeeting(agenda: Agenda): Meeting | undefined {
  const startedAt = agenda.sections.find((s) => s.startedAt !== null)?.startedAt;
  return group.data.meetings.find((m) => m.at === startedAt) ?? group.data.meetings.at(-1);
}

/** The ids of those here now, in the group's order. */
function idsHere(agenda: Agenda): string[] {
  const meeting = thisMeeting(agenda);
  const attended = new Set(meeting ? attendeeIds(meeting) : []);
  return group.data.members.filter((m) => attended.has(m.id)).map((m) => m.id);
}

function showRun(agenda: Agenda, focusTool = false): void {
  element('run', HTMLElement).hidden = false;
  setShared(isShared());
  const running = document.createElement('meeting-agenda');
  // The page's own controls (late, early, discard) read the running plan before the element has read it back.
  running.agenda = agenda;
  // Each new section's heading takes focus (renderTool), which says where the meeting is.
  running.sectionsShownByFocus = true;
  // A break pauses the whole meeting: the plan's clock, the check-in and the sharing round together.
  running.addEventListener('peer-meeting-pause', (event) => void pauseTools(event.detail.paused));
  running.addEventListener('peer-section-change', (event) => {
    if (event.detail.section) renderTool(running.agenda, true);
    else void finish(running.agenda);
  });
  agendaElement = running;
  // On a phone the tool comes first and the plan folds to its time left and Next.
  const narrow = matchMedia('(max-width: 60rem)');
  running.folded = narrow.matches;
  narrow.addEventListener('change', () => (running.folded = narrow.matches));
  element('agenda-slot', HTMLElement).replaceChildren(inGroup(running));
  element('presenter-link', HTMLAnchorElement).href = groupUrl('meeting.html', group.id, 'presenter');
  element('timer-projector', HTMLAnchorElement).href = groupUrl('meeting.html', group.id, 'timer');
  element('rules-projector', HTMLAnchorElement).href = groupUrl('meeting.html', group.id, 'rules');
  showLateArrivals(agenda);
  renderTool(agenda, focusTool);
  if (!liveRoom) {
    liveRoom = offerLiveRoom({
      groupId: group.id,
      meetingAt: () => (agendaElement ? thisMeeting(agendaElement.agenda)?.at : undefined),
      // A co-facilitator's command does what this page's own buttons do.
      carryOut: (command) => {
        if (command.kind === 'next-section') return agendaElement?.next();
        const round = document.querySelector<HTMLElementTagNameMap['peer-timer'] | HTMLElementTagNameMap['checkin-round']>('#tool-slot peer-timer, #tool-slot checkin-round');
        if (command.action === 'toggle') round?.toggle();
        else round?.next();
      },
    });
  }
}

/** The live room's controls, set up once, when the meeting first runs on this page. */
let liveRoom: LiveRoomControl | undefined;

async function pauseTools(paused: boolean): Promise<void> {
  const now = Date.now();
  const apply = (round: Round) => (paused ? pause(round, now) : resume(round, now));
  try {
    await updateDoc<Round>('round', group.id, apply);
    await updateDoc<CheckinRound>('checkin', group.id, (checkin) => withRound(checkin, apply));
  } catch (error) {
    element('late-status', HTMLElement).textContent = text.notSaved(errorText(error));
  }
}

/** Members not yet marked here, for "Arrived late"; those here and not yet gone, for "Left early". */
function showLateArrivals(agenda: Agenda): void {
  const attendance = thisMeeting(agenda)?.attendance ?? [];
  const absent = presentMembers(group.data).filter((m) => !attendance.some((a) => a.memberId === m.id));
  const stillHere = new Set(attendance.filter((a) => a.leftAt === null).map((a) => a.memberId));
  const here = group.data.members.filter((m) => stillHere.has(m.id));
  const options = (members: readonly { id: string; name: string }[]) =>
    members.map((m) => {
      const option = make('option', { value: m.id });
      option.textContent = m.name;
      return option;
    });
  element('late', HTMLFormElement).hidden = absent.length === 0;
  element('late-member', HTMLSelectElement).replaceChildren(...options(absent));
  element('early', HTMLFormElement).hidden = here.length < 2;
  element('early-member', HTMLSelectElement).replaceChildren(...options(here));
}

/** Someone leaves early: the record keeps when, and they leave the check-in and sharing round still running (time re-divided); they still came. */
element('early', HTMLFormElement).addEventListener('submit', (event) => {
  event.preventDefault();
  const memberId = element('early-member', HTMLSelectElement).value;
  const member = group.data.members.find((m) => m.id === memberId);
  const agenda = agendaElement?.agenda;
  const status = element('late-status', HTMLElement);
  if (!member || !agenda) return;
  void (async () => {
    try {
      const now = Date.now();
      const meeting = thisMeeting(agenda);
      if (meeting) await updateGroup((g) => attendeeLeaves(g, meeting.at, member.id, now));
      await updateDoc<Round>('round', group.id, (round) => leave(round, now, member.id));
      await updateDoc<CheckinRound>('checkin', group.id, (checkin) => withRound(checkin, (round) => leave(round, now, member.id)));
      status.textContent = text.leftEarly(member.name);
      showLateArrivals(agenda);
    } catch (error) {
      status.textContent = text.notSaved(errorText(error));
    }
  })();
});

/**
 * A late arrival joins the meeting's record and the rounds still running
 * (check-in and sharing round), where the shared time is re-divided.
 */
element('late', HTMLFormElement).addEventListener('submit', (event) => {
  event.preventDefault();
  const memberId = element('late-member', HTMLSelectElement).value;
  const member = group.data.members.find((m) => m.id === memberId);
  const status = element('late-status', HTMLElement);
  if (!member) return;
  const agenda = agendaElement?.agenda;
  const meeting = agenda ? thisMeeting(agenda) : undefined;
  if (!agenda || !meeting) return;
  void (async () => {
    try {
      const now = Date.now();
      await updateGroup((g) => addAttendee(g, meeting.at, member.id, now));
      await updateDoc<Round>('round', group.id, (round) => join(round, now, member));
      await updateDoc<CheckinRound>('checkin', group.id, (checkin) => withRound(checkin, (round) => join(round, now, member)));
      status.textContent = text.arrived(member.name);
      guide?.saw('late-arrival');
      showLateArrivals(agenda);
      renderTool(agenda, false);
    } catch (error) {
      status.textContent = text.notSaved(errorText(error));
    }
  })();
});

function renderTool(agenda: Agenda, focus: boolean): void {
  const section = agenda.sections.find((s) => s.status === 'current');
  const heading = element('tool-heading', HTMLElement);
  heading.textContent = section?.title ?? '';
  heading.lang = group.data.lang; // the section's title is in the group's language
  const here = idsHere(agenda);
  const choice = section
    ? toolFor(section, agenda, here, group.data.reviewAfterMeetings, checkinChoice(group.data, agenda.templateId ?? 'regular'), thisMeeting(agenda)?.at, liveRoom?.isOpen() ?? false)
    : null;
  const modes = element('tool-modes', HTMLElement);
  modes.hidden = !choice || choice.modes.length < 2;
  if (choice) {
    modes.replaceChildren(
      ...choice.modes.map((mode, index) => {
        const button = make('button', { type: 'button', 'aria-pressed': String(index === 0) });
        button.textContent = text.modes[mode.id];
        button.addEventListener('click', () => {
          for (const other of modes.querySelectorAll('button')) other.setAttribute('aria-pressed', String(other === button));
          mountTool(choice, index, here);
        });
        return button;
      }),
    );
    mountTool(choice, 0, here);
  } else {
    element('tool-slot', HTMLElement).replaceChildren(plainSection(section?.id, agenda, here));
  }
  if (focus) {
    // Already on the heading (Alt+N from there), focus lands on it afresh, so its new words are read.
    if (heading.matches(':focus')) heading.blur();
    heading.focus();
  }
}

/**
 * Whether this screen is seen by others (shared on a call, or projected): then
 * the tools fold what is private behind "Show to me only", and the page says
 * the presenter window is the better thing to share. Kept for this tab.
 */
const sharedKey = () => `peerkit-shared-screen:${group.id}`;
const isShared = () => readKept('session', sharedKey()) === true;
function setShared(on: boolean): void {
  keep('session', sharedKey(), on || null);
  document.body.classList.toggle('shared-screen', on);
  element('shared-note', HTMLElement).hidden = !on;
  element('shared-presenter', HTMLAnchorElement).href = groupUrl('meeting.html', group.id, 'presenter');
  element('shared-now', HTMLInputElement).checked = on;
  for (const tool of document.querySelectorAll('#tool-slot peer-timer, #tool-slot checkin-round, #tool-slot feedback-form')) tool.toggleAttribute('shared-screen', on);
}
element('shared-now', HTMLInputElement).addEventListener('change', (event) => setShared((event.currentTarget as HTMLInputElement).checked));

/**
 * Whether the presenter screen leaves out the group's name (a name can say what
 * the group is about to anyone passing a projector). Kept on this device; with
 * the lock on, hidden unless the facilitator shows it, like the pages' titles.
 */
const HIDE_NAME_KEY = 'peerkit-presenter-hide-name';
const nameHidden = (store: PeerStore) => {
  const kept = readKept('local', HIDE_NAME_KEY);
  return typeof kept === 'boolean' ? kept : store.lock.state !== 'off';
};
void appStore().then((store) => {
  const box = element('hide-name', HTMLInputElement);
  box.checked = nameHidden(store);
  box.addEventListener('change', () => keep('local', HIDE_NAME_KEY, box.checked ? 'true' : 'false'));
});

function mountTool(choice: ToolChoice, modeIndex: number, here: readonly string[]): void {
  const mode = choice.modes[modeIndex];
  lockForKiosk(mode?.id === 'kiosk');
  if (mode?.id === 'online') {
    // The count of answers from members' devices, kept up to date by the live room.
    const note = make('p', { id: 'online-answers', role: 'status', class: 'online-answers' });
    note.textContent = liveRoom?.answeredText() ?? '';
    element('tool-slot', HTMLElement).replaceChildren(note);
    return;
  }
  const slot = element('tool-slot', HTMLElement);
  slot.replaceChildren(inGroup(make(choice.tag, { ...mode?.attributes, ...(isShared() ? { 'shared-screen': '' } : {}) }), here));
  // The group's goals are looked at again with its purpose, and marked met there.
  if (choice.tag === 'purpose-statement') slot.append(goalsReview());
}

function goalsReview(): HTMLElement {
  const section = make('section', { class: 'goals-review', 'aria-labelledby': 'goals-review-heading' });
  const heading = make('h2', { id: 'goals-review-heading' });
  heading.textContent = text.text['group.goals'];
  const list = make('div', {});
  const status = make('p', { role: 'status' });
  section.append(heading, list, status);
  void showGoals({ groupId: group.id, groupLang: group.data.lang, timeZone: group.data.timeZone, text, removable: false }, list, status);
  return section;
}

/**
 * While the device goes round the group for feedback, everything but the form (and
 * crisis help) is out of reach: the plan, the other sections, the results, the way
 * back to the group. The facilitator unlocks by holding a button for two seconds,
 * which a member filling in the form will not do by accident.
 */
const UNLOCK_HOLD_MS = 2000;
function lockForKiosk(locked: boolean): void {
  const outside = [document.querySelector('.crumbs'), document.querySelector('.meeting-side'), element('tool-modes', HTMLElement)];
  for (const part of outside) part?.toggleAttribute('inert', locked);
  document.body.classList.toggle('kiosk', locked);
  element('kiosk-lock', HTMLElement).hidden = !locked;
  element('kiosk-note', HTMLElement).textContent = locked ? text.kioskLocked : '';
  element('kiosk-status', HTMLElement).textContent = '';
}

{
  const unlock = element('unlock', HTMLButtonElement);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const start = () => {
    clearTimeout(timer);
    unlock.classList.add('holding');
    timer = setTimeout(() => {
      unlock.classList.remove('holding');
      lockForKiosk(false);
      element('kiosk-status', HTMLElement).textContent = text.kioskUnlocked;
      element('tool-modes', HTMLElement).querySelector('button')?.focus();
    }, UNLOCK_HOLD_MS);
  };
  const stop = () => {
    clearTimeout(timer);
    unlock.classList.remove('holding');
  };
  unlock.addEventListener('pointerdown', start);
  for (const name of ['pointerup', 'pointerleave', 'pointercancel', 'blur'] as const) unlock.addEventListener(name, stop);
  // From the keyboard: hold Space or Enter (key repeats do not restart the wait).
  unlock.addEventListener('keydown', (event) => {
    if ((event.key === ' ' || event.key === 'Enter') && !event.repeat) start();
    if (event.key === ' ' || event.key === 'Enter') event.preventDefault();
  });
  unlock.addEventListener('keyup', stop);
}

/** Sections without a tool (welcome, close): who is here, who facilitates, what comes next. */
function plainSection(id: string | undefined, agenda: Agenda, here: readonly string[]): HTMLElement {
  const box = document.createElement('div');
  const facilitatorId = thisMeeting(agenda)?.facilitatorId;
  const facilitator = group.data.members.find((m) => m.id === facilitatorId)?.name;
  const lines = id === 'close' ? text.closeNotes : [text.hereToday(group.data.members.filter((m) => here.includes(m.id)).map((m) => m.name).join(', ')), facilitator ? text.facilitating(facilitator) : '', text.welcomeNote];
  box.append(
    ...lines.filter(Boolean).map((line) => {
      const p = document.createElement('p');
      p.textContent = line;
      return p;
    }),
  );
  return box;
}

/** The plan has ended: the meeting is held, with the plan as run and the sharing round's fairness. */
async function finish(agenda: Agenda, at = Date.now()): Promise<void> {
  const meeting = thisMeeting(agenda);
  const round = (await (await appStore()).get<Round>('round', group.id))?.data;
  const talk = meeting && round && round.firstSpeakerId !== null ? talkFairness(roundStats(round, at)) : null;
  let fairness = talk ? text.talkTime(describeFairness(talk, text.fairness)) : text.noRound;
  try {
    if (meeting) await updateGroup((g) => {
      const ended = meetingEnded(g, meeting.at, at, planAsRun(agenda.sections));
      return talk ? recordTalk(ended, meeting.at, talk) : ended;
    });
  } catch (error) {
    fairness = text.talkNotSaved(errorText(error));
  }
  element('run', HTMLElement).hidden = true;
  element('left-open', HTMLElement).hidden = true;
  element('ended', HTMLElement).hidden = false;
  const summary = element('ended-summary', HTMLElement);
  summary.textContent = text.came(meeting?.attendance.length ?? 0);
  if (!isShared()) summary.append(` ${fairness}`);
  else {
    // Talk time is the facilitator's: on a shared screen it waits behind a button.
    const show = make('button', { type: 'button', class: 'private-toggle' });
    show.textContent = text.showToMeOnly;
    show.addEventListener('click', () => show.replaceWith(` ${fairness}`), { once: true });
    summary.append(' ', show);
  }
  element('back-to-group', HTMLAnchorElement).href = groupUrl('group.html', group.id);
  if (meeting) await offerHandOver(group.id, meeting.at, text);
  element('ended-heading', HTMLElement).focus();
}

// The meeting as a whole -----------------------------------------------------

/**
 * Asks before something that cannot be taken back; focus starts on the safe
 * answer. Ending or discarding the meeting with a live room open also asks to
 * close the room (yes unless unticked): a room belongs to one meeting.
 */
function ask(question: string, yes: string, onYes: () => Promise<void>): void {
  const box = element('meeting-question', HTMLElement);
  const yesButton = element('meeting-question-yes', HTMLButtonElement);
  const roomChoice = element('meeting-question-room', HTMLElement);
  const closeRoom = element('meeting-question-close-room', HTMLInputElement);
  roomChoice.hidden = !liveRoom?.isOpen();
  closeRoom.checked = true;
  element('meeting-question-text', HTMLElement).textContent = question;
  yesButton.textContent = yes;
  yesButton.onclick = () => {
    box.hidden = true;
    const closing = !roomChoice.hidden && closeRoom.checked && liveRoom ? liveRoom.close() : Promise.resolve();
    void closing.then(onYes, (error: unknown) => showPageProblem(text.notSaved(errorText(error))));
  };
  element('meeting-question-no', HTMLButtonElement).onclick = () => {
    box.hidden = true;
    element('end-meeting', HTMLButtonElement).focus();
  };
  box.hidden = false;
  element('meeting-question-no', HTMLButtonElement).focus();
}

/** Ends the meeting at `at` (now, or its planned end when it was left open): it is then held, with its attendance. */
async function endAt(at: number): Promise<void> {
  const ended = await updateDoc<Agenda>('agenda', group.id, (agenda) => endMeeting(agenda, at));
  if (ended) await finish(ended.data, at);
}

/** A meeting that never really happened leaves no trace: not in the record, not in the purpose's count. */
async function discard(agenda: Agenda): Promise<void> {
  const meeting = thisMeeting(agenda);
  const store = await appStore();
  if (meeting) await updateGroup((g) => removeMeeting(g, meeting.at));
  await updateDoc<Purpose>('purpose', group.id, meetingDiscarded);
  for (const kind of ['agenda', 'round', 'checkin']) await store.delete(kind, group.id);
  location.reload();
}

/** A meeting that began but stopped before its end (an alarm, a crisis): it stays on record, not counted as held. */
async function abandon(agenda: Agenda): Promise<void> {
  const meeting = thisMeeting(agenda);
  const store = await appStore();
  if (meeting) await updateGroup((g) => meetingAbandoned(g, meeting.at));
  for (const kind of ['agenda', 'round', 'checkin']) await store.delete(kind, group.id);
  location.reload();
}

element('end-meeting', HTMLButtonElement).addEventListener('click', () =>
  ask(text.endQuestion, text.endYes, () => endAt(Date.now()).catch((error: unknown) => showPageProblem(text.notSaved(errorText(error))))),
);
element('discard-meeting', HTMLButtonElement).addEventListener('click', () => {
  const agenda = agendaElement?.agenda;
  if (agenda) ask(text.discardQuestion, text.discardYes, () => discard(agenda).catch((error: unknown) => showPageProblem(text.notSaved(errorText(error)))));
});

/** A meeting still open long after its planned end (a laptop closed at the end): end it then, or discard it. */
function showLeftOpen(agenda: Agenda): void {
  const started = agenda.sections.find((s) => s.startedAt !== null)?.startedAt ?? Date.now();
  const when = formatDay(started, appLang(), { withTime: true });
  const box = element('left-open', HTMLElement);
  box.hidden = false;
  element('left-open-text', HTMLElement).textContent = text.leftOpen(when);
  // A meeting left open has no room worth keeping: any room still open closes with it.
  const then = (act: () => Promise<void>) => () => void (liveRoom?.close() ?? Promise.resolve()).then(act).catch((error: unknown) => showPageProblem(text.notSaved(errorText(error))));
  element('left-open-end', HTMLButtonElement).onclick = then(() => endAt(plannedEnd(agenda) ?? Date.now()));
  element('left-open-discard', HTMLButtonElement).onclick = then(() => discard(agenda));
  element('left-open-abandon', HTMLButtonElement).onclick = then(() => abandon(agenda));
  element('left-open-text', HTMLElement).focus();
}

/** Printing the plan prints the plan alone (times, sections, what is done): one page for the wall or the co-facilitator. */
element('print-plan', HTMLButtonElement).addEventListener('click', () => {
  const running = agendaElement;
  if (!running) return;
  // On a phone the plan is folded away: on paper it is whole.
  const folded = running.folded;
  running.folded = false;
  document.body.classList.add('print-plan');
  addEventListener(
    'afterprint',
    () => {
      document.body.classList.remove('print-plan');
      running.folded = folded;
    },
    { once: true },
  );
  void running.updateComplete.then(() => print());
});

// The facilitator's guide ----------------------------------------------------

let guide: Guide | undefined;

function currentSection() {
  return agendaElement && inProgress(agendaElement.agenda) ? agendaElement.agenda.sections.find((s) => s.status === 'current') : undefined;
}

/** What the meeting says now, for the guide's prompts: the running round's times and passes, a new member here, a section over its time. */
function meetingSignals(): PageSignals {
  const none: PageSignals = { spokenMs: [], silentPasses: 0, newMember: false, sectionOverMs: 0, reviewUnderWay: false };
  const agenda = agendaElement?.agenda;
  if (!agenda || !inProgress(agenda)) return none;
  const now = Date.now();
  const tool = document.querySelector('#tool-slot peer-timer, #tool-slot checkin-round');
  const round = tool instanceof HTMLElement && 'round' in tool ? (tool.round as Round | undefined) : tool && 'checkin' in tool ? (tool.checkin as CheckinRound | undefined)?.round : undefined;
  const meeting = thisMeeting(agenda);
  const here = meeting ? attendeeIds(meeting) : [];
  const earlier = group.data.meetings.filter((m) => meeting && m.at < meeting.at && m.status === 'ended');
  const remaining = schedule(agenda, now).currentRemainingMs;
  return {
    ...(round && round.phase !== 'idle' ? roundPromptSignals(round, now) : { spokenMs: [], silentPasses: 0 }),
    newMember: earlier.length > 0 && here.some((id) => !earlier.some((m) => attendeeIds(m).includes(id))),
    sectionOverMs: remaining !== null && remaining < 0 ? -remaining : 0,
    reviewUnderWay: agenda.templateId === 'review' && agenda.sections.some((s) => s.status === 'current' && s.tool === 'purpose-statement'),
  };
}

// Crisis help ----------------------------------------------------------------

/** The crisis button and Alt+H open the group's crisis plan and its pinned crisis lines, from any screen of the meeting. */
function offerCrisisHelp(): void {
  const button = element('crisis', HTMLButtonElement);
  const dialog = element('crisis-dialog', HTMLDialogElement);
  const open = () => {
    // Read afresh each time: a line added during the meeting is there the next time.
    element('crisis-lines', HTMLElement).replaceChildren(inGroup(make('resource-list', { mode: 'crisis' })));
    void showCrisisPlan();
    dialog.showModal();
    guide?.saw('crisis');
    element('crisis-heading', HTMLElement).focus();
  };
  button.hidden = false;
  button.addEventListener('click', open);
  onAltKey('KeyH', open, () => !dialog.open);
}

/** The group's own crisis plan, when it has one, above its crisis lines. */
async function showCrisisPlan(): Promise<void> {
  const plan = (await (await appStore()).get<GroupGuidance>('guidance', group.id))?.data.crisisPlan ?? [];
  element('crisis-plan', HTMLElement).hidden = plan.length === 0;
  element('crisis-plan-steps', HTMLElement).replaceChildren(...plan.map((step) => Object.assign(document.createElement('li'), { textContent: step, lang: group.data.lang })));
}

// Projector -----------------------------------------------------------------

function showProjector(kind: 'timer' | 'rules'): void {
  document.body.classList.add('projector', `projector-${kind}`);
  const slot = element('projector-slot', HTMLElement);
  slot.hidden = false;
  // Public to the room: the timer mirrors the facilitator's round and shows nothing private.
  slot.replaceChildren(inGroup(kind === 'timer' ? make('peer-timer', { presenter: '' }) : make('ground-rules', { mode: 'display', presenter: '' })));
}

/**
 * The presenter screen follows the meeting by itself: the current section's public
 * face (the check-in question and speaker, the sharing round's timer, the rules being
 * read), else a card with the section's name. Nothing private: no per-member figures,
 * no feedback, no notes. It reads the stored plan, never a default.
 */
async function showPresenter(): Promise<void> {
  document.body.classList.add('projector', 'projector-presenter');
  const slot = element('projector-slot', HTMLElement);
  slot.hidden = false;
  const store = await appStore();
  let shown = '';
  const follow = (agenda: Agenda | undefined) => {
    const section = agenda?.sections.find((s) => s.status === 'current');
    const over = agenda !== undefined && !inProgress(agenda) && agenda.sections.some((s) => s.startedAt !== null);
    const onBreak = agenda?.pausedAt !== undefined && agenda.pausedAt !== null;
    const key = onBreak ? 'break' : section ? `${section.id}:${section.tool ?? ''}` : over ? 'over' : 'soon';
    if (key === shown) return;
    shown = key;
    const face = onBreak
      ? presenterCard(text.presenterBreak, nameHidden(store))
      : section?.tool === 'checkin-round'
        ? make('checkin-round', { presenter: '' })
        : section?.tool === 'peer-timer'
          ? make('peer-timer', { presenter: '' })
          : section?.tool === 'ground-rules'
            ? make('ground-rules', { mode: 'display', presenter: '' })
            : presenterCard(section ? section.title : over ? text.presenterOver : text.presenterSoon, nameHidden(store));
    // PeerKit's elements sit in the group (its id is their storage key); a card stands alone.
    slot.replaceChildren(face.localName.includes('-') ? inGroup(face) : face);
  };
  follow((await store.get<Agenda>('agenda', group.id))?.data);
  store.watch<Agenda>('agenda', group.id, (doc) => follow(doc?.data));
  // The facilitator hides or shows the name from the meeting page: the card is drawn again.
  addEventListener('storage', (event) => {
    if (event.key !== HIDE_NAME_KEY) return;
    shown = '';
    void store.get<Agenda>('agenda', group.id).then((doc) => follow(doc?.data));
  });
  showJoinCode();
}

/** While a live room is open (and the facilitator wants it), its code large in a corner, for the room to scan. */
function showJoinCode(): void {
  const text = LIVE_MESSAGES[group.data.lang];
  const corner = make('aside', { class: 'presenter-join', lang: group.data.lang, hidden: '' });
  document.body.append(corner);
  const channel = new BroadcastChannel(PRESENTER_CHANNEL);
  channel.onmessage = (event: MessageEvent<PresenterMessage>) => {
    if (event.data.type !== 'code') return;
    corner.hidden = event.data.modules === null;
    const caption = make('p', {});
    caption.textContent = text.scanToFollow;
    corner.replaceChildren(...(event.data.modules ? [qrSvg(event.data.modules, text.qrLabel), caption] : []));
  };
  channel.postMessage({ type: 'ask' } satisfies PresenterMessage);
}

/** A card for sections with nothing to show the room: the group's name and what is happening. */
function presenterCard(title: string, hideName: boolean): HTMLElement {
  const card = make('div', { class: 'presenter-card', lang: group.data.lang });
  const heading = make('h2', {});
  heading.textContent = title;
  if (!hideName) {
    const name = make('p', { class: 'presenter-group' });
    name.textContent = group.data.name;
    card.append(name);
  }
  card.append(heading);
  return card;
}

async function boot(): Promise<void> {
  if (!groupId) return showPageProblem(text.noGroupNamed);
  const store = await appStore();
  const found = await store.get<Group>('group', groupId);
  if (!found) return showPageProblem(text.noSuchGroup(groupId));
  group = found;
  document.title = titleFor(store, text.meetingTitle(group.data.name));
  element('meeting-title', HTMLElement).textContent = text.meetingTitle(group.data.name);
  const link = element('group-link', HTMLAnchorElement);
  link.textContent = group.data.name;
  link.href = groupUrl('group.html', group.id);
  if (view === 'timer' || view === 'rules') return showProjector(view);
  if (view === 'presenter') return void showPresenter();
  // A meeting under way (not on a break) counts as use: the idle lock never falls on a speaker.
  countAsUse(() => agendaElement !== undefined && inProgress(agendaElement.agenda) && !isPaused(agendaElement.agenda));
  offerCrisisHelp();
  offerPageKeys(text);
  // Alt+N: the next section, from anywhere on the running meeting, but not while the device goes round for feedback.
  onAltKey('KeyN', () => agendaElement?.next(), () => !element('run', HTMLElement).hidden && !document.body.classList.contains('kiosk') && !document.querySelector('dialog[open]'));
  guide = offerGuide({ lang: group.data.lang, text, groupId: group.id, section: () => currentSection()?.id ?? null, signals: meetingSignals });
  // The guide looks again as the meeting moves: the round's times, the plan's clock.
  setInterval(() => guide?.check(), 10_000);
  const agenda = (await store.get<Agenda>('agenda', group.id))?.data;
  // After a reload, a meeting still running comes back where it was; one left open for hours asks first.
  if (agenda && leftOpen(agenda, Date.now())) showLeftOpen(agenda);
  else if (agenda && inProgress(agenda)) showRun(agenda);
  else await showPlan();
}

void boot().catch((error: unknown) => showPageProblem(text.meetingUnopened(errorText(error))));
registerServiceWorker();
