/**
 * A group's page: the next meeting, members joining and leaving, the history
 * (attendance, talk-time fairness, feedback trends), and the group's data:
 * save to a file, bring back, forget.
 */
import {
  addMember,
  exportGroup,
  heldMeetings,
  forgetGroup,
  importGroup,
  memberLeaves,
  undoLeave,
  setPurposeReviewAfter,
  setReviewAfter,
  setTimeZone,
  isTimeZone,
  presentMembers,
  suggestAgendaTemplate,
  suggestFacilitator,
  emptyGuidance,
  setCrisisPlan,
  type Group,
  type GroupGuidance,
  type Purpose,
  type StoredDoc,
  formatDay,
} from '@peerkit/core';
import '@peerkit/components/feedback-form.js';
import '@peerkit/components/resource-list.js';
import { download, readJsonFile } from '@peerkit/components/download.js';
import { appLang, appStore, element, errorText, groupIdFromUrl, pageText, registerServiceWorker, showPageProblem, titleFor, updateDoc } from './shell.js';
import { fileToSave, openChosenFile, tooShortPassphrase } from './privacy/settings.js';
import { groupUrl } from './groups.js';
import { attendanceRows, meetingRows, purposeStanding } from './history.js';
import { offerGoals } from './goals.js';

const groupId = groupIdFromUrl();
const text = pageText();
let current: StoredDoc<Group> | undefined;

function cell(text: string | number): HTMLTableCellElement {
  const td = document.createElement('td');
  td.textContent = String(text);
  return td;
}

function fillTable(id: string, rows: (string | number)[][]): void {
  const table = element(id, HTMLTableElement);
  table.hidden = rows.length === 0;
  table.tBodies[0]?.replaceChildren(
    ...rows.map((row) => {
      const tr = document.createElement('tr');
      tr.append(...row.map(cell));
      return tr;
    }),
  );
}

async function render(doc: StoredDoc<Group>): Promise<void> {
  current = doc;
  const group = doc.data;
  const store = await appStore();
  const purpose = (await store.get<Purpose>('purpose', group.id))?.data;
  document.title = titleFor(store, `${group.name}: PeerKit`);
  element('group-name', HTMLElement).textContent = group.name;
  const [statement, review] = purposeStanding(group, purpose, text);
  element('group-summary', HTMLElement).textContent = [statement, text.meetingsHeld(heldMeetings(group).length), review].filter(Boolean).join(' · ');
  const next = suggestFacilitator(group);
  element('next-about', HTMLElement).textContent = text.suggested(text.templateNames[suggestAgendaTemplate(group, purpose)], next?.name);
  element('review-after', HTMLInputElement).value = String(purpose?.reviewAfterMeetings ?? group.reviewAfterMeetings);
  showTimeZones(group.timeZone);
  element('run-meeting', HTMLAnchorElement).href = groupUrl('meeting.html', group.id);
  element('rules-projector', HTMLAnchorElement).href = groupUrl('meeting.html', group.id, 'rules');
  element('report-link', HTMLAnchorElement).href = groupUrl('report.html', group.id);

  element('members', HTMLUListElement).replaceChildren(
    ...presentMembers(group).map((member) => {
      const item = document.createElement('li');
      const name = document.createElement('span');
      name.textContent = member.name;
      const leave = document.createElement('button');
      leave.type = 'button';
      leave.className = 'quiet';
      leave.textContent = text.hasLeftButton(member.name);
      leave.addEventListener('click', () => void leaves(member));
      item.append(name, leave);
      return item;
    }),
  );

  const meetings = meetingRows(group, text);
  element('no-history', HTMLElement).hidden = meetings.length > 0;
  fillTable(
    'meetings',
    meetings.map((m) => [formatDay(m.at, appLang(), { timeZone: group.timeZone }), m.facilitator, m.came, m.fairness]),
  );
  fillTable('attendance', meetings.length === 0 ? [] : attendanceRows(group).map((r) => [r.current ? r.name : text.formerMember(r.name), r.attended, r.possible]));
}

