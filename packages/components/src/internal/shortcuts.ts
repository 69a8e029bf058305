/**
 * Runs the action bound to a key, unless the person is typing or holds a
 * modifier. Space is left to a focused button, which already clicks on it.
 */
export function handleShortcut(event: KeyboardEvent, actions: Record<string, (() => void) | undefined>): void {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.composedPath()[0];
  if (target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
  if (event.key === ' ' && target instanceof HTMLElement && /^(BUTTON|A|SUMMARY)$/.test(target.tagName)) return;
  const action = actions[event.key.length === 1 ? event.key.toLowerCase() : event.key] ?? actions[event.key];
  if (!action) return;
  event.preventDefault();
  action();
}
