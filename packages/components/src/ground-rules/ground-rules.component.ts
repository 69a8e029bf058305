import { LitElement, html, nothing, type PropertyValues } from 'lit';
import {
  acceptedCurrent,
  acceptRules,
  confidentialityRules,
  consentedNow,
  giveConsent,
  addRule,
  adoptVersion,
  agreeAll,
  canAdopt,
  CONSENT_RESPONSES,
  currentVersion,
  decide,
  diffVersions,
  editRule,
  emptyRuleSet,
  moveRule,
  removeRule,
  respond,
  rulesAsMarkdown,
  rulesAsText,
  tallyCheck,
  toMembers,
  type CheckMethod,
  type Response,
  type Rule,
  type RuleSet,
  type RuleTemplateSetName,
  type RuleVersion,
  type KindSpec,
  formatDay,
} from '@peerkit/core';
import { AttributeReader, storedElementProperties } from '../internal/attributes.js';
import { DocumentController, storageNotices } from '../internal/document-controller.js';
import { loaded } from '../internal/loaded.js';
import { GroupLink, waitingBase } from '../internal/group-context.js';
import { download, readJsonFile } from '../internal/download.js';
import { fileNote, problemsOf, type FileNote } from '../internal/file-note.js';
import { uniqueId } from '../internal/ids.js';
import { OnDemand } from '../internal/on-demand.js';
import { emit } from '../internal/emit.js';
import { resolveLang, type Lang } from '../internal/i18n.js';
import { tokens } from '../internal/tokens.styles.js';
import { rulesMessages, type RulesMessages } from './ground-rules.messages.js';
import { styles } from './ground-rules.styles.js';

export type GroundRulesMode = 'edit' | 'agree' | 'display' | 'accept' | 'consent';
const MODES: readonly GroundRulesMode[] = ['edit', 'agree', 'display', 'accept', 'consent'];
/** The starter cards and sets: for editing and the `template` attribute, so members' and the room's views never fetch them. */
const ruleTemplates = new OnDemand('the starter rule cards', () => import('@peerkit/core/ground-rules/templates'));
/** The rule file reader, fetched when a file is brought in. */
const ruleFiles = new OnDemand('the rule file reader', () => import('@peerkit/core/ground-rules/parse'));
const setNames = (templates: { RULE_TEMPLATE_SETS: Record<RuleTemplateSetName, string[]> }) => Object.keys(templates.RULE_TEMPLATE_SETS) as RuleTemplateSetName[];

export interface PeerRuleChangeDetail {
  rules: RuleSet;
}
export interface PeerRulesAgreedDetail {
  version: RuleVersion;
}
export interface PeerRulesAcceptedDetail {
  who: string;
  version: number;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'peer-rule-change': CustomEvent<PeerRuleChangeDetail>;
    'peer-rules-agreed': CustomEvent<PeerRulesAgreedDetail>;
    'peer-rules-accepted': CustomEvent<PeerRulesAcceptedDetail>;
  }
}

/**
 * A group's ground rules: built together, agreed rule by rule, adopted as
 * numbered versions, shown large for reading aloud, and accepted by members.
 *
 * @summary Ground rules the group agrees: confidentiality first.
 * @tagname ground-rules
 *
 * @csspart base - The whole element.
 * @csspart rules - The list of rules.
 *
 * @event peer-rule-change - The working rules changed. Detail: `{ rules }`.
 * @event peer-rules-agreed - A new version was adopted. Detail: `{ version }`.
 * @event peer-rules-accepted - A member accepted the current version. Detail: `{ who, version }`.
 */
export class GroundRulesElement extends LitElement {
  static override styles = [tokens, styles];

  static override properties = {
    presenter: { type: Boolean },
    mode: { type: String, reflect: true },
    members: { type: String },
    template: { type: String },
    ...storedElementProperties,
    rules: { state: true },
    editing: { state: true },
    method: { state: true },
    message: { state: true },
    importNote: { state: true },
  };

  /** edit (build with the group), agree (record the check), display (read aloud) or accept (a member accepts). */
  declare mode: string | undefined;
  /** Names or initials of those who respond in agree mode. */
  declare members: string | undefined;
  /** A ready-made set to start from when there are no rules yet: first-meeting, online-group, recovery-group. */
  declare template: string | undefined;
  declare storageKey: string | undefined;
  declare storeName: string | undefined;
  declare language: string | undefined;
  /** The rule set as data (from @peerkit/core). */
  declare rules: RuleSet;
  declare private editing: string | null;
  declare private method: CheckMethod;
  /** On the screen the whole room sees: the rules to read, without the download and print buttons. */
  declare presenter: boolean;
  declare private message: string;
  /** What became of the last file chosen, shown beside the file control. */
  declare private importNote: FileNote | undefined;

