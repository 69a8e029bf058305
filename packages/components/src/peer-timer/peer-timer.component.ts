import { LitElement, html, nothing, type PropertyValues } from 'lit';
import {
  addTime,
  createRound,
  next,
  ORDER_MODES,
  OVERTIME_POLICIES,
  pass,
  previous,
  reset,
  roundStats,
  toggle,
  type OrderMode,
  type OvertimePolicy,
  type Round,
  type RoundSetup,
  type RoundSignal,
  type RoundStats,
  type RoundView,
  type KindSpec,
} from '@peerkit/core';
import { AttributeReader, storedElementProperties } from '../internal/attributes.js';
import { chime, unlockAudio } from '../internal/chime.js';
import { DocumentController, storageNotices } from '../internal/document-controller.js';
import { loaded } from '../internal/loaded.js';
import { GroupLink } from '../internal/group-context.js';
import { RoundPresenter } from '../internal/round-presenter.js';
import { PrivateFold } from '../internal/private-fold.js';
import { handleShortcut, isRightToLeft, readingArrows } from '../internal/shortcuts.js';
import { renderNext, renderTime, timeDisplayStyles, timeMessages, type TimeMessages } from '../internal/time-display.js';
import { formatClock, formatNumber } from '../internal/format.js';
import { resolveLang, spokenBy } from '../internal/i18n.js';
import { emit } from '../internal/emit.js';
import { speakerRef as ref, type SpeakerRef } from '../internal/events.js';
import { tokens } from '../internal/tokens.styles.js';
import { namesForm, namesFormStyles } from '../internal/names-form.js';
import { timerMessages, type TimerMessages } from './peer-timer.messages.js';
import { styles } from './peer-timer.styles.js';

export interface PeerRoundStartDetail {
  round: Round;
}
export interface PeerTimeWarningDetail {
  speaker: SpeakerRef;
  remainingMs: number;
}
export interface PeerTimeUpDetail {
  speaker: SpeakerRef;
}
export interface PeerRoundCompleteDetail {
  stats: RoundStats;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'peer-round-start': CustomEvent<PeerRoundStartDetail>;
    'peer-time-warning': CustomEvent<PeerTimeWarningDetail>;
    'peer-time-up': CustomEvent<PeerTimeUpDetail>;
    'peer-round-complete': CustomEvent<PeerRoundCompleteDetail>;
  }
}

const DEFAULT_PER_PERSON_MINUTES = 3;
const SETUP_PROPERTIES = [
  'members',
  'totalMinutes',
  'perPersonMinutes',
  'overtime',
  'warnAt',
  'changeoverSeconds',
  'order',
  'seed',
  'passIsFinal',
] as const;

/**
 * An equal-time speaking timer for a round of members.
 *
 * @summary Shares a meeting's time fairly: who speaks, time left, who is next.
 * @tagname peer-timer
 *
 * @csspart base - The whole timer.
 * @csspart display - The speaker and the time, the part read across a room.
 * @csspart time - The large time figure.
 * @csspart progress - The bar showing how much of the speaker's time is used.
 * @csspart controls - The row of buttons.
 * @csspart summary - The talk-time table shown when the round is complete (never with `presenter`).
 * @csspart private - Where a private part is folded on a shared screen (`shared-screen`).
 *
 * @cssprop --peer-timer-time-size - Size of the time figure (default: clamp(4rem, 18vw, 14rem)).
 * @cssprop --peer-color-accent - Buttons and the progress bar.
 * @cssprop --peer-color-warning - Text and border when time is nearly up.
 * @cssprop --peer-color-overtime - Text and border in overtime.
 *
 * @event peer-round-start - The round started. Detail: `{ round }`.
 * @event peer-speaker-change - The floor passed to another member. Detail: `{ speaker, previous }`.
 * @event peer-time-warning - The speaker reached a warning set point. Detail: `{ speaker, remainingMs }`.
 * @event peer-time-up - The speaker's time ran out. Detail: `{ speaker }`.
 * @event peer-round-complete - Everyone has spoken. Detail: `{ stats }`.
 */
export class PeerTimer extends LitElement {
  static override styles = [tokens, timeDisplayStyles, namesFormStyles, styles];

