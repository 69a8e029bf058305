/**
 * The pieces every element that runs a round shows the same way: the time
 * figure, the warning/overtime badge, the progress bar, who is next, and the
 * words for each. <peer-timer> and <checkin-round> both render these.
 */
import { css, html, nothing, svg } from 'lit';
import type { RoundView } from '@peerkit/core';
import { formatClock } from './format.js';
import type { Lang } from './i18n.js';

export interface TimeMessages {
  left: string;
  over: string;
  paused: string;
  changeover: (seconds: number) => string;
  warningBadge: string;
  overtimeBadge: string;
  now: (name: string) => string;
  nextUp: (name: string) => string;
  lastSpeaker: string;
  oneMinuteLeft: string;
  secondsLeft: (seconds: number) => string;
  minutesLeft: (minutes: number) => string;
  timeUp: (name: string) => string;
  progress: (done: number, total: number) => string;
  /** Announced once each, so a screen-reader user can tell one action from another. */
  pausedAt: (clock: string) => string;
  resumed: (name: string, clock: string) => string;
  moreTime: (name: string, clock: string) => string;
  passedNow: (passed: string, next: string) => string;
  laterNow: (later: string, next: string) => string;
  /** What T says: the time left now. */
  timeLeft: (name: string, clock: string) => string;
}

export const timeMessages: Record<Lang, TimeMessages> = {
  en: {
    left: 'left',
    over: 'over',
    paused: 'Paused',
    changeover: (seconds) => `Changeover: ${seconds} s`,
    warningBadge: 'Almost time',
    overtimeBadge: 'Over time',
    now: (name) => `Now: ${name}`,
    nextUp: (name) => `Next: ${name}`,
    lastSpeaker: 'Last speaker',
    oneMinuteLeft: 'One minute left',
    secondsLeft: (seconds) => `${seconds} seconds left`,
    minutesLeft: (minutes) => `${minutes} minutes left`,
    timeUp: (name) => `Time is up for ${name}`,
    progress: (done, total) => `${done} of ${total} have spoken`,
    pausedAt: (clock) => `Paused at ${clock}`,
    resumed: (name, clock) => `Going on: ${name}, ${clock} left`,
    moreTime: (name, clock) => `More time for ${name}: ${clock} left`,
    passedNow: (passed, next) => `${passed} passed; now ${next}`,
    laterNow: (later, next) => `${later} will come back at the end; now ${next}`,
    timeLeft: (name, clock) => `${name}: ${clock} left`,
  },
  es: {
    left: 'restante',
    over: 'de más',
    paused: 'En pausa',
    changeover: (seconds) => `Cambio de turno: ${seconds} s`,
    warningBadge: 'Queda poco',
    overtimeBadge: 'Tiempo excedido',
    now: (name) => `Ahora: ${name}`,
    nextUp: (name) => `Después: ${name}`,
    lastSpeaker: 'Último turno',
    oneMinuteLeft: 'Queda un minuto',
    secondsLeft: (seconds) => `Quedan ${seconds} segundos`,
    minutesLeft: (minutes) => `Quedan ${minutes} minutos`,
    timeUp: (name) => `Se acabó el tiempo de ${name}`,
    progress: (done, total) => `Han hablado ${done} de ${total}`,
    pausedAt: (clock) => `En pausa en ${clock}`,
    resumed: (name, clock) => `Seguimos: ${name}, quedan ${clock}`,
    moreTime: (name, clock) => `Más tiempo para ${name}: quedan ${clock}`,
    passedNow: (passed, next) => `${passed} ha pasado; ahora ${next}`,
    laterNow: (later, next) => `${later} hablará al final; ahora ${next}`,
    timeLeft: (name, clock) => `${name}: quedan ${clock}`,
  },
};

// Drawn, not emoji: no icon font or emoji font is assumed on a projector laptop.
const warningIcon = svg`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M12 2 1 22h22L12 2Zm0 6 1 8h-2l1-8Zm0 10.5a1.3 1.3 0 1 1 0 2.6 1.3 1.3 0 0 1 0-2.6Z" fill="currentColor"/></svg>`;
const overtimeIcon = svg`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><circle cx="12" cy="13" r="9" fill="none" stroke="currentColor" stroke-width="2.5"/><path d="M12 7v6l4 2" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round"/><path d="M4 3 1.5 5.5M20 3l2.5 2.5" stroke="currentColor" stroke-width="2.5" stroke-linecap="round"/></svg>`;

export interface TimeDisplayOptions {
  /** The `none` policy: count up what was spoken, no limit shown. */
  unlimited: boolean;
  /** What to show before anyone has the floor (the first share). */
  idleMs: number;
  text: TimeMessages;
}

