import { LitElement, html, nothing, type PropertyValues } from 'lit';
import {
  buildIndex,
  emptyResourceList,
  fromHsds,
  isStale,
  blankResource,
  parseResourceList,
  plainDataProblems,
  putResource,
  resourcesFromCsv,
  resourcesToCsv,
  safeLink,
  searchResources,
  smsLink,
  telLink,
  toHsds,
  type ParseResult,
  type Resource,
  type ResourceList,
  type SearchIndex,
  resourcesKind,
  type KindSpec,
} from '@peerkit/core';
import type { virtualize as virtualizeDirective } from '@lit-labs/virtualizer/virtualize.js';
import { AttributeReader, storedElementProperties } from '../internal/attributes.js';
import { fileNote, problemsOf, storageNotices, type FileNote } from '../internal/storage-notice.js';
import { uniqueId } from '../internal/ids.js';
import { DocumentController } from '../internal/document-controller.js';
import { loaded } from '../internal/loaded.js';
import { GroupLink } from '../internal/group-context.js';
import { download, readJsonFile, readTextFile } from '../internal/download.js';
import { emit } from '../internal/emit.js';
import { resolveLang, type Lang } from '../internal/i18n.js';
import { tokens } from '../internal/tokens.styles.js';
import { resourceMessages, type ResourceMessages } from './resource-list.messages.js';
import { styles } from './resource-list.styles.js';

/** Above this many cards, only those near the viewport are rendered. */
const VIRTUALIZE_FROM = 100;
let virtualizerLoading: Promise<unknown> | undefined;
let loadedVirtualizer: typeof virtualizeDirective | undefined;

export interface PeerResourceOpenDetail {
  resource: Resource;
  /** What was opened: the details, a call, a text, the website or an email. */
  action: 'details' | 'call' | 'text' | 'website' | 'email';
}
export interface PeerResourceChangeDetail {
  list: ResourceList;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'peer-resource-open': CustomEvent<PeerResourceOpenDetail>;
    'peer-resource-change': CustomEvent<PeerResourceChangeDetail>;
  }
}

/**
 * A list of resources: crisis lines pinned with large call and text buttons,
 * search and filters, cards with details on demand, and an editor.
 *
 * @summary Crisis lines, referrals and services, at hand during a meeting or on a website.
 * @tagname resource-list
 *
 * @slot - Optionally a `<script type="application/json">` with a published list (our format or HSDS).
 * @csspart base - The whole element.
 * @csspart crisis - The pinned crisis lines.
 *
 * @event peer-resource-open - Someone opened a resource's details, called, texted or followed a link. Detail: `{ resource, action }`.
 * @event peer-resource-change - The list was edited or imported. Detail: `{ list }`.
 */
export class ResourceListElement extends LitElement {
  static override styles = [tokens, styles];

  static override properties = {
    category: { type: String },
    mode: { type: String, reflect: true },
    staleDays: { type: String, attribute: 'stale-days' },
    ...storedElementProperties,
    list: { attribute: false },
    query: { state: true },
    filterCategory: { state: true },
    filterLanguage: { state: true },
    openNow: { state: true },
    editing: { state: true },
    message: { state: true },
    importNote: { state: true },
    sourceNote: { state: true },
  };

  /** Show one category only, e.g. "housing". */
  declare category: string | undefined;
  /** `view` (default), `edit`, or `crisis`: only the crisis lines, for help at hand in a meeting. */
  declare mode: string | undefined;
  /** Records not checked for this many days are flagged for review (default 180). */
  declare staleDays: string | undefined;
  declare storageKey: string | undefined;
  declare storeName: string | undefined;
  declare language: string | undefined;
  /** The records (from @peerkit/core); also read from a JSON script child or IndexedDB. */
  declare list: ResourceList;
  declare private query: string;
  declare private filterCategory: string;
  declare private filterLanguage: string;
  declare private openNow: boolean;
  declare private editing: string | null;
  declare private message: string;
  /** What became of the last file chosen, shown beside the file control. */
  declare private importNote: FileNote | undefined;
  /** A published list (script child) that could not be read. */
  declare private sourceNote: FileNote | undefined;

