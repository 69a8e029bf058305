/**
 * The facilitator's side of a live room, on the meeting page. The room's secrets
 * are made here and live only in this page's memory (and in the links it shows).
 * The stage follows the meeting as stored; members' answers are checked against
 * the form and copied into the group's feedback, linked to this meeting, once per
 * device. `@peerkit/live` (Yjs, y-webrtc) loads only when a room opens.
 */
import {
  addResponse,
  cleanAnswers,
  dayOf,
  emptyLog,
  validateAnswers,
  type Agenda,
  type CheckinRound,
  type FeedbackForm,
  type Group,
  type Purpose,
  type ResourceList,
  type ResponseLog,
  type Round,
  type RuleSet,
} from '@peerkit/core';
import type { FacilitatorCommand, GivenAction, GivenAnswers, LiveRoom, Presence, Stage, TokenRequest } from '@peerkit/live';
import type { AnswerKeys } from '@peerkit/live/tokens';
import { appLang, appStore, element, errorText, keep, readKept, savedSetting, updateDoc } from '../shell.js';
import { applyToCheckin, applyToPurpose, applyToRules } from './actions.js';
import { claimsOf, contested, mayActAs, release, takeClaims, type Holders } from './claims.js';
import { LIVE_MESSAGES } from './messages.js';
import { stageOf } from './stage.js';
import { qrSvg } from '../qr.js';

const RELAY_KEY = 'peerkit-relay';
/** The organisation's TURN server, remembered with the relay (a shared relay credential, not a member's secret). */
const TURN_KEY = 'peerkit-turn';

/** What this tab keeps of an open room, so a reload reopens the same one (members stay joined): gone when the room closes or the tab does. */
interface OpenRoom {
  link: { room: string; key: string; relay: string; stageKey: string; turn?: { urls: string; username: string; credential: string } };
  publicKey: string;
  control: string;
  /** The meeting the room belongs to (its start): a room never outlives it, nor opens for the next one. */
  meetingAt: number | null;
  lastCommand: number;
  /** Members' one-off actions (a mood, a pass) already applied, so none is applied twice. */
  applied: string[];
  /** Who holds each member's name in this room. */
  holders: Holders;
  /** The private answer-token key (see @peerkit/live/tokens), so tokens signed before a reload still hold. */
  answerKey: JsonWebKey;
}
/** The presenter window asks here for the code to show; nothing leaves this browser. */
export const PRESENTER_CHANNEL = 'peerkit-live-presenter';

/** What the presenter screen is told: the code to show large, or nothing. */
export type PresenterMessage = { type: 'ask' } | { type: 'code'; modules: boolean[][] | null };
const WATCHED = ['agenda', 'round', 'checkin', 'ground-rules', 'purpose', 'group', 'resources'] as const;

const savedRelay = (): string => savedSetting(RELAY_KEY) ?? `ws://${location.hostname || '127.0.0.1'}:4444`;

export interface LiveMeeting {
  groupId: string;
  /** The meeting running now (its start), which members' answers belong to. */
  meetingAt: () => number | undefined;
  /** Carries out a co-facilitator's command on this page, as its own buttons would. */
  carryOut: (command: FacilitatorCommand) => void;
}

/** The meeting page's hold on its room: whether one is open, and closing it (members' screens clear, its keys forgotten). */
export interface LiveRoomControl {
  isOpen: () => boolean;
  close: () => Promise<void>;
  /** "3 of 9 answered" for the feedback section, while a room is open. */
  answeredText: () => string;
}

