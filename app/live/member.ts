/**
 * A member's device in a live room: the link's fragment opens the room (then
 * leaves the address bar, kept only for this tab so a reload or a locked phone
 * rejoins); the page shows what the facilitator's stage shows, live, and the
 * feedback form when it is time, answered anonymously. Nothing is stored: no
 * IndexedDB, no localStorage; the tab's session keeps the link until the room
 * closes or the member leaves.
 */
import { RESOURCES_SCHEMA_VERSION, type Answers } from '@peerkit/core';
// Types only: the package itself loads when the page starts the room.
import type { FacilitatorCommand, LiveRoom as Room, MemberAction, Stage } from '@peerkit/live';
import type { PendingToken } from '@peerkit/live/tokens';
import '@peerkit/components/feedback-form.js';
import '@peerkit/components/resource-list.js';
import { appLang, element, errorText, formText, keep, pageText, readKept } from '../shell.js';
import { LIVE_MESSAGES } from './messages.js';

pageText();
const text = LIVE_MESSAGES[appLang()];
const SESSION_KEY = 'peerkit-live';
/** Said when nothing has come from the meeting after this long. */
const NOTHING_AFTER_MS = 15_000;

interface Session {
  fragment: string;
  name?: string;
  /** The member this device says it is, for fits, rule responses and the check-in. */
  memberId?: string;
  /** A random id for this device in this room: its name claim and its token request carry it, never its answers. */
  deviceId: string;
  answered: string[];
  /** This device's one-time answer token (see @peerkit/live/tokens), for the room key it was made with; its proof once signed. */
  token?: { key: string; pending: PendingToken; proof?: string };
}

const readSession = () => readKept('session', SESSION_KEY) as Session | null;
/** Where session storage is blocked, a reload needs the link again, which is all it costs. */
const saveSession = (session: Session | null) => keep('session', SESSION_KEY, session);

function problem(message: string): void {
  const box = element('live-problem', HTMLElement);
  box.hidden = false;
  box.textContent = message;
}

/** The room is over for this device: the screen clears and the tab forgets the link. */
function clear(message: string): void {
  saveSession(null);
  element('room', HTMLElement).hidden = true;
  element('join', HTMLFormElement).hidden = true;
  problem(message);
}

/**
 * Help now: the emergency numbers always, and the group's crisis lines as the
 * last stage carried them, kept in this page's memory after the room closes
 * until the tab does. Opening it sends nothing: the room never knows.
 */
const helpNow = (() => {
  const dialog = element('help-dialog', HTMLDialogElement);
  const lines = document.createElement('resource-list');
  lines.mode = 'crisis';
  element('help-lines', HTMLElement).append(lines);
  let pushed = -1;
  const open = () => {
    if (!dialog.open) dialog.showModal();
    element('help-heading', HTMLElement).focus();
  };
  element('help-now', HTMLButtonElement).addEventListener('click', open);
  document.addEventListener('keydown', (event) => {
    if (event.altKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyH') {
      event.preventDefault();
      open();
    }
  });
  return {
    /** The stage's help: the lines to show, and whether the facilitator has just shown help on every device. */
    update(help: Stage['help'] | undefined, lang: string): void {
      if (!help) return;
      lines.lang = lang;
      lines.list = { schemaVersion: RESOURCES_SCHEMA_VERSION, resources: help.lines };
      element('help-no-lines', HTMLElement).hidden = help.lines.length > 0;
      // The first stage says how many pushes came before this device joined: those are not opened again.
      if (pushed >= 0 && help.pushed > pushed) {
        open();
        element('room-status', HTMLElement).textContent = text.helpShown;
      }
      pushed = help.pushed;
    },
  };
})();

