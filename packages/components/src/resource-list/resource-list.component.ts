import { LitElement, html, nothing, type PropertyValues } from 'lit';
import {
  addressLine,
  buildIndex,
  buildIndexInSlices,
  CALLABLE_PHONE_TYPES,
  emptyResourceList,
  isOpenNow,
  isStale,
  blankResource,
  holdWhileSaving,
  plainDataProblems,
  putResource,
  safeLink,
  searchResources,
  smsLink,
  telLink,
  type ParseResult,
  type Phone,
  type OpeningHours,
  type Resource,
  type ResourceList,
  type SearchIndex,
  type KindSpec,
  formatDay,
} from '@peerkit/core';
import { AttributeReader, storedElementProperties } from '../internal/attributes.js';
import { fileNote, problemsOf, type FileNote } from '../internal/file-note.js';
import { uniqueId } from '../internal/ids.js';
import { DocumentController, storageNotices } from '../internal/document-controller.js';
import { OnDemand } from '../internal/on-demand.js';
import { loaded } from '../internal/loaded.js';
import { GroupLink, waitingBase } from '../internal/group-context.js';
import { download, MAX_LIST_FILE_BYTES, readJsonFile, readTextFile } from '../internal/download.js';
import { emit } from '../internal/emit.js';
import { resolveLang, type Lang } from '../internal/i18n.js';
import { tokens } from '../internal/tokens.styles.js';
import { resourceMessages, type ResourceMessages } from './resource-list.messages.js';
import { styles } from './resource-list.styles.js';

/** Above this many cards, only those near the viewport are rendered. */
const VIRTUALIZE_FROM = 100;
/** Above this many records the search index is built in slices between frames (a few thousand take under a frame at once). */
const SLICE_INDEX_FROM = 2000;

/** The country of the browser's language (en-US: the United States), offered first; none for a tag the browser cannot read. */
function browserRegion(): string | undefined {
  try {
    return new Intl.Locale(navigator.language).maximize().region;
  } catch {
    return undefined;
  }
}

