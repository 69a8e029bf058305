import { LitElement, html, nothing, type PropertyValues } from 'lit';
import {
  availableQuestions,
  BUILT_IN_QUESTIONS,
  changeQuestion,
  checkinSummary,
  createCheckin,
  defer,
  DEPTHS,
  drawQuestion,
  emptyBank,
  addQuestion,
  editQuestion,
  findQuestion,
  giveMood,
  hideQuestion,
  restoreQuestion,
  next,
  ORDER_MODES,
  pass,
  previous,
  questionText,
  recordAsked,
  THEMES,
  toggle,
  withRound,
  type CheckinRound,
  type CheckinSummary,
  type Depth,
  type Mood,
  type OrderMode,
  type Question,
  type QuestionBank,
  type QuestionText,
  type RoundSignal,
  type RoundView,
  type Theme,
  type KindSpec,
} from '@peerkit/core';
import { AttributeReader, storedElementProperties } from '../internal/attributes.js';
import { uniqueId } from '../internal/ids.js';
import { DocumentController, storageNotices } from '../internal/document-controller.js';
import { loaded } from '../internal/loaded.js';
import { GroupLink } from '../internal/group-context.js';
import { emit } from '../internal/emit.js';
import { speakerRef } from '../internal/events.js';
import { formatClock } from '../internal/format.js';
import { resolveLang, spokenBy, type Lang } from '../internal/i18n.js';
import { RoundPresenter } from '../internal/round-presenter.js';
import { PrivateFold } from '../internal/private-fold.js';
import { handleShortcut, readingArrows } from '../internal/shortcuts.js';
import { renderNext, renderTime, timeDisplayStyles, timeMessages, type TimeMessages } from '../internal/time-display.js';
import { tokens } from '../internal/tokens.styles.js';
import { namesForm, namesFormStyles } from '../internal/names-form.js';
import { checkinMessages, type CheckinMessages } from './checkin-round.messages.js';
import { styles } from './checkin-round.styles.js';

export interface PeerCheckinStartDetail {
  question: { id: string; text: QuestionText };
}
export interface PeerCheckinCompleteDetail {
  summary: CheckinSummary;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'peer-checkin-start': CustomEvent<PeerCheckinStartDetail>;
    'peer-checkin-complete': CustomEvent<PeerCheckinCompleteDetail>;
  }
}

const SETUP_PROPERTIES = ['members', 'depth', 'topic', 'theme', 'perPersonSeconds', 'questionId', 'mood', 'namedMoods', 'order'] as const;

/**
 * A check-in round: one question, everyone answers in turn.
 *
 * @summary Opens a meeting: a question drawn for the group, each member in turn, pass or come back later.
 * @tagname checkin-round
 *
 * @csspart base - The whole check-in.
 * @csspart question - The question, shown large.
 * @csspart time - The time figure (when each member has a time).
 * @csspart progress - The bar showing how much of the member's time is used.
 * @csspart controls - The row of buttons.
 * @csspart summary - Who checked in, passes and the time taken, at the end.
 *
 * @cssprop --peer-checkin-time-size - Size of the time figure (default: clamp(2.5rem, 10vw, 6rem)).
 * @cssprop --peer-color-accent - Buttons and the progress bar.
 *
 * @event peer-checkin-start - The check-in started. Detail: `{ question }`.
 * @event peer-speaker-change - The next member's turn. Detail: `{ speaker, previous }`.
 * @event peer-checkin-complete - Everyone has had their turn. Detail: `{ summary }` (who, passes, time; never what was said).
 */
export class CheckinRoundElement extends LitElement {
  static override styles = [tokens, timeDisplayStyles, namesFormStyles, styles];

  static override properties = {
    members: { type: String },
    depth: { type: String },
    topic: { type: String },
    theme: { type: String },
    perPersonSeconds: { type: String, attribute: 'per-person-seconds' },
    questionId: { type: String, attribute: 'question-id' },
    mood: { type: Boolean },
    namedMoods: { type: Boolean, attribute: 'named-moods' },
    presenter: { type: Boolean },
    sharedScreen: { type: Boolean, attribute: 'shared-screen' },
    order: { type: String },
    ...storedElementProperties,
    checkin: { state: true },
    bank: { state: true },
  };

