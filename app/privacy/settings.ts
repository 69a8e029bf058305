/**
 * The home page's "On a shared computer" section: turning the lock on and off,
 * locking now, the idle time, changing the passphrase, where quick exit goes,
 * and forgetting everything. Also the sealed-file prompts the data pages share.
 */
import { DEFAULT_IDLE_MINUTES, isSealedFile, openSealedFile, sealFile, WrongPassphraseError, type PeerStore } from '@peerkit/core';
import type { AppLang } from '../messages.js';
import { EXIT_URL_KEY, forgetEverythingControl, savedExitUrl } from './privacy.js';
import { PRIVACY_MESSAGES, type PrivacyMessages } from './messages.js';

const IDLE_CHOICES = [5, 15, 30, 60, 120];
const MIN_PASSPHRASE = 10;

/** Too short to be a passphrase worth the name (for the lock and for sealed files alike): spaces do not count. */
export function tooShortPassphrase(passphrase: string): boolean {
  return passphrase.trim().length < MIN_PASSPHRASE;
}

let uid = 0;
/** A labelled field: the label, then the control, as the app's forms lay them out. */
function field(label: string, control: HTMLInputElement | HTMLSelectElement): HTMLElement[] {
  control.id ||= `privacy-field-${uid++}`;
  const labelElement = document.createElement('label');
  labelElement.htmlFor = control.id;
  labelElement.textContent = label;
  return [labelElement, control];
}

function passwordInput(name: string, autocomplete: 'new-password' | 'current-password'): HTMLInputElement {
  const input = document.createElement('input');
  input.type = 'password';
  input.name = name;
  input.required = true;
  input.autocomplete = autocomplete;
  return input;
}

function button(label: string, kind: 'primary' | 'danger' | '' = '', type: 'button' | 'submit' = 'submit'): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = type;
  b.textContent = label;
  if (kind) b.className = kind;
  return b;
}

function paragraph(text: string, className = ''): HTMLParagraphElement {
  const p = document.createElement('p');
  p.textContent = text;
  if (className) p.className = className;
  return p;
}

function heading(text: string): HTMLHeadingElement {
  const h = document.createElement('h3');
  h.textContent = text;
  return h;
}

function idleSelect(current: number, text: PrivacyMessages): HTMLSelectElement {
  const select = document.createElement('select');
  select.name = 'idle';
  for (const minutes of [...new Set([...IDLE_CHOICES, current])].sort((a, b) => a - b)) {
    const option = new Option(text.minutes(minutes), String(minutes), false, minutes === current);
    select.append(option);
  }
  return select;
}

/** A form whose submit runs `action`, saying how it went in its own status line; the page re-draws the section after a change. */
function actionForm(children: HTMLElement[], action: (data: FormData, status: HTMLElement) => Promise<string | undefined>): HTMLFormElement {
  const form = document.createElement('form');
  form.className = 'setup';
  const status = paragraph('', 'status');
  status.setAttribute('role', 'status');
  form.append(...children, status);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const submit = form.querySelector<HTMLButtonElement>('button[type=submit]');
    if (submit) submit.disabled = true;
    action(new FormData(form), status)
      .then((said) => {
        if (said !== undefined) status.textContent = said;
      })
      .catch((error: unknown) => {
        status.textContent = error instanceof Error ? error.message : String(error);
      })
      .finally(() => {
        if (submit) submit.disabled = false;
      });
  });
  return form;
}

const value = (data: FormData, name: string) => {
  const v = data.get(name);
  return typeof v === 'string' ? v : '';
};

/** The same new passphrase twice, long enough; the problem in words otherwise. */
function newPassphraseProblem(data: FormData, text: PrivacyMessages): string | undefined {
  const passphrase = value(data, 'new');
  if (tooShortPassphrase(passphrase)) return text.tooShort;
  if (passphrase !== value(data, 'repeat')) return text.mismatch;
  return undefined;
}

