import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { addContribution, addDraft, adoptDraft, emptyPurpose, setFit, type Purpose } from '@peerkit/core';
import '@peerkit/components/purpose-statement.js';
import { variant } from './variants.js';

interface PurposeArgs {
  step: '' | 'collect' | 'themes' | 'draft' | 'align' | 'adopted';
  members: string;
  lang: 'en' | 'es';
  purpose?: () => Purpose;
}

const T0 = Date.UTC(2026, 10, 17, 18);

/** Invented contributions from an invented bereaved parents' group. */
function collected(): Purpose {
  const words = [
    'A safe place for grieving parents to be heard',
    'Support from other parents who understand loss',
    'Being heard without judgement after losing a child',
    'Grieving parents supporting each other',
    'Somewhere to remember our children together',
  ];
  return words.reduce((p, w, i) => addContribution(p, `c${i}`, w, i % 2 ? null : `m${i}`, T0), emptyPurpose('en'));
}

function aligned(): Purpose {
  let p = addDraft(collected(), 'd1', 'Grieving parents supporting each other, heard without judgement.', 'facilitator');
  p = addDraft(p, 'd2', 'A safe place to talk about grieving parents.', 'suggested');
  p = setFit(setFit(setFit(p, 'd1', 'ana', 5), 'd1', 'ben', 4), 'd2', 'ana', 3);
  return p;
}

const meta: Meta<PurposeArgs> = {
  title: 'Components/purpose-statement',
  component: 'purpose-statement',
  args: { step: '', members: 'Ana, Ben, Chen', lang: 'en' },
  argTypes: {
    step: { control: 'select', options: ['', 'collect', 'themes', 'draft', 'align', 'adopted'] },
    lang: { control: 'inline-radio', options: ['en', 'es'] },
    purpose: { table: { disable: true } },
  },
  render: (args) => html`
    <purpose-statement step=${args.step || nothing} members=${args.members} lang=${args.lang} .purpose=${args.purpose?.()}></purpose-statement>
  `,
};
export default meta;

type Story = StoryObj<PurposeArgs>;

/** Only the collection step, as a nonprofit would embed it on a sign-up page. */
export const Collect: Story = { args: { step: 'collect' } };
/** The shared themes of five (invented) contributions: ranked list and word cloud. */
export const Themes: Story = { args: { step: 'themes', purpose: collected } };
/** Drafting with suggestions and the live word counter. */
export const Draft: Story = { args: { step: 'draft', purpose: collected } };
/** How well each draft fits each member. */
export const Align: Story = { args: { step: 'align', purpose: aligned } };
/** The adopted statement, large, with its review. */
export const Adopted: Story = { args: { step: 'adopted', purpose: () => adoptDraft(aligned(), 'd1', T0) } };
/** All steps with the step list. */
export const AllSteps: Story = { args: { purpose: aligned } };

/** The catalogue's five variants of the default story: light, dark, Spanish, narrow, a host's theme. */
export const Light: Story = variant('light');
export const Dark: Story = variant('dark');
export const Spanish: Story = variant('spanish');
export const Narrow: Story = variant('narrow');
export const HostThemed: Story = variant('host');