  static override properties = {
    members: { type: String },
    totalMinutes: { type: String, attribute: 'total-minutes' },
    perPersonMinutes: { type: String, attribute: 'per-person-minutes' },
    overtime: { type: String },
    warnAt: { type: String, attribute: 'warn-at' },
    changeoverSeconds: { type: String, attribute: 'changeover-seconds' },
    order: { type: String },
    seed: { type: String },
    passIsFinal: { type: Boolean, attribute: 'pass-is-final' },
    muted: { type: Boolean, reflect: true },
    globalShortcuts: { type: Boolean, attribute: 'global-shortcuts' },
    hideControls: { type: Boolean, attribute: 'hide-controls' },
    presenter: { type: Boolean },
    sharedScreen: { type: Boolean, attribute: 'shared-screen' },
    ...storedElementProperties,
    round: { state: true },
    showShortcuts: { state: true },
    askingReset: { state: true },
  };

  /** Names, separated by commas or new lines. */
  declare members: string | undefined;
  /** A total shared equally among those present. Wins over per-person-minutes. */
  declare totalMinutes: string | undefined;
  /** A fixed time for each member (default 3). */
  declare perPersonMinutes: string | undefined;
  /** soft (count into overtime), hard (move on at zero) or none (just measure). */
  declare overtime: string | undefined;
  /** Seconds before zero at which to warn, e.g. "60" or "60,30". */
  declare warnAt: string | undefined;
  declare changeoverSeconds: string | undefined;
  /** given or shuffled. */
  declare order: string | undefined;
  declare seed: string | undefined;
  /** When set, a member who passes is not offered the floor again at the end. */
  declare passIsFinal: boolean;
  /** Where the round is kept in IndexedDB; without it nothing is stored. */
  declare storageKey: string | undefined;
  declare storeName: string | undefined;
  declare muted: boolean;
  /** Listen for shortcuts on the whole page, for a page that is just the timer. */
  declare globalShortcuts: boolean;
  /** Shows only the time, for a projector or a second screen; shortcuts still work. */
  declare hideControls: boolean;
  /**
   * For a screen the whole room sees: mirrors the stored round and never creates or
   * changes one, shows no controls, and shows nothing private (no per-member talk
   * times, no fairness figures, no one's passes).
   */
  declare presenter: boolean;
  /**
   * This screen is seen by others (shared on a video call, or projected): what is
   * private to the facilitator is folded behind "Show to me only", never drawn by default.
   */
  declare sharedScreen: boolean;
  declare language: string | undefined;
  /** The round as data; set it to load a round made with @peerkit/core. */
  declare round: Round;
  declare private showShortcuts: boolean;
  /** Reset was pressed on a round in progress: the question is on screen. */
  declare private askingReset: boolean;

  private readonly attributeReader = new AttributeReader('peer-timer');
  /** An enclosing <peer-group>: its id is the default storage key, its members the default list. */
  private readonly group = new GroupLink(this);
  private readonly roundDoc = new DocumentController<Round>(this, {
    kind: 'round',
    spec: async () => (await import('@peerkit/core/rounds/kind')).roundKind as KindSpec<Round>,
    onChange: (round) => {
      this.round = round;
    },
  });
  private readonly roundPresenter = new RoundPresenter(this, {
    round: () => this.round,
    text: () => this.time,
    completeText: () => this.messages.complete,
    onSignal: (signal) => this.dispatch(signal),
  });
  private readonly privateFold = new PrivateFold(this);
  private loading: Promise<void> | undefined;
  private wakeLock: WakeLockSentinel | undefined;
  /** Keys pressed inside the timer, or anywhere on the page with global-shortcuts. */
  private readonly onWindowKey = (event: KeyboardEvent) => {
    if (this.globalShortcuts || event.composedPath().includes(this)) this.handleKey(event);
  };

  constructor() {
    super();
    this.passIsFinal = false;
    this.muted = false;
    this.globalShortcuts = false;
    this.hideControls = false;
    this.presenter = false;
    this.sharedScreen = false;
    this.showShortcuts = false;
    this.askingReset = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('keydown', this.onWindowKey);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('keydown', this.onWindowKey);
    void this.releaseWakeLock();
  }

  /** Resolves once the stored round (if any) has been loaded. */
  get ready(): Promise<void> {
    return loaded(this, () => this.loading);
  }

  /** Whether the round will outlive the page (false without storage-key or without IndexedDB). */
  get persistent(): boolean {
    return this.group.key(this.storageKey) !== undefined && this.roundDoc.persistent;
  }

