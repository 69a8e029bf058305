/** Whether the element lays out right to left (its own `dir`, or inherited from the page). */
export function isRightToLeft(element: Element): boolean {
  return getComputedStyle(element).direction === 'rtl';
}

/**
 * Actions bind ArrowRight to "forward": in a right-to-left page forward is ←, so the arrows
 * follow the reading direction, as the text does.
 */
function inReadingDirection(key: string, host: Element): string {
  if (key !== 'ArrowLeft' && key !== 'ArrowRight') return key;
  if (!isRightToLeft(host)) return key;
  return key === 'ArrowLeft' ? 'ArrowRight' : 'ArrowLeft';
}

/** Arrow keys and their glyphs as a reader of this element sees forward and back. */
export function readingArrows(host: Element): { forward: string; back: string; forwardGlyph: string; backGlyph: string } {
  return isRightToLeft(host)
    ? { forward: 'ArrowLeft', back: 'ArrowRight', forwardGlyph: '←', backGlyph: '→' }
    : { forward: 'ArrowRight', back: 'ArrowLeft', forwardGlyph: '→', backGlyph: '←' };
}

/**
 * Runs the action bound to a key, unless the person is typing or holds a
 * modifier. Space is left to a focused button, which already clicks on it.
 */
export function handleShortcut(event: KeyboardEvent, actions: Record<string, (() => void) | undefined>, host: Element): void {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.composedPath()[0];
  if (target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
  if (event.key === ' ' && target instanceof HTMLElement && /^(BUTTON|A|SUMMARY)$/.test(target.tagName)) return;
  const key = inReadingDirection(event.key, host);
  const action = actions[key.length === 1 ? key.toLowerCase() : key] ?? actions[key];
  if (!action) return;
  event.preventDefault();
  action();
}
