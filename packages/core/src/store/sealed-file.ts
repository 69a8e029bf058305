/**
 * A file sealed with a passphrase, for a backup that is safe to carry on a
 * stick or send: the same scheme as the lock (PBKDF2-SHA-256 → AES-GCM-256),
 * with a salt of its own, so the file opens with its passphrase anywhere.
 */
import { WrongPassphraseError } from './lock.js';
import { deriveKey, isSealed, newDerivation, seal, unseal, WrongKeyError, type KeyDerivation, type Sealed } from './seal.js';

export interface SealedFile {
  format: 'peerkit-sealed';
  formatVersion: 1;
  /** How the key is made from the passphrase. */
  kdf: KeyDerivation;
  cipher: 'AES-GCM-256';
  /** The file's JSON content, sealed. */
  sealed: Sealed;
}

const CONTEXT = 'peerkit-sealed-file';

export async function sealFile(content: unknown, passphrase: string, iterations?: number): Promise<SealedFile> {
  const kdf = newDerivation(iterations);
  const key = await deriveKey(passphrase, kdf);
  return { format: 'peerkit-sealed', formatVersion: 1, kdf, cipher: 'AES-GCM-256', sealed: await seal(key, content, CONTEXT) };
}

export function isSealedFile(data: unknown): data is SealedFile {
  const file = data as Partial<SealedFile> | null;
  return typeof file === 'object' && file !== null && file.format === 'peerkit-sealed' && file.formatVersion === 1 && isSealed(file.sealed) && typeof file.kdf?.salt === 'string' && Number.isInteger(file.kdf.iterations);
}

/** The content of a sealed file; a WrongPassphraseError for a wrong passphrase (or a changed file). */
export async function openSealedFile(file: SealedFile, passphrase: string): Promise<unknown> {
  const key = await deriveKey(passphrase, file.kdf);
  try {
    return await unseal(key, file.sealed, CONTEXT);
  } catch (error) {
    throw error instanceof WrongKeyError ? new WrongPassphraseError('this file') : error;
  }
}