  /** Names, separated by commas or new lines. */
  declare members: string | undefined;
  /** light (default), reflective or deep. */
  declare depth: string | undefined;
  /** The questions' theme: gratitude, coping, goals, grief, recovery, everyday, connection, self-care, or none. */
  declare topic: string | undefined;
  /**
   * The colour scheme, as on every element (light, dark, auto). Once this named the
   * questions' theme: such a value still works as `topic`, with a warning.
   */
  declare theme: string | undefined;
  /**
   * For the screen the whole room sees: mirrors the stored check-in and never makes or
   * changes one; shows the question, who speaks and the time, and nothing private (no
   * moods, no one's passes, no summary) and no controls.
   */
  declare presenter: boolean;
  /**
   * This screen is seen by others (shared on a video call, or projected): what is
   * private to the facilitator is folded behind "Show to me only", never drawn by default.
   */
  declare sharedScreen: boolean;
  /** A time for each member; without it the round just measures. */
  declare perPersonSeconds: string | undefined;
  /** A question chosen by hand instead of drawn. */
  declare questionId: string | undefined;
  /** Offer the optional 1–5 mood scale. */
  declare mood: boolean;
  /** Keep each member's mood with their name (off: counts only). */
  declare namedMoods: boolean;
  declare order: string | undefined;
  /** Where the check-in and the group's question bank live in IndexedDB. */
  declare storageKey: string | undefined;
  declare storeName: string | undefined;
  declare language: string | undefined;
  /** The check-in as data (from @peerkit/core). */
  declare checkin: CheckinRound;
  /** The group's question bank: its own questions, hidden ones, and what was asked when. */
  declare bank: QuestionBank;

  private readonly attributeReader = new AttributeReader('checkin-round');
  /** An enclosing <peer-group>: its id is the default storage key, its members the default list. */
  private readonly group = new GroupLink(this);
  private readonly checkinDoc = new DocumentController<CheckinRound>(this, {
    kind: 'checkin',
    spec: async () => (await import('@peerkit/core/checkin/kind')).checkinKind as KindSpec<CheckinRound>,
    onChange: (checkin) => (this.checkin = checkin),
  });
  private readonly bankDoc = new DocumentController<QuestionBank>(this, {
    kind: 'question-bank',
    spec: async () => (await import('@peerkit/core/checkin/kind')).questionBankKind as KindSpec<QuestionBank>,
    onChange: (bank) => (this.bank = bank),
  });
  private readonly privateFold = new PrivateFold(this);
  private readonly roundPresenter = new RoundPresenter(this, {
    round: () => (this.checkin as CheckinRound | undefined)?.round,
    text: () => this.time,
    completeText: () => this.messages.complete,
    onSignal: (signal) => this.dispatch(signal),
  });
  private loading: Promise<void> | undefined;
  private noMatch = false;

  constructor() {
    super();
    this.mood = false;
    this.namedMoods = false;
    this.sharedScreen = false;
    this.bank = emptyBank();
    this.addEventListener('keydown', (event) =>
      handleShortcut(event, {
        ' ': () => this.toggle(),
        t: () => this.roundPresenter.sayTimeLeft(),
        n: () => this.next(),
        ArrowRight: () => this.next(),
        ArrowLeft: () => this.previous(),
        p: () => this.pass(),
        b: () => this.comeBack(),
      }, this),
    );
  }

  /** Resolves once the stored check-in and bank (if any) have been loaded. */
  get ready(): Promise<void> {
    return loaded(this, () => this.loading);
  }