  private readonly attributeReader = new AttributeReader('resource-list');
  /** An enclosing <peer-group>: its id is the default storage key, its members the default list. */
  private readonly group = new GroupLink(this);
  private readonly listDoc = new DocumentController<ResourceList>(this, {
    kind: 'resources',
    spec: resourcesKind as KindSpec<ResourceList>,
    onChange: (list) => (this.list = list),
  });
  private staleAfterMs = 180 * 86_400_000;
  private index: SearchIndex | undefined;
  private indexed: ResourceList | undefined;
  private loading: Promise<void> | undefined;

  constructor() {
    super();
    this.list = emptyResourceList();
    this.query = '';
    this.filterCategory = '';
    this.filterLanguage = '';
    this.openNow = false;
    this.editing = null;
    this.message = '';
  }

  get ready(): Promise<void> {
    return loaded(this, () => this.loading);
  }

  private get currentLang(): Lang {
    return resolveLang(this);
  }
  private get text(): ResourceMessages {
    return resourceMessages[this.currentLang];
  }
  private get currentMode(): 'view' | 'edit' | 'crisis' {
    return this.attributeReader.oneOf('mode', this.mode, ['view', 'edit', 'crisis'], 'view');
  }
  private get editMode(): boolean {
    return this.currentMode === 'edit';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.readPublishedList();
  }

  /** A site can publish a fixed list inside the element, with no storage at all. */
  private readPublishedList(): void {
    const script = this.querySelector('script[type="application/json"]');
    if (!script?.textContent) return;
    let parsed: ParseResult<ResourceList>;
    try {
      const data: unknown = JSON.parse(script.textContent);
      const problems = plainDataProblems(data, 'list');
      parsed = problems.length > 0 ? { ok: false, errors: problems } : readAny(data);
    } catch (error) {
      parsed = { ok: false, errors: problemsOf(error) };
    }
    if (parsed.ok) {
      this.list = parsed.value;
      this.sourceNote = undefined;
      return;
    }
    // Said in the element, where the person who published the list will look, and in the console.
    this.sourceNote = { text: this.text.sourceError(''), problems: parsed.errors, error: true };
    console.error(`<resource-list> ${this.text.sourceError(parsed.errors.slice(0, 5).join('; '))}`);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((this.list as ResourceList | undefined) == null) this.list = emptyResourceList();
    if (this.group.takeChange() || changed.has('storageKey') || changed.has('storeName')) this.loading = this.load();
  }

  private async load(): Promise<void> {
    // A published list (property or script child) seeds an empty store; an empty list is not saved.
    const opened = await this.listDoc.open(this.group.key(this.storageKey), this.group.store(this.storeName), () =>
      this.list.resources.length > 0 ? this.list : undefined,
    );
    if (opened) this.list = opened.value;
  }


  /** Applies a command here at once and to the stored list; `force` is what "use yours" writes after a conflict. */
  private change(command: (list: ResourceList) => ResourceList, force?: (list: ResourceList) => ResourceList): void {
    const list = this.listDoc.apply(this.list, command, force);
    if (list === this.list) return;
    this.list = list;
    emit(this, 'peer-resource-change', { list });
  }

  /** Only the crisis lines, large; said plainly when the list has none. */
  private renderCrisisOnly(crisis: Resource[], text: ResourceMessages) {
    return html`<section part="base" class="resources crisis-only" lang=${this.currentLang}>
      ${storageNotices([this.listDoc], this.currentLang)}
      ${crisis.length > 0
        ? html`<section class="crisis" part="crisis" aria-label=${text.crisisTitle}>${crisis.map((r) => this.renderCrisis(r, text))}</section>`
        : html`<p class="notice">${text.noCrisisLines}</p>`}
    </section>`;
  }

  /** The virtualizer, loaded the first time a list is long enough to need it (most lists never are). */
  private virtualizer(): typeof virtualizeDirective | undefined {
    if (!virtualizerLoading) {
      virtualizerLoading = import('@lit-labs/virtualizer/virtualize.js').then((module) => (loadedVirtualizer = module.virtualize));
    }
    if (!loadedVirtualizer) void virtualizerLoading.then(() => this.requestUpdate());
    return loadedVirtualizer;
  }