async function change(update: (group: Group) => Group, said: string, statusId = 'members-status'): Promise<void> {
  if (!current) return;
  const { id } = current;
  const status = element(statusId, HTMLElement);
  try {
    // Applied to the latest record, so a change made in another window meanwhile stays.
    const saved = await updateDoc<Group>('group', id, update);
    if (!saved) {
      status.textContent = text.noSuchGroup(id);
      return;
    }
    await render(saved);
    // Said once the page shows it, so what is announced and what is listed never disagree.
    status.textContent = said;
  } catch (error) {
    status.textContent = text.notSaved(errorText(error));
  }
}

/**
 * Marking someone as gone takes one click, so it can be taken back: the status
 * offers Undo (for as long as the page is open), which restores them as they were.
 */
async function leaves(member: { id: string; name: string }): Promise<void> {
  const leftAt = Date.now();
  await change((g) => memberLeaves(g, member.id, leftAt), text.hasLeft(member.name));
  const status = element('members-status', HTMLElement);
  if (!current?.data.members.some((m) => m.id === member.id && m.leftAt === leftAt)) return;
  const undo = document.createElement('button');
  undo.type = 'button';
  undo.textContent = text.undo;
  undo.addEventListener('click', () => void change((g) => undoLeave(g, member.id, leftAt), text.stillMember(member.name)));
  status.append(' ', undo);
  undo.focus();
}

/** The review point is the group's and, once adopted, its purpose's: both change together. */
element('review-point', HTMLFormElement).addEventListener('submit', (event) => {
  event.preventDefault();
  const meetings = Number(element('review-after', HTMLInputElement).value);
  if (!current) return;
  const id = current.id;
  void (async () => {
    try {
      await updateDoc<Purpose>('purpose', id, (purpose) => setPurposeReviewAfter(purpose, meetings));
      await change((g) => setReviewAfter(g, meetings), text.reviewSet(meetings), 'review-status');
    } catch (error) {
      element('review-status', HTMLElement).textContent = text.notSaved(errorText(error));
    }
  })();
});

/** Every zone the browser knows, the group's chosen; a zone it does not know (from another device) is kept as it is. */
function showTimeZones(chosen: string): void {
  const select = element('time-zone', HTMLSelectElement);
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const all = zones.includes(chosen) ? zones : [chosen, ...zones];
  if (select.options.length !== all.length) {
    select.replaceChildren(
      ...all.map((zone) => {
        const option = document.createElement('option');
        option.value = zone;
        option.textContent = zone.replaceAll('_', ' ');
        return option;
      }),
    );
  }
  select.value = chosen;
}

element('time-zone-form', HTMLFormElement).addEventListener('submit', (event) => {
  event.preventDefault();
  const zone = element('time-zone', HTMLSelectElement).value;
  if (!isTimeZone(zone)) return;
  void change((g) => setTimeZone(g, zone), text.timeZoneSet(zone.replaceAll('_', ' ')), 'time-zone-status');
});

element('add-member', HTMLFormElement).addEventListener('submit', (event) => {
  event.preventDefault();
  const input = element('new-member', HTMLInputElement);
  const name = input.value.trim();
  if (!name) return;
  input.value = '';
  void change((g) => addMember(g, name, Date.now()), text.joined(name));
});

const sealExport = element('seal-export', HTMLInputElement);
const sealFields = element('seal-fields', HTMLElement);
sealExport.addEventListener('change', () => (sealFields.hidden = !sealExport.checked));

element('export', HTMLButtonElement).addEventListener('click', () => {
  if (!current) return;
  const id = current.id;
  void (async () => {
    const status = element('data-status', HTMLElement);
    const passphrase = sealExport.checked ? element('seal-passphrase', HTMLInputElement).value : null;
    if (passphrase !== null && tooShortPassphrase(passphrase)) {
      status.textContent = text.sealPassphraseShort;
      return;
    }
    try {
      const file = await exportGroup(await appStore(), id);
      download(`${id}.peerkit.json`, 'application/json', JSON.stringify(await fileToSave(file, passphrase), null, 2));
      status.textContent = (passphrase === null ? text.savedFile : text.savedSealedFile)(file.documents.length, `${id}.peerkit.json`);
    } catch (error) {
      status.textContent = text.nothingSaved(errorText(error));
    }
  })();
});

