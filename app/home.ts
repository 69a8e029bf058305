/** The app's home: the groups on this device, starting one, and bringing one in from a file. */
import { createGroup, heldMeetings, importGroup, inProgress, presentMembers, randomId, splitNames, suggestFacilitator, type Agenda, type ExportFile, type Group, type GroupLang, type Purpose } from '@peerkit/core';
import { readJsonFile } from '@peerkit/components/download.js';
import { appLang, appStore, chooseAppLang, element, errorText, formText, pageText, registerServiceWorker } from './shell.js';
import { groupUrl } from './groups.js';
import { purposeStanding } from './history.js';
import { openChosenFile, renderPrivacySettings } from './privacy/settings.js';

const list = element('groups', HTMLUListElement);
const form = element('new-group', HTMLFormElement);
const formError = element('new-group-error', HTMLElement);
const importStatus = element('import-status', HTMLElement);
const text = pageText();

async function showGroups(): Promise<void> {
  const store = await appStore();
  const groups = (await store.list<Group>('group')).map((doc) => doc.data).sort((a, b) => a.name.localeCompare(b.name));
  const agendas = new Map((await store.list<Agenda>('agenda')).map((doc) => [doc.id, doc.data]));
  const purposes = new Map((await store.list<Purpose>('purpose')).map((doc) => [doc.id, doc.data]));
  element('no-groups', HTMLElement).hidden = groups.length > 0;
  // Before the first group: the lock from the first minute, when this browser keeps things at all.
  element('shared-offer', HTMLElement).hidden = groups.length > 0 || store.lock.state !== 'off' || !store.persistent;
  list.replaceChildren(
    ...groups.map((group) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = groupUrl('group.html', group.id);
      link.textContent = group.name;
      const about = document.createElement('p');
      const next = suggestFacilitator(group);
      // The review count as the group page says it, so a review due is seen from here.
      const review = purposeStanding(group, purposes.get(group.id), text)[1];
      about.textContent = [text.members(presentMembers(group).length), text.meetingsHeld(heldMeetings(group).length), next ? text.nextToFacilitate(next.name) : '', review ?? '']
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
      // Random, never from the name: the id shows in the address and the browser's history.
      const id = randomId('g');
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
      const namesake = await sameNameHere(file);
      if (namesake !== undefined && !(await keepBoth(namesake))) {
        importStatus.textContent = text.nothingBroughtIn(text.keptOne(namesake));
        return;
      }
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

/** The name of a group here that has the file's group's name but is another group (another id), if any. */
async function sameNameHere(file: unknown): Promise<string | undefined> {
  const documents = (file as Partial<ExportFile> | null)?.documents;
  const incoming = Array.isArray(documents) ? documents.find((d) => d.kind === 'group') : undefined;
  const data = incoming?.data as { name?: unknown } | undefined;
  if (!incoming || typeof data?.name !== 'string') return undefined;
  const name = data.name.trim().toLowerCase();
  const here = (await (await appStore()).list<Group>('group')).find((doc) => doc.id !== incoming.id && doc.data.name.trim().toLowerCase() === name);
  return here?.data.name;
}

/** Asks beside the control whether to keep both groups of one name; resolves with the answer. */
function keepBoth(name: string): Promise<boolean> {
  return new Promise((resolve) => {
    const question = document.createElement('p');
    question.textContent = text.sameNameQuestion(name);
    const answer = (keep: boolean) => () => {
      importStatus.replaceChildren();
      element('import-file', HTMLInputElement).focus();
      resolve(keep);
    };
    const yes = document.createElement('button');
    yes.type = 'button';
    yes.textContent = text.keepBoth;
    yes.addEventListener('click', answer(true));
    const no = document.createElement('button');
    no.type = 'button';
    no.textContent = text.dontBringIn;
    no.addEventListener('click', answer(false));
    const actions = document.createElement('p');
    actions.className = 'actions';
    actions.append(yes, no);
    importStatus.replaceChildren(question, actions);
    yes.focus();
  });
}

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

void appStore().then((store) => {
  renderPrivacySettings(element('privacy-settings', HTMLElement), store, appLang());
  // The lock turned on here: the offer before the first group goes.
  store.lock.onChange(() => void showGroups());
});
element('shared-offer-go', HTMLAnchorElement).addEventListener('click', (event) => {
  event.preventDefault();
  const passphrase = document.querySelector<HTMLInputElement>('#privacy-settings input[name=new]');
  passphrase?.scrollIntoView({ block: 'center' });
  passphrase?.focus();
});

void showGroups().catch((error: unknown) => {
  element('no-groups', HTMLElement).hidden = false;
  element('no-groups', HTMLElement).textContent = text.groupsUnreadable(errorText(error));
});
registerServiceWorker();