export function renderPrivacySettings(container: HTMLElement, store: PeerStore, lang: AppLang, said = ''): void {
  const text = PRIVACY_MESSAGES[lang];
  const redraw = (message: string) => renderPrivacySettings(container, store, lang, message);
  const parts: HTMLElement[] = [];
  const title = document.createElement('h2');
  title.id = 'privacy-heading';
  title.textContent = text.sectionTitle;
  parts.push(title, paragraph(text.sectionAbout), paragraph(text.browserKeeps, 'hint'));
  const state = paragraph(store.lock.state === 'off' ? text.lockOff : text.lockOn(store.lock.idleMinutes), 'lock-state');
  state.setAttribute('role', 'status');
  if (said) state.textContent = `${said} ${state.textContent}`;
  parts.push(state);

  if (store.lock.state === 'off') {
    const warning = paragraph(text.cannotRecover, 'warning');
    parts.push(
      actionForm(
        [
          ...field(text.newPassphrase, passwordInput('new', 'new-password')),
          paragraph(text.passphraseRules, 'hint'),
          ...field(text.repeatPassphrase, passwordInput('repeat', 'new-password')),
          ...field(text.idleAfter, idleSelect(DEFAULT_IDLE_MINUTES, text)),
          warning,
          button(text.turnOn, 'primary'),
        ],
        async (data, status) => {
          const problem = newPassphraseProblem(data, text);
          if (problem) return problem;
          status.textContent = text.turningOn;
          // Records written in clear before now may linger in the browser's files: said, with the remedy.
          const before = (await store.exportAll()).documents.length;
          await store.lock.turnOn(value(data, 'new'), { idleMinutes: Number(value(data, 'idle')) || DEFAULT_IDLE_MINUTES });
          redraw(before > 0 ? text.turnedOnAfter : text.turnedOn);
          return undefined;
        },
      ),
    );
  } else {
    const lockNow = button(text.lockNow, 'primary', 'button');
    lockNow.addEventListener('click', () => store.lock.lockNow());
    const idle = idleSelect(store.lock.idleMinutes, text);
    idle.addEventListener('change', () => {
      const minutes = Number(idle.value);
      void store.lock.setIdleMinutes(minutes).then(() => redraw(text.idleSaved(minutes)));
    });
    parts.push(lockNow, ...field(text.idleAfter, idle));
    parts.push(
      heading(text.changeTitle),
      actionForm(
        [
          ...field(text.currentPassphrase, passwordInput('current', 'current-password')),
          ...field(text.newPassphrase, passwordInput('new', 'new-password')),
          ...field(text.repeatPassphrase, passwordInput('repeat', 'new-password')),
          button(text.change),
        ],
        async (data) => {
          const problem = newPassphraseProblem(data, text);
          if (problem) return problem;
          try {
            await store.lock.changePassphrase(value(data, 'current'), value(data, 'new'));
          } catch (error) {
            if (error instanceof WrongPassphraseError) return text.notCurrent;
            throw error;
          }
          redraw(text.changed);
          return undefined;
        },
      ),
      heading(text.turnOffTitle),
      actionForm([...field(text.passphraseToTurnOff, passwordInput('current', 'current-password')), button(text.turnOff, 'danger')], async (data) => {
        try {
          await store.lock.turnOff(value(data, 'current'));
        } catch (error) {
          if (error instanceof WrongPassphraseError) return text.notCurrent;
          throw error;
        }
        redraw(text.turnedOff);
        return undefined;
      }),
    );
  }

  const exitInput = document.createElement('input');
  exitInput.type = 'url';
  exitInput.name = 'exit';
  exitInput.placeholder = 'https://';
  exitInput.value = savedExitUrl();
  parts.push(
    heading(text.exitTitle),
    paragraph(text.exitAbout),
    actionForm([...field(text.exitUrl, exitInput), button(text.exitSave)], async (data) => {
      const url = value(data, 'exit').trim();
      if (url !== '' && !/^https:\/\/[^\s]+$/.test(url)) return text.exitBadUrl;
      try {
        if (url) localStorage.setItem(EXIT_URL_KEY, url);
        else localStorage.removeItem(EXIT_URL_KEY);
      } catch {
        // Site data blocked: quick exit goes to a blank page.
      }
      return text.exitSaved(url || text.exitBlank);
    }),
    heading(text.forgetTitle),
    paragraph(text.forgetAbout),
    forgetEverythingControl(store, text),
  );
  container.replaceChildren(...parts);
}

/**
 * A file's content: a sealed file is opened with a passphrase asked for right
 * beside the file control (asked again after a wrong one); any other is as it is.
 */
export async function openChosenFile(content: unknown, beside: HTMLElement, lang: AppLang): Promise<unknown> {
  if (!isSealedFile(content)) return content;
  const text = PRIVACY_MESSAGES[lang];
  const input = passwordInput('file-passphrase', 'current-password');
  const error = paragraph(text.sealedFileNeedsPassphrase, 'status');
  error.setAttribute('role', 'alert');
  const form = document.createElement('form');
  form.className = 'setup sealed-file';
  form.append(error, ...field(text.filePassphrase, input), button(text.openFile, 'primary'));
  beside.after(form);
  input.focus();
  try {
    for (;;) {
      const passphrase = await new Promise<string>((resolve) =>
        form.addEventListener(
          'submit',
          (event) => {
            event.preventDefault();
            resolve(input.value);
          },
          { once: true },
        ),
      );
      try {
        return await openSealedFile(content, passphrase);
      } catch (failure) {
        if (!(failure instanceof WrongPassphraseError)) throw failure;
        error.textContent = failure.message;
        input.select();
      }
    }
  } finally {
    form.remove();
  }
}

/** What "Save to a file" writes: sealed with a passphrase when asked to. */
export async function fileToSave(content: unknown, passphrase: string | null): Promise<unknown> {
  return passphrase === null ? content : sealFile(content, passphrase);
}