  private searchIndex(): SearchIndex {
    if (!this.index || this.indexed !== this.list) {
      this.index = buildIndex(this.list.resources);
      this.indexed = this.list;
    }
    return this.index;
  }

  protected override render() {
    if (this.group.key(this.storageKey) !== undefined && this.listDoc.status === 'loading') return html`<section part="base" aria-busy="true"></section>`;
    const text = this.text;
    // Parsed once per render, not once per card.
    this.staleAfterMs = this.attributeReader.number('stale-days', this.staleDays, 180, { min: 1, max: 3650 }) * 86_400_000;
    const category = this.category ?? (this.filterCategory || undefined);
    const shown = searchResources(this.searchIndex(), {
      query: this.query,
      ...(category ? { category } : {}),
      ...(this.filterLanguage ? { language: this.filterLanguage } : {}),
      openNow: this.openNow,
    }).filter((r) => this.editMode || r.status !== 'inactive');
    const crisis = shown.filter((r) => r.crisis && r.status === 'active');
    if (this.currentMode === 'crisis') return this.renderCrisisOnly(crisis, text);
    const others = shown.filter((r) => !crisis.includes(r));
    const categories = [...new Set(this.list.resources.flatMap((r) => r.categories))].sort();
    const languages = [...new Set(this.list.resources.flatMap((r) => r.languages))].sort();
    return html`
      <section part="base" class="resources" lang=${this.currentLang}>
        ${storageNotices([this.listDoc], this.currentLang)} ${fileNote(this.sourceNote)}
        ${crisis.length > 0
          ? html`<section class="crisis" part="crisis" aria-labelledby="crisis-title">
              <h2 id="crisis-title">${text.crisisTitle}</h2>
              ${crisis.map((r) => this.renderCrisis(r, text))}
            </section>`
          : nothing}
        <div class="filters" role="search">
          <label>${text.search}<input type="search" .value=${this.query} @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)} /></label>
          ${this.category
            ? nothing
            : html`<label>${text.category}
                <select @change=${(e: Event) => (this.filterCategory = (e.target as HTMLSelectElement).value)}>
                  <option value="">${text.any}</option>
                  ${categories.map((c) => html`<option value=${c} ?selected=${c === this.filterCategory}>${c}</option>`)}
                </select>
              </label>`}
          <label>${text.language}
            <select @change=${(e: Event) => (this.filterLanguage = (e.target as HTMLSelectElement).value)}>
              <option value="">${text.any}</option>
              ${languages.map((l) => html`<option value=${l} ?selected=${l === this.filterLanguage}>${l}</option>`)}
            </select>
          </label>
          <label class="check"><input type="checkbox" .checked=${this.openNow} @change=${(e: Event) => (this.openNow = (e.target as HTMLInputElement).checked)} /> ${text.openNow}</label>
          <button class="print" @click=${() => window.print()}>${text.print}</button>
        </div>
        <p role="status" class="count">${text.results(shown.length)}</p>
        ${others.length > VIRTUALIZE_FROM && this.virtualizer()
          ? // Long lists render only the cards near the viewport, so 10,000 records scroll smoothly.
            html`<div class="cards" role="list">
              ${(this.virtualizer() as typeof virtualizeDirective)({
                items: others,
                keyFunction: (r: Resource) => r.id,
                renderItem: (r: Resource) => html`<div role="listitem" class="card-item">${this.renderItem(r, text)}</div>`,
              })}
            </div>`
          : // Until the virtualizer has arrived, a long list shows its first cards.
            html`<ul class="cards">
              ${others.slice(0, others.length > VIRTUALIZE_FROM ? VIRTUALIZE_FROM : undefined).map((r) => html`<li>${this.renderItem(r, text)}</li>`)}
            </ul>`}
        ${this.editMode ? this.renderEditTools(text) : nothing}
        <p class="visually-hidden" role="status" aria-live="polite">${this.message}</p>
      </section>
    `;
  }

  private renderItem(r: Resource, text: ResourceMessages) {
    return this.editing === r.id ? this.renderForm(text, r) : this.renderCard(r, text);
  }

