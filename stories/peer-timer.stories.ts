import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { createRound, next, start, type Round } from '@peerkit/core';
import '@peerkit/components/peer-timer.js';
import { variant } from './variants.js';

interface TimerArgs {
  members: string;
  totalMinutes: string;
  perPersonMinutes: string;
  overtime: 'soft' | 'hard' | 'none';
  warnAt: string;
  changeoverSeconds: string;
  lang: 'en' | 'es';
  hideControls: boolean;
  /** For the state stories: a round made with @peerkit/core, started in the past. */
  round?: () => Round;
}

const members = ['Ana', 'Ben', 'Chen', 'Dee'];

/** A running round whose first speaker started `ago` ms before now. */
const runningFor = (ago: number) => () =>
  start(createRound({ members, timing: { mode: 'each', eachMs: 3 * 60_000 }, warnAtMs: [60_000] }), Date.now() - ago);

const meta: Meta<TimerArgs> = {
  title: 'Components/peer-timer',
  component: 'peer-timer',
  args: {
    members: members.join(', '),
    totalMinutes: '12',
    perPersonMinutes: '',
    overtime: 'soft',
    warnAt: '60',
    changeoverSeconds: '0',
    lang: 'en',
    hideControls: false,
  },
  argTypes: {
    overtime: { control: 'inline-radio', options: ['soft', 'hard', 'none'] },
    lang: { control: 'inline-radio', options: ['en', 'es'] },
    round: { table: { disable: true } },
  },
  render: (args) => html`
    <peer-timer
      members=${args.members}
      total-minutes=${args.totalMinutes || nothing}
      per-person-minutes=${args.perPersonMinutes || nothing}
      overtime=${args.overtime}
      warn-at=${args.warnAt}
      changeover-seconds=${args.changeoverSeconds}
      lang=${args.lang}
      ?hide-controls=${args.hideControls}
      muted
      .round=${args.round?.()}
    ></peer-timer>
  `,
};
export default meta;

type Story = StoryObj<TimerArgs>;

/** Set up from attributes, waiting for Start. */
export const Idle: Story = {};

/** Ana has been speaking for 40 seconds. */
export const Running: Story = { args: { round: runningFor(40_000) } };

/** Under a minute left: a dashed frame and the words "Almost time", not colour alone. */
export const Warning: Story = { args: { round: runningFor(2.5 * 60_000) } };

/** Past zero under the soft policy: counts up, with a double frame and "Over time". */
export const Overtime: Story = { args: { round: runningFor(3 * 60_000 + 25_000) } };

/** Everyone has spoken: the talk-time table and fairness figures. */
export const Complete: Story = {
  args: {
    round: () => {
      const t0 = Date.now() - 10 * 60_000;
      let round = start(createRound({ members, timing: { mode: 'shared', totalMs: 8 * 60_000 } }), t0);
      round = next(round, t0 + 4.5 * 60_000);
      round = next(round, t0 + 6 * 60_000);
      round = next(round, t0 + 7.5 * 60_000);
      return next(round, t0 + 9 * 60_000);
    },
  },
};

/** The projector view: only the time, large; shortcuts still work. */
export const Projector: Story = { args: { hideControls: true, round: runningFor(70_000) } };

/** The catalogue's five variants of the default story: light, dark, Spanish, narrow, a host's theme. */
export const Light: Story = variant('light');
export const Dark: Story = variant('dark');
export const Spanish: Story = { ...variant('spanish'), args: { lang: 'es' } };
export const Narrow: Story = variant('narrow');
export const HostThemed: Story = variant('host');
