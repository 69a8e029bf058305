import { LitElement, css, html, type PropertyValues } from 'lit';
import { ContextProvider } from '@lit/context';
import { createGroup, presentMembers, type Group, type KindSpec } from '@peerkit/core';
import { AttributeReader } from '../internal/attributes.js';
import { DocumentController } from '../internal/document-controller.js';
import { loaded } from '../internal/loaded.js';
import { groupContext } from '../internal/group-context.js';
import { resolveLang } from '../internal/i18n.js';

/**
 * Lets the elements inside share one group: its store, its id as their
 * storage key, and its members, so names are typed once.
 *
 * @summary A group's context for every PeerKit element inside it.
 * @tagname peer-group
 *
 * @slot - PeerKit elements (and anything else).
 */
export class PeerGroupElement extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
  `;

  static override properties = {
    groupId: { type: String, attribute: 'group-id' },
    name: { type: String },
    members: { type: String },
    here: { type: String },
    storeName: { type: String, attribute: 'store-name' },
    group: { attribute: false },
  };

  /** The group's id: where its record lives, and the default storage key inside. */
  declare groupId: string | undefined;
  declare name: string | undefined;
  /** Names for a new group (the stored record wins once it exists). */
  declare members: string | undefined;
  /**
   * The ids of the members here now (a meeting's attendance), separated by spaces:
   * only they take part in the elements inside. Unset: every present member.
   */
  declare here: string | undefined;
  declare storeName: string | undefined;
  /** The group record (from @peerkit/core). */
  declare group: Group | undefined;

  private readonly attributeReader = new AttributeReader('peer-group');
  private readonly provider = new ContextProvider(this, { context: groupContext, initialValue: 'reading' });
  private readonly groupDoc = new DocumentController<Group>(this, {
    kind: 'group',
    spec: async () => (await import('@peerkit/core/group/kind')).groupKind as KindSpec<Group>,
    onChange: (group) => (this.group = group),
  });
  private loading: Promise<void> | undefined;

  get ready(): Promise<void> {
    return loaded(this, () => this.loading);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('groupId') || changed.has('storeName')) this.loading = this.load();
    if (changed.has('group') || changed.has('here')) this.share();
  }

  private async load(): Promise<void> {
    const id = this.groupId;
    if (!id) {
      this.attributeReader.conflict('needs a group-id; the elements inside work on their own.');
      this.provider.setValue(undefined);
      return;
    }
    this.provider.setValue('reading');
    const opened = await this.groupDoc.open(id, this.storeName, () =>
      createGroup(id, this.name ?? id, this.attributeReader.list(this.members), Date.now(), resolveLang(this)),
    );
    if (id === this.groupId) this.group = opened?.value; // else another group was asked for meanwhile
  }

  private share(): void {
    if (!this.groupId || !this.group) return;
    const here = this.here === undefined ? undefined : new Set(this.here.split(/[\s,]+/).filter(Boolean));
    this.provider.setValue({
      groupId: this.groupId,
      storeName: this.storeName,
      members: presentMembers(this.group)
        .filter((m) => here === undefined || here.has(m.id))
        .map(({ id, name }) => ({ id, name })),
    });
  }

  protected override render() {
    this.attributeReader.theme(this.getAttribute('theme'));
    return html`<slot></slot>`;
  }
}