/** Today as "YYYY-MM-DD" where the person is (a date a person checked something, not a moment). */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** The virtualizer, the first time a list is long enough to need it (most lists never are). */
const virtualizer = new OnDemand('the long-list virtualizer', () => import('@lit-labs/virtualizer/virtualize.js'));
/** Files and the crisis lines table, the first time a list is edited, imported or exported. */
const editing = new OnDemand('editing and files', () => import('./resource-list.editing.js'));
/** The reader of a list in our format: for a list published in the page, an import, and checking each edit. */
const reader = new OnDemand('the resource list reader', () => import('@peerkit/core/resources/parse'));

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
  /** What became of the last change made here (a record refused, crisis lines added), said where it can be seen. */
  declare private message: FileNote | undefined;
  /** What became of the last file chosen, shown beside the file control. */
  declare private importNote: FileNote | undefined;
  /** A published list (script child) that could not be read. */
  declare private sourceNote: FileNote | undefined;

  private readonly attributeReader = new AttributeReader('resource-list');
  /** An enclosing <peer-group>: its id is the default storage key, its members the default list. */
  private readonly group = new GroupLink(this);
  private readonly listDoc = new DocumentController<ResourceList>(this, {
    kind: 'resources',
    spec: async () => (await import('@peerkit/core/resources/kind')).resourcesKind as KindSpec<ResourceList>,
    onChange: (list) => (this.list = list),
  });
  private staleAfterMs = 180 * 86_400_000;
  private index: SearchIndex | undefined;
  private indexed: ResourceList | undefined;
  private indexing: { list: ResourceList; abort: AbortController } | undefined;
  private loading: Promise<void> | undefined;
  /** A list published inside the element, being read (its reader loads first). */
  private publishedReading: Promise<void> | undefined;

  constructor() {
    super();
    this.list = emptyResourceList();
    this.query = '';
    this.filterCategory = '';
    this.filterLanguage = '';
    this.openNow = false;
    this.editing = null;
  }

  get ready(): Promise<void> {
    return loaded(this, async () => {
      await this.publishedReading;
      await this.loading;
    });
  }

  private get currentLang(): Lang {
    return resolveLang(this);
  }
  /**
   * The element draws once what its first draw shows is here: its language (Spanish loads the
   * first time it is spoken), a list published inside it (never shown empty first), and, for
   * editing, the reader that checks each record.
   */
  protected override scheduleUpdate() {
    return resourceMessages.whenSpoken(this, () => {
      const reading = this.hasUpdated ? undefined : this.publishedReading;
      if (reading) return reading.then(() => super.scheduleUpdate());
      return reader.before(this.mode === 'edit', () => super.scheduleUpdate());
    });
  }

  private get text(): ResourceMessages {
    return resourceMessages.for(this);
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

  /** A site can publish a fixed list inside the element, with no storage at all: ours, or HSDS (read once its reader has loaded). */
  private readPublishedList(): void {
    const script = this.querySelector('script[type="application/json"]');
    if (!script?.textContent) return;
    let data: unknown;
    try {
      data = JSON.parse(script.textContent);
    } catch (error) {
      this.showPublished({ ok: false, errors: problemsOf(error) });
      return;
    }
    const problems = plainDataProblems(data, 'list');
    if (problems.length > 0) {
      this.showPublished({ ok: false, errors: problems });
      return;
    }
    this.publishedReading = (async () => {
      try {
        const { isHsds, readResourceList } = await reader.load();
        this.showPublished(isHsds(data) ? (await editing.load()).fromHsds(data) : readResourceList(data));
      } catch (error) {
        this.showPublished({ ok: false, errors: problemsOf(error) });
      }
    })();
  }

  private showPublished(parsed: ParseResult<ResourceList>): void {
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
    await this.publishedReading;
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

  /**
   * The index for the list shown. Small lists are indexed at once; a long one
   * is built in slices between frames, and until it is ready the last index
   * (or, the first time, none: the list shows unfiltered) serves.
   */
  private searchIndex(): SearchIndex | undefined {
    if (this.indexed === this.list) return this.index;
    if (this.list.resources.length < SLICE_INDEX_FROM) {
      this.index = buildIndex(this.list.resources);
      this.indexed = this.list;
      return this.index;
    }
    if (this.indexing?.list !== this.list) {
      this.indexing?.abort.abort();
      const list = this.list;
      const abort = new AbortController();
      this.indexing = { list, abort };
      buildIndexInSlices(list.resources, { signal: abort.signal }).then(
        (index) => {
          if (this.indexing?.list !== list) return;
          this.index = index;
          this.indexed = list;
          this.indexing = undefined;
          this.requestUpdate();
        },
        () => undefined, // Aborted: a newer list is being indexed.
      );
    }
    return this.index;
  }

  protected override render() {
    this.attributeReader.theme(this.getAttribute('theme'));
    if (this.group.waiting(this.listDoc)) return waitingBase;
    const text = this.text;
    // Parsed once per render, not once per card.
    this.staleAfterMs = this.attributeReader.number('stale-days', this.staleDays, 180, { min: 1, max: 3650 }) * 86_400_000;
    const category = this.category ?? (this.filterCategory || undefined);
    const index = this.searchIndex();
    // A long list just changed is shown as it is for the moment its index takes.
    const searching = index !== undefined && index.resources === this.list.resources;
    const shown = (searching ? searchResources(index, {
      query: this.query,
      ...(category ? { category } : {}),
      ...(this.filterLanguage ? { language: this.filterLanguage } : {}),
      openNow: this.openNow,
      ...(this.list.timeZone ? { timeZone: this.list.timeZone } : {}),
    }) : this.list.resources).filter((r) => this.editMode || (r.status !== 'inactive' && r.status !== 'defunct'));
    const crisis = shown.filter((r) => r.crisis && r.status === 'active');
    if (this.currentMode === 'crisis') return this.renderCrisisOnly(crisis, text);
    const others = shown.filter((r) => !crisis.includes(r));
    // A long list fetches the virtualizer the first time, and is drawn again once it is here.
    const virtualize = others.length > VIRTUALIZE_FROM ? virtualizer.now(() => this.requestUpdate())?.virtualize : undefined;
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
          : this.editMode
            ? this.renderCrisisLineOffer(text)
            : nothing}
        ${fileNote(this.message)}
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
        <p role="status" class="count">${searching || !this.query ? text.results(shown.length) : text.preparingSearch}</p>
        ${virtualize
          ? // Long lists render only the cards near the viewport, so 10,000 records scroll smoothly.
            html`<div class="cards" role="list">
              ${virtualize({
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
      </section>
    `;
  }

  private renderItem(r: Resource, text: ResourceMessages) {
    return this.editing === r.id ? this.renderForm(text, r) : this.renderCard(r, text);
  }

  private opened(resource: Resource, action: PeerResourceOpenDetail['action']): void {
    emit(this, 'peer-resource-open', { resource, action });
  }

  /** The first number to call and the first to text, as links (a crisis line's big buttons). */
  private contactLinks(r: Resource): { voice?: Phone; call: string | null; sms?: Phone; message: string | null } {
    const voice = r.phones.find((p) => CALLABLE_PHONE_TYPES.includes(p.type));
    const sms = r.phones.find((p) => p.type === 'text');
    return { ...(voice ? { voice } : {}), call: voice ? telLink(voice) : null, ...(sms ? { sms } : {}), message: sms ? smsLink(sms) : null };
  }

  private renderCrisis(r: Resource, text: ResourceMessages) {
    if (this.editing === r.id) return this.renderForm(text, r);
    const { voice, call, sms, message } = this.contactLinks(r);
    return html`<div class="crisis-card">
      <p class="name">${r.name}</p>
      ${r.alert ? html`<p class="alert">${r.alert}</p>` : nothing}
      ${r.description ? html`<p>${r.description}</p>` : nothing}
      <div class="big-actions">
        ${call ? html`<a class="big" href=${call} @click=${() => this.opened(r, 'call')}>${text.call(r.name)} · ${voice?.number}</a>` : nothing}
        ${message ? html`<a class="big" href=${message} @click=${() => this.opened(r, 'text')}>${text.text(r.name)} · ${sms?.number}</a>` : nothing}
      </div>
      ${this.editMode ? html`<p class="checked">${this.checkedLine(r, text)}</p>${this.renderTools(r, text)}` : nothing}
    </div>`;
  }

  /** When a person last checked it, flagged when that was too long ago; in edit mode, when it was last saved. */
  private checkedLine(r: Resource, text: ResourceMessages) {
    const stale = isStale(r, Date.now(), this.staleAfterMs);
    const checked = r.assuredDate === null ? text.neverChecked : text.lastChecked(formatDay(r.assuredDate, this.currentLang));
    return html`${checked}${stale && this.editMode ? html` · <strong>${text.needsReview}</strong>` : nothing}${this.editMode && r.updatedAt !== null ? html` · ${text.updated(formatDay(r.updatedAt, this.currentLang))}` : nothing}`;
  }

  /** Edit, mark checked today, retire or restore: for every record, crisis lines included. */
  private renderTools(r: Resource, text: ResourceMessages) {
    return html`<div class="tools">
      <button @click=${() => (this.editing = r.id)}>${text.edit}</button>
      <button @click=${() => void this.updateResource({ ...r, assuredDate: today(), updatedAt: Date.now() }, r)}>${text.markChecked}</button>
      <button @click=${() => void this.updateResource({ ...r, status: r.status === 'inactive' ? 'active' : 'inactive', updatedAt: Date.now() }, r)}>${r.status === 'inactive' ? text.restore : text.retire}</button>
    </div>`;
  }

  /** "Mon 09:00–17:00" lines, a day at a time. */
  private renderHours(hours: readonly OpeningHours[], text: ResourceMessages) {
    const sorted = [...hours].sort((a, b) => a.day - b.day || a.opens.localeCompare(b.opens));
    return html`<p>${text.hours}:</p>
      <ul class="hours">
        ${sorted.map((h) => html`<li>${text.dayNames[h.day]} ${h.opens}–${h.closes}</li>`)}
      </ul>`;
  }

  private renderCard(r: Resource, text: ResourceMessages) {
    const website = safeLink(r.url);
    const email = r.email ? safeLink(`mailto:${r.email}`) : null;
    const knowsHours = r.alwaysOpen || r.hours.length > 0;
    const open = knowsHours && isOpenNow(r, new Date(), this.list.timeZone);
    const status = { inactive: text.inactive, defunct: text.inactive, 'temporarily closed': text.temporarilyClosed, active: '' }[r.status];
    return html`<article class="card ${r.status !== 'active' ? 'retired' : ''}">
      <h3>${r.name}</h3>
      ${r.organization ? html`<p class="org">${r.organization}</p>` : nothing}
      ${status ? html`<p class="status">${status}</p>` : nothing}
      ${r.alert ? html`<p class="alert">${r.alert}</p>` : nothing}
      ${r.phones.length === 0
        ? nothing
        : html`<p class="phones">
            ${r.phones.map((p) => {
              const href = p.type === 'text' ? smsLink(p) : p.type === 'fax' || p.type === 'pager' ? null : telLink(p);
              const label = p.type === 'text' ? `${text.textNumber}: ${p.number}` : p.number;
              return href ? html`<a href=${href} @click=${() => this.opened(r, p.type === 'text' ? 'text' : 'call')}>${label}</a> ` : html`<span>${label}</span> `;
            })}
          </p>`}
      ${knowsHours && r.status === 'active' ? html`<p class="open-now ${open ? 'open' : ''}">${open ? text.openUntil : text.closedNow}</p>` : nothing}
      <p class="checked">${this.checkedLine(r, text)}</p>
      <details @toggle=${(e: Event) => (e.target as HTMLDetailsElement).open && this.opened(r, 'details')}>
        <summary>${text.details}</summary>
        ${r.description ? html`<p>${r.description}</p>` : nothing}
        ${r.address ? html`<p>${addressLine(r.address)}</p>` : nothing}
        ${r.virtual ? html`<p>${text.virtual}</p>` : nothing}
        ${r.alwaysOpen ? html`<p>${text.open247}</p>` : r.hours.length > 0 ? this.renderHours(r.hours, text) : nothing}
        ${r.languages.length ? html`<p>${text.languages}: ${r.languages.join(', ')}</p>` : nothing}
        ${r.eligibility ? html`<p>${text.eligibility}: ${r.eligibility}</p>` : nothing}
        ${r.fees ? html`<p>${text.fees}: ${r.fees}</p>` : nothing}
        ${website ? html`<p><a href=${website} rel="noopener noreferrer" target="_blank" @click=${() => this.opened(r, 'website')}>${text.website}</a></p>` : r.url ? html`<p>${r.url}</p>` : nothing}
        ${email ? html`<p><a href=${email} @click=${() => this.opened(r, 'email')}>${r.email}</a></p>` : nothing}
        ${this.editMode && r.source ? html`<p>${text.crisisLinesSource}: ${r.source}</p>` : nothing}
        ${this.editMode && r.notes ? html`<p>${text.notes}: ${r.notes}</p>` : nothing}
      </details>
      ${this.editMode ? this.renderTools(r, text) : nothing}
    </article>`;
  }

  /** Adds or replaces one record; `basedOn` is the record as it was opened for editing. */
  private async updateResource(resource: Resource, basedOn?: Resource): Promise<void> {
    let checker: NonNullable<typeof reader.value>;
    try {
      // Here already: an editing element draws once it is.
      checker = reader.value ?? (await reader.load());
    } catch (error) {
      this.message = { text: this.text.notSaved, problems: problemsOf(error), error: true };
      return;
    }
    const parsed = checker.parseResourceList(putResource(this.list, resource));
    if (!parsed.ok) {
      this.message = { text: this.text.notSaved, problems: parsed.errors, error: true };
      return;
    }
    this.change(
      (list) => putResource(list, resource, basedOn),
      (list) => putResource(list, resource),
    );
    this.editing = null;
    this.message = undefined;
  }

  private renderForm(text: ResourceMessages, r?: Resource) {
    const { voice, sms } = r ? this.contactLinks(r) : {};
    const firstOn = (day: number) => r?.hours.find((h) => h.day === day);
    const submit = (event: SubmitEvent) => {
      event.preventDefault();
      const data = new FormData(event.target as HTMLFormElement);
      const field = (name: string) => {
        const value = data.get(name);
        return typeof value === 'string' ? value.trim() : '';
      };
      const list = (name: string) => field(name).split(',').map((c) => c.trim()).filter(Boolean);
      const base: Resource = r ?? blankResource(uniqueId('res'), today());
      // The number to call and the one to text are the form's; any others the record has stay.
      const phone = (number: string, old: Phone | undefined, type: Phone['type']): Phone[] => (number ? [{ ...(old ?? { type }), number }] : []);
      const others = base.phones.filter((p) => p !== voice && p !== sms);
      // One opening a day is edited here; a second opening the same day (split hours from a file) is kept.
      const hours: OpeningHours[] = [0, 1, 2, 3, 4, 5, 6].flatMap((day) => {
        const opens = field(`opens-${day}`);
        const closes = field(`closes-${day}`);
        const more = base.hours.filter((h) => h.day === day).slice(1);
        return [...(opens && closes ? [{ day, opens, closes }] : []), ...more];
      });
      const address = { street: field('street'), city: field('city'), region: base.address?.region ?? '', postcode: field('postcode'), country: field('country').toUpperCase() };
      const optional = (name: 'url' | 'email' | 'alert' | 'notes') => (field(name) ? { [name]: field(name) } : {});
      const { url: _url, email: _email, alert: _alert, notes: _notes, ...kept } = base;
      // Held from the press: the checker may still be loading, and leaving meanwhile would lose the record unsaid.
      void holdWhileSaving(
        this.updateResource(
          {
            ...kept,
            name: field('name'),
            organization: field('organization'),
            description: field('description'),
            phones: [...phone(field('phone'), voice, 'voice'), ...phone(field('text'), sms, 'text'), ...others],
            ...optional('url'),
            ...optional('email'),
            ...optional('alert'),
            ...optional('notes'),
            address: Object.values(address).some(Boolean) ? address : null,
            virtual: data.get('virtual') !== null,
            alwaysOpen: data.get('alwaysOpen') !== null,
            hours,
            languages: list('languages'),
            categories: list('categories'),
            keywords: list('keywords'),
            assuredDate: field('assuredDate') || null,
            updatedAt: Date.now(),
            crisis: data.get('crisis') !== null,
          },
          r,
        ),
      );
      if (!r) (event.target as HTMLFormElement).reset();
    };
    return html`<form class="edit" @submit=${submit}>
      <label>${text.name}<input name="name" required maxlength="300" .value=${r?.name ?? ''} /></label>
      <label>${text.organization}<input name="organization" maxlength="300" .value=${r?.organization ?? ''} /></label>
      <label>${text.description}<textarea name="description" rows="2" maxlength="5000" .value=${r?.description ?? ''}></textarea></label>
      <label>${text.phone}<input name="phone" type="tel" autocomplete="off" .value=${voice?.number ?? ''} /></label>
      <label>${text.textNumber}<input name="text" type="tel" autocomplete="off" .value=${sms?.number ?? ''} /></label>
      <label>${text.url}<input name="url" type="url" .value=${r?.url ?? ''} /></label>
      <label>${text.email}<input name="email" type="email" autocomplete="off" .value=${r?.email ?? ''} /></label>
      <fieldset>
        <legend>${text.address}</legend>
        <label>${text.street}<input name="street" autocomplete="off" .value=${r?.address?.street ?? ''} /></label>
        <label>${text.city}<input name="city" autocomplete="off" .value=${r?.address?.city ?? ''} /></label>
        <label>${text.postcode}<input name="postcode" autocomplete="off" .value=${r?.address?.postcode ?? ''} /></label>
        <label>${text.country}<input name="country" maxlength="2" autocomplete="off" .value=${r?.address?.country ?? ''} /></label>
        <label class="check"><input type="checkbox" name="virtual" .checked=${r?.virtual ?? false} /> ${text.reachedRemotely}</label>
      </fieldset>
      <fieldset class="hours-editor">
        <legend>${text.hours}</legend>
        <label class="check"><input type="checkbox" name="alwaysOpen" .checked=${r?.alwaysOpen ?? false} /> ${text.alwaysOpen}</label>
        <div class="day" aria-hidden="true"><span></span><span>${text.opens}</span><span>${text.closes}</span></div>
        ${[1, 2, 3, 4, 5, 6, 0].map(
          (day) => html`<div class="day">
            <span>${text.dayNames[day]}</span>
            <input type="time" name=${`opens-${day}`} aria-label=${`${text.dayNames[day]} ${text.opens}`} .value=${firstOn(day)?.opens ?? ''} />
            <input type="time" name=${`closes-${day}`} aria-label=${`${text.dayNames[day]} ${text.closes}`} .value=${firstOn(day)?.closes ?? ''} />
          </div>`,
        )}
      </fieldset>
      <label>${text.languagesField}<input name="languages" .value=${r?.languages.join(', ') ?? ''} /></label>
      <label>${text.categories}<input name="categories" .value=${r?.categories.join(', ') ?? ''} /></label>
      <label>${text.keywords}<input name="keywords" .value=${r?.keywords.join(', ') ?? ''} /></label>
      <label>${text.alert}<input name="alert" maxlength="300" .value=${r?.alert ?? ''} /></label>
      <label>${text.checkedOn}<input name="assuredDate" type="date" .value=${r?.assuredDate ?? today()} /></label>
      <label>${text.notes}<textarea name="notes" rows="2" maxlength="5000" .value=${r?.notes ?? ''}></textarea></label>
      <label class="check"><input type="checkbox" name="crisis" .checked=${r?.crisis ?? false} /> ${text.crisis}</label>
      <button type="submit" class="primary">${r ? text.save : text.add}</button>
    </form>`;
  }

  /** Offered while the list has no crisis line: the national lines we have checked, by country. */
  private renderCrisisLineOffer(text: ResourceMessages) {
    if (this.list.resources.some((r) => r.crisis)) return nothing;
    const table = editing.now(() => this.requestUpdate());
    if (!table) return nothing;
    const add = (event: SubmitEvent) => {
      event.preventDefault();
      const country = new FormData(event.target as HTMLFormElement).get('country');
      const lines = table.crisisLinesFor(typeof country === 'string' ? country : '');
      this.change((list) => lines.reduce((next, line) => (next.resources.some((r) => r.id === line.id) ? next : putResource(next, line)), list));
      this.message = { text: text.crisisLinesAdded(lines.length), error: false };
    };
    const region = browserRegion();
    return html`<form class="crisis-offer" @submit=${add}>
      <label>${text.startFromCountry}
        <select name="country">
          ${table.CRISIS_LINE_COUNTRIES.map((code) => html`<option value=${code} ?selected=${code === region}>${text.country_(code)}</option>`)}
        </select>
      </label>
      <button type="submit">${text.addCrisisLines}</button>
      <p class="hint">${text.noCheckedLines}</p>
    </form>`;
  }

  /** The zone opening hours are in, so "open now" is right wherever the list is looked at from. */
  private renderTimeZone(text: ResourceMessages) {
    const device = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [device];
    const current = this.list.timeZone ?? device;
    const choose = (e: Event) => {
      const timeZone = (e.target as HTMLSelectElement).value;
      this.change((list) => ({ ...list, timeZone }));
    };
    return html`<label>${text.timeZone}
      <select @change=${choose}>
        ${[...new Set([current, ...zones])].map((zone) => html`<option value=${zone} ?selected=${zone === current}>${zone.replaceAll('_', ' ')}</option>`)}
      </select>
    </label>`;
  }

  /** The list's own controls (files, time zone) first, then the long form for a new resource, so they stay in view. */
  private renderEditTools(text: ResourceMessages) {
    return html`<section class="edit-tools">
      <div class="tools">
        <button @click=${() => download('resources.json', 'application/json', JSON.stringify(this.list, null, 2))}>${text.exportJson}</button>
        <button @click=${async () => download('resources.csv', 'text/csv', (await editing.load()).resourcesToCsv(this.list.resources))}>${text.exportCsv}</button>
        <button @click=${async () => download('resources-hsds.json', 'application/json', JSON.stringify((await editing.load()).toHsds(this.list.resources), null, 2))}>${text.exportHsds}</button>
        <label>${text.importFile}<input type="file" accept=".json,.csv,application/json,text/csv" @change=${(e: Event) => void this.onImport(e)} /></label>
        ${fileNote(this.importNote)}
      </div>
      ${this.renderTimeZone(text)}
      <h2>${text.add}</h2>
      ${this.renderForm(text)}
    </section>`;
  }

  /** JSON (ours or HSDS) or CSV; a bad file is refused whole and nothing changes. */
  private async onImport(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    let parsed: ParseResult<ResourceList>;
    try {
      const [files, { isHsds }] = await Promise.all([editing.load(), reader.load()]);
      // A long list takes a moment to check: say so, and let that be drawn before the work starts.
      this.importNote = { text: this.text.reading(file.name), error: false };
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (file.name.toLowerCase().endsWith('.csv')) parsed = files.resourcesFromCsv(await readTextFile(file, MAX_LIST_FILE_BYTES));
      else {
        const data = await readJsonFile(input, MAX_LIST_FILE_BYTES);
        // Checked a step at a time, saying how far it has got and drawing between steps.
        parsed = await files.readResourcesInSteps(data, isHsds(data), async (checked, total) => {
          this.importNote = { text: this.text.checking(file.name, checked, total), error: false };
          await new Promise((resolve) => setTimeout(resolve, 0));
        });
      }
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
