import { css } from 'lit';

export const styles = css`
  .feedback,
  .questions,
  .add {
    display: grid;
    gap: var(--_space);
  }
  h2,
  h3,
  p {
    margin: 0;
  }
  .question {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75rem;
    margin: 0;
    display: grid;
    gap: 0.5rem;
  }
  legend,
  .label {
    font-weight: 600;
    padding: 0 0.25rem;
  }
  .req,
  .muted,
  .note,
  .help,
  .end {
    color: var(--_muted);
    font-weight: 400;
  }
  .scale {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
  }
  .choice {
    display: inline-flex;
    gap: 0.4rem;
    align-items: center;
    min-height: 2.75rem;
  }
  input[type='radio'],
  input[type='checkbox'] {
    width: 1.25rem;
    height: 1.25rem;
  }
  [aria-invalid='true'] {
    border-color: var(--_overtime);
  }
  .problem {
    color: var(--_overtime);
    font-weight: 600;
  }
  .problem::before {
    content: '⚠ ';
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .thanks {
    font-size: 1.5rem;
    display: grid;
    gap: 1rem;
    justify-items: start;
  }
  .trend {
    border-collapse: collapse;
  }
  .trend th,
  .trend td {
    padding: 0.25rem 0.6rem;
    border-bottom: 1px solid var(--_border);
    text-align: start;
  }
  .bars {
    border-collapse: collapse;
    width: 100%;
    max-width: 36rem;
  }
  .bars th,
  .bars td {
    padding: 0.2rem 0.4rem;
    text-align: start;
  }
  .number {
    font-variant-numeric: tabular-nums;
    width: 3rem;
  }
  .bar-cell svg {
    width: 100%;
    height: 1rem;
    fill: var(--_accent);
  }
  .result {
    display: grid;
    gap: 0.35rem;
  }
  .tools,
  .edit-list li {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  label.choice {
    display: inline-flex;
  }
  @media (forced-colors: active) {
    .bar-cell svg {
      fill: CanvasText;
    }
  }
`;