async function start(): Promise<void> {
  const live = await import('@peerkit/live');
  // The secrets leave the address bar (and so the history) at once; the tab keeps them while the room lasts.
  let session = readSession();
  if (location.hash.length > 1) {
    const fragment = location.hash;
    session = session?.fragment === fragment ? session : { fragment, deviceId: live.randomId(), answered: [] };
    saveSession(session);
    history.replaceState(null, '', location.pathname);
  }
  const reading = live.readJoinLink(session?.fragment ?? '');
  if (!session || !reading.ok) return problem(text.badLink(reading.ok ? '' : reading.problem));
  const current = session;
  const join = element('join', HTMLFormElement);
  if (current.name === undefined) {
    join.hidden = false;
    element('display-name', HTMLInputElement).focus();
    await new Promise<void>((resolve) =>
      join.addEventListener(
        'submit',
        (event) => {
          event.preventDefault();
          current.name = element('display-name', HTMLInputElement).value.trim().slice(0, 40);
          saveSession(current);
          resolve();
        },
        { once: true },
      ),
    );
    join.hidden = true;
  }
  element('room', HTMLElement).hidden = false;
  const status = element('room-status', HTMLElement);
  status.textContent = text.connecting;
  const coFacilitating = reading.link.control !== undefined;
  const room = await live.LiveRoom.open({ link: reading.link, presence: { name: current.name ?? '', role: coFacilitating ? 'co-facilitator' : 'member', device: current.deviceId } });
  if (coFacilitating) offerControls(room);
  let relay = false;
  let facilitatorHere = false;
  let unreadable = 0;
  const say = () =>
    (status.textContent =
      unreadable > 0 && !room.stage ? text.wrongKey : !relay && !facilitatorHere ? text.noRelay : facilitatorHere ? text.connected : text.waiting);
  room.provider.onStatus((now) => {
    relay = now.relay;
    unreadable = now.unreadable;
    say();
  });
  room.onPresence((present) => {
    facilitatorHere = present.some((p) => p.role !== 'member');
    say();
  });
  room.onProblem(() => (element('feedback-status', HTMLElement).textContent = text.ignored));
  const nothingYet = setTimeout(() => {
    if (!room.stage) status.textContent = text.nothingArrived;
  }, NOTHING_AFTER_MS);
  const token = answerToken(current, room);
  const showStage = stageView(current, room, token);
  const showActions = actionsView(current, room);
  room.onStage((stage) => {
    clearTimeout(nothingYet);
    helpNow.update(stage.help, stage.lang);
    if (stage.answerKey) token.askFor(stage.answerKey);
    if (stage.phase === 'closed') {
      room.leave();
      clear(text.closed);
      return;
    }
    showStage(stage);
    showActions(stage);
  });
  element('leave', HTMLButtonElement).addEventListener('click', () => {
    room.leave();
    clear(text.left);
  });
}


/** A co-facilitator's link: the facilitator's buttons, carried out on the facilitator's device (shown once the room's key has arrived). */
function offerControls(room: Room): void {
  const controls = element('co-controls', HTMLElement);
  const send = (command: FacilitatorCommand) => void room.command(command).catch((error: unknown) => (element('act-status', HTMLElement).textContent = errorText(error)));
  element('co-toggle', HTMLButtonElement).addEventListener('click', () => send({ kind: 'round', action: 'toggle' }));
  element('co-next', HTMLButtonElement).addEventListener('click', () => send({ kind: 'round', action: 'next' }));
  element('co-section', HTMLButtonElement).addEventListener('click', () => send({ kind: 'next-section' }));
  room.onStage(() => void room.canControl().then((can) => (controls.hidden = !can)));
}

/** The device's answer token: made and sent blinded once the room's key arrives, unblinded when signed, kept for a reload. */
interface AnswerToken {
  askFor: (answerKey: string) => void;
  /** The token and its proof, once the facilitator's device has signed it. */
  ready: () => Promise<{ token: string; proof: string }>;
}

function answerToken(session: Session, room: Room): AnswerToken {
  let signed: (held: { token: string; proof: string }) => void = () => undefined;
  const held = new Promise<{ token: string; proof: string }>((resolve) => (signed = resolve));
  let asked = '';
  const keepProof = (proof: string) => {
    if (!session.token) return;
    session.token.proof = proof;
    saveSession(session);
    signed({ token: session.token.pending.token, proof });
  };
  return {
    askFor: (answerKey) => {
      if (asked === answerKey) return;
      asked = answerKey;
      void (async () => {
        const tokens = await import('@peerkit/live/tokens');
        if (session.token?.key !== answerKey) {
          session.token = { key: answerKey, pending: await tokens.blindToken(answerKey) };
          saveSession(session);
        }
        const { pending, proof } = session.token;
        if (proof) return keepProof(proof);
        room.onTokenGrant(session.deviceId, (blindSignature) => {
          // A signature that does not unblind to a valid one is not this device's: it waits for its own.
          tokens.unblindToken(answerKey, pending, blindSignature).then(keepProof, () => undefined);
        });
        room.requestToken({ deviceId: session.deviceId, blinded: pending.blinded });
      })().catch((error: unknown) => (element('feedback-status', HTMLElement).textContent = errorText(error)));
    },
    ready: () => held,
  };
}

