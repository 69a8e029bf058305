/**
 * Watches a round for an element: derives its view before each render,
 * turns changes between views into signals (announced in the live region
 * and handed to the element after render), keeps the display ticking on the
 * second, and sets the progress bar through CSSOM (a strict CSP allows that;
 * a style attribute it blocks).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { roundSignals, roundView, type Round, type RoundSignal, type RoundView } from '@peerkit/core';
import { ClockController } from './clock-controller.js';
import { formatClock } from './format.js';
import { nextChangeIn, setPointWords, type TimeMessages } from './time-display.js';

export interface RoundPresenterOptions {
  round: () => Round | undefined;
  text: () => TimeMessages;
  /** What the live region says when the round completes. */
  completeText: () => string;
  onSignal: (signal: RoundSignal) => void;
}

export class RoundPresenter implements ReactiveController {
  view: RoundView | undefined;
  /** The polite live region's text: speaker changes and set points, never every second. */
  announcement = '';
  private last: RoundView | undefined;
  private pending: RoundSignal[] = [];
  private readonly clock: ClockController;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: RoundPresenterOptions,
  ) {
    host.addController(this);
    // Scheduled right after each render, from the view that render used.
    this.clock = new ClockController(host, () => (this.view ? nextChangeIn(this.view) : undefined));
  }

  /** The next view is a fresh start (a load or a reset): nothing to announce. */
  silence(): void {
    this.last = undefined;
  }

  hostUpdate(): void {
    const round = this.options.round();
    if (!round) return;
    const view = roundView(round, Date.now());
    if (this.last) {
      const signals = roundSignals(this.last, view, round.settings.warnAtMs);
      this.pending.push(...signals);
      for (const signal of signals) this.announcement = this.announce(signal, round) ?? this.announcement;
    }
    this.last = view;
    this.view = view;
  }

  hostUpdated(): void {
    const signals = this.pending;
    this.pending = [];
    for (const signal of signals) this.options.onSignal(signal);
    const bar = (this.host.shadowRoot ?? this.host).querySelector<HTMLElement>('.bar');
    bar?.style.setProperty('transform', `scaleX(${this.view?.progress ?? 0})`);
    this.clock.schedule();
  }

  /** Says the time left now (the T key): the same words again are said again. */
  sayTimeLeft(): void {
    const view = this.view;
    if (!view?.speaker) return;
    this.say(this.options.text().timeLeft(view.speaker.name, formatClock(view.remainingMs)));
  }

  /** Says what an action did that the round itself does not show (the shortcut list opened). */
  say(words: string): void {
    // A live region speaks a change: the same text twice would be said once.
    this.announcement = this.announcement === words ? `${words}\u00a0` : words;
    this.host.requestUpdate();
  }

  private announce(signal: RoundSignal, round: Round): string | undefined {
    const text = this.options.text();
    const clock = (ms: number) => formatClock(Math.max(0, ms));
    switch (signal.type) {
      case 'speaker-change': {
        // Why the floor moved, so a pass is not heard as a Next.
        const before = signal.previous && round.speakers.find((s) => s.memberId === signal.previous?.memberId);
        if (before?.status === 'passed') return text.passedNow(before.name, signal.speaker.name);
        // Gone to the end of the order (come back to me, or a pass that returns), not back a step.
        if (before?.status === 'waiting' && round.speakers.at(-1)?.memberId === before.memberId) return text.laterNow(before.name, signal.speaker.name);
        return text.now(signal.speaker.name);
      }
      case 'pause':
        return text.pausedAt(clock(signal.remainingMs));
      case 'resume':
        return signal.speaker ? text.resumed(signal.speaker.name, clock(signal.remainingMs)) : undefined;
      case 'time-added':
        return text.moreTime(signal.speaker.name, clock(signal.remainingMs));
      case 'warning':
        return setPointWords(text, signal.remainingMs);
      case 'time-up':
        return text.timeUp(signal.speaker.name);
      case 'complete':
        return this.options.completeText();
      case 'start':
        return undefined;
    }
  }
}