  private readonly attributeReader = new AttributeReader('ground-rules');
  /** An enclosing <peer-group>: its id is the default storage key, its members the default list. */
  private readonly group = new GroupLink(this);
  private readonly rulesDoc = new DocumentController<RuleSet>(this, {
    kind: 'ground-rules',
    spec: async () => (await import('@peerkit/core/ground-rules/kind')).groundRulesKind as KindSpec<RuleSet>,
    onChange: (rules) => (this.rules = rules),
  });
  private loading: Promise<void> | undefined;

  constructor() {
    super();
    this.rules = emptyRuleSet();
    this.presenter = false;
    this.editing = null;
    this.method = 'consent';
    this.message = '';
  }

  get ready(): Promise<void> {
    return loaded(this, () => this.loading);
  }

  private get currentMode(): GroundRulesMode {
    return this.attributeReader.oneOf('mode', this.mode, MODES, 'display');
  }
  private get currentLang(): Lang {
    return resolveLang(this);
  }
  /**
   * Spanish (any language but English) loads the first time it is spoken, and the starter cards
   * the first time the rules are edited or start from a template; the element draws once they are here.
   */
  protected override scheduleUpdate() {
    const needsTemplates = this.mode === 'edit' || !!this.template;
    return rulesMessages.whenSpoken(this, () => ruleTemplates.before(needsTemplates, () => super.scheduleUpdate()));
  }

  private get text(): RulesMessages {
    return rulesMessages.for(this);
  }

  /** Applies a command here at once and to the stored rules; `force` is what "use yours" writes after a conflict. */
  private change(update: (rules: RuleSet, now: number) => RuleSet, force?: (rules: RuleSet, now: number) => RuleSet): RuleSet {
    const updated = this.rulesDoc.apply(this.rules, update, force);
    if (updated === this.rules) return updated;
    this.rules = updated;
    emit(this, 'peer-rule-change', { rules: updated });
    return updated;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A host that clears the property gets an empty set, not a crash.
    if ((this.rules as RuleSet | undefined) == null) this.rules = emptyRuleSet();
    if (this.group.takeChange() || changed.has('storageKey') || changed.has('storeName')) this.loading = this.load();
    else if (changed.has('template') && this.group.key(this.storageKey) === undefined) this.startFromTemplate();
  }

  private startFromTemplate(): void {
    const templates = ruleTemplates.value;
    if (!this.template || !templates || this.rules.rules.length > 0 || this.rules.versions.length > 0) return;
    const name = this.attributeReader.oneOf<RuleTemplateSetName | ''>('template', this.template, setNames(templates), '');
    if (name) this.rules = templates.addTemplateSet(this.rules, name, this.currentLang);
  }

  private async load(): Promise<void> {
    const opened = await this.rulesDoc.open(this.group.key(this.storageKey), this.group.store(this.storeName), () => {
      // A presenter never writes; and an empty set is not worth storing (it would hide a template seeded elsewhere).
      if (this.presenter) return undefined;
      this.startFromTemplate();
      return this.rules.rules.length > 0 || this.rules.versions.length > 0 ? this.rules : undefined;
    });
    if (opened) this.rules = opened.value;
  }


  protected override render() {
    this.attributeReader.theme(this.getAttribute('theme'));
    if (this.group.waiting(this.rulesDoc)) return waitingBase;
    const text = this.text;
    const mode = this.currentMode;
    return html`
      <section part="base" class="rules mode-${mode}" lang=${this.currentLang}>
        ${storageNotices([this.rulesDoc], this.currentLang)}
        ${mode === 'edit' ? this.renderEdit(text) : mode === 'agree' ? this.renderAgree(text) : mode === 'consent' ? this.renderConsent(text) : this.renderVersion(text, mode)}
        <p class="visually-hidden" role="status" aria-live="polite">${this.message}</p>
      </section>
    `;
  }

  private renderEdit(text: RulesMessages) {
    const rules = this.rules.rules;
    return html`
      <h2>${text.title}</h2>
      ${rules.length === 0 ? html`<p>${text.noRules}</p>` : nothing}
      <ol class="rule-list" part="rules">
        ${rules.map((rule, i) => html`<li>${this.editing === rule.id ? this.renderRuleForm(text, rule) : this.renderEditableRule(text, rule, i)}</li>`)}
      </ol>
      <div class="add">
        ${this.renderRuleForm(text)}
        ${this.renderStarters(text)}
        <label class="import">${text.importJson}
          <input type="file" accept="application/json,.json" @change=${(e: Event) => void this.onImport(e)} />
          ${fileNote(this.importNote)}
        </label>
      </div>
    `;
  }