/** Draws each stage as it comes; the timer counts down from when the stage arrived, so no clock needs to agree. */
function stageView(session: Session, room: Room, token: AnswerToken): (stage: Stage) => void {
  /** Forms answered since this page loaded: one answered before a reload is said differently. */
  const sentNow = new Set<string>();
  let tick: ReturnType<typeof setInterval> | undefined;
  let shownTitle = '';
  const feedbackForm = element('stage-feedback', HTMLFormElement);
  const formElement = feedbackForm.querySelector('feedback-form') as HTMLElementTagNameMap['feedback-form'];
  feedbackForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const formId = formElement.form?.id;
    if (!formId) return;
    if (!feedbackForm.checkValidity()) {
      element('feedback-status', HTMLElement).textContent = text.fixAnswers;
      return;
    }
    const answers = JSON.parse(formText(new FormData(feedbackForm), 'answers') || '{}') as Answers;
    const status = element('feedback-status', HTMLElement);
    // Usually signed long before: the token is asked for on joining.
    status.textContent = text.waitingForToken;
    void token.ready().then(({ token: held, proof }) => {
      room.answer({ formId, token: held, proof, answers });
      session.answered = [...session.answered, formId];
      sentNow.add(formId);
      saveSession(session);
      feedbackForm.hidden = true;
      status.textContent = text.sent;
    });
  });
  return (stage) => {
    // What the stage says is in the group's language; the page's own words stay in the member's.
    element('room', HTMLElement).querySelectorAll('#stage-group, #stage-title, .live-timer, #stage-checkin, #stage-rules, feedback-form').forEach((part) => (part as HTMLElement).lang = stage.lang);
    element('stage-group', HTMLElement).textContent = stage.group;
    const title = stage.section?.title ?? (stage.phase === 'break' ? text.onBreak : stage.phase === 'over' ? text.over : text.soon);
    const heading = element('stage-title', HTMLElement);
    heading.textContent = title;
    if (title !== shownTitle) {
      shownTitle = title;
      heading.focus();
    }
    clearInterval(tick);
    const timer = element('stage-timer', HTMLElement);
    timer.hidden = !stage.timer;
    if (stage.timer) {
      const { speaker, next, remainingMs, running } = stage.timer;
      const arrived = performance.now();
      element('timer-speaker', HTMLElement).textContent = speaker ? text.speaking(speaker) : '';
      element('timer-next', HTMLElement).textContent = next ? text.nextUp(next) : '';
      const draw = () => {
        const left = remainingMs === null ? null : remainingMs - (running ? performance.now() - arrived : 0);
        element('timer-left', HTMLElement).textContent = left === null ? '' : `${formatTime(left)}${running ? '' : ` · ${text.paused}`}`;
      };
      draw();
      if (running) tick = setInterval(draw, 250);
    }
    const checkin = element('stage-checkin', HTMLElement);
    checkin.hidden = !stage.checkin;
    element('checkin-question', HTMLElement).textContent = stage.checkin?.question ?? '';
    element('checkin-speaker', HTMLElement).textContent = stage.checkin?.speaker ? text.checkinSpeaker(stage.checkin.speaker) : '';
    const rules = element('stage-rules', HTMLOListElement);
    rules.hidden = !stage.rules || stage.rules.length === 0;
    rules.replaceChildren(
      ...(stage.rules ?? []).map((rule) => {
        const item = document.createElement('li');
        item.textContent = rule;
        return item;
      }),
    );
    const form = stage.feedback;
    const open = form !== null && !session.answered.includes(form.id);
    // Back after a reload (a locked phone), having answered: said, not a bare heading.
    if (form !== null && !open && !sentNow.has(form.id)) element('feedback-status', HTMLElement).textContent = text.answeredBefore;
    if (open && formElement.form?.id !== form.id) formElement.form = form;
    feedbackForm.hidden = !open;
  };
}

/** A fieldset of radio choices; the member's last choice stays checked across redraws. */
function choices(legend: string, name: string, options: readonly { value: string; label: string }[], chosen: string | undefined, pick: (value: string) => void): HTMLFieldSetElement {
  const set = document.createElement('fieldset');
  const caption = document.createElement('legend');
  caption.textContent = legend;
  set.append(caption);
  for (const option of options) {
    const label = document.createElement('label');
    label.className = 'choice';
    const input = Object.assign(document.createElement('input'), { type: 'radio', name, value: option.value, checked: option.value === chosen });
    input.addEventListener('change', () => pick(option.value));
    label.append(input, ` ${option.label}`);
    set.append(label);
  }
  return set;
}

/**
 * What a member does as themselves: say who they are (from those here), then give
 * a fit to each purpose draft, respond to each proposed rule, give a mood, and on
 * their own turn pass or ask to come back. Redrawn only when what is asked changes,
 * so a choice in progress is never lost.
 */
