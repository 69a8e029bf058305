import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@peerkit/components';
import { variant } from './variants.js';

interface Args {
  members: string;
}

const meta: Meta<Args> = {
  title: 'Components/peer-group',
  component: 'peer-group',
  args: { members: 'Ana, Ben, Chen, Dee' },
  render: (args) => html`
    <peer-group group-id="storybook-group" name="Tuesday circle (sample)" members=${args.members} store-name="peerkit-storybook">
      <checkin-round depth="light"></checkin-round>
      <peer-timer total-minutes="20"></peer-timer>
    </peer-group>
  `,
};
export default meta;

/** Members typed once on the group reach the check-in and the timer inside it. */
export const SharedMembers: StoryObj<Args> = {};

/** The catalogue's five variants of the default story: light, dark, Spanish, narrow, a host's theme. */
export const Light = variant('light');
export const Dark = variant('dark');
export const Spanish = variant('spanish');
export const Narrow = variant('narrow');
export const HostThemed = variant('host');
