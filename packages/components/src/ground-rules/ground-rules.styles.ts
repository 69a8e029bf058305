import { css } from 'lit';

export const styles = css`
  .rules {
    display: grid;
    gap: var(--_space);
    container-type: inline-size;
  }
  h2 {
    margin: 0;
  }
  .mode-display h2,
  .mode-accept h2 {
    font-size: clamp(1.5rem, 4vw, 2.75rem);
  }
  .rule-list {
    margin: 0;
    /* In em, so the numbers stay inside at the large display size. */
    padding-inline-start: 1.8em;
    display: grid;
    gap: 0.75rem;
  }
  .rule-list.large {
    font-size: clamp(1.25rem, 3.5vw, 2.25rem);
  }
  .rule-text {
    margin: 0;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .explanation {
    margin: 0.25rem 0 0;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .large .explanation {
    font-size: 0.6em;
  }
  .status {
    font-size: 0.8rem;
    font-weight: 600;
    border: 1px solid currentColor;
    border-radius: 999px;
    padding: 0 0.5rem;
    white-space: nowrap;
  }
  .status-agreed::before {
    content: '✓ ';
  }
  .status-not-agreed::before {
    content: '✕ ';
  }
  .tools,
  .add {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: end;
  }
  form {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: end;
  }
  .rule-form {
    display: grid;
    width: 100%;
  }
  /* With room (a laptop's tool column), a rule's buttons sit beside it and the new rule's two
     fields side by side, so the list and the forms under it fit on one screen. */
  @container (min-width: 36rem) {
    div.rule {
      display: grid;
      grid-template-columns: 1fr auto;
      column-gap: 1rem;
      align-items: start;
    }
    div.rule > .tools {
      grid-column: 2;
      grid-row: 1 / span 2;
      flex-wrap: nowrap;
    }
    .add > .rule-form {
      grid-template-columns: 1fr 1fr;
      gap: 0.5rem 1rem;
    }
    .add > .rule-form > .tools {
      grid-column: 1 / -1;
    }
  }
  .version,
  /* On the room's screen every rule fits: sized by the screen's height too, in two columns past six rules. */
  :host([presenter]) .rule-list.large {
    font-size: clamp(1rem, min(2.6vw, 3vh), 2.25rem);
  }
  @media (min-width: 60rem) {
    :host([presenter]) .rule-list.large:has(> li:nth-child(7)) {
      display: block;
      columns: 2;
      column-gap: 3rem;
    }
  }
  :host([presenter]) .rule-list.large > li {
    break-inside: avoid;
    margin-bottom: 0.6em;
  }
  .consents {
    list-style: none;
    margin: 1rem 0 0.5rem;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .consented {
    display: inline-flex;
    align-items: center;
    min-height: 2.75rem;
    padding: 0 1rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    font-weight: 700;
  }
  .consented::before {
    content: '✓ ';
    white-space: pre;
  }
  .quick {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
    margin: 0.75rem 0;
  }
  .quick p,
  .adopted-note {
    margin: 0;
    color: var(--_muted);
  }
  .tally {
    margin: 0;
    color: var(--_muted);
  }
  /* Each member's answer in an even grid: six across a laptop's tool column, two or three on a phone. */
  .responses {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(6.5rem, 1fr));
    gap: 0.5rem;
  }
  .responses select {
    width: 100%;
  }
  /* The tally and its decision on one line under the answers (wrapping on a phone). */
  .decision {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: 0.5rem 1rem;
    margin-top: 0.5rem;
  }
  /* A clean one-page handout: the rules only, no controls. */
  @media print {
    .tools,
    .add,
    form,
    button,
    .thanks {
      display: none !important;
    }
    .rule-list.large {
      font-size: 13pt;
    }
    :host {
      color: #000;
    }
  }
`;
