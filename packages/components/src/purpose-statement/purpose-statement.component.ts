import { LitElement, html, nothing, type PropertyValues } from 'lit';
import {
  addContribution,
  addDraft,
  adoptDraft,
  alignment,
  checkDraft,
  countWords,
  emptyPurpose,
  MAX_PURPOSE_WORDS,
  meetingHeld,
  purposeThemes,
  recordReview,
  REVIEW_OUTCOMES,
  reviewDue,
  purposeStepReached,
  setFit,
  suggestDrafts,
  toMembers,
  type Contribution,
  type Fit,
  type Purpose,
  type ReviewOutcome,
  type KindSpec,
  formatDay,
} from '@peerkit/core';
import { formatNumber } from '../internal/format.js';
import { AttributeReader, storedElementProperties } from '../internal/attributes.js';
import { uniqueId } from '../internal/ids.js';
import { DocumentController, storageNotices } from '../internal/document-controller.js';
import { loaded } from '../internal/loaded.js';
import { GroupLink, waitingBase } from '../internal/group-context.js';
import { emit } from '../internal/emit.js';
import { resolveLang, type Lang } from '../internal/i18n.js';
import { tokens } from '../internal/tokens.styles.js';
import { purposeMessages, type PurposeMessages } from './purpose-statement.messages.js';
import { styles } from './purpose-statement.styles.js';

export type PurposeStep = 'collect' | 'themes' | 'draft' | 'align' | 'adopted';
const STEPS: readonly PurposeStep[] = ['collect', 'themes', 'draft', 'align', 'adopted'];

export interface PeerContributionAddDetail {
  /** Without the member when given anonymously. */
  contribution: Contribution;
}
export interface PeerPurposeAdoptDetail {
  text: string;
}
export interface PeerPurposeReviewDetail {
  outcome: ReviewOutcome;
  statement: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'peer-contribution-add': CustomEvent<PeerContributionAddDetail>;
    'peer-purpose-adopt': CustomEvent<PeerPurposeAdoptDetail>;
    'peer-purpose-review': CustomEvent<PeerPurposeReviewDetail>;
  }
}

/**
 * Naming the group's purpose together, in twelve words or fewer.
 *
 * @summary Collect members' words, find what is common, draft, align, adopt and review.
 * @tagname purpose-statement
 *
 * @csspart base - The whole element.
 * @csspart statement - The adopted statement, shown large.
 *
 * @event peer-contribution-add - A member added their words. Detail: `{ contribution }`.
 * @event peer-purpose-adopt - The group adopted a statement. Detail: `{ text }`.
 * @event peer-purpose-review - The group reviewed its purpose. Detail: `{ outcome, statement }`.
 */
export class PurposeStatementElement extends LitElement {
  static override styles = [tokens, styles];

  static override properties = {
    step: { type: String, reflect: true },
    members: { type: String },
    reviewAfter: { type: String, attribute: 'review-after' },
    meetingsCounted: { type: Boolean, attribute: 'meetings-counted' },
    ...storedElementProperties,
    purpose: { state: true },
    shownStep: { state: true },
    draftText: { state: true },
  };

  /** Show one step only (e.g. `collect` on a sign-up page); without it, all steps with a step list. */
  declare step: string | undefined;
  declare members: string | undefined;
  /** Review the purpose after this many meetings (default 6). */
  declare reviewAfter: string | undefined;
  /** The page counts meetings itself (the app does, at each meeting): no "A meeting was held" button to count one twice. */
  declare meetingsCounted: boolean;
  declare storageKey: string | undefined;
  declare storeName: string | undefined;
  declare language: string | undefined;
  /** The purpose record as data (from @peerkit/core). */
  declare purpose: Purpose;
  declare private shownStep: PurposeStep;
  declare private draftText: string;

  private readonly attributeReader = new AttributeReader('purpose-statement');
  /** An enclosing <peer-group>: its id is the default storage key, its members the default list. */
  private readonly group = new GroupLink(this);
  private readonly purposeDoc = new DocumentController<Purpose>(this, {
    kind: 'purpose',
    spec: async () => (await import('@peerkit/core/purpose/kind')).purposeKind as KindSpec<Purpose>,
    onChange: (purpose) => (this.purpose = purpose),
  });
  private loading: Promise<void> | undefined;

