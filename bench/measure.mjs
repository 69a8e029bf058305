// What every benchmark measures with: the median of runs, and one run's time.
import { performance } from 'node:perf_hooks';

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Milliseconds one call of `work` takes. */
export const time = (work) => {
  const start = performance.now();
  work();
  return performance.now() - start;
};
