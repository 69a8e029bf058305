import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import {
  AGENDA_TEMPLATE_IDS,
  ADDABLE_SECTIONS,
  addSection,
  agendaTemplate,
  moveSection,
  inProgress,
  isPaused,
  nextSection,
  pauseMeeting,
  resumeMeeting,
  schedule,
  skipSection,
  startSection,
  type AddableSection,
  type Agenda,
  type AgendaSchedule,
  type AgendaTemplateId,
  type Section,
  type KindSpec,
} from '@peerkit/core';
import { AttributeReader, storedElementProperties } from '../internal/attributes.js';
import { ClockController } from '../internal/clock-controller.js';
import { DocumentController, storageNotices } from '../internal/document-controller.js';
import { loaded } from '../internal/loaded.js';
import { emit } from '../internal/emit.js';
import { formatClock } from '../internal/format.js';
import { GroupLink, waitingBase } from '../internal/group-context.js';
import { resolveLang, type Lang } from '../internal/i18n.js';
import { tokens } from '../internal/tokens.styles.js';
import { agendaMessages, type AgendaMessages } from './meeting-agenda.messages.js';

export interface PeerSectionChangeDetail {
  /** The section now in progress, or null when the meeting has ended. */
  section: Section | null;
}

export interface PeerMeetingPauseDetail {
  /** True when the meeting was paused, false when it resumed. */
  paused: boolean;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'peer-section-change': CustomEvent<PeerSectionChangeDetail>;
    'peer-meeting-pause': CustomEvent<PeerMeetingPauseDetail>;
  }
}


/**
 * The meeting's plan with timed sections; the rest re-flows when a section
 * runs over or is skipped, and the current section's time left stays in view.
 *
 * @summary Timed sections for a meeting: welcome, check-in, rules, sharing, resources, feedback, close.
 * @tagname meeting-agenda
 *
 * @csspart base - The whole plan.
 *
 * @event peer-meeting-pause - The whole meeting paused or resumed. Detail: `{ paused }`.
 * @event peer-section-change - A section started, or the meeting ended. Detail: `{ section }`.
 */
export class MeetingAgendaElement extends LitElement {
  static override styles = [
    tokens,
    css`
      :host {
        display: block;
        container-type: inline-size;
      }
      .fold summary {
        cursor: pointer;
        padding: 0.5rem 0;
        color: var(--_muted);
      }
      .fold summary:focus-visible {
        outline: 3px solid var(--_focus);
        outline-offset: 2px;
      }
      ol {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 0.25rem;
      }
      li {
        display: grid;
        grid-template-areas: 'times title action';
        grid-template-columns: auto minmax(0, 1fr) auto;
        gap: 0.25rem 0.75rem;
        align-items: center;
        padding: 0.5rem;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
      }
      li.current {
        border-width: 3px;
        border-color: var(--_accent);
        font-weight: 700;
      }
      li.skipped .title {
        text-decoration: line-through;
      }
      li.folded {
        display: none;
      }
      .held {
        display: flex;
        align-items: center;
        justify-content: space-between;
        gap: 0.5rem;
        margin: 0 0 0.25rem;
        color: var(--_muted);
      }
      .times,
      .state {
        font-variant-numeric: tabular-nums;
        color: var(--_muted);
      }
      .times {
        grid-area: times;
      }
      .title {
        grid-area: title;
      }
      li > .actions {
        grid-area: action;
        display: flex;
        gap: 0.25rem;
      }
      button.move {
        min-width: 2.75rem;
      }
      .add {
        margin-top: 0.75rem;
      }
      /* On paper, the plan: no buttons, nothing folded away. */
      @media print {
        button,
        .add,
        .held,
        .fold summary {
          display: none;
        }
        li.folded {
          display: grid;
        }
      }
      .add summary {
        cursor: pointer;
        padding: 0.5rem 0;
      }
      .add summary:focus-visible {
        outline: 3px solid var(--_focus);
        outline-offset: 2px;
      }
      .add form {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: end;
      }
      .add label {
        display: grid;
        gap: 0.25rem;
      }
      .add select,
      .add input {
        font: inherit;
        min-height: 2.75rem;
        padding: 0 0.5rem;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_surface, Canvas);
        color: inherit;
      }
      .add input {
        width: 5rem;
      }
      /* In a narrow column the times go under the title rather than squeeze it. */
      @container (max-width: 34rem) {
        li {
          grid-template-areas: 'title action' 'times action';
          grid-template-columns: minmax(0, 1fr) auto;
        }
      }
      .summary {
        display: flex;
        flex-wrap: wrap;
        gap: 1rem;
        align-items: center;
        margin: 0.75rem 0;
      }
      h2,
      p {
        margin: 0;
      }
    `,
  ];

