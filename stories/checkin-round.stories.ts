import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { BUILT_IN_QUESTIONS, createCheckin, type Question, defer, giveMood, next, pass, start, THEMES, withRound, type CheckinRound } from '@peerkit/core';
import '@peerkit/components/checkin-round.js';
import { variant } from './variants.js';

interface CheckinArgs {
  members: string;
  depth: 'light' | 'reflective' | 'deep';
  topic: string;
  perPersonSeconds: string;
  mood: boolean;
  lang: 'en' | 'es';
  checkin?: () => CheckinRound;
}

const members = ['Ana', 'Ben', 'Chen', 'Dee'];
const question = (BUILT_IN_QUESTIONS.find((q) => q.id === 'r-carrying') ?? BUILT_IN_QUESTIONS[0]) as Question;

const meta: Meta<CheckinArgs> = {
  title: 'Components/checkin-round',
  component: 'checkin-round',
  args: { members: members.join(', '), depth: 'light', topic: '', perPersonSeconds: '90', mood: true, lang: 'en' },
  argTypes: {
    depth: { control: 'inline-radio', options: ['light', 'reflective', 'deep'] },
    topic: { control: 'select', options: ['', ...THEMES] },
    lang: { control: 'inline-radio', options: ['en', 'es'] },
    checkin: { table: { disable: true } },
  },
  render: (args) => html`
    <checkin-round
      members=${args.members}
      depth=${args.depth}
      topic=${args.topic || nothing}
      per-person-seconds=${args.perPersonSeconds || nothing}
      ?mood=${args.mood}
      lang=${args.lang}
      .checkin=${args.checkin?.()}
    ></checkin-round>
  `,
};
export default meta;

type Story = StoryObj<CheckinArgs>;

/** A question drawn for the group, waiting to start. "Another question" draws a fresh one. */
export const Ready: Story = {};

/** Ben is answering; Ana asked to come back at the end. */
export const InProgress: Story = {
  args: {
    checkin: () => {
      const t0 = Date.now() - 50_000;
      let checkin = createCheckin({ members, question, perPersonMs: 90_000, mood: true });
      checkin = withRound(checkin, (r) => defer(start(r, t0), t0 + 10_000));
      return checkin;
    },
  },
};

/** The end: who checked in, who passed, the time taken, and mood counts only. */
export const Summary: Story = {
  args: {
    checkin: () => {
      const t0 = Date.now() - 6 * 60_000;
      let checkin = createCheckin({ members, question, perPersonMs: 90_000, mood: true });
      checkin = withRound(checkin, (r) => start(r, t0));
      checkin = giveMood(checkin, 'ana', 4);
      checkin = withRound(checkin, (r) => next(r, t0 + 80_000));
      checkin = withRound(checkin, (r) => pass(r, t0 + 85_000));
      checkin = giveMood(checkin, 'chen', 2);
      checkin = withRound(checkin, (r) => next(r, t0 + 170_000));
      return withRound(checkin, (r) => next(r, t0 + 240_000));
    },
  },
};

/** Spanish, a deep question on grief, no time limit. */
export const SpanishGrief: Story = { args: { lang: 'es', depth: 'deep', topic: 'grief', perPersonSeconds: '', mood: false } };

/** The catalogue's five variants of the default story: light, dark, Spanish, narrow, a host's theme. */
export const Light: Story = variant('light');
export const Dark: Story = variant('dark');
export const Spanish: Story = variant('spanish');
export const Narrow: Story = variant('narrow');
export const HostThemed: Story = variant('host');