  // The commands, for buttons, keys and host pages alike.
  toggle(): void {
    unlockAudio();
    this.command(toggle);
  }
  next(): void {
    this.command(next);
  }
  previous(): void {
    this.command(previous);
  }
  pass(): void {
    this.command((round, now) => pass(round, now));
  }
  addMinute(): void {
    this.command((round, now) => addTime(round, now, 60_000));
  }
  /** Starts the round again with those present; edited attributes apply once it is idle. */
  reset(): void {
    this.command((round) => reset(round));
    this.roundPresenter.silence();
  }

  /** The talk-time figures so far. */
  stats(): RoundStats {
    return roundStats(this.round, Date.now());
  }

  /** Applies a command here at once and to the stored round, so "+1 minute" in two windows adds two minutes. */
  private command(apply: (round: Round, now: number) => Round): void {
    if (this.presenter) return;
    this.round = this.roundDoc.apply(this.round, apply);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Attributes shape a round that has not started; a running one is never rebuilt under the group.
    const setupChanged = SETUP_PROPERTIES.some((name) => changed.has(name));
    // Typed as always present: it is made here before the first render, unless a host set one.
    if ((this.round as Round | undefined) === undefined || (setupChanged && this.round.phase === 'idle' && !changed.has('round'))) {
      this.round = createRound(this.readSetup());
      // A presenter mirrors the facilitator's round; it never makes one of its own.
      if (!this.presenter) void this.roundDoc.save(this.round);
    }
    if (this.group.takeChange() || changed.has('storageKey') || changed.has('storeName')) this.loading = this.load();
  }

  protected override updated(): void {
    const running = this.roundPresenter.view?.state === 'running' || this.roundPresenter.view?.state === 'changeover';
    void (running ? this.holdWakeLock() : this.releaseWakeLock());
  }

  private async load(): Promise<void> {
    // Members may have just arrived from a <peer-group>, so an idle round is built afresh.
    const opened = await this.roundDoc.open(this.group.key(this.storageKey), this.group.store(this.storeName), () =>
      this.presenter ? undefined : this.round.phase === 'idle' ? createRound(this.readSetup()) : this.round,
    );
    if (!opened) return;
    // A reload resumes silently: nothing new happened.
    if (opened.fromStorage) this.roundPresenter.silence();
    this.round = opened.value;
  }


  private readSetup(): RoundSetup {
    const read = this.attributeReader;
    const total = read.optionalNumber('total-minutes', this.totalMinutes, { min: 0.1, max: 24 * 60 });
    const each = read.optionalNumber('per-person-minutes', this.perPersonMinutes, { min: 0.1, max: 24 * 60 });
    if (total !== undefined && each !== undefined) {
      read.conflict('has both total-minutes and per-person-minutes; the total is shared and per-person-minutes is ignored.');
    }
    const seed = read.optionalNumber('seed', this.seed, { min: 0 });
    return {
      members: this.group.memberList(this.members, (text) => read.list(text)),
      timing:
        total !== undefined
          ? { mode: 'shared', totalMs: Math.round(total * 60_000) }
          : { mode: 'each', eachMs: Math.round((each ?? DEFAULT_PER_PERSON_MINUTES) * 60_000) },
      overtime: read.oneOf<OvertimePolicy>('overtime', this.overtime, OVERTIME_POLICIES, 'soft'),
      warnAtMs: read.numberList('warn-at', this.warnAt, [60], { min: 1, max: 24 * 3600 }).map((s) => s * 1000),
      changeoverMs: read.number('changeover-seconds', this.changeoverSeconds, 0, { min: 0, max: 600 }) * 1000,
      order: read.oneOf<OrderMode>('order', this.order, ORDER_MODES.filter((m) => m !== 'rotated'), 'given'),
      ...(seed !== undefined ? { seed } : {}),
      passersReturn: !this.passIsFinal,
    };
  }

  private dispatch(signal: RoundSignal): void {
    switch (signal.type) {
      case 'start':
        emit(this, 'peer-round-start', { round: this.round });
        break;
      case 'speaker-change':
        emit(this, 'peer-speaker-change', { speaker: ref(signal.speaker), previous: signal.previous && ref(signal.previous) });
        break;
      case 'warning':
        emit(this, 'peer-time-warning', { speaker: ref(signal.speaker), remainingMs: signal.remainingMs });
        if (!this.muted) chime('warning');
        break;
      case 'time-up':
        emit(this, 'peer-time-up', { speaker: ref(signal.speaker) });
        if (!this.muted) chime('time-up');
        break;
      case 'complete':
        emit(this, 'peer-round-complete', { stats: this.stats() });
        break;
    }
  }

