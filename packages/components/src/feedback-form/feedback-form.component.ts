import { LitElement, html, nothing, svg, type PropertyValues } from 'lit';
import {
  addResponse,
  emptyLog,
  importResponses,
  FORM_TEMPLATE_IDS,
  formResults,
  formTemplate,
  isShown,
  QUESTION_TYPES,
  responsesToCsv,
  submitResponse,
  validateAnswers,
  type Answer,
  type Answers,
  toMembers,
  trend,
  type FeedbackForm,
  type FeedbackResponse,
  type FormQuestion,
  type FormTemplateId,
  type QuestionResult,
  type QuestionType,
  type ResponseLog,
  type ValidationProblems,
  type KindSpec,
  formatDay,
} from '@peerkit/core';
import { formatNumber } from '../internal/format.js';
import { PrivateFold } from '../internal/private-fold.js';
import { AttributeReader, storedElementProperties } from '../internal/attributes.js';
import { fileNote, problemsOf, type FileNote } from '../internal/file-note.js';
import { uniqueId } from '../internal/ids.js';
import { DocumentController, storageNotices } from '../internal/document-controller.js';
import { OnDemand } from '../internal/on-demand.js';
import { loaded } from '../internal/loaded.js';
import { GroupLink, waitingBase } from '../internal/group-context.js';
import { download, readJsonFile } from '../internal/download.js';
import { emit } from '../internal/emit.js';
import { resolveLang, type Lang } from '../internal/i18n.js';
import { tokens } from '../internal/tokens.styles.js';
import { feedbackMessages, type FeedbackMessages } from './feedback-form.messages.js';
import { styles } from './feedback-form.styles.js';

export type FeedbackView = 'fill' | 'results' | 'edit';
const VIEWS: readonly FeedbackView[] = ['fill', 'results', 'edit'];
/** The reader of forms and response files: for editing a form and bringing in responses, so filling one in never fetches it. */
const feedbackFiles = new OnDemand('the feedback file reader', () => import('@peerkit/core/feedback/parse'));

export interface PeerFeedbackSubmitDetail {
  formId: string;
  /** Left out when the feedback is anonymous (the default): listeners learn that someone answered, not what. */
  response?: FeedbackResponse;
}
export interface PeerFormChangeDetail {
  form: FeedbackForm;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'peer-feedback-submit': CustomEvent<PeerFeedbackSubmitDetail>;
    'peer-form-change': CustomEvent<PeerFormChangeDetail>;
  }
}

/**
 * A feedback form, its results, and a small editor.
 *
 * @summary Anonymous end-of-meeting feedback, kiosk-ready, with protected results.
 * @tagname feedback-form
 *
 * @csspart base - The whole element.
 *
 * @event peer-feedback-submit - Someone sent feedback. Detail: `{ formId }` (and `response` only when not anonymous).
 * @event peer-form-change - The form's questions changed in the editor. Detail: `{ form }`.
 */
export class FeedbackFormElement extends LitElement {
  // Takes part in a host <form> through ElementInternals when `name` is set.
  static formAssociated = true;
  static override styles = [tokens, styles];
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  static override properties = {
    template: { type: String },
    formId: { type: String, attribute: 'form-id' },
    view: { type: String, reflect: true },
    kiosk: { type: Boolean },
    named: { type: Boolean },
    members: { type: String },
    name: { type: String, reflect: true },
    minResponses: { type: String, attribute: 'min-responses' },
    meeting: { type: String },
    sharedScreen: { type: Boolean, attribute: 'shared-screen' },
    ...storedElementProperties,
    form: { attribute: false },
    log: { state: true },
    answers: { state: true },
    problems: { state: true },
    sent: { state: true },
    message: { state: true },
    importNote: { state: true },
  };

