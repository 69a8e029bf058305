import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { blankResource, type Resource, type ResourceList } from '@peerkit/core';
import '@peerkit/components/resource-list.js';
import { variant } from './variants.js';

/**
 * SAMPLE DATA: every organisation, service and number below is invented for the
 * story. The 555-01xx numbers are reserved for fiction and reach no one.
 */
const base = (id: string, extra: Partial<Resource>): Resource => ({
  ...blankResource(id, '2026-10-01'),
  organization: 'Sample organisation (invented)',
  name: id,
  hours: [{ day: 1, opens: '09:00', closes: '17:00' }],
  languages: ['English'],
  ...extra,
});

const sample: ResourceList = {
  schemaVersion: 2,
  resources: [
    base('Sample 24/7 support line', {
      crisis: true,
      alwaysOpen: true,
      description: 'Invented crisis line for this story.',
      phones: [{ number: '555-0100', type: 'voice' }, { number: '555-0101', type: 'text' }],
    }),
    base('Sample housing advice', { categories: ['housing'], url: 'https://example.org/housing', languages: ['English', 'Español'], address: { street: '1 Example Street', city: 'Sampletown', region: '', postcode: 'AB1 2CD', country: 'GB' } }),
    base('Sample grief café', { categories: ['grief'], description: 'Monthly drop-in (invented).', phones: [{ number: '555-0123', type: 'voice' }] }),
    base('Sample food pantry', { categories: ['food'], assuredDate: '2025-01-01', notes: 'Check if still open on Fridays.' }),
    base('Sample legal clinic', { categories: ['legal'], status: 'temporarily closed' }),
  ],
};

interface Args {
  mode: 'view' | 'edit';
  category: string;
  lang: 'en' | 'es';
}

const meta: Meta<Args> = {
  title: 'Components/resource-list',
  component: 'resource-list',
  args: { mode: 'view', category: '', lang: 'en' },
  argTypes: {
    mode: { control: 'inline-radio', options: ['view', 'edit'] },
    category: { control: 'select', options: ['', 'housing', 'grief', 'food', 'legal'] },
    lang: { control: 'inline-radio', options: ['en', 'es'] },
  },
  render: (args) => html`<resource-list mode=${args.mode} category=${args.category || nothing} lang=${args.lang} .list=${sample}></resource-list>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Sample data: a crisis line pinned with call and text buttons, then search, filters and cards. */
export const View: Story = {};
/** Editing: add, change, retire, mark as checked, import and export; stale records flagged. */
export const Edit: Story = { args: { mode: 'edit' } };
/** A site publishing only its housing resources. */
export const OneCategory: Story = { args: { category: 'housing' } };

/** The catalogue's five variants of the default story: light, dark, Spanish, narrow, a host's theme. */
export const Light: Story = variant('light');
export const Dark: Story = variant('dark');
export const Spanish: Story = { ...variant('spanish'), args: { lang: 'es' } };
export const Narrow: Story = variant('narrow');
export const HostThemed: Story = variant('host');
