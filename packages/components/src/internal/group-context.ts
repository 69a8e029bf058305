/**
 * What <peer-group> shares with the elements inside it: the group's id (their
 * default storage key), the store, and the members, so names are typed once.
 */
import { ContextConsumer, createContext } from '@lit/context';
import type { ReactiveControllerHost } from 'lit';

export interface GroupContextValue {
  groupId: string;
  storeName: string | undefined;
  /** Members present now, in the group's order. */
  members: { id: string; name: string }[];
}

export const groupContext = createContext<GroupContextValue | undefined>(Symbol.for('peerkit-group'));

/** An element's link to an enclosing <peer-group>; own attributes always win. */
export class GroupLink {
  value: GroupContextValue | undefined;
  private changed = false;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    new ContextConsumer(host, {
      context: groupContext,
      subscribe: true,
      callback: (value) => {
        this.value = value;
        this.changed = true;
        host.requestUpdate();
      },
    });
  }

  /** True once after the group arrived or changed: time to load its data. */
  takeChange(): boolean {
    const changed = this.changed;
    this.changed = false;
    return changed;
  }

  key(own: string | undefined): string | undefined {
    return own ?? this.value?.groupId;
  }

  store(own: string | undefined): string | undefined {
    return own ?? this.value?.storeName;
  }

  /** The element's own `members` list, else the group's. */
  memberNames(own: string | undefined, parse: (text: string | undefined) => string[]): string[] {
    return own !== undefined || !this.value ? parse(own) : this.value.members.map((m) => m.name);
  }
}