  /** A built-in form: end-of-meeting (default), first-meeting, review, facilitator-reflection, outcome-check. */
  declare template: string | undefined;
  /** A stored form (kind feedback-form) to use, e.g. one written by hand and imported; edits are saved to it. */
  declare formId: string | undefined;
  /** fill (default), results or edit. */
  declare view: string | undefined;
  /** The device is passed round: after each response it clears for the next person. */
  declare kiosk: boolean;
  /** Only when the group chooses it: each response keeps who gave it (picked from `members`). */
  declare named: boolean;
  declare members: string | undefined;
  /** With a name, the answers are this control's value in a host <form>. */
  declare name: string | undefined;
  declare minResponses: string | undefined;
  /** The meeting the answers belong to (its start in ms, as the group record keeps it), so results are meeting by meeting. */
  /**
   * This screen is seen by others (shared on a video call, or projected): the results
   * (figures and written answers) are folded behind "Show to me only", never drawn by default.
   */
  declare sharedScreen: boolean;
  declare meeting: string | undefined;
  declare storageKey: string | undefined;
  declare storeName: string | undefined;
  declare language: string | undefined;
  /** The form as data; overrides the template and any stored edit. */
  declare form: FeedbackForm | undefined;
  declare private log: ResponseLog;
  declare private answers: Answers;
  declare private problems: ValidationProblems;
  declare private sent: boolean;
  declare private message: string;
  /** What became of the last file chosen, shown beside the file control. */
  declare private importNote: FileNote | undefined;
  /** In named feedback, the member giving this response. */
  private who: string;

  private readonly internals: ElementInternals;
  private readonly attributeReader = new AttributeReader('feedback-form');
  private readonly privateFold = new PrivateFold(this);
  /** An enclosing <peer-group>: its id is the default storage key, its members the default list. */
  private readonly group = new GroupLink(this);
  /** A form edited in the editor, kept under the storage key. */
  private editedForm: FeedbackForm | undefined;
  private readonly formDoc = new DocumentController<FeedbackForm>(this, {
    kind: 'feedback-form',
    spec: async () => (await import('@peerkit/core/feedback/kind')).feedbackFormKind as KindSpec<FeedbackForm>,
    onChange: (form) => {
      this.editedForm = form;
      this.requestUpdate();
    },
  });
  private readonly logDoc = new DocumentController<ResponseLog>(this, {
    kind: 'feedback-responses',
    spec: async () => (await import('@peerkit/core/feedback/kind')).feedbackResponsesKind as KindSpec<ResponseLog>,
    onChange: (log) => (this.log = log),
  });
  private loading: Promise<void> | undefined;

  constructor() {
    super();
    this.internals = this.attachInternals();
    this.kiosk = false;
    this.named = false;
    this.sharedScreen = false;
    this.who = '';
    this.answers = {};
    this.problems = {};
    this.sent = false;
    this.message = '';
    this.log = emptyLog('');
  }

  get ready(): Promise<void> {
    return loaded(this, () => this.loading);
  }

  /** The form in use: the `form` property, else the group's edit, else the template. */
  get currentForm(): FeedbackForm {
    if (this.form) return this.form;
    if (this.editedForm) return this.editedForm;
    const id = this.attributeReader.oneOf<FormTemplateId>('template', this.template, FORM_TEMPLATE_IDS, 'end-of-meeting');
    return formTemplate(id, this.currentLang);
  }

  /** Stored responses. */
  get responses(): readonly FeedbackResponse[] {
    return this.log.responses;
  }

  private get currentView(): FeedbackView {
    return this.attributeReader.oneOf('view', this.view, VIEWS, 'fill');
  }
  private get currentLang(): Lang {
    return resolveLang(this);
  }
  /**
   * Spanish (any language but English) loads the first time it is spoken, and the form reader
   * (which checks each edit) the first time the form is edited; the element draws once they are here.
   */
  protected override scheduleUpdate() {
    return feedbackMessages.whenSpoken(this, () => feedbackFiles.before(this.view === 'edit', () => super.scheduleUpdate()));
  }

