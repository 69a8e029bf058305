/**
 * A group's page: the next meeting, members joining and leaving, the history
 * (attendance, talk-time fairness, feedback trends), and the group's data:
 * save to a file, bring back, forget.
 */
import {
  addMember,
  exportGroup,
  forgetGroup,
  importGroup,
  meetingsUntilReview,
  memberLeaves,
  presentMembers,
  suggestAgendaTemplate,
  suggestFacilitator,
  type Group,
  type Purpose,
  type StoredDoc,
} from '@peerkit/core';
import '@peerkit/components/feedback-form.js';
import { appStore, element, errorText, groupIdFromUrl, registerServiceWorker, saveFile } from './shell.js';
import { groupUrl } from './groups.js';
import { attendanceRows, meetingRows } from './history.js';

const groupId = groupIdFromUrl();
const TEMPLATE_NAMES = { 'first-meeting': 'a first meeting', regular: 'a regular meeting', review: 'a review meeting' } as const;
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
  document.title = `${group.name}: PeerKit`;
  element('group-name', HTMLElement).textContent = group.name;
  const held = group.meetings.length;
  const untilReview = meetingsUntilReview(group, purpose);
  element('group-summary', HTMLElement).textContent = [
    purpose?.adopted ? `“${purpose.adopted.text}”` : 'No purpose adopted yet',
    `${held} ${held === 1 ? 'meeting' : 'meetings'} held`,
    held === 0 ? '' : untilReview === 0 ? 'purpose review due' : `purpose review after ${untilReview} more ${untilReview === 1 ? 'meeting' : 'meetings'}`,
  ]
    .filter(Boolean)
    .join(' · ');
  const next = suggestFacilitator(group);
  element('next-about', HTMLElement).textContent =
    `Suggested: ${TEMPLATE_NAMES[suggestAgendaTemplate(group, purpose)]}` + (next ? `, facilitated by ${next.name} (whose turn it is fairly).` : '.');
  element('run-meeting', HTMLAnchorElement).href = groupUrl('meeting.html', group.id);
  element('rules-projector', HTMLAnchorElement).href = groupUrl('meeting.html', group.id, 'rules');

  element('members', HTMLUListElement).replaceChildren(
    ...presentMembers(group).map((member) => {
      const item = document.createElement('li');
      const name = document.createElement('span');
      name.textContent = member.name;
      const leave = document.createElement('button');
      leave.type = 'button';
      leave.textContent = `${member.name} has left`;
      leave.addEventListener('click', () => void change((g) => memberLeaves(g, member.id, Date.now()), `${member.name} has left the group; their attendance stays in the history.`));
      item.append(name, leave);
      return item;
    }),
  );

  const meetings = meetingRows(group);
  element('no-history', HTMLElement).hidden = meetings.length > 0;
  fillTable(
    'meetings',
    meetings.map((m) => [new Date(m.at).toLocaleDateString(undefined, { dateStyle: 'medium' }), m.facilitator, m.came, m.fairness]),
  );
  fillTable('attendance', meetings.length === 0 ? [] : attendanceRows(group).map((r) => [r.current ? r.name : `${r.name} (left)`, r.attended, r.possible]));
}

async function change(update: (group: Group) => Group, said: string): Promise<void> {
  if (!current) return;
  const status = element('members-status', HTMLElement);
  try {
    const store = await appStore();
    const saved = await store.put('group', current.id, update(current.data), { baseRevision: current.revision });
    status.textContent = said;
    await render(saved);
  } catch (error) {
    status.textContent = `Not saved: ${errorText(error)}`;
  }
}

element('add-member', HTMLFormElement).addEventListener('submit', (event) => {
  event.preventDefault();
  const input = element('new-member', HTMLInputElement);
  const name = input.value.trim();
  if (!name) return;
  input.value = '';
  void change((g) => addMember(g, name, Date.now()), `${name} has joined.`);
});

element('export', HTMLButtonElement).addEventListener('click', () => {
  if (!current) return;
  const id = current.id;
  void (async () => {
    const status = element('data-status', HTMLElement);
    try {
      const file = await exportGroup(await appStore(), id);
      saveFile(`${id}.peerkit.json`, JSON.stringify(file, null, 2));
      status.textContent = `Saved ${file.documents.length} records to ${id}.peerkit.json.`;
    } catch (error) {
      status.textContent = `Nothing was saved: ${errorText(error)}`;
    }
  })();
});

element('replace-file', HTMLInputElement).addEventListener('change', (event) => {
  const input = event.currentTarget as HTMLInputElement;
  const file = input.files?.[0];
  if (!file) return;
  void (async () => {
    const status = element('data-status', HTMLElement);
    try {
      const { imported: count } = await importGroup(await appStore(), JSON.parse(await file.text()) as unknown, { replace: groupId ?? '' });
      await load(`Brought back ${count} records from the file.`);
    } catch (error) {
      status.textContent = `Nothing was changed. ${errorText(error)}`;
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
  element('forget-question', HTMLElement).textContent =
    `Forget ${current?.data.name ?? 'this group'} on this device? Its members, meetings, rules, purpose, resources and feedback are removed for good. Save it to a file first if you may want it back.`;
  showForget(true);
});
element('forget-no', HTMLButtonElement).addEventListener('click', () => showForget(false));
element('forget-yes', HTMLButtonElement).addEventListener('click', () => {
  if (!current) return;
  const { id, name } = { id: current.id, name: current.data.name };
  void (async () => {
    try {
      await forgetGroup(await appStore(), id);
      location.assign(`./?forgotten=${encodeURIComponent(name)}`);
    } catch (error) {
      element('forget-question', HTMLElement).textContent = `The group could not be forgotten: ${errorText(error)}`;
    }
  })();
});

async function load(said?: string): Promise<void> {
  const missing = element('missing', HTMLElement);
  if (!groupId) {
    missing.hidden = false;
    missing.textContent = 'No group was named. Choose one from the list of groups.';
    return;
  }
  const doc = await (await appStore()).get<Group>('group', groupId);
  if (!doc) {
    missing.hidden = false;
    missing.textContent = `There is no group “${groupId}” on this device. It may have been forgotten, or kept in another browser.`;
    return;
  }
  element('group-page', HTMLElement).hidden = false;
  await render(doc);
  if (said) element('data-status', HTMLElement).textContent = said;
  const feedback = document.createElement('feedback-form');
  feedback.setAttribute('view', 'results');
  feedback.setAttribute('storage-key', groupId);
  feedback.setAttribute('lang', doc.data.lang);
  element('feedback-slot', HTMLElement).replaceChildren(feedback);
}

void load().catch((error: unknown) => {
  const missing = element('missing', HTMLElement);
  missing.hidden = false;
  missing.textContent = `The group could not be read: ${errorText(error)}`;
});
registerServiceWorker();
