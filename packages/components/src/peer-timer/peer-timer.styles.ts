import { css } from 'lit';

/** The timer's own layout; the time figure, badge, bar and frame come from time-display. */
export const styles = css`
  :host {
    display: block;
    --_time-default: clamp(4rem, 18vw, 14rem);
    --_time-size: var(--peer-timer-time-size, var(--_time-default));
    container-type: inline-size;
  }
  .display p {
    margin: 0;
  }
  .speaker {
    font-size: clamp(1.5rem, 6vw, 4rem);
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  .shortcuts {
    margin: 0 auto;
    display: grid;
    gap: 0.25rem;
    text-align: start;
  }
  .shortcuts div {
    display: flex;
    gap: 0.75rem;
  }
  .shortcuts dt {
    min-width: 6rem;
  }
  .shortcuts dd {
    margin: 0;
  }
  kbd {
    border: 1px solid var(--_border);
    border-radius: 0.25rem;
    padding: 0.05rem 0.4rem;
    font-family: inherit;
  }
  .summary {
    text-align: start;
  }
  .summary h2 {
    font-size: 1.25rem;
    margin: 0 0 0.5rem;
  }
  :host(:fullscreen) .timer,
  :host([presenter]) .timer {
    min-height: 100vh;
    box-sizing: border-box;
    align-content: center;
  }
  /* Read from the back of the room: the digits take about a third of the screen's height. */
  :host([presenter]) {
    --_time-default: clamp(4rem, min(34vh, 21vw), 40rem);
  }
  :host([presenter]) .speaker {
    font-size: clamp(2rem, 8vh, 7rem);
  }
  :host([presenter]) .next {
    font-size: clamp(1.25rem, 4vh, 3rem);
  }
`;