  private handleKey(event: KeyboardEvent): void {
    handleShortcut(event, {
      ' ': () => this.toggle(),
      t: () => this.roundPresenter.sayTimeLeft(),
      n: () => this.next(),
      ArrowRight: () => this.next(),
      ArrowLeft: () => this.previous(),
      p: () => this.pass(),
      '+': () => this.addMinute(),
      '?': () => this.toggleShortcuts(),
    }, this);
  }

  /** Shows or hides the shortcut list, and says so: from the ? key, focus is not on the button that tells. */
  private toggleShortcuts(): void {
    this.showShortcuts = !this.showShortcuts;
    this.roundPresenter.say(this.showShortcuts ? this.messages.shortcutsShown : this.messages.shortcutsHidden);
  }

  private async holdWakeLock(): Promise<void> {
    if (this.wakeLock || !('wakeLock' in navigator) || document.visibilityState !== 'visible') return;
    try {
      this.wakeLock = await navigator.wakeLock.request('screen');
      this.wakeLock.addEventListener('release', () => (this.wakeLock = undefined));
    } catch {
      // Refused (battery saver, permissions policy): the timer works the same without it.
    }
  }

  private async releaseWakeLock(): Promise<void> {
    const lock = this.wakeLock;
    this.wakeLock = undefined;
    await lock?.release().catch(() => undefined);
  }

  /** Spanish (any language but English) loads the first time it is spoken; the element draws once it is here. */
  protected override scheduleUpdate() {
    return timerMessages.whenSpoken(this, () => super.scheduleUpdate());
  }

  private get messages(): TimerMessages {
    return timerMessages.for(this);
  }

  private get time(): TimeMessages {
    return spokenBy(this, timeMessages[resolveLang(this)]);
  }

  /**
   * With no members given (no attribute, no group), the names are asked for on
   * the page, so a public page need not publish them; a presenter only says so.
   */
  private namesOrNotice(noMembers: string) {
    if (this.presenter || this.members !== undefined || this.group.value) return html`<p class="notice">${noMembers}</p>`;
    return namesForm(this, (names) => (this.members = names));
  }

  protected override render() {
    this.attributeReader.theme(this.getAttribute('theme'));
    const text = this.messages;
    const time = this.time;
    const view = this.roundPresenter.view;
    // Until the stored round arrives, show nothing rather than a round about to be replaced.
    if (!view || this.group.waiting(this.roundDoc)) {
      return html`<section part="base" class="frame timer" aria-busy="true"></section>`;
    }
    const speaker = view.speaker;
    // A presenter with no stored round yet says so, rather than inventing one.
    if (this.presenter && this.roundDoc.status !== 'detached' && !this.roundDoc.hasStored) {
      return html`<section part="base" class="frame timer state-waiting" lang=${resolveLang(this)}><p class="speaker waiting">${text.notStarted}</p></section>`;
    }
    return html`
      <section part="base" class="frame timer level-${view.level} state-${view.state}" lang=${resolveLang(this)}>
        ${storageNotices([this.roundDoc], resolveLang(this))}
        ${this.round.speakers.length === 0
          ? this.namesOrNotice(text.noMembers)
          : html`
              <div part="display" class="display" role="timer" aria-label=${speaker ? text.timerLabel(speaker.name) : text.idleTimerLabel}>
                <p class="speaker">${speaker ? html`<bdi>${speaker.name}</bdi>` : view.state === 'complete' ? text.complete : text.ready}</p>
                ${view.state === 'complete'
                  ? nothing
                  : renderTime(view, {
                      unlimited: this.round.settings.overtime === 'none',
                      idleMs: this.round.speakers[0]?.allottedMs ?? 0,
                      text: time,
                    })}
              </div>
              ${renderNext(view, time)}
              ${this.hideControls || this.presenter ? nothing : this.askingReset ? this.renderResetQuestion(text) : this.renderControls(view, text)}
            `}
        ${this.showShortcuts ? this.renderShortcuts(text) : nothing}
        ${view.state === 'complete' && !this.presenter ? this.privateFold.render(() => this.renderSummary(text)) : nothing}
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.roundPresenter.announcement}</div>
      </section>
    `;
  }

