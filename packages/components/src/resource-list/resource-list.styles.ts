import { css } from 'lit';

export const styles = css`
  .resources {
    display: grid;
    gap: var(--_space);
  }
  h2,
  h3,
  p {
    margin: 0;
  }
  .crisis {
    border: 3px solid var(--_overtime);
    border-radius: var(--_radius);
    padding: var(--_space);
    display: grid;
    gap: 0.75rem;
  }
  .crisis-card {
    display: grid;
    gap: 0.4rem;
  }
  .name {
    font-weight: 700;
    font-size: 1.25rem;
  }
  .big-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  a.big {
    display: inline-block;
    font-size: 1.2rem;
    font-weight: 700;
    padding: 0.75rem 1.25rem;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    text-decoration: none;
  }
  a {
    color: var(--_accent);
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: end;
  }
  label.check {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    min-height: 2.75rem;
  }
  .cards {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75rem;
  }
  .card-item {
    width: 100%;
    padding-bottom: 0.75rem;
  }
  .card {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75rem;
    display: grid;
    gap: 0.35rem;
  }
  /* Retired: a dashed frame and the words "No longer running"; no fading, which fails contrast. */
  .card.retired {
    border-style: dashed;
    border-width: 2px;
  }
  .org,
  .checked,
  .count {
    color: var(--_muted);
  }
  .status {
    font-weight: 600;
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: end;
  }
  form.edit {
    display: grid;
    gap: 0.5rem;
    max-width: 40rem;
  }
  fieldset {
    display: grid;
    gap: 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75rem;
    margin: 0;
  }
  legend {
    font-weight: 600;
    padding: 0 0.25rem;
  }
  /* A day a row: its name, then when it opens and closes. */
  .hours-editor .day {
    display: grid;
    grid-template-columns: 3rem repeat(2, minmax(0, 10rem));
    gap: 0.5rem;
    align-items: center;
  }
  ul.hours {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  /* A short-term notice, such as a holiday closure: said in words, not only in colour. */
  .alert {
    background: var(--_warning-surface);
    border-inline-start: 4px solid var(--_warning);
    padding: 0.35rem 0.6rem;
    font-weight: 600;
  }
  .open-now {
    font-weight: 600;
    color: var(--_muted);
  }
  .open-now.open {
    color: var(--_text);
  }
  .crisis-offer {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: end;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .crisis-offer .hint {
    flex-basis: 100%;
    color: var(--_muted);
  }
  /* The list's files and time zone, then the form for a new resource, each a step apart. */
  .edit-tools {
    display: grid;
    gap: var(--_space);
  }
  .edit-tools > h2 {
    margin: var(--_space) 0 0;
  }
  /* A one-page handout: the list with its numbers; no controls. */
  @media print {
    .filters,
    .tools,
    .edit-tools,
    .count,
    button {
      display: none !important;
    }
    details > *:not(summary) {
      display: block;
    }
    /* On paper a link is its address. */
    a[href^='http']::after {
      content: ' (' attr(href) ')';
      overflow-wrap: anywhere;
    }
    .card-item,
    .card {
      break-inside: avoid;
    }
  }
`;