  constructor() {
    super();
    this.meetingsCounted = false;
    this.shownStep = 'collect';
    this.draftText = '';
  }

  get ready(): Promise<void> {
    return loaded(this, () => this.loading);
  }

  private get currentLang(): Lang {
    return resolveLang(this);
  }
  /** Spanish (any language but English) loads the first time it is spoken; the element draws once it is here. */
  protected override scheduleUpdate() {
    return purposeMessages.whenSpoken(this, () => super.scheduleUpdate());
  }

  private get text(): PurposeMessages {
    return purposeMessages.for(this);
  }
  private get fixedStep(): PurposeStep | undefined {
    return this.step ? this.attributeReader.oneOf<PurposeStep | ''>('step', this.step, STEPS, '') || undefined : undefined;
  }

  /** Applies a command here at once and to the stored purpose, so contributions from other windows merge. */
  private change(update: (purpose: Purpose, now: number) => Purpose): Purpose {
    this.purpose = this.purposeDoc.apply(this.purpose, update);
    return this.purpose;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((this.purpose as Purpose | undefined) == null) {
      const review = this.attributeReader.number('review-after', this.reviewAfter, 6, { min: 1, max: 520 });
      this.purpose = emptyPurpose(this.currentLang, review);
    }
    if (this.group.takeChange() || changed.has('storageKey') || changed.has('storeName')) this.loading = this.load();
  }

  private async load(): Promise<void> {
    const opened = await this.purposeDoc.open(this.group.key(this.storageKey), this.group.store(this.storeName), () => this.purpose);
    if (!opened) return;
    this.purpose = opened.value;
    // The group's stored purpose opens where the group stopped.
    if (opened.fromStorage) this.shownStep = purposeStepReached(opened.value);
  }


  protected override render() {
    this.attributeReader.theme(this.getAttribute('theme'));
    if (this.group.waiting(this.purposeDoc)) return waitingBase;
    const text = this.text;
    const fixed = this.fixedStep;
    const step = fixed ?? this.shownStep;
    return html`
      <section part="base" class="purpose" lang=${this.currentLang}>
        ${storageNotices([this.purposeDoc], this.currentLang)}
        ${fixed
          ? nothing
          : html`<nav aria-label=${text.stepsLabel}>
              <ol class="steps">
                ${STEPS.map(
                  (s) => html`<li><button aria-current=${s === step ? 'step' : 'false'} @click=${() => (this.shownStep = s)}>${text.steps[s]}</button></li>`,
                )}
              </ol>
            </nav>`}
        <h2>${text.steps[step]}</h2>
        ${step === 'collect'
          ? this.renderCollect(text)
          : step === 'themes'
            ? this.renderThemes(text)
            : step === 'draft'
              ? this.renderDraft(text)
              : step === 'align'
                ? this.renderAlign(text)
                : this.renderAdopted(text)}
      </section>
    `;
  }

  private renderCollect(text: PurposeMessages) {
    const members = toMembers(this.group.memberList(this.members, (text) => this.attributeReader.list(text)));
    const submit = (event: SubmitEvent) => {
      event.preventDefault();
      const form = event.target as HTMLFormElement;
      const data = new FormData(form);
      const words = data.get('words');
      const who = data.get('who');
      if (typeof words !== 'string') return;
      const memberId = typeof who === 'string' && who !== '' ? who : null;
      const id = uniqueId('c');
      const updated = this.change((p, now) => addContribution(p, id, words, memberId, now));
      const added = updated.contributions.find((c) => c.id === id);
      if (added) emit(this, 'peer-contribution-add', { contribution: added });
      form.reset();
    };
    return html`
      <form class="stack" @submit=${submit}>
        <label>${text.ownWords}<textarea name="words" rows="3" required maxlength="2000"></textarea></label>
        ${members.length > 0
          ? html`<label>${text.who}
              <select name="who">
                <option value="">${text.anonymous}</option>
                ${members.map((m) => html`<option value=${m.id}>${m.name}</option>`)}
              </select>
            </label>`
          : nothing}
        <button type="submit" class="primary">${text.add}</button>
      </form>
      <p role="status">${text.contributions(this.purpose.contributions.length)}</p>
      ${this.fixedStep === 'collect'
        ? nothing
        : html`<ul class="contributions">
            ${this.purpose.contributions.map((c) => html`<li>${c.text}</li>`)}
          </ul>`}
    `;
  }

