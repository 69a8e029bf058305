/**
 * The facilitator's guide in the meeting: "What do I do if…" one key away
 * (Alt+G), and quiet prompts at the right moment from what the meeting already
 * knows. Private to the facilitator: never on the presenter screen, folded away
 * while this screen is shared, and nothing stored but which prompts a group
 * muted (situation ids, never names).
 */
import { emptyGuidance, muteSituation, promptsFor, setSituationNote, situation, situationsFor, SITUATION_IDS, type GroupGuidance, type GuidanceLang, type MeetingSignals, type SituationId } from '@peerkit/core';
import { appStore, element, errorText, keep, readKept } from '../shell.js';
import type { AppMessages } from '../messages.js';
import { onAltKey } from './keys.js';

/** What the page tells the guide when asked; late arrivals and crisis help it is told of as they happen (`saw`). */
export type PageSignals = Omit<MeetingSignals, 'lateArrival' | 'crisisOpened'>;

export interface GuideSources {
  /** The group's language: the guidance is read in it. */
  lang: GuidanceLang;
  text: AppMessages;
  groupId: string;
  /** The section under way, if any. */
  section(): string | null;
  /** What the round and the record say now. */
  signals(): PageSignals;
}

export interface Guide {
  /** Something happened that may call for a prompt. */
  saw(event: 'late-arrival' | 'crisis'): void;
  /** Looks at the signals again (the page calls it as the meeting moves). */
  check(): void;
}

export function offerGuide(sources: GuideSources): Guide {
  const { text, lang } = sources;
  const button = element('guide', HTMLButtonElement);
  const dialog = element('guide-dialog', HTMLDialogElement);
  const promptBox = element('guide-prompt', HTMLElement);
  // The group's own choices (prompts turned off, its notes) travel with its records, not with this browser.
  let own: GroupGuidance = emptyGuidance();
  let ownProblem = '';
  const ownRead = appStore()
    .then((store) => store.get<GroupGuidance>('guidance', sources.groupId))
    .then(async (doc) => {
      own = doc?.data ?? own;
      // Prompts turned off before they were kept with the group (in this browser only) join the group's record once.
      const legacyKey = `peerkit-guide-muted:${sources.groupId}`;
      const legacy = readKept('local', legacyKey);
      if (Array.isArray(legacy) && legacy.length > 0) {
        own = await saveOwn((current) => legacy.filter((id): id is SituationId => SITUATION_IDS.includes(id as SituationId)).reduce((g, id) => muteSituation(g, id), current));
      }
      keep('local', legacyKey, null);
      guide.check();
    })
    // Unreadable, the guide still helps with PeerKit's words, and says the group's own could not be read.
    .catch((error: unknown) => void (ownProblem = text.guideOwnUnreadable(errorText(error))));
  const saveOwn = async (change: (current: GroupGuidance) => GroupGuidance) =>
    (await (await appStore()).update<GroupGuidance>('guidance', sources.groupId, (current) => change(current ?? emptyGuidance()))).data;
  const dismissed = new Set<SituationId>();
  const seen = { lateArrival: false, crisisOpened: false };
  let shown: SituationId | undefined;

  const open = (focus?: SituationId) =>
    // With the group's own notes read first, so they are in it.
    void ownRead.then(() => {
      const problem = ownProblem ? [Object.assign(document.createElement('p'), { className: 'error', textContent: ownProblem })] : [];
      element('guide-situations', HTMLElement).replaceChildren(...problem, ...situationsFor(sources.section()).map((s) => fold(s.id, s.id === focus)));
      if (!dialog.open) dialog.showModal();
      const target = focus ? dialog.querySelector<HTMLElement>(`[data-situation="${focus}"] summary`) : element('guide-heading', HTMLElement);
      target?.focus();
    });

  const fold = (id: SituationId, opened: boolean): HTMLElement => {
    const words = situation(id).text[lang];
    const details = document.createElement('details');
    details.dataset.situation = id;
    details.lang = lang;
    details.open = opened;
    const summary = document.createElement('summary');
    summary.textContent = words.title;
    const notice = document.createElement('p');
    notice.textContent = words.notice;
    const tryHeading = document.createElement('h3');
    tryHeading.textContent = text.guideTry;
    tryHeading.lang = document.documentElement.lang;
    const list = document.createElement('ul');
    list.append(...words.try.map((line) => Object.assign(document.createElement('li'), { textContent: line })));
    const afterHeading = document.createElement('h3');
    afterHeading.textContent = text.guideAfterwards;
    afterHeading.lang = document.documentElement.lang;
    const afterwards = document.createElement('p');
    afterwards.textContent = words.afterwards;
    details.append(summary, notice, tryHeading, list, afterHeading, afterwards, ownNote(id));
    return details;
  };

  /** The group's own note on a situation: shown with PeerKit's words, and written here. */
  const ownNote = (id: SituationId): HTMLElement => {
    const form = document.createElement('form');
    form.className = 'own-note';
    const field = `own-note-${id}`;
    const label = Object.assign(document.createElement('label'), { htmlFor: field, textContent: text.guideOwnNote });
    const area = Object.assign(document.createElement('textarea'), { id: field, name: 'note', rows: 2, maxLength: 1000, value: own.notes[id] ?? '' });
    area.lang = lang;
    const save = Object.assign(document.createElement('button'), { type: 'submit', textContent: text.guideOwnNoteSave });
    const status = document.createElement('p');
    status.setAttribute('role', 'status');
    form.append(label, area, save, status);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      status.textContent = '';
      saveOwn((current) => setSituationNote(current, id, area.value)).then(
        (saved) => {
          own = saved;
          status.textContent = saved.notes[id] ? text.guideOwnNoteSaved : text.guideOwnNoteRemoved;
        },
        (error: unknown) => (status.textContent = text.notSaved(errorText(error))),
      );
    });
    return form;
  };

  const show = (id: SituationId | undefined) => {
    if (id === shown) return;
    shown = id;
    if (!id) return promptBox.replaceChildren();
    const line = document.createElement('p');
    line.textContent = text.guidePrompt(situation(id).text[lang].title);
    const actions = document.createElement('p');
    actions.className = 'actions';
    const action = (label: string, then: () => void) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = label;
      b.addEventListener('click', then);
      return b;
    };
    actions.append(
      action(text.guideShow, () => open(id)),
      action(text.guideDismiss, () => {
        dismissed.add(id);
        guide.check();
      }),
      action(text.guideMute, () => {
        saveOwn((current) => muteSituation(current, id)).then(
          (saved) => {
            own = saved;
            guide.check();
          },
          (error: unknown) => line.replaceChildren(text.notSaved(errorText(error))),
        );
      }),
    );
    promptBox.replaceChildren(line, actions);
  };

  const guide: Guide = {
    saw(event) {
      if (event === 'late-arrival') seen.lateArrival = true;
      else seen.crisisOpened = true;
      // A moment's prompt is new again each time it happens.
      dismissed.delete(event);
      guide.check();
    },
    check() {
      const off = new Set(own.muted);
      show(promptsFor({ ...sources.signals(), ...seen }).find((id) => !dismissed.has(id) && !off.has(id)));
    },
  };

  button.hidden = false;
  button.addEventListener('click', () => open());
  onAltKey('KeyG', () => open(), () => !dialog.open);
  return guide;
}