  private get text(): FeedbackMessages {
    return feedbackMessages.for(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A control in a host form, given its form, stores nothing itself: the host keeps the answers (a guest's phone in a live room keeps nothing).
    if (this.name && this.form) return;
    if (this.group.takeChange() || changed.has('storageKey') || changed.has('storeName') || changed.has('formId')) this.loading = this.load();
  }

  protected override updated(): void {
    this.syncFormValue();
  }

  private async load(): Promise<void> {
    const [form, log] = await Promise.all([
      this.formDoc.attach(this.formId ?? this.group.key(this.storageKey), this.group.store(this.storeName)),
      this.logDoc.attach(this.group.key(this.storageKey), this.group.store(this.storeName)),
    ]);
    this.editedForm = form;
    if (log) this.log = log;
  }

  // Form participation -------------------------------------------------------
  formResetCallback(): void {
    this.answers = {};
    this.problems = {};
  }

  private syncFormValue(): void {
    if (!this.name) return;
    const form = this.currentForm;
    const problems = validateAnswers(form, this.answers);
    this.internals.setFormValue(JSON.stringify(this.answers));
    const first = Object.keys(problems)[0];
    if (first) {
      const field = this.renderRoot.querySelector<HTMLElement>(`[data-question="${first}"] input, [data-question="${first}"] textarea`);
      this.internals.setValidity({ valueMissing: true }, this.problemText(problems[first] ?? ''), field ?? undefined);
    } else {
      this.internals.setValidity({});
    }
  }

  // Filling ------------------------------------------------------------------
  private setAnswer(id: string, answer: Answer | undefined): void {
    const others = Object.entries(this.answers).filter(([key]) => key !== id);
    this.answers = Object.fromEntries(answer === undefined ? others : [...others, [id, answer]]);
    if (this.problems[id]) this.problems = Object.fromEntries(Object.entries(this.problems).filter(([key]) => key !== id));
  }

  /** Validates and stores the answers; on problems, shows each beside its question and focuses the first. */
  async submit(): Promise<boolean> {
    const form = this.currentForm;
    const memberId = this.named && this.who ? this.who : undefined;
    const id = uniqueId('r');
    const meetingAt = this.attributeReader.optionalNumber('meeting', this.meeting, { min: 0 });
    const result = submitResponse(this.log, form, this.answers, Date.now(), id, { memberId, meetingAt });
    if (!result.ok) {
      this.problems = result.problems;
      this.message = this.text.fixProblems(Object.keys(result.problems).length);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return false;
    }
    const response = result.response;
    // Added to the latest stored log, so answers given at once on another device both land.
    this.log = this.logDoc.apply(this.log, (stored) => addResponse(forForm(stored, form.id), response));
    emit(this, 'peer-feedback-submit', memberId ? { formId: form.id, response: result.response } : { formId: form.id });
    this.who = '';
    this.answers = {};
    this.problems = {};
    this.message = '';
    this.sent = true;
    return true;
  }

  private problemText(problem: string): string {
    return this.text.problems[problem] ?? problem;
  }

  protected override render() {
    this.attributeReader.theme(this.getAttribute('theme'));
    if (this.group.waiting(this.formDoc, this.logDoc)) return waitingBase;
    const view = this.currentView;
    return html`
      <section part="base" class="feedback view-${view}" lang=${this.currentLang}>
        ${storageNotices([this.formDoc, this.logDoc], this.currentLang)}
        ${view === 'results' ? this.privateFold.render(() => this.renderResults()) : view === 'edit' ? this.renderEditor() : this.renderFill()}
        <p class="visually-hidden" role="status" aria-live="polite">${this.message}</p>
      </section>
    `;
  }

  private renderFill() {
    const text = this.text;
    const form = this.currentForm;
    if (this.sent && !this.name) {
      return html`
        <div class="thanks">
          <p role="status">${text.thanks}</p>
          <button class="primary" @click=${() => (this.sent = false)}>${this.kiosk ? text.nextPerson : text.another}</button>
        </div>
      `;
    }
    return html`
      <h2>${form.title}</h2>
      ${this.named ? this.renderWho(text) : html`<p class="note">${text.anonymousNote}</p>`}
      <div class="questions">
        ${form.questions.filter((q) => isShown(form, q, this.answers)).map((q) => this.renderQuestion(q))}
      </div>
      ${this.name ? nothing : html`<button class="primary" @click=${() => void this.submit()}>${text.submit}</button>`}
    `;
  }

  private renderWho(text: FeedbackMessages) {
    const members = toMembers(this.group.memberList(this.members, (text) => this.attributeReader.list(text)));
    return html`<label class="who"
      >${text.yourName}
      <select @change=${(e: Event) => (this.who = (e.target as HTMLSelectElement).value)}>
        <option value="">—</option>
        ${members.map((m) => html`<option value=${m.id} ?selected=${this.who === m.id}>${m.name}</option>`)}
      </select>
    </label>`;
  }

  private renderQuestion(question: FormQuestion) {
    const text = this.text;
    const problem = this.problems[question.id];
    const describedBy = [question.help ? `help-${question.id}` : '', problem ? `problem-${question.id}` : ''].filter(Boolean).join(' ') || nothing;
    const legend = html`${question.label} <span class="req">(${question.required ? text.required : text.optional})</span>`;
    const help = question.help ? html`<p class="help" id="help-${question.id}">${question.help}</p>` : nothing;
    const error = problem ? html`<p class="problem" id="problem-${question.id}">${this.problemText(problem)}</p>` : nothing;
    const invalid = problem ? 'true' : 'false';
    const answer = this.answers[question.id];
    const radios = (options: { value: string; label: string }[], current: string | undefined, pick: (value: string) => void) =>
      options.map(
        (o) => html`<label class="choice"
          ><input type="radio" name=${question.id} .value=${o.value} .checked=${current === o.value} aria-invalid=${invalid} @change=${() => pick(o.value)} />
          ${o.label}</label
        >`,
      );
    let control;
    switch (question.type) {
      case 'scale': {
        const points = Array.from({ length: question.points }, (_, i) => String(i + 1));
        control = html`<div class="scale">
          ${radios(
            points.map((p, i) => ({ value: p, label: i === 0 ? `${p} · ${question.lowLabel}` : i === points.length - 1 ? `${p} · ${question.highLabel}` : p })),
            typeof answer === 'number' ? String(answer) : undefined,
            (v) => this.setAnswer(question.id, Number(v)),
          )}
        </div>`;
        break;
      }
      case 'single':
        control = radios(
          question.options.map((o) => ({ value: o, label: o })),
          typeof answer === 'string' ? answer : undefined,
          (v) => this.setAnswer(question.id, v),
        );
        break;
      case 'yes-no':
        control = radios(
          [
            { value: 'yes', label: text.yes },
            { value: 'no', label: text.no },
          ],
          typeof answer === 'boolean' ? (answer ? 'yes' : 'no') : undefined,
          (v) => this.setAnswer(question.id, v === 'yes'),
        );
        break;
      case 'multiple': {
        const picked = Array.isArray(answer) ? answer : [];
        control = question.options.map(
          (o) => html`<label class="choice"
            ><input
              type="checkbox"
              .checked=${picked.includes(o)}
              aria-invalid=${invalid}
              @change=${(e: Event) => {
                const on = (e.target as HTMLInputElement).checked;
                // Read the answer now, not at render: two quick clicks must both count.
                const current = this.answers[question.id];
                const before = Array.isArray(current) ? current : [];
                const next = on ? [...before, o] : before.filter((p) => p !== o);
                this.setAnswer(question.id, next.length > 0 ? question.options.filter((x) => next.includes(x)) : undefined);
              }}
            />
            ${o}</label
          >`,
        );
        break;
      }
      case 'short-text':
      case 'long-text': {
        const value = typeof answer === 'string' ? answer : '';
        const onInput = (e: Event) => this.setAnswer(question.id, (e.target as HTMLInputElement).value || undefined);
        control =
          question.type === 'short-text'
            ? html`<input type="text" maxlength="200" .value=${value} aria-label=${question.label} aria-describedby=${describedBy} aria-invalid=${invalid} @input=${onInput} />`
            : html`<textarea rows="3" maxlength="4000" .value=${value} aria-label=${question.label} aria-describedby=${describedBy} aria-invalid=${invalid} @input=${onInput}></textarea>`;
        return html`<div class="question" data-question=${question.id}><p class="label">${legend}</p>${help}${control}${error}</div>`;
      }
    }
    return html`<fieldset class="question" data-question=${question.id} aria-describedby=${describedBy}>
      <legend>${legend}</legend>
      ${help} ${control} ${error}
    </fieldset>`;
  }

  // Results ------------------------------------------------------------------
  private renderResults() {
    const text = this.text;
    const form = this.currentForm;
    const min = this.attributeReader.number('min-responses', this.minResponses, 3, { min: 1, max: 100 });
    const results = formResults(form, this.log.responses, min);
    return html`
      <h2>${text.resultsHeading(form.title)}</h2>
      <p>${text.resultsTitle(results.responses)}</p>
      ${results.breakdownsShown ? results.questions.map((q) => this.renderQuestionResult(q, min)) : html`<p class="notice">${text.protected(min, results.responses)}</p>`}
      ${this.renderTrend(form, min)}
      <div class="tools">
        <button @click=${() => download('feedback.csv', 'text/csv', responsesToCsv(form, this.log.responses))} ?disabled=${!results.breakdownsShown}>${text.exportCsv}</button>
        <button @click=${() => download('feedback.json', 'application/json', JSON.stringify(this.log, null, 2))} ?disabled=${!results.breakdownsShown}>${text.exportJson}</button>
        <label>${text.importJson}<input type="file" accept="application/json,.json" @change=${(e: Event) => void this.onImport(e)} /></label>
        ${fileNote(this.importNote)}
      </div>
    `;
  }

  private renderQuestionResult(result: QuestionResult, min: number) {
    const text = this.text;
    const bars = (rows: { label: string; count: number }[]) => {
      const most = Math.max(1, ...rows.map((r) => r.count));
      return html`<table class="bars">
        <tbody>
          ${rows.map(
            (r) => html`<tr>
              <th scope="row">${r.label}</th>
              <td class="number">${r.count}</td>
              <td class="bar-cell">${svg`<svg viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true"><rect width=${(r.count / most) * 100} height="10"></rect></svg>`}</td>
            </tr>`,
          )}
        </tbody>
      </table>`;
    };
    const withheld = result.type === 'scale' ? result.distribution === null : 'tallies' in result ? result.tallies === null : result.texts === null;
    let body;
    if (withheld) {
      body = html`<p class="notice">${text.questionProtected(min)}</p>`;
    } else if (result.type === 'scale') {
      body = html`<p>${result.mean === null ? text.answered(result.answered) : text.mean(formatNumber(result.mean, this.currentLang, { digits: 1 }), result.points)}</p>
        ${bars((result.distribution ?? []).map((count, i) => ({ label: String(i + 1), count })))}`;
    } else if ('tallies' in result) {
      const tallies = result.tallies ?? [];
      body = bars(tallies.map((t) => ({ label: result.type === 'yes-no' ? (t.option === 'yes' ? text.yes : text.no) : t.option, count: t.count })));
    } else {
      const texts = result.texts ?? [];
      body = texts.length === 0 ? html`<p>${text.noTexts}</p>` : html`<ul class="texts">${texts.map((t) => html`<li>${t}</li>`)}</ul>`;
    }
    return html`<section class="result"><h3>${result.label}</h3><p class="muted">${text.answered(result.answered)}</p>${body}</section>`;
  }

  /** Scale averages meeting by meeting, when there is more than one meeting. */
  private renderTrend(form: FeedbackForm, min: number) {
    const points = trend(form, this.log.responses, min);
    const scales = form.questions.filter((q) => q.type === 'scale');
    if (points.length < 2 || scales.length === 0) return nothing;
    const text = this.text;
    return html`<section class="result">
      <h3>${text.trendTitle}</h3>
      <table class="trend">
        <thead>
          <tr><th scope="col">${text.meeting}</th>${scales.map((q) => html`<th scope="col">${q.label}</th>`)}</tr>
        </thead>
        <tbody>
          ${points.map(
            (p) => html`<tr>
              <th scope="row">
                ${p.meetingAt === null
                  ? formatDay(p.day, this.currentLang)
                  : formatDay(p.meetingAt, this.currentLang, { withTime: true })}
              </th>
              ${scales.map((q) => html`<td>${p.means[q.id] == null ? text.tooFew : formatNumber(p.means[q.id] ?? 0, this.currentLang, { digits: 1 })}</td>`)}
            </tr>`,
          )}
        </tbody>
      </table>
    </section>`;
  }

  private async onImport(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const name = input.files?.[0]?.name ?? '';
    let data: unknown;
    let files: typeof feedbackFiles.value;
    try {
      [data, files] = await Promise.all([readJsonFile(input), feedbackFiles.load()]);
    } catch (error) {
      this.importNote = { text: this.text.importFailed(name), problems: problemsOf(error), error: true };
      return;
    }
    if (data === undefined) return;
    const parsed = files.parseResponseLog(data, this.currentForm);
    if (!parsed.ok) {
      this.importNote = { text: this.text.importFailed(name), problems: parsed.errors, error: true };
      return;
    }
    const incoming = parsed.value;
    const formId = this.currentForm.id;
    const merged = importResponses(forForm(this.log, formId), incoming, { named: this.named });
    if (!merged.ok) {
      this.importNote = { text: this.text.importFailed(name), problems: merged.errors, error: true };
      return;
    }
    this.log = this.logDoc.apply(this.log, (stored) => {
      const result = importResponses(forForm(stored, formId), incoming, { named: this.named });
      return result.ok ? result.log : stored;
    });
    this.importNote = { text: this.text.imported(merged.added, merged.alreadyHere), error: false };
    input.value = '';
  }

  // Editing ------------------------------------------------------------------
  private async changeForm(form: FeedbackForm): Promise<void> {
    let files: NonNullable<typeof feedbackFiles.value>;
    try {
      // Here already: the editor draws once it is.
      files = feedbackFiles.value ?? (await feedbackFiles.load());
    } catch (error) {
      this.message = problemsOf(error).join('; ');
      return;
    }
    const parsed = files.parseForm(form);
    if (!parsed.ok) {
      this.message = parsed.errors.join('; ');
      return;
    }
    this.editedForm = form;
    void this.formDoc.save(form);
    emit(this, 'peer-form-change', { form });
    this.requestUpdate();
  }

  private renderEditor() {
    const text = this.text;
    const form = this.currentForm;
    const move = (index: number, by: number) => {
      const questions = [...form.questions];
      const [q] = questions.splice(index, 1);
      questions.splice(index + by, 0, q as FormQuestion);
      void this.changeForm({ ...form, questions });
    };
    const add = (event: SubmitEvent) => {
      event.preventDefault();
      const data = new FormData(event.target as HTMLFormElement);
      const field = (name: string) => {
        const value = data.get(name);
        return typeof value === 'string' ? value.trim() : '';
      };
      const type = QUESTION_TYPES.find((t) => t === field('type')) ?? 'short-text';
      const base = { id: uniqueId('q'), label: field('label'), required: data.get('required') !== null };
      const options = field('options')
        .split('\n')
        .map((o) => o.trim())
        .filter(Boolean);
      const question: FormQuestion =
        type === 'scale'
          ? { ...base, type, points: 5, lowLabel: '1', highLabel: '5' }
          : type === 'single' || type === 'multiple'
            ? { ...base, type, options }
            : { ...base, type };
      void this.changeForm({ ...form, templateId: null, questions: [...form.questions, question] });
      (event.target as HTMLFormElement).reset();
    };
    return html`
      <h2>${form.title}</h2>
      <h3>${text.editTitle}</h3>
      <ol class="edit-list">
        ${form.questions.map(
          (q, i) => html`<li>
            <span>${q.label} <span class="muted">(${text.types[q.type]})</span></span>
            <span class="tools">
              <button aria-label=${text.moveUp(q.label)} ?disabled=${i === 0} @click=${() => move(i, -1)}>↑</button>
              <button aria-label=${text.moveDown(q.label)} ?disabled=${i === form.questions.length - 1} @click=${() => move(i, 1)}>↓</button>
              <button
                aria-label=${text.remove(q.label)}
                ?disabled=${form.questions.length === 1 || form.questions.some((o) => o.showIf?.questionId === q.id)}
                @click=${() => void this.changeForm({ ...form, questions: form.questions.filter((o) => o.id !== q.id) })}
              >
                ✕
              </button>
            </span>
          </li>`,
        )}
      </ol>
      <form class="add" @submit=${add}>
        <label>${text.questionLabel}<input name="label" required maxlength="300" /></label>
        <label>${text.questionType}
          <select name="type">${QUESTION_TYPES.map((t: QuestionType) => html`<option value=${t}>${text.types[t]}</option>`)}</select>
        </label>
        <label>${text.options}<textarea name="options" rows="3"></textarea></label>
        <label class="choice"><input type="checkbox" name="required" /> ${text.required}</label>
        <button type="submit">${text.addQuestion}</button>
      </form>
    `;
  }
}

/** A log not yet tied to a form (nothing answered yet) takes the form's id. */
function forForm(log: ResponseLog, formId: string): ResponseLog {
  return log.formId ? log : { ...log, formId };
}