  private renderThemes(text: PurposeMessages) {
    const themes = purposeThemes(this.purpose);
    if (themes.length === 0) return html`<p>${text.noThemes}</p>`;
    const most = themes[0]?.count ?? 1;
    // Five sizes by share, as classes: a strict CSP forbids inline styles.
    const size = (count: number) => Math.max(1, Math.round((count / most) * 5));
    const alphabetical = [...themes].sort((a, b) => a.label.localeCompare(b.label));
    return html`
      <h3>${text.ranked}</h3>
      <ol class="ranked">
        ${themes.map((t) => html`<li><span class="term">${t.label}</span> — ${text.members(t.count)}</li>`)}
      </ol>
      <h3>${text.cloud}</h3>
      <ul class="cloud">
        ${alphabetical.map((t) => html`<li class="size-${size(t.count)}">${t.label}<span class="visually-hidden"> (${text.members(t.count)})</span></li>`)}
      </ul>
    `;
  }

  private renderDraft(text: PurposeMessages) {
    const check = checkDraft(this.draftText, this.purpose.lang);
    const suggested = suggestDrafts(this.purpose);
    const suggestions = suggested.filter((s) => !this.purpose.drafts.some((d) => d.text === s));
    const add = (words: string, source: 'suggested' | 'facilitator') => {
      const id = uniqueId('d');
      this.change((p) => addDraft(p, id, words, source));
    };
    const shared = purposeThemes(this.purpose).slice(0, 6);
    return html`
      ${suggestions.length > 0
        ? html`<h3>${text.suggestions}</h3>
            <ul class="suggestions">
              ${suggestions.map((s) => html`<li>${s} <button @click=${() => add(s, 'suggested')}>${text.useThis}</button></li>`)}
            </ul>`
        : shared.length > 0 && suggested.length === 0
          ? html`<p class="notice">${text.noSuggestion(shared.map((t) => t.label).join(', '))}</p>`
          : nothing}
      <form
        class="stack"
        @submit=${(e: SubmitEvent) => {
          e.preventDefault();
          add(this.draftText, 'facilitator');
          this.draftText = '';
        }}
      >
        <label>${text.yourDraft}
          <textarea rows="2" .value=${this.draftText} @input=${(e: Event) => (this.draftText = (e.target as HTMLTextAreaElement).value)} aria-describedby="draft-checks"></textarea>
        </label>
        <div id="draft-checks" class="checks">
          <p class=${check.withinLimit || check.words === 0 ? 'count' : 'count over'}>${text.wordCount(check.words, MAX_PURPOSE_WORDS)}</p>
          ${check.words > MAX_PURPOSE_WORDS ? html`<p class="warn">${text.tooLong(MAX_PURPOSE_WORDS)}</p>` : nothing}
          ${check.oneSentence ? nothing : html`<p class="warn">${text.sentences}</p>`}
          ${check.manyIdeas ? html`<p class="warn">${text.manyIdeas}</p>` : nothing}
        </div>
        <button type="submit" ?disabled=${check.words === 0}>${text.addDraft}</button>
      </form>
      <h3>${text.drafts}</h3>
      ${this.purpose.drafts.length === 0 ? html`<p>${text.noDrafts}</p>` : html`<ul>${this.purpose.drafts.map((d) => html`<li>${d.text}</li>`)}</ul>`}
    `;
  }