  toggle(): void {
    const starting = this.checkin.round.phase === 'idle';
    this.command((checkin, now) => withRound(checkin, (round) => toggle(round, now)));
    if (starting && this.checkin.round.phase !== 'idle') {
      const questionId = this.checkin.question.id;
      this.updateBank((bank, now) => recordAsked(bank, questionId, now));
    }
  }
  next(): void {
    this.command((checkin, now) => withRound(checkin, (round) => next(round, now)));
  }
  previous(): void {
    this.command((checkin, now) => withRound(checkin, (round) => previous(round, now)));
  }
  pass(): void {
    this.command((checkin, now) => withRound(checkin, (round) => pass(round, now)));
  }
  /** "Come back to me": this member speaks at the end instead. */
  comeBack(): void {
    this.command((checkin, now) => withRound(checkin, (round) => defer(round, now)));
  }
  /** Draws a different question from the bank. */
  anotherQuestion(): void {
    const question = drawQuestion(this.bank, this.filter, Math.random(), [this.checkin.question.id]);
    if (question) this.command((checkin) => changeQuestion(checkin, question));
  }
  chooseQuestion(id: string): void {
    const question = findQuestion(this.bank, id);
    if (question) this.command((checkin) => changeQuestion(checkin, question));
  }
  /** The current member gives a mood (once; optional). */
  giveMood(mood: Mood): void {
    const speaker = this.roundPresenter.view?.speaker;
    if (speaker) this.command((checkin) => giveMood(checkin, speaker.memberId, mood));
  }
  /** A fresh check-in for the same members, with a newly drawn question. */
  newCheckin(): void {
    const members = this.checkin.round.speakers.filter((s) => s.status !== 'left').map((s) => ({ id: s.memberId, name: s.name }));
    this.command(() => this.freshCheckin(members));
    this.roundPresenter.silence();
  }

  /** Takes the shown question out of this group's draw and draws another. */
  hideCurrentQuestion(): void {
    const questionId = this.checkin.question.id;
    this.updateBank((bank) => hideQuestion(bank, questionId));
    this.anotherQuestion();
  }

  restoreQuestion(id: string): void {
    this.updateBank((bank) => restoreQuestion(bank, id));
  }

  /**
   * Saves the group's own wording: a new question, or (with `editing`) an
   * edit of the shown one; a built-in is never changed, a group copy stands in.
   */
  saveOwnQuestion(words: string, depth: Depth, theme: Theme | undefined, editing: boolean): void {
    const trimmed = words.trim();
    if (trimmed === '') return;
    const id = uniqueId('own');
    const text = { [this.currentLang]: trimmed };
    const draft = { text, depth, themes: theme ? [theme] : [] };
    const currentId = this.checkin.question.id;
    const bank = this.updateBank((stored) => (editing ? editQuestion(stored, currentId, draft, id) : addQuestion(stored, id, draft)));
    this.chooseQuestion(findQuestion(bank, id) ? id : currentId);
  }

  /** Applies a command to the question bank here and in storage; returns the bank as shown. */
  private updateBank(command: (bank: QuestionBank, now: number) => QuestionBank): QuestionBank {
    this.bank = this.bankDoc.apply(this.bank, command);
    return this.bank;
  }


  summary(): CheckinSummary {
    return checkinSummary(this.checkin, Date.now());
  }

  /** Applies a command here at once and to the stored check-in, so changes from other windows merge. */
  private command(apply: (checkin: CheckinRound, now: number) => CheckinRound): void {
    if (this.presenter) return;
    this.checkin = this.checkinDoc.apply(this.checkin, apply);
  }

  private get filter(): { depth: Depth; theme: Theme | undefined } {
    const read = this.attributeReader;
    let topic = this.topic;
    if (topic === undefined && (THEMES as readonly string[]).includes(this.theme ?? '')) {
      read.conflict(`theme="${this.theme ?? ''}" now sets the colour scheme (light, dark, auto); write topic="${this.theme ?? ''}" for the questions' theme.`);
      topic = this.theme;
    } else read.theme(this.theme ?? null);
    const theme = topic ? read.oneOf<Theme | 'any'>('topic', topic, [...THEMES, 'any'], 'any') : 'any';
    return { depth: read.oneOf('depth', this.depth, DEPTHS, 'light'), theme: theme === 'any' ? undefined : theme };
  }