  static override properties = {
    template: { type: String },
    folded: { type: Boolean },
    sectionsShownByFocus: { type: Boolean, attribute: 'sections-shown-by-focus' },
    ...storedElementProperties,
    agenda: { attribute: false },
    announcement: { state: true },
    showDone: { state: true },
  };

  /** first-meeting, regular (default) or review. */
  declare template: string | undefined;
  /** Only the time left, how late, Next and the section now; the whole plan folded away (a phone). */
  declare folded: boolean;
  /**
   * The page moves focus to each new section's heading (and to its end), which a screen reader
   * reads: the element then does not also announce "Now: …", so a section change is said once.
   */
  declare sectionsShownByFocus: boolean;
  declare storageKey: string | undefined;
  declare storeName: string | undefined;
  declare language: string | undefined;
  /** The plan as data (from @peerkit/core). */
  declare agenda: Agenda;
  declare private announcement: string;
  /** Sections already held are folded into one line while the meeting runs, until asked for. */
  declare private showDone: boolean;

  private readonly attributeReader = new AttributeReader('meeting-agenda');
  private readonly group = new GroupLink(this);
  private readonly agendaDoc = new DocumentController<Agenda>(this, { kind: 'agenda', spec: async () => (await import('@peerkit/core/agenda/kind')).agendaKind as KindSpec<Agenda>, onChange: (a) => (this.agenda = a) });
  private readonly clock = new ClockController(this, () =>
    (this.agenda as Agenda | undefined)?.sections.some((s) => s.status === 'current') && !isPaused(this.agenda) ? 1000 : undefined,
  );
  private loading: Promise<void> | undefined;
  /** The plan this element made from its template, until anyone changes it: kept in the element's language. */
  private templatePlan: Agenda | undefined;

  constructor() {
    super();
    this.announcement = '';
    this.folded = false;
    this.sectionsShownByFocus = false;
    this.showDone = false;
  }

  get ready(): Promise<void> {
    return loaded(this, () => this.loading);
  }

  /** Spanish (any language but English) loads the first time it is spoken; the element draws once it is here. */
  protected override scheduleUpdate() {
    return agendaMessages.whenSpoken(this, () => super.scheduleUpdate());
  }

  private get currentLang(): Lang {
    return resolveLang(this);
  }