  /** The starter cards, one at a time or as a set (here once they have loaded). */
  private renderStarters(text: RulesMessages) {
    const templates = ruleTemplates.value;
    if (!templates) return nothing;
    const unused = templates.RULE_TEMPLATES.filter((t) => !this.rules.rules.some((r) => r.id === t.id));
    return html`
      <form @submit=${(e: SubmitEvent) => this.onAddTemplate(e)}>
        <label>${text.chooseCard}
          <select name="card">${unused.map((t) => html`<option value=${t.id}>${t.text[this.currentLang]}</option>`)}</select>
        </label>
        <button type="submit" ?disabled=${unused.length === 0}>${text.addTemplate}</button>
      </form>
      <form @submit=${(e: SubmitEvent) => this.onAddSet(e)}>
        <label>${text.addSet}
          <select name="set">${setNames(templates).map((name) => html`<option value=${name}>${text.templateSets[name]}</option>`)}</select>
        </label>
        <button type="submit">${text.addSet}</button>
      </form>
    `;
  }

  private renderEditableRule(text: RulesMessages, rule: Rule, index: number) {
    const last = index === this.rules.rules.length - 1;
    return html`
      <div class="rule">
        <p class="rule-text">${rule.text} <span class="status status-${rule.status}">${text.status[rule.status]}</span></p>
        ${rule.explanation ? html`<p class="explanation">${rule.explanation}</p>` : nothing}
        <div class="tools">
          <button aria-label=${text.moveUp(rule.text)} ?disabled=${index === 0} @click=${() => this.change((s) => moveRule(s, rule.id, -1))}>↑</button>
          <button aria-label=${text.moveDown(rule.text)} ?disabled=${last} @click=${() => this.change((s) => moveRule(s, rule.id, 1))}>↓</button>
          <button aria-label=${text.editRule(index + 1, rule.text)} @click=${() => (this.editing = rule.id)}>${text.edit}</button>
          <button aria-label=${text.remove(rule.text)} @click=${() => this.change((s) => removeRule(s, rule.id))}>✕</button>
        </div>
      </div>
    `;
  }

  /** Without a rule: the form to write a new one. With one: its edit form. */
  private renderRuleForm(text: RulesMessages, rule?: Rule) {
    const submit = (event: SubmitEvent) => {
      event.preventDefault();
      const form = event.target as HTMLFormElement;
      const data = new FormData(form);
      const field = (name: string) => {
        const value = data.get(name);
        return typeof value === 'string' ? value : '';
      };
      if (rule) {
        const wording = { text: field('text'), explanation: field('explanation') };
        const basedOn = { text: rule.text, explanation: rule.explanation };
        this.change(
          (s) => editRule(s, rule.id, wording, basedOn),
          (s) => editRule(s, rule.id, wording),
        );
        this.editing = null;
      } else {
        const id = uniqueId('rule');
        this.change((s) => addRule(s, id, field('text'), field('explanation')));
        form.reset();
      }
    };
    return html`
      <form class="rule-form" @submit=${submit}>
        <label>${text.ruleText}<textarea name="text" rows="2" required maxlength="1000" .value=${rule?.text ?? ''}></textarea></label>
        <label>${text.explanation}<textarea name="explanation" rows="2" maxlength="1000" .value=${rule?.explanation ?? ''}></textarea></label>
        <div class="tools">
          <button type="submit" class="primary">${rule ? text.save : text.addRule}</button>
          ${rule ? html`<button type="button" @click=${() => (this.editing = null)}>${text.cancel}</button>` : nothing}
        </div>
      </form>
    `;
  }

  private onAddTemplate(event: SubmitEvent): void {
    event.preventDefault();
    const id = new FormData(event.target as HTMLFormElement).get('card');
    const templates = ruleTemplates.value;
    if (typeof id === 'string' && templates) this.change((s) => templates.addFromTemplate(s, id, this.currentLang));
  }

  private onAddSet(event: SubmitEvent): void {
    event.preventDefault();
    const templates = ruleTemplates.value;
    const name = templates && setNames(templates).find((s) => s === new FormData(event.target as HTMLFormElement).get('set'));
    if (templates && name) this.change((s) => templates.addTemplateSet(s, name, this.currentLang));
  }

