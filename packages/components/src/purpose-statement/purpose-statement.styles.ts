import { css } from 'lit';

export const styles = css`
  .purpose {
    display: grid;
    gap: var(--_space);
  }
  h2,
  h3,
  p {
    margin: 0;
  }
  .steps {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .steps button[aria-current='step'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  .stack {
    display: grid;
    gap: 0.5rem;
    max-width: 40rem;
  }
  .cloud {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    align-items: baseline;
  }
  .size-1 { font-size: 1rem; }
  .size-2 { font-size: 1.35rem; }
  .size-3 { font-size: 1.8rem; }
  .size-4 { font-size: 2.3rem; font-weight: 600; }
  .size-5 { font-size: 2.9rem; font-weight: 700; }
  .term {
    font-weight: 600;
  }
  .count {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .count.over,
  .warn {
    color: var(--_overtime);
    font-weight: 600;
  }
  .warn::before {
    content: '⚠ ';
  }
  .drafts {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 1rem;
  }
  .draft {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75rem;
    display: grid;
    gap: 0.5rem;
  }
  .draft-text {
    font-size: 1.25rem;
    font-weight: 600;
  }
  .responses {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .statement {
    font-size: clamp(1.75rem, 5vw, 3.5rem);
    font-weight: 700;
    line-height: 1.2;
    overflow-wrap: anywhere;
  }
`;
