/**
 * Focus is never lost. When an action removes or hides the control that had
 * focus (a form replaced by its thanks, the last speaker's Next ending the
 * round, a setting's button gone once it is set), browsers drop focus to the
 * page itself and a keyboard or screen-reader user starts again from the top.
 * One rule for every element and page: after each action, if focus fell that
 * way, it goes to the nearest place still showing — that place's message or
 * heading, else the place itself.
 */

/** Where focus was, innermost first, through shadow roots. */
let lastPath: Element[] = [];
let installed = false;

/** The element that really has focus, inside shadow roots. */
export function deepActiveElement(root: Document | ShadowRoot = document): Element | null {
  const active = root.activeElement;
  return active?.shadowRoot?.activeElement ? deepActiveElement(active.shadowRoot) : active;
}

/** Whether an element is on the page and drawn (not removed, hidden or inert). */
function showing(element: Element): boolean {
  return element.isConnected && element.getClientRects().length > 0 && !element.closest('[inert]');
}

/** Where to land, in order: what the action said, then a heading, then a place made to take focus. */
const LANDINGS = ['[role="status"], [role="alert"]', 'h1, h2, h3, h4', '[tabindex="-1"]'];

/** Where a search for a landing stops going outward: the part of the page the action was in. */
const BOUNDARY = 'section, article, aside, main, form, fieldset, dialog, [role="group"], [role="region"]';

/** Seen, not only heard: a visually hidden live region is no place for a sighted keyboard user's focus. */
function seen(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return box.width > 1 && box.height > 1;
}

/**
 * The place to go in what is left: the nearest message that says something, else heading,
 * looking outward from where the control was to the part it was in; else the nearest place
 * itself. Never one of its controls: a key pressed next (Space for the timer) must not press
 * a button the person never chose; never the row of controls itself, read out as a list of buttons.
 */
function landingIn(places: Element[]): HTMLElement {
  const end = places.findIndex((place) => place.matches(BOUNDARY));
  const searched = end === -1 ? places.slice(0, 1) : places.slice(0, end + 1);
  const saying = (place: Element, selector: string) => [...place.querySelectorAll<HTMLElement>(selector)].find((e) => showing(e) && seen(e) && e.textContent.trim() !== '');
  const found = searched.flatMap((place) => LANDINGS.map((selector) => saying(place, selector))).find((e) => e !== undefined);
  const target = found ?? (places[0] as HTMLElement);
  // Takes focus from script only: not added to the Tab order.
  if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
  return target;
}

/** After an action: if focus fell to the page because its control went, it goes to the nearest place still showing. */
export function rescueFocus(): void {
  const active = deepActiveElement();
  if (active && active !== document.body && active !== document.documentElement) return;
  const [lost, ...around] = lastPath;
  // Focus left on purpose (a click on the page's background): its control is still there.
  if (!lost || showing(lost)) return;
  const places = around.filter((element) => showing(element) && !(element instanceof HTMLBodyElement) && !(element instanceof HTMLHtmlElement));
  if (places.length > 0) landingIn(places).focus();
}

/** Installs the rule once per page (elements and the app both call it). */
export function keepFocus(): void {
  if (installed || typeof document === 'undefined') return;
  installed = true;
  document.addEventListener('focusin', (event) => (lastPath = event.composedPath().filter((node): node is Element => node instanceof Element)), true);
  // Checked once the action's drawing is done, and again after a moment for one that waits on storage.
  const afterAction = () => {
    requestAnimationFrame(() => rescueFocus());
    setTimeout(rescueFocus, 300);
  };
  for (const type of ['click', 'keydown', 'submit']) document.addEventListener(type, afterAction, true);
}