export function offerLiveRoom({ groupId, meetingAt, carryOut }: LiveMeeting): LiveRoomControl {
  const text = LIVE_MESSAGES[appLang()];
  const form = element('live-open', HTMLFormElement);
  const relayInput = element('live-relay', HTMLInputElement);
  const status = element('live-status', HTMLElement);
  relayInput.value = savedRelay();
  const turnFields = { urls: element('turn-url', HTMLInputElement), username: element('turn-user', HTMLInputElement), credential: element('turn-credential', HTMLInputElement) };
  const turnKept = readKept('local', TURN_KEY) as Record<keyof typeof turnFields, string> | null;
  if (turnKept) for (const key of Object.keys(turnFields) as (keyof typeof turnFields)[]) turnFields[key].value = turnKept[key];
  /** The TURN server the form names, if any. */
  const turnFromForm = () => {
    const urls = turnFields.urls.value.trim();
    return urls ? { urls, username: turnFields.username.value.trim(), credential: turnFields.credential.value } : undefined;
  };
  let room: LiveRoom | undefined;
  let lastStage: Stage | undefined;
  const stopWatching: (() => void)[] = [];
  /** The forms put on the stage, by id: an answer is checked against the one it answers. */
  const forms = new Map<string, FeedbackForm>();
  // The presenter screen shows the code large while the room is open and the facilitator wants it shown.
  const presenter = new BroadcastChannel(PRESENTER_CHANNEL);
  const showCode = element('live-show-code', HTMLInputElement);
  let modules: boolean[][] | null = null;
  const tellPresenter = () => presenter.postMessage({ type: 'code', modules: room && showCode.checked ? modules : null } satisfies PresenterMessage);
  presenter.onmessage = (event: MessageEvent<PresenterMessage>) => event.data.type === 'ask' && tellPresenter();
  showCode.addEventListener('change', tellPresenter);

  /** Who came to this meeting and has not left: the members who may act from their own devices. */
  function hereNow(group: Group): Set<string> {
    // While the page is still setting the meeting up (just after a reload), the meeting running now.
    const at = meetingAt();
    const meeting = at === undefined ? group.meetings.findLast((m) => m.status === 'running') : group.meetings.find((m) => m.at === at);
    return new Set(meeting?.attendance.filter((a) => a.leftAt === null).map((a) => a.memberId) ?? []);
  }

  const sessionKey = `peerkit-live-room:${groupId}`;
  // Where session storage is blocked, a reload ends the room, as closing it would.
  let kept: OpenRoom | null = null;
  const remember = () => {
    if (kept && room) keep('session', sessionKey, { ...kept, lastCommand: room.lastCommandSeq, applied: [...applied], holders });
  };

  /** Names held by one device each; a second device's claim is refused there and listed here, with a way to release the name. */
  let holders: Holders = {};
  const setHolders = (next: Holders) => {
    if (next === holders) return;
    holders = next;
    remember();
    publish();
  };

  /** Each action once (a fit or rule response again when it changes), through the core's commands. */
  const applied = new Set<string>();
  async function takeActions(all: GivenAction[]): Promise<void> {
    const store = await appStore();
    const group = (await store.get<Group>('group', groupId))?.data;
    if (!group) return;
    const here = hereNow(group);
    for (const given of all) {
      const signature = `${given.id}:${JSON.stringify(given.action)}`;
      if (applied.has(signature)) continue;
      applied.add(signature);
      remember();
      // Only the device that holds the name acts as that member; the first to act holds it.
      if (!mayActAs(holders, given)) continue;
      setHolders(takeClaims(holders, [{ memberId: given.memberId, deviceId: given.deviceId }]));
      const now = Date.now();
      if (given.action.kind === 'fit') await updateDoc<Purpose>('purpose', groupId, (purpose) => applyToPurpose(purpose, given, here));
      else if (given.action.kind === 'rule') await updateDoc<RuleSet>('ground-rules', groupId, (rules) => applyToRules(rules, given, here));
      else await updateDoc<CheckinRound>('checkin', groupId, (checkin) => applyToCheckin(checkin, given, here, now));
    }
  }

  async function currentStage(): Promise<Stage> {
    const store = await appStore();
    const get = async <T>(kind: string) => (await store.get<T>(kind, groupId))?.data;
    const group = await get<Group>('group');
    if (!group) throw new Error('the group is gone from this device');
    const stillHere = hereNow(group);
    return stageOf({
      group,
      agenda: await get<Agenda>('agenda'),
      round: await get<Round>('round'),
      checkin: await get<CheckinRound>('checkin'),
      rules: await get<RuleSet>('ground-rules'),
      purpose: await get<Purpose>('purpose'),
      here: group.members.filter((m) => stillHere.has(m.id)).map((m) => ({ id: m.id, name: m.name })),
      form: await get<FeedbackForm>('feedback-form'),
      resources: await get<ResourceList>('resources'),
      helpPushed,
      claims: holders,
      answerKey: answerKeys?.publicKey ?? null,
      now: Date.now(),
    });
  }

  /** Counts "Show crisis help on every device" in this room. */
  let helpPushed = 0;
  element('live-push-help', HTMLButtonElement).addEventListener('click', () => {
    if (!room) return;
    helpPushed += 1;
    publish();
    void publishing.then(() => (status.textContent = text.helpPushed));
  });

  let publishing: Promise<void> = Promise.resolve();
  /** One publication at a time, in order, so the room never sees an older stage last. */
  const publish = () => {
    publishing = publishing.then(async () => {
      if (!room) return;
      const stage = await currentStage();
      if (stage.feedback) forms.set(stage.feedback.id, stage.feedback);
      lastStage = stage;
      await room.publish(stage);
    }).catch((error: unknown) => {
      status.textContent = text.openFailed(errorText(error));
    });
  };

  /** Answers from members' devices stored for this meeting, against the people here, and those refused: said where the facilitator looks. */
  let answered = { count: 0, here: 0, refused: 0, repeated: 0, unsigned: 0 };
  const answeredText = () =>
    room
      ? [
          text.answeredOf(answered.count, answered.here),
          answered.refused > 0 ? text.moreThanHere(answered.refused) : '',
          answered.repeated > 0 ? text.tokenUsed(answered.repeated) : '',
          answered.unsigned > 0 ? text.tokenMissing(answered.unsigned) : '',
        ].filter(Boolean).join(' ')
      : '';
  const sayAnswered = () => {
    status.textContent = answeredText();
    const note = document.getElementById('online-answers');
    if (note) note.textContent = answeredText();
  };

  /**
   * One answer token for each member device here: its blinded request signed once
   * (a request from a device that is not in the room waits until it is).
   */
  let answerKeys: AnswerKeys | undefined;
  let requests: TokenRequest[] = [];
  let devicesHere = new Set<string>();
  const signedFor = new Set<string>();
  let signing: Promise<void> = Promise.resolve();
  const grantTokens = () => {
    signing = signing.then(async () => {
      const tokens = await import('@peerkit/live/tokens');
      for (const { deviceId, blinded } of requests) {
        const key = `${deviceId}|${blinded}`;
        if (!room || !answerKeys || signedFor.has(key) || !devicesHere.has(deviceId)) continue;
        signedFor.add(key);
        room.grantToken(deviceId, await tokens.signBlinded(answerKeys, blinded));
      }
    }).catch((error: unknown) => {
      status.textContent = text.openFailed(errorText(error));
    });
  };
  const followDevices = (present: Presence[]) => {
    devicesHere = new Set(present.flatMap((p) => (p.role !== 'facilitator' && p.device ? [p.device] : [])));
    grantTokens();
  };

  /**
   * Members' answers into the group's feedback: checked, linked to this meeting,
   * each token once (a second answer with it is refused and said), only with
   * this room's signature on the token, and never more answers than people
   * here: one more is refused and said, not added.
   */
  const taken = new Set<string>();
  async function takeAnswers(all: GivenAnswers[]): Promise<void> {
    const store = await appStore();
    const group = (await store.get<Group>('group', groupId))?.data;
    const here = group ? hereNow(group).size : 0;
    const tokens = await import('@peerkit/live/tokens');
    for (const given of all) {
      // The whole list comes with every change: each answer is looked at once (again only if it is changed).
      const signature = `${given.formId}|${given.token}:${JSON.stringify(given.answers)}`;
      if (taken.has(signature)) continue;
      taken.add(signature);
      const form = forms.get(given.formId);
      if (!form || Object.keys(validateAnswers(form, given.answers)).length > 0) continue;
      if (!answerKeys || !(await tokens.tokenHolds(answerKeys.publicKey, given.token, given.proof))) {
        answered = { ...answered, unsigned: answered.unsigned + 1 };
        sayAnswered();
        continue;
      }
      const at = meetingAt();
      // The token's random start: unlinkable to any device, like the token itself.
      const id = `live-${given.token.slice(0, 22)}-${given.formId}`;
      const fromThisMeeting = (log: ResponseLog | undefined) => log?.responses.filter((r) => r.id.startsWith('live-') && r.meetingAt === at) ?? [];
      // Set inside the update, which runs on the latest stored log.
      const outcome = { full: false, repeated: false };
      const response = { id, day: dayOf(Date.now()), answers: cleanAnswers(form, given.answers), ...(at !== undefined ? { meetingAt: at } : {}) };
      const saved = await store.update<ResponseLog>('feedback-responses', groupId, (log) => {
        const current = log ?? emptyLog(given.formId);
        const mine = fromThisMeeting(current);
        outcome.repeated = mine.some((r) => r.id === id);
        outcome.full = !outcome.repeated && mine.length >= here;
        // Another form's answers are never mixed in; nor more answers than people here.
        return outcome.full || (current.formId && current.formId !== given.formId) ? current : addResponse({ ...current, formId: current.formId || given.formId }, response);
      });
      // Said from what is stored, so the count is never more than what landed.
      answered = { ...answered, count: fromThisMeeting(saved.data).length, here, refused: answered.refused + (outcome.full ? 1 : 0), repeated: answered.repeated + (outcome.repeated ? 1 : 0) };
      sayAnswered();
    }
  }

  /** Opens the room (new, or the one this tab had before a reload) and starts following the meeting. */
  async function openRoom(open: OpenRoom | null): Promise<void> {
    status.textContent = text.opening;
    const [live, tokens] = await Promise.all([import('@peerkit/live'), import('@peerkit/live/tokens')]);
    const keys = open ? await live.stageKeysFrom(open.publicKey, open.control) : await live.newStageKeys();
    answerKeys = open ? await tokens.answerKeysFrom(open.answerKey) : await tokens.newAnswerKeys();
    const turn = turnFromForm();
    const link = open?.link ?? { room: live.randomId(), key: live.randomId(), relay: relayInput.value.trim(), stageKey: await live.keyFingerprint(keys.publicKey), ...(turn ? { turn } : {}) };
    for (const signature of open?.applied ?? []) applied.add(signature);
    holders = open?.holders ?? {};
    room = await live.LiveRoom.open({ link, presence: { name: '', role: 'facilitator' }, keys, lastCommand: open?.lastCommand ?? 0 });
    kept = { link, publicKey: keys.publicKey, control: keys.control, meetingAt: open?.meetingAt ?? meetingAt() ?? (await runningMeeting()) ?? null, lastCommand: room.lastCommandSeq, applied: [...applied], holders, answerKey: answerKeys.saved };
    keep('session', sessionKey, kept);
    const page = new URL('live.html', location.href).href;
    const memberLink = live.joinLink(page, link);
    element('live-link', HTMLInputElement).value = memberLink;
    element('live-co-link', HTMLInputElement).value = live.joinLink(page, { ...link, control: keys.control });
    modules = live.qrModules(memberLink);
    element('live-qr', HTMLElement).replaceChildren(qrSvg(modules, text.qrLabel));
    room.onPresence((present) => {
      const names = present.filter((p) => p.role === 'member' && p.name).map((p) => p.name);
      // A co-facilitator is listed as such: the facilitator sees who can move the meeting on.
      const co = present.filter((p) => p.role === 'co-facilitator').map((p) => text.coFacilitator(p.name || text.anonymous));
      const anonymous = present.filter((p) => p.role === 'member' && !p.name).length;
      element('live-present', HTMLElement).textContent = names.length + co.length + anonymous === 0 ? text.nobodyYet : text.present([...co, ...names], anonymous);
      setHolders(takeClaims(holders, claimsOf(present)));
      void showContested(present);
      followDevices(present);
    });
    room.onTokenRequests((all) => {
      requests = all;
      grantTokens();
    });
    room.onAnswers((all) => void takeAnswers(all).catch((error: unknown) => (status.textContent = text.openFailed(errorText(error)))));
    room.onCommand((command) => {
      carryOut(command);
      remember();
    });
    room.onActions((all) => void takeActions(all).catch((error: unknown) => (status.textContent = text.openFailed(errorText(error)))));
    const store = await appStore();
    for (const kind of WATCHED) stopWatching.push(store.watch(kind, groupId, publish));
    publish();
    // Opened from its form (focus in it, or fallen to the page while the room opened): focus
    // goes to the members' link, not to the page — the focus keeper cannot follow an action that
    // waits on the network, and landing later it would scroll the code the room is read from.
    const fromForm = form.contains(document.activeElement) || document.activeElement === document.body;
    form.hidden = true;
    element('live-on', HTMLElement).hidden = false;
    if (fromForm) element('live-link', HTMLInputElement).focus();
    tellPresenter();
    status.textContent = text.roomOpen;
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!form.reportValidity()) return;
    keep('local', RELAY_KEY, relayInput.value.trim());
    keep('local', TURN_KEY, turnFromForm() ?? null);
    openRoom(null).catch((error: unknown) => (status.textContent = text.openFailed(errorText(error))));
  });

  /** The meeting running now, as stored. */
  async function runningMeeting(): Promise<number | undefined> {
    const group = (await (await appStore()).get<Group>('group', groupId))?.data;
    return group?.meetings.findLast((m) => m.status === 'running')?.at;
  }

  // After a reload mid-meeting, the same room opens again: members who stayed see the meeting go on.
  // A room kept from a meeting that has ended (or was discarded) is forgotten: the next meeting gets new links and keys.
  const before = readKept('session', sessionKey) as OpenRoom | null;
  if (before) {
    void runningMeeting()
      .then((running) => {
        if (running !== undefined && before.meetingAt === running) return openRoom(before);
        keep('session', sessionKey, null);
      })
      .catch((error: unknown) => (status.textContent = text.openFailed(errorText(error))));
  }

  /** Copies a link; where the clipboard is refused, the field is selected for the facilitator to copy, and said. */
  const copy = (fieldId: string) => () => {
    const field = element(fieldId, HTMLInputElement);
    navigator.clipboard.writeText(field.value).then(
      () => (status.textContent = text.copied),
      () => {
        field.select();
        status.textContent = text.copyYourself;
      },
    );
  };
  element('live-copy', HTMLButtonElement).addEventListener('click', copy('live-link'));
  element('live-co-copy', HTMLButtonElement).addEventListener('click', copy('live-co-link'));

  /** Names two devices claim, each with a button to release it (the next device to claim it then holds it). */
  async function showContested(present: Parameters<typeof contested>[0]): Promise<void> {
    const list = element('live-claims', HTMLUListElement);
    const group = (await (await appStore()).get<Group>('group', groupId))?.data;
    const nameOf = (id: string) => group?.members.find((m) => m.id === id)?.name ?? id;
    list.replaceChildren(
      ...contested(present).map(({ memberId, devices }) => {
        const item = document.createElement('li');
        const free = document.createElement('button');
        free.type = 'button';
        free.textContent = text.releaseName(nameOf(memberId));
        free.addEventListener('click', () => {
          setHolders(release(holders, memberId));
          status.textContent = text.released(nameOf(memberId));
        });
        item.append(`${text.claimedBy(nameOf(memberId), devices)} `, free);
        return item;
      }),
    );
  }

  /** Closes the room: members' screens clear, the tab forgets its keys, and its links open nothing again. */
  async function close(): Promise<void> {
    if (!room) return;
    const closing = room;
    room = undefined;
    kept = null;
    answerKeys = undefined;
    signedFor.clear();
    helpPushed = 0;
    holders = {};
    element('live-claims', HTMLUListElement).replaceChildren();
    keep('session', sessionKey, null);
    tellPresenter();
    stopWatching.splice(0).forEach((stop) => stop());
    status.textContent = text.closing;
    await publishing;
    await closing.close(lastStage ?? (await currentStage()));
    element('live-on', HTMLElement).hidden = true;
    form.hidden = false;
    status.textContent = text.roomClosed;
  }

  element('live-close', HTMLButtonElement).addEventListener('click', () => void close().catch((error: unknown) => (status.textContent = text.openFailed(errorText(error)))));
  return { isOpen: () => room !== undefined, close, answeredText };
}