element('replace-file', HTMLInputElement).addEventListener('change', (event) => {
  const input = event.currentTarget as HTMLInputElement;
  void (async () => {
    const status = element('data-status', HTMLElement);
    try {
      const chosen = await readJsonFile(input);
      if (chosen === undefined) return;
      const file = await openChosenFile(chosen, input, appLang());
      const { imported: count } = await importGroup(await appStore(), file, { replace: groupId ?? '' });
      await load(text.broughtBack(count));
    } catch (error) {
      status.textContent = text.nothingChanged(errorText(error));
    } finally {
      input.value = '';
    }
  })();
});

const forgetButton = element('forget', HTMLButtonElement);
const forgetConfirm = element('forget-confirm', HTMLElement);
function showForget(open: boolean): void {
  forgetConfirm.hidden = !open;
  forgetButton.setAttribute('aria-expanded', String(open));
  if (open) element('forget-no', HTMLButtonElement).focus();
  else forgetButton.focus();
}
forgetButton.addEventListener('click', () => {
  element('forget-question', HTMLElement).textContent = text.forgetQuestion(current?.data.name ?? '');
  showForget(true);
});
element('forget-no', HTMLButtonElement).addEventListener('click', () => showForget(false));
element('forget-yes', HTMLButtonElement).addEventListener('click', () => {
  if (!current) return;
  const { id } = current;
  const { name } = current.data;
  void (async () => {
    try {
      await forgetGroup(await appStore(), id);
      location.assign(`./?forgotten=${encodeURIComponent(name)}`);
    } catch (error) {
      element('forget-question', HTMLElement).textContent = text.forgetFailed(errorText(error));
    }
  })();
});

async function load(said?: string): Promise<void> {
  if (!groupId) return showPageProblem(text.noGroupNamed);
  const doc = await (await appStore()).get<Group>('group', groupId);
  if (!doc) return showPageProblem(text.noSuchGroup(groupId));
  await render(doc);
  // Shown only once filled in: a link with its placeholder href must never be followed.
  element('group-page', HTMLElement).hidden = false;
  if (said) element('data-status', HTMLElement).textContent = said;
  // The group's crisis lines and resources, kept under its id; a group with no crisis line is asked to add one.
  const resources = document.createElement('resource-list');
  resources.setAttribute('mode', 'edit');
  resources.setAttribute('storage-key', groupId);
  resources.setAttribute('lang', doc.data.lang);
  const askForCrisisLine = () => {
    element('no-crisis-line', HTMLElement).hidden = resources.list.resources.some((r) => r.crisis && r.status === 'active');
  };
  resources.addEventListener('peer-resource-change', askForCrisisLine);
  element('resources-slot', HTMLElement).replaceChildren(resources);
  void resources.ready.then(askForCrisisLine);
  const feedback = document.createElement('feedback-form');
  feedback.setAttribute('view', 'results');
  feedback.setAttribute('storage-key', groupId);
  feedback.setAttribute('lang', doc.data.lang);
  element('feedback-slot', HTMLElement).replaceChildren(feedback);
  await offerCrisisPlan(groupId);
  await offerGoals({ groupId, groupLang: doc.data.lang, timeZone: doc.data.timeZone, text, removable: true });
}

/** The group's own crisis plan: one step a line, said as saved only once it is. */
async function offerCrisisPlan(id: string): Promise<void> {
  const store = await appStore();
  const steps = element('crisis-plan-steps', HTMLTextAreaElement);
  const status = element('crisis-plan-status', HTMLElement);
  steps.value = ((await store.get<GroupGuidance>('guidance', id))?.data.crisisPlan ?? []).join('\n');
  element('crisis-plan', HTMLFormElement).onsubmit = (event) => {
    event.preventDefault();
    status.textContent = '';
    store.update<GroupGuidance>('guidance', id, (current) => setCrisisPlan(current ?? emptyGuidance(), steps.value)).then(
      (doc) => {
        steps.value = doc.data.crisisPlan.join('\n');
        status.textContent = text.crisisPlanSaved(doc.data.crisisPlan.length);
      },
      (error: unknown) => (status.textContent = text.notSaved(errorText(error))),
    );
  };
}

void load().catch((error: unknown) => showPageProblem(text.groupUnreadable(errorText(error))));
registerServiceWorker();
