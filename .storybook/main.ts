import type { StorybookConfig } from '@storybook/web-components-vite';
import type { PluginOption } from 'vite';

/** The app's own build plugins (CSP, service worker) are not for Storybook's pages. */
function withoutAppPlugins(plugins: PluginOption[] = []): PluginOption[] {
  return plugins.flat(Infinity as 1).filter((plugin) => {
    const name = plugin && typeof plugin === 'object' && 'name' in plugin ? plugin.name : '';
    return !name.startsWith('peerkit-');
  });
}

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  addons: ['@storybook/addon-docs'],
  core: { disableTelemetry: true },
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    plugins: withoutAppPlugins(viteConfig.plugins),
    resolve: { ...viteConfig.resolve, conditions: ['source', 'module', 'browser', 'development|production'] },
  }),
};

export default config;