  private opened(resource: Resource, action: PeerResourceOpenDetail['action']): void {
    emit(this, 'peer-resource-open', { resource, action });
  }

  private renderCrisis(r: Resource, text: ResourceMessages) {
    const voice = r.phones.find((p) => p.type === 'voice' || p.type === 'tty');
    const sms = r.phones.find((p) => p.type === 'text');
    const call = voice ? telLink(voice) : null;
    const message = sms ? smsLink(sms) : null;
    return html`<div class="crisis-card">
      <p class="name">${r.name}</p>
      ${r.description ? html`<p>${r.description}</p>` : nothing}
      <div class="big-actions">
        ${call ? html`<a class="big" href=${call} @click=${() => this.opened(r, 'call')}>${text.call(r.name)} · ${voice?.number}</a>` : nothing}
        ${message ? html`<a class="big" href=${message} @click=${() => this.opened(r, 'text')}>${text.text(r.name)} · ${sms?.number}</a>` : nothing}
      </div>
    </div>`;
  }

  private renderCard(r: Resource, text: ResourceMessages) {
    const stale = isStale(r, Date.now(), this.staleAfterMs);
    const website = safeLink(r.url);
    const email = r.email ? safeLink(`mailto:${r.email}`) : null;
    const checked = r.assuredDate === null ? text.neverChecked : text.lastChecked(new Date(r.assuredDate).toLocaleDateString(this.currentLang));
    return html`<article class="card ${r.status !== 'active' ? 'retired' : ''}">
      <h3>${r.name}</h3>
      ${r.organization ? html`<p class="org">${r.organization}</p>` : nothing}
      ${r.status === 'inactive' ? html`<p class="status">${text.inactive}</p>` : r.status === 'temporarily closed' ? html`<p class="status">${text.temporarilyClosed}</p>` : nothing}
      ${r.phones.length === 0
        ? nothing
        : html`<p class="phones">
        ${r.phones.map((p) => {
          const href = p.type === 'text' ? smsLink(p) : p.type === 'fax' ? null : telLink(p);
          return href ? html`<a href=${href} @click=${() => this.opened(r, p.type === 'text' ? 'text' : 'call')}>${p.number}</a> ` : html`<span>${p.number}</span> `;
        })}
      </p>`}
      <p class="checked">${checked}${stale && this.editMode ? html` · <strong>${text.needsReview}</strong>` : nothing}</p>
      <details @toggle=${(e: Event) => (e.target as HTMLDetailsElement).open && this.opened(r, 'details')}>
        <summary>${text.details}</summary>
        ${r.description ? html`<p>${r.description}</p>` : nothing}
        <p>${r.address ?? text.virtual}</p>
        ${r.alwaysOpen ? html`<p>${text.open247}</p>` : nothing}
        ${r.languages.length ? html`<p>${text.languages}: ${r.languages.join(', ')}</p>` : nothing}
        ${r.eligibility ? html`<p>${text.eligibility}: ${r.eligibility}</p>` : nothing}
        ${r.fees ? html`<p>${text.fees}: ${r.fees}</p>` : nothing}
        ${website ? html`<p><a href=${website} rel="noopener noreferrer" target="_blank" @click=${() => this.opened(r, 'website')}>${text.website}</a></p>` : r.url ? html`<p>${r.url}</p>` : nothing}
        ${email ? html`<p><a href=${email} @click=${() => this.opened(r, 'email')}>${r.email}</a></p>` : nothing}
        ${this.editMode && r.notes ? html`<p>${text.notes}: ${r.notes}</p>` : nothing}
      </details>
      ${this.editMode
        ? html`<div class="tools">
            <button @click=${() => (this.editing = r.id)}>${text.edit}</button>
            <button @click=${() => this.updateResource({ ...r, assuredDate: Date.now() }, r)}>${text.markChecked}</button>
            <button @click=${() => this.updateResource({ ...r, status: r.status === 'inactive' ? 'active' : 'inactive' }, r)}>${r.status === 'inactive' ? text.restore : text.retire}</button>
          </div>`
        : nothing}
    </article>`;
  }