  private pickQuestion(): Question {
    if (this.questionId) {
      const chosen = findQuestion(this.bank, this.questionId);
      if (chosen) return chosen;
      this.attributeReader.conflict(`question-id="${this.questionId}" is not a known question; drawing one instead.`);
    }
    const drawn = drawQuestion(this.bank, this.filter, Math.random());
    this.noMatch = !drawn;
    return drawn ?? drawQuestion(this.bank, {}, Math.random()) ?? (BUILT_IN_QUESTIONS[0] as Question);
  }

  private freshCheckin(members?: { id: string; name: string }[]): CheckinRound {
    const read = this.attributeReader;
    const seconds = read.optionalNumber('per-person-seconds', this.perPersonSeconds, { min: 5, max: 3600 });
    return createCheckin({
      members: members ?? this.group.memberList(this.members, (text) => read.list(text)),
      question: this.pickQuestion(),
      perPersonMs: seconds === undefined ? undefined : seconds * 1000,
      order: read.oneOf<OrderMode>('order', this.order, ORDER_MODES.filter((m) => m !== 'rotated'), 'given'),
      seed: Math.floor(Math.random() * 2 ** 31),
      mood: this.mood,
      namedMoods: this.namedMoods,
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const setupChanged = SETUP_PROPERTIES.some((name) => changed.has(name));
    const current = this.checkin as CheckinRound | undefined;
    if (!current || (setupChanged && current.round.phase === 'idle' && !changed.has('checkin'))) {
      this.checkin = this.freshCheckin();
      if (!this.presenter) void this.checkinDoc.save(this.checkin);
    }
    if (this.group.takeChange() || changed.has('storageKey') || changed.has('storeName')) this.loading = this.load();
  }

  private async load(): Promise<void> {
    const key = this.group.key(this.storageKey);
    const store = this.group.store(this.storeName);
    const bank = await this.bankDoc.open(key, store, () => (this.presenter ? undefined : this.bank));
    if (bank) this.bank = bank.value;
    // Drawn after the bank is loaded, so the group's recent questions are avoided.
    const checkin = await this.checkinDoc.open(key, store, () => (this.presenter ? undefined : this.freshCheckin()));
    if (!checkin) return;
    if (checkin.fromStorage) this.roundPresenter.silence();
    this.checkin = checkin.value;
  }


  private dispatch(signal: RoundSignal): void {
    if (signal.type === 'start') emit(this, 'peer-checkin-start', { question: this.checkin.question });
    if (signal.type === 'speaker-change') {
      emit(this, 'peer-speaker-change', { speaker: speakerRef(signal.speaker), previous: signal.previous && speakerRef(signal.previous) });
    }
    if (signal.type === 'complete') emit(this, 'peer-checkin-complete', { summary: this.summary() });
  }

  private get currentLang(): Lang {
    return resolveLang(this);
  }
  /** Spanish (any language but English) loads the first time it is spoken; the element draws once it is here. */
  protected override scheduleUpdate() {
    return checkinMessages.whenSpoken(this, () => super.scheduleUpdate());
  }

  private get messages(): CheckinMessages {
    return checkinMessages.for(this);
  }
  private get time(): TimeMessages {
    return spokenBy(this, timeMessages[this.currentLang]);
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
    const text = this.messages;
    const view = this.roundPresenter.view;
    const loading = this.group.waiting(this.checkinDoc, this.bankDoc);
    if (!view || loading) return html`<section part="base" class="frame checkin" aria-busy="true"></section>`;
    if (this.presenter) return this.renderForTheRoom(view, text);
    const { round } = this.checkin;
    const speaker = view.speaker;
    const notices = [
      storageNotices([this.checkinDoc, this.bankDoc], this.currentLang),
      this.noMatch && round.phase === 'idle' ? html`<p class="notice" role="note">${text.noMatch}</p>` : nothing,
    ];
    return html`
      <section part="base" class="frame checkin level-${view.level} state-${view.state}" lang=${this.currentLang} aria-label=${text.questionLabel}>
        ${notices}
        <h2 class="question" part="question">${questionText(this.checkin.question, this.currentLang)}</h2>
        ${view.state === 'complete' ? nothing : this.renderQuestionTools(text)}
        ${view.state === 'idle' ? this.renderBankTools(text) : nothing}
        ${round.speakers.length === 0
          ? this.namesOrNotice(text.noMembers)
          : html`
              <div class="display" role="timer" aria-label=${speaker ? text.timerLabel(speaker.name) : text.idleTimerLabel}>
                <p class="speaker">${speaker ? html`<bdi>${speaker.name}</bdi>` : view.state === 'complete' ? text.complete : text.ready}</p>
                ${view.state === 'complete' || !speaker
                  ? nothing
                  : renderTime(view, { unlimited: round.settings.overtime === 'none', idleMs: 0, text: this.time })}
              </div>
              ${renderNext(view, this.time)} ${this.renderControls(view, text)} ${this.renderMood(view, text)}
            `}
        ${view.state === 'complete' ? this.privateFold.render(() => this.renderSummary(text)) : nothing}
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.roundPresenter.announcement}</div>
      </section>
    `;
  }

  /** What the room sees: the question, who speaks, the time; nothing private, no controls. */
  private renderForTheRoom(view: RoundView, text: CheckinMessages) {
    if (this.checkinDoc.status !== 'detached' && !this.checkinDoc.hasStored) {
      return html`<section part="base" class="frame checkin state-waiting" lang=${this.currentLang}><p class="speaker">${text.notStarted}</p></section>`;
    }
    const speaker = view.speaker;
    return html`
      <section part="base" class="frame checkin level-${view.level} state-${view.state}" lang=${this.currentLang} aria-label=${text.questionLabel}>
        <h2 class="question" part="question">${questionText(this.checkin.question, this.currentLang)}</h2>
        <div class="display" role="timer" aria-label=${speaker ? text.timerLabel(speaker.name) : text.idleTimerLabel}>
          <p class="speaker">${speaker ? html`<bdi>${speaker.name}</bdi>` : view.state === 'complete' ? text.complete : text.ready}</p>
          ${view.state === 'complete' || !speaker ? nothing : renderTime(view, { unlimited: this.checkin.round.settings.overtime === 'none', idleMs: 0, text: this.time })}
        </div>
        ${renderNext(view, this.time)}
      </section>
    `;
  }

  private renderQuestionTools(text: CheckinMessages) {
    const options = availableQuestions(this.bank, this.filter);
    const current = this.checkin.question.id;
    return html`
      <div class="question-tools">
        <button @click=${() => this.anotherQuestion()}>${text.anotherQuestion}</button>
        <label>
          ${text.chooseQuestion}
          <select @change=${(event: Event) => this.chooseQuestion((event.target as HTMLSelectElement).value)}>
            ${options.some((q) => q.id === current) ? nothing : html`<option value=${current} selected>${questionText(this.checkin.question, this.currentLang)}</option>`}
            ${options.map((q) => html`<option value=${q.id} ?selected=${q.id === current}>${questionText(q, this.currentLang)}</option>`)}
          </select>
        </label>
      </div>
    `;
  }

  /** The group's own questions: add, edit the shown one, hide it, restore hidden ones. */
  private renderBankTools(text: CheckinMessages) {
    const hidden = this.bank.hidden.map((id) => findQuestion(this.bank, id)).filter((q): q is Question => q !== undefined);
    const submit = (event: SubmitEvent) => {
      event.preventDefault();
      const form = event.target as HTMLFormElement;
      const data = new FormData(form);
      const field = (name: string) => {
        const value = data.get(name);
        return typeof value === 'string' ? value : '';
      };
      const theme = field('theme');
      this.saveOwnQuestion(
        field('words'),
        DEPTHS.find((d) => d === field('depth')) ?? 'light',
        THEMES.find((t) => t === theme),
        (event.submitter as HTMLButtonElement | null)?.value === 'edit',
      );
      form.reset();
    };
    return html`
      <details class="bank" part="bank">
        <summary>${text.manageQuestions}</summary>
        <button @click=${() => this.hideCurrentQuestion()}>${text.hideQuestion}</button>
        <form @submit=${submit}>
          <label>${text.ownWords}<textarea name="words" rows="2" required maxlength="500"></textarea></label>
          <label>${text.depthLabel}
            <select name="depth">${DEPTHS.map((d) => html`<option value=${d}>${text.depths[d]}</option>`)}</select>
          </label>
          <label>${text.themeLabel}
            <select name="theme"><option value="">—</option>${THEMES.map((t) => html`<option value=${t}>${text.themes[t]}</option>`)}</select>
          </label>
          <div class="controls">
            <button type="submit" value="add">${text.addQuestion}</button>
            <button type="submit" value="edit">${text.replaceQuestion}</button>
          </div>
        </form>
        ${hidden.length === 0
          ? nothing
          : html`<h3>${text.hiddenQuestions}</h3>
              <ul class="hidden-list">
                ${hidden.map(
                  (q) => html`<li>${questionText(q, this.currentLang)} <button @click=${() => this.restoreQuestion(q.id)}>${text.restore}</button></li>`,
                )}
              </ul>`}
      </details>
    `;
  }

  private renderControls(view: RoundView, text: CheckinMessages) {
    if (view.state === 'complete') return nothing;
    const active = view.speaker !== null;
    const arrows = readingArrows(this);
    const toggleLabel = view.state === 'idle' ? text.start : view.state === 'paused' ? text.resume : text.pause;
    return html`
      <div class="controls" part="controls">
        <button class="primary" @click=${() => this.toggle()} aria-keyshortcuts="Space">${toggleLabel}</button>
        <button @click=${() => this.previous()} ?disabled=${!active} aria-keyshortcuts=${arrows.back}>${text.previous}</button>
        <button @click=${() => this.next()} ?disabled=${!active} aria-keyshortcuts="N ${arrows.forward}">${text.next}</button>
        <button @click=${() => this.comeBack()} ?disabled=${!active} aria-keyshortcuts="B">${text.comeBack}</button>
        <button @click=${() => this.pass()} ?disabled=${!active} aria-keyshortcuts="P">${text.pass}</button>
      </div>
    `;
  }

  private renderMood(view: RoundView, text: CheckinMessages) {
    const speaker = view.speaker;
    if (!this.checkin.mood.enabled || !speaker) return nothing;
    if (this.checkin.mood.givenBy.includes(speaker.memberId)) return html`<p class="mood-noted">${text.moodNoted}</p>`;
    return html`
      <fieldset class="mood">
        <legend>${text.moodLegend(speaker.name)}</legend>
        ${text.moodWords.map((words, i) => html`<button @click=${() => this.giveMood((i + 1) as Mood)}>${words}</button>`)}
      </fieldset>
    `;
  }

  private renderSummary(text: CheckinMessages) {
    const summary = this.summary();
    const list = (people: { name: string }[]) =>
      people.length === 0 ? html`<p>${text.nobody}</p>` : html`<ul>${people.map((p) => html`<li><bdi>${p.name}</bdi></li>`)}</ul>`;
    return html`
      <section class="summary" part="summary">
        <h2>${text.summaryTitle}</h2>
        <h3>${text.checkedIn}</h3>
        <table>
          <tbody>
            ${summary.checkedIn.map((p) => html`<tr><th scope="row"><bdi>${p.name}</bdi></th><td>${formatClock(p.spokenMs, { roundUp: false })}</td></tr>`)}
          </tbody>
        </table>
        <h3>${text.passed}</h3>
        ${list(summary.passed)}
        ${summary.left.length > 0 ? html`<h3>${text.left}</h3>${list(summary.left)}` : nothing}
        <p>${text.took(formatClock(summary.durationMs, { roundUp: false }))}</p>
        ${summary.moodCounts
          ? html`<h3>${text.moodTitle}</h3>
              <ul>
                ${summary.moodCounts.map((count, i) => html`<li>${text.moodWords[i]}: ${count}</li>`)}
              </ul>`
          : nothing}
        <button class="primary" @click=${() => this.newCheckin()}>${text.newCheckin}</button>
      </section>
    `;
  }
}