  private renderControls(view: RoundView, text: TimerMessages) {
    const active = view.speaker !== null;
    const arrows = readingArrows(this);
    const toggleLabel =
      view.state === 'idle' ? text.start : view.state === 'paused' ? text.resume : text.pause;
    return html`
      <div class="controls" part="controls">
        ${view.state === 'complete'
          ? nothing
          : html`<button class="primary" @click=${() => this.toggle()} aria-keyshortcuts="Space">${toggleLabel}</button>`}
        <button @click=${() => this.previous()} ?disabled=${!active} aria-keyshortcuts=${arrows.back}>${text.previous}</button>
        <button @click=${() => this.next()} ?disabled=${!active} aria-keyshortcuts="N ${arrows.forward}">${text.next}</button>
        <button @click=${() => this.pass()} ?disabled=${!active} aria-keyshortcuts="P">${text.pass}</button>
        <button @click=${() => this.addMinute()} ?disabled=${!active} aria-keyshortcuts="+">${text.addMinute}</button>
        <button @click=${() => void this.askReset()}>${text.reset}</button>
        <button aria-pressed=${this.muted ? 'true' : 'false'} @click=${() => (this.muted = !this.muted)}>${text.mute}</button>
        ${document.fullscreenEnabled
          ? html`<button @click=${() => void this.requestFullscreen().catch(() => undefined)}>${text.fullscreen}</button>`
          : nothing}
        <button aria-expanded=${this.showShortcuts ? 'true' : 'false'} @click=${() => this.toggleShortcuts()} aria-keyshortcuts="?">
          ${text.shortcuts}
        </button>
      </div>
    `;
  }

  /** Reset wipes a round in progress, so the button asks first (the `reset()` method does not). */
  private async askReset(): Promise<void> {
    if (this.round.phase === 'idle') return this.reset();
    this.askingReset = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('.confirm-reset .keep')?.focus();
  }

  private renderResetQuestion(text: TimerMessages) {
    const answer = (reset: boolean) => {
      this.askingReset = false;
      if (reset) this.reset();
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLButtonElement>('.controls button')?.focus());
    };
    return html`<div class="notice confirm-reset" role="group" aria-labelledby="reset-question">
      <p id="reset-question">${text.resetQuestion}</p>
      <div class="choices">
        <button class="keep primary" @click=${() => answer(false)}>${text.resetNo}</button>
        <button class="danger" @click=${() => answer(true)}>${text.resetYes}</button>
      </div>
    </div>`;
  }

  private renderShortcuts(text: TimerMessages) {
    // The list names the arrows as a left-to-right reader presses them; mirrored, as this reader does.
    const mirrored = isRightToLeft(this);
    return html`
      <dl class="shortcuts">
        ${text.shortcutList.map(([key, action]) => html`<div><dt><kbd>${mirrored ? key.replace(/[←→]/g, (arrow) => (arrow === '←' ? '→' : '←')) : key}</kbd></dt><dd>${action}</dd></div>`)}
      </dl>
    `;
  }

  private renderSummary(text: TimerMessages) {
    const stats = this.stats();
    const lang = resolveLang(this);
    const share = (ms: number) => (stats.totalSpokenMs > 0 ? formatNumber(ms / stats.totalSpokenMs, lang, { percent: true }) : '—');
    const names = stats.members.filter((m) => stats.dominating.includes(m.memberId)).map((m) => m.name);
    return html`
      <section class="summary" part="summary">
        <h2>${text.statsTitle}</h2>
        <table>
          <thead>
            <tr><th scope="col">${text.statsName}</th><th scope="col">${text.statsSpoke}</th><th scope="col">${text.statsShare}</th><th scope="col">${text.statsPasses}</th></tr>
          </thead>
          <tbody>
            ${stats.members.map(
              (m) => html`<tr>
                <th scope="row"><bdi>${m.name}</bdi>${m.status === 'left' ? ` (${text.statusLeft})` : m.status === 'passed' ? ` (${text.statusPassed})` : ''}</th>
                <td>${formatClock(m.spokenMs, { roundUp: false })}</td>
                <td>${share(m.spokenMs)}</td>
                <td>${m.passes}</td>
              </tr>`,
            )}
          </tbody>
        </table>
        <p>${text.statsFairness(formatNumber(stats.largestShareRatio, lang, { digits: 2 }), formatNumber(stats.gini, lang, { digits: 2 }))}</p>
        <p>${names.length > 0 ? text.statsDominating(names.join(', ')) : text.statsEven}</p>
      </section>
    `;
  }
}