  /** Adds or replaces one record; `basedOn` is the record as it was opened for editing. */
  private updateResource(resource: Resource, basedOn?: Resource): void {
    const parsed = parseResourceList(putResource(this.list, resource));
    if (!parsed.ok) {
      this.message = parsed.errors.join('; ');
      return;
    }
    this.change(
      (list) => putResource(list, resource, basedOn),
      (list) => putResource(list, resource),
    );
    this.editing = null;
  }

  private renderForm(text: ResourceMessages, r?: Resource) {
    const submit = (event: SubmitEvent) => {
      event.preventDefault();
      const data = new FormData(event.target as HTMLFormElement);
      const field = (name: string) => {
        const value = data.get(name);
        return typeof value === 'string' ? value.trim() : '';
      };
      const phone = field('phone');
      const base: Resource = r ?? blankResource(uniqueId('res'), Date.now());
      this.updateResource(
        {
        ...base,
        name: field('name'),
        organization: field('organization'),
        description: field('description'),
        phones: phone ? [{ number: phone, type: base.phones[0]?.type ?? 'voice' }, ...base.phones.slice(1)] : base.phones.slice(1),
        ...(field('url') ? { url: field('url') } : {}),
        categories: field('categories').split(',').map((c) => c.trim()).filter(Boolean),
        crisis: data.get('crisis') !== null,
        },
        r,
      );
      if (!r) (event.target as HTMLFormElement).reset();
    };
    return html`<form class="edit" @submit=${submit}>
      <label>${text.name}<input name="name" required maxlength="300" .value=${r?.name ?? ''} /></label>
      <label>${text.organization}<input name="organization" maxlength="300" .value=${r?.organization ?? ''} /></label>
      <label>${text.description}<textarea name="description" rows="2" maxlength="5000" .value=${r?.description ?? ''}></textarea></label>
      <label>${text.phone}<input name="phone" type="tel" .value=${r?.phones[0]?.number ?? ''} /></label>
      <label>${text.url}<input name="url" type="url" .value=${r?.url ?? ''} /></label>
      <label>${text.categories}<input name="categories" .value=${r?.categories.join(', ') ?? ''} /></label>
      <label class="check"><input type="checkbox" name="crisis" .checked=${r?.crisis ?? false} /> ${text.crisis}</label>
      <button type="submit" class="primary">${r ? text.save : text.add}</button>
    </form>`;
  }

  private renderEditTools(text: ResourceMessages) {
    return html`<section class="edit-tools">
      <h2>${text.add}</h2>
      ${this.renderForm(text)}
      <div class="tools">
        <button @click=${() => download('resources.json', 'application/json', JSON.stringify(this.list, null, 2))}>${text.exportJson}</button>
        <button @click=${() => download('resources.csv', 'text/csv', resourcesToCsv(this.list.resources))}>${text.exportCsv}</button>
        <button @click=${() => download('resources-hsds.json', 'application/json', JSON.stringify(toHsds(this.list.resources), null, 2))}>${text.exportHsds}</button>
        <label>${text.importFile}<input type="file" accept=".json,.csv,application/json,text/csv" @change=${(e: Event) => void this.onImport(e)} /></label>
        ${fileNote(this.importNote)}
      </div>
    </section>`;
  }

  /** JSON (ours or HSDS) or CSV; a bad file is refused whole and nothing changes. */
  private async onImport(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    let parsed: ParseResult<ResourceList>;
    try {
      parsed = file.name.toLowerCase().endsWith('.csv') ? resourcesFromCsv(await readTextFile(file)) : readAny(await readJsonFile(input));
    } catch (error) {
      parsed = { ok: false, errors: problemsOf(error) };
    }
    if (!parsed.ok) {
      this.importNote = { text: this.text.importFailed(file.name), problems: parsed.errors, error: true };
      return;
    }
    const imported = parsed.value;
    this.change(() => imported);
    this.importNote = { text: this.text.imported(imported.resources.length), error: false };
    input.value = '';
  }
}

/** Our list format, or HSDS (an array of services). */
function readAny(data: unknown): ParseResult<ResourceList> {
  return Array.isArray(data) ? fromHsds(data) : parseResourceList(data);
}
