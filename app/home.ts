/** The app's home: the groups on this device, starting one, and bringing one in from a file. */
import { createGroup, importGroup, presentMembers, suggestFacilitator, type Group, type GroupLang } from '@peerkit/core';
import { appStore, element, errorText, formText, registerServiceWorker } from './shell.js';
import { groupUrl, uniqueGroupId } from './groups.js';

const list = element('groups', HTMLUListElement);
const form = element('new-group', HTMLFormElement);
const formError = element('new-group-error', HTMLElement);
const importStatus = element('import-status', HTMLElement);

async function showGroups(): Promise<void> {
  const store = await appStore();
  const groups = (await store.list<Group>('group')).map((doc) => doc.data).sort((a, b) => a.name.localeCompare(b.name));
  element('no-groups', HTMLElement).hidden = groups.length > 0;
  list.replaceChildren(
    ...groups.map((group) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = groupUrl('group.html', group.id);
      link.textContent = group.name;
      const about = document.createElement('p');
      const next = suggestFacilitator(group);
      about.textContent = [
        `${presentMembers(group).length} members`,
        `${group.meetings.length} ${group.meetings.length === 1 ? 'meeting' : 'meetings'} held`,
        next ? `next to facilitate: ${next.name}` : '',
      ]
        .filter(Boolean)
        .join(' · ');
      item.append(link, about);
      return item;
    }),
  );
  return undefined;
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void (async () => {
    const data = new FormData(form);
    const name = formText(data, 'name').trim();
    const members = formText(data, 'members')
      .split(/[,\n]/)
      .map((m) => m.trim())
      .filter(Boolean);
    if (!name || members.length === 0) {
      formError.textContent = 'Give the group a name and at least one member.';
      return;
    }
    try {
      const store = await appStore();
      const taken = new Set((await store.list('group')).map((doc) => doc.id));
      const id = uniqueGroupId(name, taken);
      const lang: GroupLang = formText(data, 'lang') === 'es' ? 'es' : 'en';
      await store.put('group', id, createGroup(id, name, members, Date.now(), lang), { baseRevision: 0 });
      location.assign(groupUrl('group.html', id));
    } catch (error) {
      formError.textContent = `The group could not be saved: ${errorText(error)}`;
    }
  })();
});

element('import-file', HTMLInputElement).addEventListener('change', (event) => {
  const input = event.currentTarget as HTMLInputElement;
  const file = input.files?.[0];
  if (!file) return;
  void (async () => {
    try {
      const { groupId } = await importGroup(await appStore(), JSON.parse(await file.text()) as unknown);
      importStatus.textContent = 'The group was brought in.';
      location.assign(groupUrl('group.html', groupId));
    } catch (error) {
      importStatus.textContent = `Nothing was brought in. ${errorText(error)}`;
    } finally {
      input.value = '';
    }
  })();
});

const forgotten = new URLSearchParams(location.search).get('forgotten');
if (forgotten) element('home-status', HTMLElement).textContent = `${forgotten} was forgotten on this device.`;

void showGroups().catch((error: unknown) => {
  element('no-groups', HTMLElement).hidden = false;
  element('no-groups', HTMLElement).textContent = `The groups could not be read: ${errorText(error)}`;
});
registerServiceWorker();
