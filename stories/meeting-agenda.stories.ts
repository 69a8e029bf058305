import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { agendaTemplate, nextSection, startSection, type Agenda } from '@peerkit/core';
import '@peerkit/components/meeting-agenda.js';
import { variant } from './variants.js';

interface Args {
  template: 'first-meeting' | 'regular' | 'review';
  lang: 'en' | 'es';
  agenda?: () => Agenda;
}

const meta: Meta<Args> = {
  title: 'Components/meeting-agenda',
  component: 'meeting-agenda',
  args: { template: 'regular', lang: 'en' },
  argTypes: {
    template: { control: 'inline-radio', options: ['first-meeting', 'regular', 'review'] },
    lang: { control: 'inline-radio', options: ['en', 'es'] },
    agenda: { table: { disable: true } },
  },
  render: (args) => html`<meeting-agenda template=${args.template} lang=${args.lang} .agenda=${args.agenda?.()}></meeting-agenda>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The regular meeting's plan before it starts. */
export const Plan: Story = {};
/** The check-in ran 8 minutes over: the rest of the plan has moved later. */
export const RunningLate: Story = {
  args: {
    agenda: () => {
      const t0 = Date.now() - 28 * 60_000;
      return nextSection(startSection(agendaTemplate('regular', 'en'), 'welcome', t0), t0 + 5 * 60_000);
    },
  },
};
/** The first meeting's plan. */
export const FirstMeeting: Story = { args: { template: 'first-meeting' } };

/** The catalogue's five variants of the default story: light, dark, Spanish, narrow, a host's theme. */
export const Light: Story = variant('light');
export const Dark: Story = variant('dark');
export const Spanish: Story = variant('spanish');
export const Narrow: Story = variant('narrow');
export const HostThemed: Story = variant('host');