  /** Reads a JSON rule set; a bad file is refused whole and nothing changes. */
  private async onImport(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const name = input.files?.[0]?.name ?? '';
    let data: unknown;
    let reader: typeof ruleFiles.value;
    try {
      [data, reader] = await Promise.all([readJsonFile(input), ruleFiles.load()]);
    } catch (error) {
      this.importNote = { text: this.text.importFailed(name), problems: problemsOf(error), error: true };
      return;
    }
    if (data === undefined) return;
    const parsed = reader.parseRuleSet(data);
    if (!parsed.ok) {
      this.importNote = { text: this.text.importFailed(name), problems: parsed.errors, error: true };
      return;
    }
    this.change(() => parsed.value);
    this.importNote = { text: this.text.imported, error: false };
    input.value = '';
  }

  private renderAgree(text: RulesMessages) {
    const members = toMembers(this.group.memberList(this.members, (text) => this.attributeReader.list(text)));
    const next = (currentVersion(this.rules)?.number ?? 0) + 1;
    const undecided = this.rules.rules.filter((r) => r.status !== 'agreed' && r.status !== 'not-agreed').length;
    const options: { value: string; label: string }[] =
      this.method === 'consent'
        ? CONSENT_RESPONSES.map((r) => ({ value: r, label: text.responses[r] }))
        : [0, 1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: text.fist(n) }));
    return html`
      <h2>${text.title}</h2>
      <label>${text.method}
        <select @change=${(e: Event) => (this.method = (e.target as HTMLSelectElement).value === 'fist-to-five' ? 'fist-to-five' : 'consent')}>
          <option value="consent" ?selected=${this.method === 'consent'}>${text.consent}</option>
          <option value="fist-to-five" ?selected=${this.method === 'fist-to-five'}>${text.fistToFive}</option>
        </select>
      </label>
      ${members.length === 0 ? html`<p class="notice">${text.noMembers}</p>` : nothing}
      ${members.length > 0 && undecided > 0
        ? html`<div class="quick">
            <p>${text.quickHint}</p>
            <button class="primary" @click=${() => this.change((s, now) => agreeAll(s, members.map((m) => m.id), this.method, now))}>${text.everyoneAgrees(undecided)}</button>
          </div>`
        : nothing}
      <ol class="rule-list" part="rules">
        ${this.rules.rules.map((rule) => {
          const tally = tallyCheck(rule.check);
          const responses = rule.check?.method === this.method ? rule.check.responses : {};
          return html`<li class="rule">
            <p class="rule-text">${rule.text} <span class="status status-${rule.status}">${text.status[rule.status]}</span></p>
            <div class="responses">
              ${members.map(
                (m) => html`<label><bdi>${m.name}</bdi>
                  <select aria-label=${text.responseFor(m.name, rule.text)} @change=${(e: Event) => this.onRespond(rule.id, m.id, (e.target as HTMLSelectElement).value)}>
                    <option value="">${text.noResponse}</option>
                    ${options.map((o) => html`<option value=${o.value} ?selected=${String(responses[m.id]) === o.value}>${o.label}</option>`)}
                  </select>
                </label>`,
              )}
            </div>
            <div class="decision">
              <p class="tally">${text.tally(tally.responses, tally.blocks, tally.standAsides)}</p>
              <button ?disabled=${tally.responses === 0} @click=${() => this.change((s, now) => decide(s, rule.id, now))}>${text.decide}</button>
            </div>
          </li>`;
        })}
      </ol>
      ${canAdopt(this.rules)
        ? html`<button class="primary" @click=${() => this.adopt()}>${text.adopt(next)}</button>`
        : currentVersion(this.rules)
          ? html`<p class="adopted-note">${text.upToDate(currentVersion(this.rules)?.number ?? 1)}</p>`
          : nothing}
    `;
  }

  private onRespond(ruleId: string, memberId: string, value: string): void {
    if (value === '') return;
    const response = (this.method === 'consent' ? value : Number(value)) as Response;
    this.change((s) => respond(s, ruleId, memberId, this.method, response));
  }

  private adopt(): void {
    const before = currentVersion(this.rules);
    const after = currentVersion(this.change((s, now) => adoptVersion(s, now)));
    if (after && after !== before) {
      this.message = this.text.adopted(after.number);
      emit(this, 'peer-rules-agreed', { version: after });
    }
  }

  /** The rules large, for reading aloud or a projector. */
  private renderLargeList(rules: readonly { text: string; explanation: string }[]) {
    return html`<ol class="rule-list large" part="rules">
      ${rules.map((r) => html`<li><p class="rule-text">${r.text}</p>${r.explanation ? html`<p class="explanation">${r.explanation}</p>` : nothing}</li>`)}
    </ol>`;
  }

  private renderVersion(text: RulesMessages, mode: 'display' | 'accept') {
    const version = currentVersion(this.rules);
    if (!version && mode === 'display' && this.rules.rules.length > 0) {
      // While the group is still drafting, the projector shows the draft, marked as one.
      return html`
        <h2>${text.title}</h2>
        <p class="version">${text.draft}</p>
        ${this.renderLargeList(this.rules.rules)}
      `;
    }
    if (!version) return html`<h2>${text.title}</h2><p>${text.noVersion}</p>`;
    const date = formatDay(version.adoptedAt, this.currentLang);
    const previous = this.rules.versions.at(-2);
    const diff = previous ? diffVersions(previous, version) : undefined;
    return html`
      <h2>${text.title}</h2>
      <p class="version">${text.version(version.number, date)}</p>
      ${this.renderLargeList(version.rules)}
      ${diff && mode === 'accept' && (diff.added.length || diff.removed.length || diff.changed.length)
        ? html`<section class="diff">
            <h3>${text.changes}</h3>
            ${diff.added.length ? html`<p>${text.added}: ${diff.added.map((r) => r.text).join(' · ')}</p>` : nothing}
            ${diff.removed.length ? html`<p>${text.removedRules}: ${diff.removed.map((r) => r.text).join(' · ')}</p>` : nothing}
            ${diff.changed.length ? html`<p>${text.changed}: ${diff.changed.map((c) => c.after.text).join(' · ')}</p>` : nothing}
          </section>`
        : nothing}
      ${mode === 'accept' ? this.renderAccept(text) : this.presenter ? nothing : this.renderExport(text, version)}
    `;
  }

  /**
   * Confidentiality and its limits, explained in the group's language, and each
   * member's consent recorded with the day and the version then in force.
   */
  private renderConsent(text: RulesMessages) {
    const members = toMembers(this.group.memberList(this.members, (names) => this.attributeReader.list(names)));
    const rules = confidentialityRules(this.rules);
    const given = new Set(consentedNow(this.rules).map((a) => a.who));
    return html`
      <h2>${text.consentTitle}</h2>
      <p>${text.consentExplain}</p>
      ${rules.length > 0 ? this.renderLargeList(rules) : html`<p class="notice">${text.consentNoRules}</p>`}
      ${members.length === 0 ? html`<p class="notice">${text.noMembers}</p>` : nothing}
      <ul class="consents">
        ${members.map(
          (m) => html`<li>
            ${given.has(m.name)
              ? html`<span class="consented">${text.consented(m.name)}</span>`
              : html`<button @click=${() => this.change((s, now) => giveConsent(s, m.name, now))}>${text.consents(m.name)}</button>`}
          </li>`,
        )}
      </ul>
      <p role="status">${text.consentCount(given.size, members.length)}</p>
    `;
  }

  private renderAccept(text: RulesMessages) {
    const submit = (event: SubmitEvent) => {
      event.preventDefault();
      const form = event.target as HTMLFormElement;
      const who = new FormData(form).get('who');
      if (typeof who !== 'string' || who.trim() === '') return;
      const version = currentVersion(this.rules);
      this.change((s, now) => acceptRules(s, who, now));
      if (version) emit(this, 'peer-rules-accepted', { who: who.trim(), version: version.number });
      this.message = text.thanks(who.trim());
      form.reset();
    };
    return html`
      <form class="accept" @submit=${submit}>
        <label>${text.yourName}<input name="who" required maxlength="80" autocomplete="off" /></label>
        <button type="submit" class="primary">${text.accept}</button>
      </form>
      <p>${text.acceptedBy(acceptedCurrent(this.rules).length)}</p>
      <p class="thanks" aria-hidden="true">${this.message}</p>
    `;
  }

  private renderExport(text: RulesMessages, version: RuleVersion) {
    const labels = { title: text.title, version: text.version };
    return html`
      <div class="tools export">
        <button @click=${() => download('ground-rules.txt', 'text/plain', rulesAsText(version, labels))}>${text.exportText}</button>
        <button @click=${() => download('ground-rules.md', 'text/markdown', rulesAsMarkdown(version, labels))}>${text.exportMarkdown}</button>
        <button @click=${() => download('ground-rules.json', 'application/json', JSON.stringify(this.rules, null, 2))}>${text.exportJson}</button>
        <button class="print" @click=${() => window.print()}>${text.print}</button>
      </div>
    `;
  }
}
