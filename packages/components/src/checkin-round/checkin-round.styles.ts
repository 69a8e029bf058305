import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    --_time-size: var(--peer-checkin-time-size, clamp(2.5rem, 10vw, 6rem));
  }
  .question {
    margin: 0;
    font-size: clamp(1.5rem, 5vw, 3rem);
    line-height: 1.2;
    overflow-wrap: anywhere;
  }
  .question-tools {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    justify-content: center;
    align-items: end;
  }
  .question-tools label {
    display: grid;
    gap: 0.25rem;
    text-align: start;
  }
  .display p {
    margin: 0;
  }
  .speaker {
    font-size: clamp(1.25rem, 4vw, 2.5rem);
    font-weight: 700;
  }
  fieldset.mood {
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    justify-content: center;
  }
  fieldset.mood legend {
    padding: 0 0.5rem;
    font-weight: 600;
  }
  details.bank {
    text-align: start;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5rem 0.75rem;
  }
  details.bank summary {
    cursor: pointer;
    font-weight: 600;
  }
  details.bank form,
  details.bank > button {
    margin-top: 0.5rem;
  }
  details.bank form {
    display: grid;
    gap: 0.5rem;
  }
  details.bank label {
    display: grid;
    gap: 0.25rem;
  }
  textarea {
    font: inherit;
    padding: 0.5rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .hidden-list li {
    margin: 0.25rem 0;
  }
  .summary {
    text-align: start;
  }
  .summary h2,
  .summary h3 {
    margin: 0.5rem 0;
    font-size: 1.15rem;
  }
  .summary ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  /* On the room's screen: the question and the speaker, centred in the height it is given. */
  :host([presenter]) .checkin {
    min-height: inherit;
    box-sizing: border-box;
    align-content: center;
  }
  :host([presenter]) .question {
    font-size: 1.6em;
  }
`;
