/**
 * The facilitator's guide in the meeting: "What do I do if…" one key away
 * (Alt+G), and quiet prompts at the right moment from what the meeting already
 * knows. Private to the facilitator: never on the presenter screen, folded away
 * while this screen is shared, and nothing stored but which prompts a group
 * muted (situation ids, never names).
 */
import { promptsFor, situation, situationsFor, type GuidanceLang, type MeetingSignals, type SituationId } from '@peerkit/core';
import { element, keep, readKept } from '../shell.js';
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
  const mutedKey = `peerkit-guide-muted:${sources.groupId}`;
  const muted = () => new Set(Array.isArray(readKept('local', mutedKey)) ? (readKept('local', mutedKey) as SituationId[]) : []);
  const dismissed = new Set<SituationId>();
  const seen = { lateArrival: false, crisisOpened: false };
  let shown: SituationId | undefined;

  const open = (focus?: SituationId) => {
    element('guide-situations', HTMLElement).replaceChildren(...situationsFor(sources.section()).map((s) => fold(s.id, s.id === focus)));
    if (!dialog.open) dialog.showModal();
    const target = focus ? dialog.querySelector<HTMLElement>(`[data-situation="${focus}"] summary`) : element('guide-heading', HTMLElement);
    target?.focus();
  };

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
    details.append(summary, notice, tryHeading, list, afterHeading, afterwards);
    return details;
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
        keep('local', mutedKey, [...muted(), id]);
        guide.check();
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
      const off = muted();
      show(promptsFor({ ...sources.signals(), ...seen }).find((id) => !dismissed.has(id) && !off.has(id)));
    },
  };

  button.hidden = false;
  button.addEventListener('click', () => open());
  onAltKey('KeyG', () => open(), () => !dialog.open);
  return guide;
}