function actionsView(session: Session, room: Room): (stage: Stage) => void {
  const given = new Map<string, string>();
  let drawn = '';
  const status = element('act-status', HTMLElement);
  const who = element('who', HTMLSelectElement);
  /** The name this device chose, unless another device holds it (the facilitator's page refuses its actions then). */
  let taken = false;
  /** Tells the facilitator's list which member this device says it is. */
  const claim = () => room.setPresence({ name: session.name ?? '', role: 'member', device: session.deviceId, ...(session.memberId ? { claim: session.memberId } : {}) });
  const act = (action: MemberAction, key: string, value: string, said = text.given) => {
    if (!session.memberId) {
      status.textContent = text.chooseFirst;
      who.focus();
      return;
    }
    if (taken) {
      status.textContent = text.nameTaken;
      who.focus();
      return;
    }
    room.act({ memberId: session.memberId, deviceId: session.deviceId, action });
    given.set(key, value);
    status.textContent = said;
  };
  who.addEventListener('change', () => {
    session.memberId = who.value || undefined;
    saveSession(session);
    claim();
    // Whether another device holds the name is known from the last stage: said at once.
    if (room.stage) render(room.stage);
  });
  // The turn's buttons leave with the turn: focus goes to what was said, not to the page's top.
  const turnDone = () => status.focus();
  element('turn-pass', HTMLButtonElement).addEventListener('click', () => {
    act({ kind: 'pass' }, 'pass', '', text.passed);
    turnDone();
  });
  element('turn-later', HTMLButtonElement).addEventListener('click', () => {
    act({ kind: 'come-back' }, 'come-back', '', text.comingBack);
    turnDone();
  });
  let myTurn = false;
  // After a reload the tab still knows who it said it was.
  if (session.memberId) claim();
  const render = (stage: Stage) => {
    // The name given on joining is this member, in every section, unless they chose another.
    const named = session.name?.trim().toLowerCase();
    if (!session.memberId && named) {
      const me = stage.roster?.find((m) => m.name.trim().toLowerCase() === named);
      if (me) {
        session.memberId = me.id;
        saveSession(session);
        claim();
      }
    }
    const mine = session.memberId;
    // Another device holds this name: said here, and shown to the facilitator, who can release it.
    const holder = mine === undefined ? undefined : stage.claims[mine];
    const nowTaken = holder !== undefined && holder !== session.deviceId;
    if (nowTaken && !taken) status.textContent = text.nameTaken;
    if (!nowTaken && taken) status.textContent = '';
    taken = nowTaken;
    const turn = mine !== undefined && !taken && stage.checkin?.speakerId === mine;
    element('stage-turn', HTMLElement).hidden = !turn;
    if (turn !== myTurn) {
      // Said once as the turn begins (an alert), with a short buzz where the phone allows it.
      element('your-turn', HTMLElement).textContent = turn ? text.yourTurn : '';
      // Not every browser can (Safari has no vibrate).
      if (turn && 'vibrate' in navigator) navigator.vibrate(200);
    }
    myTurn = turn;
    const asked = JSON.stringify([stage.roster, stage.drafts, stage.proposals, stage.checkin?.mood ?? false]);
    if (asked === drawn) return;
    drawn = asked;
    status.textContent = taken ? text.nameTaken : '';
    const roster = stage.roster ?? [];
    element('who-box', HTMLElement).hidden = roster.length === 0;
    const placeholder = Object.assign(document.createElement('option'), { value: '', textContent: text.chooseName });
    who.replaceChildren(placeholder, ...roster.map((m) => Object.assign(document.createElement('option'), { value: m.id, textContent: m.name, selected: m.id === mine })));
    const scale = (key: string, legend: string, labels: readonly string[], toAction: (n: number) => MemberAction) =>
      choices(legend, key, labels.map((label, i) => ({ value: String(i + 1), label })), given.get(key), (value) => act(toAction(Number(value)), key, value));
    const mood = element('stage-mood', HTMLElement);
    mood.hidden = !stage.checkin?.mood;
    mood.replaceChildren(...(stage.checkin?.mood ? [scale('mood', text.moodLegend, ['1', '2', '3', '4', '5'], (n) => ({ kind: 'mood', mood: n }))] : []));
    const drafts = element('stage-drafts', HTMLElement);
    drafts.hidden = !stage.drafts;
    drafts.replaceChildren(...(stage.drafts ?? []).map((draft) => scale(`fit-${draft.id}`, text.fitLegend(draft.text), text.fitScale, (n) => ({ kind: 'fit', draftId: draft.id, fit: n }))));
    const proposals = element('stage-proposals', HTMLElement);
    proposals.hidden = !stage.proposals;
    proposals.replaceChildren(
      ...(stage.proposals ?? []).map((rule) => {
        const key = `rule-${rule.id}`;
        const options =
          rule.method === 'consent'
            ? (['agree', 'stand-aside', 'block'] as const).map((value) => ({ value, label: text.consent[value] }))
            : [0, 1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: text.fist(n) }));
        return choices(text.ruleLegend(rule.text), key, options, given.get(key), (value) =>
          act({ kind: 'rule', ruleId: rule.id, response: rule.method === 'consent' ? value : Number(value) }, key, value),
        );
      }),
    );
  };
  return render;
}

function formatTime(ms: number): string {
  const seconds = Math.ceil(Math.abs(ms) / 1000);
  return `${ms < 0 ? '−' : ''}${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

void start().catch((error: unknown) => problem(text.badLink(errorText(error))));