  private get text(): AgendaMessages {
    return agendaMessages.for(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A page that sets lang after the element drew gets the template's sections in that language,
    // as long as the plan is still the element's own: not started, not stored, not set by the page.
    const ownPlan = this.agenda === this.templatePlan && this.agendaDoc.status === 'detached';
    if (
      (this.agenda as Agenda | undefined) == null ||
      (changed.has('template') && !this.agenda.sections.some((s) => s.startedAt !== null)) ||
      (changed.has('language') && ownPlan)
    ) {
      const id = this.attributeReader.oneOf<AgendaTemplateId>('template', this.template, AGENDA_TEMPLATE_IDS, 'regular');
      this.agenda = this.templatePlan = agendaTemplate(id, this.currentLang);
    }
    if (this.group.takeChange() || changed.has('storageKey') || changed.has('storeName')) this.loading = this.load();
  }

  protected override updated(): void {
    this.clock.schedule();
  }

  private async load(): Promise<void> {
    const opened = await this.agendaDoc.open(this.group.key(this.storageKey), this.group.store(this.storeName), () => this.agenda);
    if (opened) this.agenda = opened.value;
  }

  private change(update: (agenda: Agenda, now: number) => Agenda): void {
    const updated = this.agendaDoc.apply(this.agenda, update);
    if (updated === this.agenda) return;
    this.agenda = updated;
    const current = updated.sections.find((s) => s.status === 'current') ?? null;
    if (!this.sectionsShownByFocus) this.announcement = current ? this.text.now(current.title) : this.text.ended;
    emit(this, 'peer-section-change', { section: current });
  }

  next(): void {
    this.change((agenda, now) => (agenda.sections.some((s) => s.startedAt !== null) ? nextSection(agenda, now) : startSection(agenda, agenda.sections[0]?.id ?? '', now)));
  }

  skip(id: string): void {
    this.change((agenda, now) => skipSection(agenda, id, now));
  }

  /** Goes back to a section already done or skipped (the one in progress is done); the rest re-flows. */
  goBack(id: string): void {
    this.change((agenda, now) => startSection(agenda, id, now));
  }

  /** Adds a section straight after the one in progress (resources one Next away, another round). */
  addSection(kind: AddableSection, minutes: number): void {
    const updated = this.agendaDoc.apply(this.agenda, (agenda) => addSection(agenda, kind, this.currentLang, minutes));
    if (updated === this.agenda) return;
    const before = new Set(this.agenda.sections.map((s) => s.id));
    this.agenda = updated;
    this.announcement = this.text.added(updated.sections.find((s) => !before.has(s.id))?.title ?? '');
  }

  /** Moves a section still to come one place earlier or later. */
  move(id: string, step: -1 | 1): void {
    const updated = this.agendaDoc.apply(this.agenda, (agenda) => moveSection(agenda, id, step));
    if (updated === this.agenda) return;
    this.agenda = updated;
  }

  /** Pauses the whole meeting (a break), or resumes it: the plan's clock stands still meanwhile. */
  togglePause(): void {
    const paused = isPaused(this.agenda);
    const updated = this.agendaDoc.apply(this.agenda, (agenda, now) => (paused ? resumeMeeting(agenda, now) : pauseMeeting(agenda, now)));
    if (updated === this.agenda) return;
    this.agenda = updated;
    const text = this.text;
    this.announcement = paused ? text.resumed : text.paused;
    emit(this, 'peer-meeting-pause', { paused: !paused });
  }

  protected override render() {
    this.attributeReader.theme(this.getAttribute('theme'));
    // Not the template's plan while the stored one is on its way: a meeting would seem to restart.
    if (this.group.waiting(this.agendaDoc)) return waitingBase;
    const text = this.text;
    const now = Date.now();
    const plan = schedule(this.agenda, now);
    const started = this.agenda.sections.some((s) => s.startedAt !== null);
    const ended = started && !plan.current && !this.agenda.sections.some((s) => s.status === 'pending');
    // The plan's clock in the group's locale (24 h or 12 h as it has it): the visitor's own where
    // they speak the group's language (en-GB or en-US for an English group), else the group's language.
    const locale = navigator.language.toLowerCase().split('-')[0] === this.currentLang ? navigator.language : this.currentLang;
    const clock = (ms: number) => new Date(ms).toLocaleTimeString(locale, { hour: 'numeric', minute: '2-digit' });
    const remaining = plan.currentRemainingMs;
    return html`
      <section part="base" lang=${this.currentLang}>
        <h2>${text.title}</h2>
        ${storageNotices([this.agendaDoc], this.currentLang)}
        <div class="summary">
          ${remaining === null
            ? nothing
            : html`<p class="left">${remaining >= 0 ? text.left(formatClock(remaining)) : text.over(formatClock(-remaining, { roundUp: false }))}</p>`}
          ${started ? html`<p>${plan.lateByMs >= 60_000 ? text.late(Math.round(plan.lateByMs / 60_000)) : text.onTime}</p>` : nothing}
          ${started && !ended && isPaused(this.agenda) ? html`<p class="paused">${text.paused}</p>` : nothing}
          ${ended ? html`<p>${text.ended}</p>` : html`<button class="primary" @click=${() => this.next()}>${started ? text.next : text.start}</button>`}
          ${started && !ended
            ? html`<button aria-pressed=${isPaused(this.agenda) ? 'true' : 'false'} @click=${() => this.togglePause()}>${isPaused(this.agenda) ? text.resume : text.pause}</button>`
            : nothing}
        </div>
        ${this.folded ? html`<details class="fold"><summary>${text.wholePlan(plan.sections.length)}</summary>${this.renderList(plan, clock, text)}</details>` : this.renderList(plan, clock, text)}
        <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      </section>
    `;
  }

  private renderList(plan: AgendaSchedule, clock: (ms: number) => string, text: AgendaMessages) {
    // Once the meeting is over there is nothing to go back to.
    const ended = !inProgress(this.agenda);
    // While the meeting runs, the sections already held or skipped fold into one line (shown on paper).
    const firstOpen = plan.sections.findIndex(({ section }) => section.status === 'current' || section.status === 'pending');
    const held = ended || firstOpen < 0 ? 0 : firstOpen;
    const folded = held > 0 && !this.showDone;
    return html`${held > 0
        ? html`<p class="held">
            <span>${text.doneSections(held)}</span>
            <button aria-expanded=${this.showDone ? 'true' : 'false'} aria-controls="plan-list" @click=${() => (this.showDone = !this.showDone)}>${this.showDone ? text.hideDone : text.showDone}</button>
          </p>`
        : nothing}
        <ol id="plan-list">
          ${plan.sections.map(
            ({ section, start, end }, i) => html`<li class="${section.status}${folded && i < held ? ' folded' : ''}">
              <span class="times">${section.status === 'skipped' ? '' : html`<bdi>${clock(start)}</bdi>–<bdi>${clock(end)}</bdi>`}</span>
              <span class="title">${section.title} <span class="state">${text.status[section.status]}</span></span>
              <span class="actions">
                ${section.status === 'pending' && plan.sections[i - 1]?.section.status === 'pending'
                  ? html`<button class="move" aria-label=${text.earlier(section.title)} @click=${() => this.move(section.id, -1)}>↑</button>`
                  : nothing}
                ${section.status === 'pending' && plan.sections[i + 1]?.section.status === 'pending'
                  ? html`<button class="move" aria-label=${text.later(section.title)} @click=${() => this.move(section.id, 1)}>↓</button>`
                  : nothing}
                ${section.status === 'pending' || section.status === 'current'
                  ? html`<button aria-label=${text.skip(section.title)} @click=${() => this.skip(section.id)}>${text.skipShort}</button>`
                  : ended
                    ? nothing
                    : html`<button aria-label=${text.goBack(section.title)} @click=${() => this.goBack(section.id)}>${text.goBackShort}</button>`}
              </span>
            </li>`,
          )}
        </ol>
        ${ended ? nothing : this.renderAdd(text)}`;
  }

  private renderAdd(text: AgendaMessages) {
    const submit = (event: SubmitEvent) => {
      event.preventDefault();
      const form = event.currentTarget as HTMLFormElement;
      const data = new FormData(form);
      const kind = ADDABLE_SECTIONS.find((k) => k === data.get('kind')) ?? 'resources';
      this.addSection(kind, Number(data.get('minutes')));
    };
    return html`<details class="add">
      <summary>${text.add}</summary>
      <form @submit=${submit}>
        <label>${text.addKind} <select name="kind">${ADDABLE_SECTIONS.map((kind) => html`<option value=${kind}>${text.kinds[kind]}</option>`)}</select></label>
        <label>${text.addMinutes} <input name="minutes" type="number" min="1" max="240" value="5" required /></label>
        <button type="submit">${text.addButton}</button>
      </form>
    </details>`;
  }
}
