/**
 * The standalone timer page: a set-up form, then the timer full-window. The
 * round lives in IndexedDB, so a reload resumes it and the projector window
 * (same page, ?view=projector) mirrors it live.
 */
import { createRound, roundKind, type OrderMode, type OvertimePolicy, type Round, type RoundSetup } from '@peerkit/core';
import '@peerkit/components/peer-timer.js';
import { parseSetupForm, type SetupFormValues } from './setup-form.js';
import { appStore, element, errorText, pageText, registerServiceWorker } from '../shell.js';
import { countAsUse } from '../privacy/privacy.js';

const STORAGE_KEY = 'standalone-timer';
const projector = new URLSearchParams(location.search).get('view') === 'projector';
const text = pageText();

const setupForm = element('setup', HTMLFormElement);
const running = element('running', HTMLElement);
const slot = element('timer-slot', HTMLElement);
// A running round counts as use: the idle lock never falls on a speaker.
countAsUse(() => slot.querySelector('peer-timer')?.round.phase === 'running');
const errorBox = element('setup-error', HTMLElement);

async function storedRound(): Promise<Round | undefined> {
  const store = await appStore({ round: roundKind });
  return (await store.get<Round>('round', STORAGE_KEY))?.data;
}

function showTimer(): void {
  setupForm.hidden = true;
  running.hidden = false;
  slot.replaceChildren();
  const timer = document.createElement('peer-timer');
  timer.setAttribute('storage-key', STORAGE_KEY);
  timer.setAttribute('global-shortcuts', '');
  if (projector) timer.setAttribute('presenter', '');
  slot.append(timer);
  document.body.classList.add('timer-shown');
}

function showSetup(previous: Round | undefined): void {
  running.hidden = true;
  setupForm.hidden = false;
  document.body.classList.remove('timer-shown');
  if (previous) fillForm(previous);
  element('members', HTMLTextAreaElement).focus();
}

/** Pre-fills the form from the last round, so a weekly group types nothing twice. */
function fillForm(round: Round): void {
  const form = setupForm.elements;
  (form.namedItem('members') as HTMLTextAreaElement).value = round.speakers
    .filter((s) => s.status !== 'left')
    .map((s) => s.name)
    .join('\n');
  const { timing } = round.settings;
  setRadio('timing', timing.mode);
  const minutes = timing.mode === 'shared' ? timing.totalMs : timing.eachMs;
  (form.namedItem('minutes') as HTMLInputElement).value = String(minutes / 60_000);
  setRadio('overtime', round.settings.overtime);
  (form.namedItem('warnAt') as HTMLInputElement).value = round.settings.warnAtMs.map((ms) => ms / 1000).join(', ');
  (form.namedItem('changeover') as HTMLInputElement).value = String(round.settings.changeoverMs / 1000);
  (form.namedItem('passersReturn') as HTMLInputElement).checked = round.settings.passersReturn;
}

function setRadio(name: string, value: string): void {
  const input = setupForm.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`);
  if (input) input.checked = true;
}

function toSetup(values: SetupFormValues, previous: Round | undefined): RoundSetup {
  return {
    members: values.members,
    timing: values.timing === 'shared' ? { mode: 'shared', totalMs: values.minutes * 60_000 } : { mode: 'each', eachMs: values.minutes * 60_000 },
    overtime: values.overtime satisfies OvertimePolicy,
    order: values.order satisfies OrderMode,
    seed: Date.now() % 2 ** 31,
    ...(previous?.firstSpeakerId ? { lastFirstSpeakerId: previous.firstSpeakerId } : {}),
    warnAtMs: values.warnAtSeconds.map((s) => s * 1000),
    changeoverMs: values.changeoverSeconds * 1000,
    passersReturn: values.passersReturn,
  };
}

setupForm.addEventListener('submit', (event) => {
  event.preventDefault();
  void (async () => {
    const parsed = parseSetupForm(new FormData(setupForm), text.setupProblems);
    if (!parsed.ok) {
      errorBox.textContent = parsed.errors.join(' ');
      return;
    }
    errorBox.textContent = '';
    try {
      const store = await appStore({ round: roundKind });
      const previous = await storedRound();
      // A new round replaces the last one on purpose: no revision check.
      await store.put('round', STORAGE_KEY, createRound(toSetup(parsed.value, previous)));
      showTimer();
    } catch (error) {
      errorBox.textContent = text.roundNotSaved(errorText(error));
    }
  })();
});

element('new-round', HTMLButtonElement).addEventListener('click', () => {
  void storedRound().then(showSetup);
});

element('projector', HTMLButtonElement).addEventListener('click', () => {
  window.open(`${location.pathname}?view=projector`, 'peerkit-projector', 'popup,width=1280,height=720');
});

async function boot(): Promise<void> {
  if (projector) {
    document.body.classList.add('projector');
    element('projector', HTMLButtonElement).hidden = true;
    element('new-round', HTMLButtonElement).hidden = true;
  }
  const previous = await storedRound().catch(() => undefined);
  // After a reload the last round comes back as it was (running, paused or with its stats).
  if (projector || (previous && previous.speakers.length > 0)) showTimer();
  else showSetup(previous);
}

void boot();
registerServiceWorker();
