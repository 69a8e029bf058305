export * from './types.js';
export { openStore, DEFAULT_STORE_NAME, type OpenStoreOptions } from './store.js';
export { migrate } from './migrate.js';
export { DATABASE_VERSION } from './backends.js';
export { LockedError, WrongPassphraseError, DEFAULT_IDLE_MINUTES, LOCK_STORE } from './lock.js';
export { PBKDF2_ITERATIONS } from './seal.js';
export { sealFile, openSealedFile, isSealedFile, type SealedFile } from './sealed-file.js';
export { holdWhileSaving, leaveWithoutWaiting, unsavedWrites } from './unsaved.js';
