/**
 * The meeting page's own keys: Alt+H, Alt+G and Alt+N from anywhere on the page, and ?
 * (when no tool takes it) for the list of them. The list's opening and closing is said,
 * since from the key focus is not on the button that tells.
 */
import { element } from '../shell.js';
import type { AppMessages } from '../messages.js';

/** Runs `act` on Alt+<code> (by key position, so any layout), unless `when` says not now. */
export function onAltKey(code: string, act: () => void, when: () => boolean = () => true): void {
  document.addEventListener('keydown', (event) => {
    if (!event.altKey || event.ctrlKey || event.metaKey || event.code !== code || !when()) return;
    event.preventDefault();
    act();
  });
}

const typingIn = (target: EventTarget | undefined) => target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

export function offerPageKeys(text: AppMessages): void {
  const toggle = element('page-keys-toggle', HTMLButtonElement);
  const list = element('page-keys', HTMLElement);
  const flip = () => {
    list.hidden = !list.hidden;
    toggle.setAttribute('aria-expanded', String(!list.hidden));
    element('page-keys-said', HTMLElement).textContent = list.hidden ? text.keysHidden : text.keysShown;
  };
  toggle.addEventListener('click', flip);
  document.addEventListener('keydown', (event) => {
    // A timer or check-in with focus shows its own keys for ? (and says it took the key).
    if (event.key !== '?' || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || typingIn(event.composedPath()[0])) return;
    if (document.body.classList.contains('kiosk') || document.querySelector('dialog[open]')) return;
    event.preventDefault();
    flip();
  });
}
