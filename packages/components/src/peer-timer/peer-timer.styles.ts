import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    --peer-timer-time-size: clamp(4rem, 18vw, 14rem);
    container-type: inline-size;
  }
  :host([hidden]) {
    display: none;
  }
  .timer {
    background: var(--peer-color-surface);
    border: 4px solid transparent;
    border-radius: var(--peer-radius);
    padding: var(--peer-space);
    display: grid;
    gap: calc(var(--peer-space) * 0.75);
    text-align: center;
  }
  /* Warning and overtime change the frame's style and add words, not only colour. */
  .level-warning {
    border-color: var(--peer-color-warning);
    border-style: dashed;
    background: var(--peer-color-warning-surface);
  }
  .level-overtime {
    border-color: var(--peer-color-overtime);
    border-style: double;
    border-width: 8px;
    background: var(--peer-color-overtime-surface);
  }
  .display p {
    margin: 0;
  }
  .speaker {
    font-size: clamp(1.5rem, 6vw, 4rem);
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  .time {
    font-size: var(--peer-timer-time-size);
    font-weight: 700;
    line-height: 1;
    font-variant-numeric: tabular-nums;
    letter-spacing: -0.02em;
  }
  .unit {
    font-size: 0.18em;
    font-weight: 600;
    color: var(--peer-color-muted);
    letter-spacing: 0;
  }
  .level-warning .time,
  .level-warning .badge {
    color: var(--peer-color-warning);
  }
  .level-overtime .time,
  .level-overtime .badge {
    color: var(--peer-color-overtime);
  }
  .badge {
    font-size: clamp(1.1rem, 3vw, 2rem);
    font-weight: 700;
    min-height: 1.3em;
  }
  .icon {
    width: 1em;
    height: 1em;
    vertical-align: -0.12em;
  }
  .badge[hidden] {
    display: block;
    visibility: hidden;
  }
  .progress {
    height: 0.75rem;
    border-radius: 999px;
    background: var(--peer-color-surface-raised);
    border: 1px solid var(--peer-color-border);
    overflow: hidden;
  }
  .bar {
    height: 100%;
    background: var(--peer-color-accent);
    transform-origin: left;
    transition: transform 1s linear;
  }
  .level-overtime .bar {
    background: var(--peer-color-overtime);
  }
  .next {
    margin: 0;
    font-size: clamp(1.1rem, 3vw, 1.75rem);
    display: flex;
    justify-content: center;
    gap: 1.5em;
    flex-wrap: wrap;
  }
  .count {
    color: var(--peer-color-muted);
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    justify-content: center;
  }
  .notice {
    margin: 0;
    padding: 0.5rem 0.75rem;
    border-radius: var(--peer-radius);
    border: 2px solid var(--peer-color-border);
    background: var(--peer-color-surface-raised);
    text-align: start;
  }
  .notice.error {
    border-color: var(--peer-color-overtime);
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
    border: 1px solid var(--peer-color-border);
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
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    padding: 0.35rem 0.5rem;
    border-bottom: 1px solid var(--peer-color-border);
    text-align: start;
  }
  td {
    font-variant-numeric: tabular-nums;
  }
  @media (prefers-reduced-motion: reduce) {
    .bar {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .level-warning,
    .level-overtime {
      border-color: CanvasText;
    }
    .bar {
      background: Highlight;
    }
  }
  :host(:fullscreen) .timer {
    min-height: 100vh;
    box-sizing: border-box;
    align-content: center;
  }
`;
