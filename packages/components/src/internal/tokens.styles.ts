import { css } from 'lit';

/** The palette's dark values, for a dark system (theme="auto") and for theme="dark". */
const darkScheme = css`
  color-scheme: dark;
  --_scheme-surface: #171c1a;
  --_scheme-raised: #212824;
  --_scheme-text: #ece8e1;
  --_scheme-muted: #b3bcb6;
  --_scheme-border: #7c8781;
  --_scheme-accent: #82cdbf;
  --_scheme-warning: #e8b45a;
  --_scheme-overtime: #ff9d92;
`;

/** Design tokens shared by every element; override any `--peer-*` on the host page. */
export const tokens = css`
  /*
   * PeerKit's design system (README, "Design system"; Storybook, "Design tokens"): a calm
   * palette of warm paper and deep teal. (The type and spacing scales are the app's, in
   * app/app.css; the elements' sizes are fluid, set for a phone up to a projector.)
   *
   * Public tokens (--peer-*) are only ever read, with a fallback, so a value set on
   * :root, an ancestor or the element wins as CSS users expect. Each is resolved once
   * into a private --_* name. With no host colours the palette below is used as designed;
   * what a host leaves unset is derived from the surface it set, so text keeps its
   * contrast: a light surface gets dark text and a dark surface light text, whatever the
   * system's scheme. (A --_*-from-host value is invalid, so skipped, when the host set no
   * surface.)
   */
  :host {
    color-scheme: light;
    --_scheme-surface: #fffdf9;
    --_scheme-raised: #efeae2;
    --_scheme-text: #1d2321;
    --_scheme-muted: #4d5752;
    --_scheme-border: #7c8680;
    --_scheme-accent: #1e6b60;
    --_scheme-warning: #8a5300;
    --_scheme-overtime: #a3362c;
    --_surface: var(--peer-color-surface, var(--_scheme-surface));
    /* Near-black on a light surface, near-white on a dark one (OKLCH lightness flips at 0.6). */
    --_text-from-host: oklch(from var(--peer-color-surface) clamp(0.2, (0.6 - l) * 100, 0.96) 0.012 170);
    --_text: var(--peer-color-text, var(--_text-from-host, var(--_scheme-text)));
    --_muted-from-host: color-mix(in oklab, var(--_text) 72%, var(--peer-color-surface));
    --_muted: var(--peer-color-muted, var(--_muted-from-host, var(--_scheme-muted)));
    --_raised-from-host: color-mix(in oklab, var(--peer-color-surface) 93%, var(--_text));
    --_surface-raised: var(--peer-color-surface-raised, var(--_raised-from-host, var(--_scheme-raised)));
    --_border-from-host: color-mix(in oklab, var(--_text) 55%, var(--peer-color-surface));
    --_border: var(--peer-color-border, var(--_border-from-host, var(--_scheme-border)));
    --_accent-from-host: oklch(from var(--peer-color-surface) clamp(0.46, (0.6 - l) * 100, 0.8) 0.1 180);
    --_accent: var(--peer-color-accent, var(--_accent-from-host, var(--_scheme-accent)));
    --_on-accent: var(--peer-color-on-accent, oklch(from var(--_accent) clamp(0.18, (0.62 - l) * 100, 0.99) 0 0));
    --_warning-from-host: oklch(from var(--peer-color-surface) clamp(0.48, (0.6 - l) * 100, 0.86) 0.12 75);
    --_warning: var(--peer-color-warning, var(--_warning-from-host, var(--_scheme-warning)));
    --_warning-surface: var(--peer-color-warning-surface, color-mix(in oklab, var(--_warning) 14%, var(--_surface)));
    --_overtime-from-host: oklch(from var(--peer-color-surface) clamp(0.46, (0.6 - l) * 100, 0.8) 0.16 25);
    --_overtime: var(--peer-color-overtime, var(--_overtime-from-host, var(--_scheme-overtime)));
    --_overtime-surface: var(--peer-color-overtime-surface, color-mix(in oklab, var(--_overtime) 12%, var(--_surface)));
    --_focus: var(--peer-color-focus, var(--_accent));
    --_radius: var(--peer-radius, 0.5rem);
    --_space: var(--peer-space, 1rem);
    --_font: var(--peer-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-family: var(--_font);
    color: var(--_text);
  }
  /* theme="auto" (the default) follows the system; theme="light" and theme="dark" hold. */
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkScheme}
    }
  }
  :host([theme='dark']) {
    ${darkScheme}
  }
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  label {
    display: grid;
    gap: 0.25rem;
  }
  input:not([type='checkbox']):not([type='radio']),
  select,
  textarea {
    font: inherit;
    min-height: 2.75rem;
    padding: 0.4rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    /* A long option or file name never pushes the element wider than its column (a phone). */
    box-sizing: border-box;
    max-width: 100%;
    min-width: 0;
  }
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible,
  summary:focus-visible,
  a:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .notice {
    margin: 0;
    padding: 0.5rem 0.75rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
    text-align: start;
  }
  /* Something did not happen (a save, a file): marked by more than colour, a thick edge. */
  .notice.error,
  .notice.conflict {
    border-color: var(--_overtime);
    border-inline-start-width: 0.5rem;
  }
  .notice > p,
  .notice > ul,
  .notice > dl {
    margin: 0 0 0.5rem;
  }
  .notice > :last-child {
    margin-bottom: 0;
  }
  .notice > ul {
    padding-inline-start: 1.25rem;
  }
  .notice dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem 0.75rem;
  }
  .notice dt {
    font-weight: 700;
  }
  .notice dd {
    margin: 0;
  }
  .notice .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  /* Inherited text styles from a host page (letter-spacing, upper case, italics) stop at our root. */
  /* Each element paints its own surface, so its text keeps its contrast whatever the page is. */
  [part~='base'] {
    background: var(--_surface);
    color: var(--_text);
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-indent: 0;
    font-style: normal;
    line-height: 1.4;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  button {
    font: inherit;
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: 0.5rem 1rem;
    border-radius: var(--_radius);
    border: 2px solid var(--_border);
    background: var(--_surface-raised);
    color: var(--_text);
    cursor: pointer;
  }
  button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  /* What cannot be taken back: marked by its edge and weight, not colour alone. */
  button.danger {
    border-color: var(--_overtime);
    color: var(--_overtime);
    font-weight: 700;
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.55;
  }
  button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
    button:focus-visible {
      outline-color: Highlight;
    }
  }
`;
