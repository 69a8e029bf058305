/** The app's home: the groups on this device, starting one, and bringing one in from a file. */
import { createGroup, heldMeetings, importGroup, inProgress, presentMembers, splitNames, suggestFacilitator, type Agenda, type Group, type GroupLang } from '@peerkit/core';
import { readJsonFile } from '@peerkit/components/download.js';
import { appLang, appStore, chooseAppLang, element, errorText, formText, pageText, registerServiceWorker } from './shell.js';
import { groupUrl, uniqueGroupId } from './groups.js';
import { openChosenFile, renderPrivacySettings } from './privacy-settings.js';

const list = element('groups', HTMLUListElement);
const form = element('new-group', HTMLFormElement);
const formError = element('new-group-error', HTMLElement);
const importStatus = element('import-status', HTMLElement);
const text = pageText();

async function showGroups(): Promise<void> {
  const store = await appStore();
  const groups = (await store.list<Group>('group')).map((doc) => doc.data).sort((a, b) => a.name.localeCompare(b.name));
  const agendas = new Map((await store.list<Agenda>('agenda')).map((doc) => [doc.id, doc.data]));
  element('no-groups', HTMLElement).hidden = groups.length > 0;
  list.replaceChildren(
    ...groups.map((group) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = groupUrl('group.html', group.id);
      link.textContent = group.name;
      const about = document.createElement('p');
      const next = suggestFacilitator(group);
      about.textContent = [text.members(presentMembers(group).length), text.meetingsHeld(heldMeetings(group).length), next ? text.nextToFacilitate(next.name) : '']
        .filter(Boolean)
        .join(' · ');
      item.append(link, about);
      const agenda = agendas.get(group.id);
      if (agenda && inProgress(agenda)) {
        const resume = document.createElement('a');
        resume.href = groupUrl('meeting.html', group.id);
        resume.className = 'resume';
        resume.textContent = text.meetingInProgress;
        item.append(resume);
      }
      return item;
    }),
  );
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void (async () => {
    const data = new FormData(form);
    const name = formText(data, 'name').trim();
    const members = splitNames(formText(data, 'members'));
    if (!name || members.length === 0) {
      formError.textContent = text.giveNameAndMember;
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
      formError.textContent = text.groupNotSaved(errorText(error));
    }
  })();
});

// Only now can the form be sent: it is handled here, never by the browser's own submission.
form.querySelector('button[type="submit"]')?.removeAttribute('disabled');

element('import-file', HTMLInputElement).addEventListener('change', (event) => {
  const input = event.currentTarget as HTMLInputElement;
  void (async () => {
    try {
      const chosen = await readJsonFile(input);
      if (chosen === undefined) return;
      const file = await openChosenFile(chosen, input, appLang());
      const { groupId } = await importGroup(await appStore(), file);
      importStatus.textContent = text.broughtIn;
      location.assign(groupUrl('group.html', groupId));
    } catch (error) {
      importStatus.textContent = text.nothingBroughtIn(errorText(error));
    } finally {
      input.value = '';
    }
  })();
});

const langChoice = element('app-lang', HTMLSelectElement);
langChoice.value = appLang();
langChoice.addEventListener('change', () => {
  chooseAppLang(langChoice.value === 'es' ? 'es' : 'en');
  location.reload();
});
// A new group's tools speak the facilitator's language unless they choose otherwise.
element('group-lang', HTMLSelectElement).value = appLang();

const forgotten = new URLSearchParams(location.search).get('forgotten');
if (forgotten) element('home-status', HTMLElement).textContent = text.forgotten(forgotten);
if (new URLSearchParams(location.search).has('cleared')) element('home-status', HTMLElement).textContent = text.cleared;

void appStore().then((store) => renderPrivacySettings(element('privacy-settings', HTMLElement), store, appLang()));

void showGroups().catch((error: unknown) => {
  element('no-groups', HTMLElement).hidden = false;
  element('no-groups', HTMLElement).textContent = text.groupsUnreadable(errorText(error));
});
registerServiceWorker();
