/**
 * Every story gets a docs page built from the custom-elements manifest: the
 * element's summary, attributes, properties, events, slots, parts and CSS
 * custom properties, as written in its JSDoc (`npm run analyze` makes it).
 */
import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../packages/components/custom-elements.json';

setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
};

export default preview;
