import { css } from 'lit';

/** Design tokens shared by every element; override any `--peer-*` on the host page. */
export const tokens = css`
  :host {
    --peer-font: var(--peer-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --peer-color-text: #1b1f24;
    --peer-color-muted: #4a5560;
    --peer-color-surface: #ffffff;
    --peer-color-surface-raised: #f3f5f7;
    --peer-color-border: #8a96a3;
    --peer-color-accent: #1f5fa8;
    --peer-color-on-accent: #ffffff;
    --peer-color-warning: #8a5a00;
    --peer-color-warning-surface: #fff4d6;
    --peer-color-overtime: #a3222a;
    --peer-color-overtime-surface: #fde8e8;
    --peer-color-focus: #1f5fa8;
    --peer-radius: 0.5rem;
    --peer-space: 1rem;
    font-family: var(--peer-font);
    color: var(--peer-color-text);
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --peer-color-text: #eef1f4;
      --peer-color-muted: #b4bec8;
      --peer-color-surface: #15191e;
      --peer-color-surface-raised: #232a31;
      --peer-color-border: #6f7c89;
      --peer-color-accent: #8cbcf5;
      --peer-color-on-accent: #0b1520;
      --peer-color-warning: #ffd27a;
      --peer-color-warning-surface: #3a2c0a;
      --peer-color-overtime: #ff9b9b;
      --peer-color-overtime-surface: #3d1416;
      --peer-color-focus: #8cbcf5;
    }
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
    border: 2px solid var(--peer-color-border);
    border-radius: var(--peer-radius);
    background: var(--peer-color-surface);
    color: var(--peer-color-text);
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
    outline: 3px solid var(--peer-color-focus);
    outline-offset: 2px;
  }
  .notice {
    margin: 0;
    padding: 0.5rem 0.75rem;
    border: 2px solid var(--peer-color-border);
    border-radius: var(--peer-radius);
    background: var(--peer-color-surface-raised);
    text-align: start;
  }
  /* Something did not happen (a save, a file): marked by more than colour, a thick edge. */
  .notice.error,
  .notice.conflict {
    border-color: var(--peer-color-overtime);
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
  [part~='base'] {
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
    border-radius: var(--peer-radius);
    border: 2px solid var(--peer-color-border);
    background: var(--peer-color-surface-raised);
    color: var(--peer-color-text);
    cursor: pointer;
  }
  button.primary {
    background: var(--peer-color-accent);
    border-color: var(--peer-color-accent);
    color: var(--peer-color-on-accent);
  }
  /* What cannot be taken back: marked by its edge and weight, not colour alone. */
  button.danger {
    border-color: var(--peer-color-overtime);
    color: var(--peer-color-overtime);
    font-weight: 700;
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.55;
  }
  button:focus-visible {
    outline: 3px solid var(--peer-color-focus);
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
