import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@peerkit/components/feedback-form.js';
import { variant } from './variants.js';

interface FeedbackArgs {
  template: 'end-of-meeting' | 'first-meeting' | 'review' | 'facilitator-reflection';
  view: 'fill' | 'results' | 'edit';
  kiosk: boolean;
  lang: 'en' | 'es';
}

const meta: Meta<FeedbackArgs> = {
  title: 'Components/feedback-form',
  component: 'feedback-form',
  args: { template: 'end-of-meeting', view: 'fill', kiosk: false, lang: 'en' },
  argTypes: {
    template: { control: 'select', options: ['end-of-meeting', 'first-meeting', 'review', 'facilitator-reflection'] },
    view: { control: 'inline-radio', options: ['fill', 'results', 'edit'] },
    lang: { control: 'inline-radio', options: ['en', 'es'] },
  },
  render: (args) => html`<feedback-form template=${args.template} view=${args.view} ?kiosk=${args.kiosk} lang=${args.lang}></feedback-form>`,
};
export default meta;

type Story = StoryObj<FeedbackArgs>;

/** The end-of-meeting check: felt safe, heard, time shared fairly, what to change. */
export const EndOfMeeting: Story = {};
/** Passed round the group on one device: clears after each response. */
export const Kiosk: Story = { args: { kiosk: true } };
/** First-meeting evaluation, with single and multiple choice. */
export const FirstMeeting: Story = { args: { template: 'first-meeting' } };
/** Results (no responses in Storybook, so the small-number protection shows). */
export const Results: Story = { args: { view: 'results' } };
/** The small editor. */
export const Edit: Story = { args: { view: 'edit', template: 'review' } };

/** The catalogue's five variants of the default story: light, dark, Spanish, narrow, a host's theme. */
export const Light: Story = variant('light');
export const Dark: Story = variant('dark');
export const Spanish: Story = { ...variant('spanish'), args: { lang: 'es' } };
export const Narrow: Story = variant('narrow');
export const HostThemed: Story = variant('host');
