export * from './types.js';
export { openStore, DEFAULT_STORE_NAME, type OpenStoreOptions } from './store.js';
export { migrate } from './migrate.js';
export { DATABASE_VERSION } from './backends.js';
