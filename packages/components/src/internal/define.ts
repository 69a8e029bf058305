import { keepFocus } from './focus-keeper.js';

const warned = new Set<string>();

/**
 * Registers a tag unless it is taken (a host page with a clash, or a second
 * copy of PeerKit), and then warns once instead of throwing. The class stays
 * exported so a page can register it under another name.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  // Every page with a PeerKit element keeps focus from falling to the page when a control goes.
  keepFocus();
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, element);
    return;
  }
  if (existing !== element && !warned.has(tag)) {
    warned.add(tag);
    console.warn(`<${tag}> is already defined on this page; PeerKit left the existing definition in place.`);
  }
}
