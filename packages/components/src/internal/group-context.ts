/**
 * What <peer-group> shares with the elements inside it: the group's id (their
 * default storage key), the store, and the members, so names are typed once.
 */
import { ContextConsumer, createContext } from '@lit/context';
import { html, type ReactiveControllerHost } from 'lit';

export interface GroupContextValue {
  groupId: string;
  storeName: string | undefined;
  /** Members present now (only those `here`, when the group says who is), in the group's order. */
  members: { id: string; name: string }[];
}

/** What a <peer-group> shares: `'reading'` until its group is read, then the group; undefined if it has none. */
export type GroupShare = GroupContextValue | 'reading' | undefined;

export const groupContext = createContext<GroupShare>(Symbol.for('peerkit-group'));

/** What an element draws while `waiting()`: its base, empty and busy. */
export const waitingBase = html`<section part="base" aria-busy="true"></section>`;

/** An element's link to an enclosing <peer-group>; own attributes always win. */
export class GroupLink {
  value: GroupContextValue | undefined;
  /** The enclosing <peer-group> is still reading its group: the element waits, rather than draw and load twice. */
  reading = false;
  /** The group and store the element last loaded from. */
  private loadedFrom: string | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    new ContextConsumer(host, {
      context: groupContext,
      subscribe: true,
      callback: (share) => {
        this.reading = share === 'reading';
        this.value = share === 'reading' ? undefined : share;
        host.requestUpdate();
      },
    });
  }

  /**
   * True once after the group arrived or moved to another id or store: time to load its data.
   * A member joining or leaving is not one: the element draws the new names without loading again.
   */
  takeChange(): boolean {
    const from = this.value && JSON.stringify([this.value.groupId, this.value.storeName]);
    if (from === this.loadedFrom) return false;
    this.loadedFrom = from;
    return true;
  }

  /** True while the element has nothing to draw yet: its group still being read, or one of its documents loading. */
  waiting(...documents: readonly { status: string }[]): boolean {
    return this.reading || documents.some((document) => document.status === 'loading');
  }

  key(own: string | undefined): string | undefined {
    return own ?? this.value?.groupId;
  }

  store(own: string | undefined): string | undefined {
    return own ?? this.value?.storeName;
  }

  /** The element's own `members` list (names), else the group's members here, with their ids (so what the element records is theirs). */
  memberList(own: string | undefined, parse: (text: string | undefined) => string[]): (string | { id: string; name: string })[] {
    return own !== undefined || !this.value ? parse(own) : this.value.members;
  }
}