  private renderAlign(text: PurposeMessages) {
    const members = toMembers(this.group.memberList(this.members, (text) => this.attributeReader.list(text)));
    if (this.purpose.drafts.length === 0) return html`<p>${text.noDrafts}</p>`;
    return html`
      <ul class="drafts">
        ${this.purpose.drafts.map((draft) => {
          const summary = alignment(draft);
          const fits = checkDraft(draft.text, this.purpose.lang).withinLimit;
          return html`<li class="draft">
            <p class="draft-text">${draft.text}</p>
            <p class="count">${text.wordCount(countWords(draft.text), MAX_PURPOSE_WORDS)}</p>
            <div class="responses">
              ${members.map(
                (m) => html`<label><bdi>${m.name}</bdi>
                  <select
                    aria-label=${text.fitFor(m.name, draft.text)}
                    @change=${(e: Event) => {
                      const value = Number((e.target as HTMLSelectElement).value);
                      if (value >= 1 && value <= 5) this.change((p) => setFit(p, draft.id, m.id, value as Fit));
                    }}
                  >
                    <option value="">—</option>
                    ${text.fits.map((label, i) => html`<option value=${i + 1} ?selected=${draft.fit[m.id] === i + 1}>${label}</option>`)}
                  </select>
                </label>`,
              )}
            </div>
            <p>${summary.mean === null ? text.noAlignment : text.alignmentSummary(summary.responses, formatNumber(summary.mean, this.currentLang, { digits: 1 }), summary.lowest ?? 0)}</p>
            <button class="primary" ?disabled=${!fits} @click=${() => this.adopt(draft.id)}>${text.adopt}</button>
          </li>`;
        })}
      </ul>
    `;
  }

  private adopt(draftId: string): void {
    const updated = this.change((p, now) => adoptDraft(p, draftId, now));
    if (updated.adopted) {
      emit(this, 'peer-purpose-adopt', { text: updated.adopted.text });
      if (!this.fixedStep) this.shownStep = 'adopted';
    }
  }

  private renderAdopted(text: PurposeMessages) {
    const { adopted } = this.purpose;
    const history = this.purpose.reviews.length
      ? html`<h3>${text.history}</h3>
          <ul>
            ${this.purpose.reviews.map((r) => html`<li>${formatDay(r.at, this.currentLang)}: ${text.outcomes[r.outcome]} — ${r.statement}</li>`)}
          </ul>`
      : nothing;
    if (!adopted) return html`<p>${text.notAdopted}</p>${history}`;
    const submit = (event: SubmitEvent) => {
      event.preventDefault();
      const outcome = REVIEW_OUTCOMES.find((o) => o === new FormData(event.target as HTMLFormElement).get('outcome'));
      if (!outcome) return;
      this.change((p, now) => recordReview(p, outcome, now));
      emit(this, 'peer-purpose-review', { outcome, statement: adopted.text });
      // Revising opens drafting again: the tool goes there, not to "No purpose adopted yet".
      if (outcome === 'revised' && !this.fixedStep) this.shownStep = 'draft';
    };
    return html`
      <p class="statement" part="statement">${adopted.text}</p>
      <p>${text.adoptedOn(formatDay(adopted.at, this.currentLang))}</p>
      ${reviewDue(this.purpose)
        ? html`<p class="notice" role="status">${text.reviewDueSince(this.purpose.meetingsSinceReview, this.purpose.reviews.length > 0)} ${text.reviewDue}</p>`
        : html`<p>${text.reviewAfter(this.purpose.reviewAfterMeetings - this.purpose.meetingsSinceReview, this.purpose.meetingsSinceReview, this.purpose.reviews.length > 0)}</p>`}
      ${this.meetingsCounted ? nothing : html`<button @click=${() => this.change((p) => meetingHeld(p))}>${text.meetingHeld}</button>`}
      <form class="stack" @submit=${submit}>
        <label>${text.outcome}
          <select name="outcome">${REVIEW_OUTCOMES.map((o) => html`<option value=${o}>${text.outcomes[o]}</option>`)}</select>
        </label>
        <button type="submit">${text.recordReview}</button>
      </form>
      ${history}
    `;
  }
}