/** The time figure, the badge and the progress bar (its width is set by RoundPresenter). */
export function renderTime(view: RoundView, { unlimited, idleMs, text }: TimeDisplayOptions) {
  const speaker = view.speaker;
  const over = view.level === 'overtime';
  const figure = speaker
    ? unlimited
      ? formatClock(view.spokenMs, { roundUp: false })
      : `${over ? '+' : ''}${formatClock(view.remainingMs, { roundUp: !over })}`
    : formatClock(idleMs);
  const badge = over ? text.overtimeBadge : view.level === 'warning' ? text.warningBadge : '';
  const badgeShown = badge !== '' || view.state === 'paused' || view.state === 'changeover';
  return html`
    <p class="time" part="time" data-chars=${figure.length}>
      <bdi dir="ltr">${figure}</bdi> ${speaker && !unlimited ? html`<span class="unit">${over ? text.over : text.left}</span>` : nothing}
    </p>
    <p class="badge" ?hidden=${!badgeShown}>
      ${view.state === 'paused'
        ? text.paused
        : view.state === 'changeover'
          ? text.changeover(Math.ceil(view.changeoverLeftMs / 1000))
          : html`${over ? overtimeIcon : warningIcon} ${badge}`}
    </p>
    <div class="progress" part="progress" aria-hidden="true"><div class="bar"></div></div>
  `;
}

/** "Next: Ben" and how many have spoken. */
export function renderNext(view: RoundView, text: TimeMessages) {
  const next = view.state === 'complete' ? '' : view.next ? text.nextUp(view.next.name) : view.speaker ? text.lastSpeaker : '';
  return html`<p class="next">${next} <span class="count">${text.progress(view.finishedCount, view.speakerCount)}</span></p>`;
}

/** Words for a warning set point: "One minute left", "30 seconds left". */
export function setPointWords(text: TimeMessages, ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds === 60) return text.oneMinuteLeft;
  return seconds % 60 === 0 ? text.minutesLeft(seconds / 60) : text.secondsLeft(seconds);
}

/** Milliseconds until the displayed figure next changes, so updates land on the second. */
export function nextChangeIn(view: RoundView): number | undefined {
  if (view.state !== 'running' && view.state !== 'changeover') return undefined;
  if (view.state === 'changeover') return (view.changeoverLeftMs % 1000 || 1000) + 1;
  const remaining = view.remainingMs;
  const untilFigure = remaining > 0 ? remaining % 1000 || 1000 : 1000 - (-remaining % 1000);
  return untilFigure + 1;
}

export const timeDisplayStyles = css`
  .frame {
    background: var(--_surface);
    border: 4px solid transparent;
    border-radius: var(--_radius);
    padding: var(--_space);
    display: grid;
    gap: calc(var(--_space) * 0.75);
    text-align: center;
  }
  /* Warning and overtime change the frame's style and add words, not only colour. */
  .level-warning {
    border-color: var(--_warning);
    border-style: dashed;
    background: var(--_warning-surface);
  }
  .level-overtime {
    border-color: var(--_overtime);
    border-style: double;
    border-width: 8px;
    background: var(--_overtime-surface);
  }
  .time {
    margin: 0;
    /* Never wider than its box: long figures (hours, '+' in overtime) get smaller on a narrow screen. */
    font-size: min(var(--_time-size, clamp(3rem, 14vw, 10rem)), calc(92cqi / (var(--_chars, 5) * 0.62 + 0.6)));
    font-weight: 700;
    line-height: 1;
    font-variant-numeric: tabular-nums;
    letter-spacing: -0.02em;
  }
  /* The figure's length, from an attribute (a style attribute would be refused by a strict CSP). */
  .time[data-chars='6'] {
    --_chars: 6;
  }
  .time[data-chars='7'] {
    --_chars: 7;
  }
  .time[data-chars='8'] {
    --_chars: 8;
  }
  .time[data-chars='9'] {
    --_chars: 9;
  }
  .time[data-chars='10'] {
    --_chars: 10;
  }
  .unit {
    font-size: 0.18em;
    font-weight: 600;
    color: var(--_muted);
    letter-spacing: 0;
  }
  .level-warning .time,
  .level-warning .badge {
    color: var(--_warning);
  }
  .level-overtime .time,
  .level-overtime .badge {
    color: var(--_overtime);
  }
  .badge {
    margin: 0;
    font-size: clamp(1.1rem, 3vw, 2rem);
    font-weight: 700;
    min-height: 1.3em;
  }
  .badge[hidden] {
    display: block;
    visibility: hidden;
  }
  .icon {
    width: 1em;
    height: 1em;
    vertical-align: -0.12em;
  }
  .progress {
    height: 0.75rem;
    border-radius: 999px;
    background: var(--_surface-raised);
    border: 1px solid var(--_border);
    overflow: hidden;
  }
  .bar {
    height: 100%;
    background: var(--_accent);
    /* The bar fills from the start edge: the left, or the right in a right-to-left page. */
    transform-origin: left;
    transform: scaleX(0);
    transition: transform 1s linear;
  }
  .bar:dir(rtl) {
    transform-origin: right;
  }
  .level-overtime .bar {
    background: var(--_overtime);
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
    color: var(--_muted);
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    justify-content: center;
  }
  .notice.error {
    border-color: var(--_overtime);
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    padding: 0.35rem 0.5rem;
    border-bottom: 1px solid var(--_border);
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
`;
