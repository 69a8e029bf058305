// Every test runs in real headless Chromium: the system's, never a downloaded one.
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { reactModules } from './test/react-modules.mjs';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { countReporter } from './test/count-reporter.mjs';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    reactModules(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath(),
        args: [...chromiumArgs, '--autoplay-policy=no-user-gesture-required'],
      },
    }),
  ],
  // One page at a time: a second page is a background tab, where requestAnimationFrame
  // and ResizeObserver stop, so anything that waits for a frame (the virtualizer,
  // open-wc fixtures) could stall there for as long as the other file runs.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countReporter()],
};
