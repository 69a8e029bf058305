import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { acceptRules, addTemplateSet, adoptVersion, decide, emptyRuleSet, respond, type RuleSet } from '@peerkit/core';
import '@peerkit/components/ground-rules.js';
import { variant } from './variants.js';

interface RulesArgs {
  mode: 'edit' | 'agree' | 'display' | 'accept';
  members: string;
  template: string;
  lang: 'en' | 'es';
  rules?: () => RuleSet;
}

/** A first-meeting set, agreed by everyone and adopted as version 1. */
function agreedSet(lang: 'en' | 'es'): RuleSet {
  let set = addTemplateSet(emptyRuleSet(), 'first-meeting', lang);
  const now = Date.UTC(2026, 10, 17, 18);
  for (const rule of set.rules) {
    for (const member of ['ana', 'ben', 'chen']) set = respond(set, rule.id, member, 'consent', 'agree');
    set = decide(set, rule.id, now);
  }
  return acceptRules(adoptVersion(set, now), 'A. R.', now);
}

const meta: Meta<RulesArgs> = {
  title: 'Components/ground-rules',
  component: 'ground-rules',
  args: { mode: 'display', members: 'Ana, Ben, Chen', template: 'first-meeting', lang: 'en' },
  argTypes: {
    mode: { control: 'inline-radio', options: ['edit', 'agree', 'display', 'accept'] },
    template: { control: 'select', options: ['first-meeting', 'online-group', 'recovery-group'] },
    lang: { control: 'inline-radio', options: ['en', 'es'] },
    rules: { table: { disable: true } },
  },
  render: (args) => html`
    <ground-rules mode=${args.mode} members=${args.members} template=${args.template || nothing} lang=${args.lang} .rules=${args.rules?.()}></ground-rules>
  `,
};
export default meta;

type Story = StoryObj<RulesArgs>;

/** Building with the group from a ready-made set: reword, reorder with ↑ ↓, add, remove. */
export const Edit: Story = { args: { mode: 'edit' } };

/** Going through the proposed rules and recording each member's response. */
export const Agree: Story = { args: { mode: 'agree', rules: () => addTemplateSet(emptyRuleSet(), 'online-group', 'en') } };

/** Large, for reading aloud at the start of a meeting; prints as a one-page handout. */
export const Display: Story = { args: { mode: 'display', rules: () => agreedSet('en') } };

/** A new member reads and accepts the current version. */
export const Accept: Story = { args: { mode: 'accept', rules: () => agreedSet('en') } };

/** Spanish. */
export const DisplaySpanish: Story = { args: { mode: 'display', lang: 'es', rules: () => agreedSet('es') } };

/** The catalogue's five variants of the default story: light, dark, Spanish, narrow, a host's theme. */
export const Light: Story = variant('light');
export const Dark: Story = variant('dark');
export const Spanish: Story = variant('spanish');
export const Narrow: Story = variant('narrow');
export const HostThemed: Story = variant('host');
