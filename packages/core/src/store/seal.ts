/**
 * Encryption at rest with the browser's own WebCrypto, nothing of ours: a key
 * derived from a passphrase (PBKDF2-SHA-256, 600,000 iterations, a random
 * 16-byte salt, as OWASP advises for PBKDF2-SHA-256) and AES-GCM-256 with a
 * fresh 12-byte IV for every write. What is sealed carries what it belongs to
 * (e.g. "group/thursday") as GCM's additional data, so a sealed record moved
 * onto another one does not open.
 */

export const PBKDF2_ITERATIONS = 600_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;

/** A sealed value, as JSON can carry it (in IndexedDB and in files alike). */
export interface Sealed {
  /** Base64 of the 12-byte IV. */
  iv: string;
  /** Base64 of AES-GCM's output: the ciphertext and its 16-byte tag. */
  ciphertext: string;
}

/** How a key is made from a passphrase; kept beside what it sealed, never the key itself. */
export interface KeyDerivation {
  name: 'PBKDF2';
  hash: 'SHA-256';
  iterations: number;
  /** Base64 of the random salt. */
  salt: string;
}

/** What a wrong passphrase (or a tampered record) gives: AES-GCM's tag does not match. */
export class WrongKeyError extends Error {
  constructor(what = 'the data') {
    super(`The passphrase does not open ${what}.`);
    this.name = 'WrongKeyError';
  }
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** A fresh derivation: a new random salt, today's iteration count. */
export function newDerivation(iterations = PBKDF2_ITERATIONS): KeyDerivation {
  return { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(crypto.getRandomValues(new Uint8Array(SALT_BYTES))) };
}

/**
 * The AES-GCM key a passphrase and a derivation make. Extractable only so one
 * page of the app can hand it to the next (see the README); it is never stored.
 */
export async function deriveKey(passphrase: string, derivation: KeyDerivation): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey('raw', encoder.encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: derivation.hash, salt: fromBase64(derivation.salt), iterations: derivation.iterations },
    base,
    { name: 'AES-GCM', length: 256 },
    true,
    ['encrypt', 'decrypt'],
  );
}

/** Seals any JSON value; `context` (what it belongs to) must be given again to open it. */
export async function seal(key: CryptoKey, value: unknown, context: string): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const plaintext = encoder.encode(JSON.stringify(value));
  const ciphertext = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: encoder.encode(context) }, key, plaintext);
  return { iv: toBase64(iv), ciphertext: toBase64(new Uint8Array(ciphertext)) };
}

/** Opens what `seal` made with the same key and context; a WrongKeyError otherwise. */
export async function unseal<T = unknown>(key: CryptoKey, sealed: Sealed, context: string): Promise<T> {
  let plaintext: ArrayBuffer;
  try {
    plaintext = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(sealed.iv), additionalData: encoder.encode(context) }, key, fromBase64(sealed.ciphertext));
  } catch {
    throw new WrongKeyError(context);
  }
  return JSON.parse(decoder.decode(plaintext)) as T;
}

/** Whether a value has the shape `seal` gives. */
export function isSealed(value: unknown): value is Sealed {
  return typeof value === 'object' && value !== null && typeof (value as Sealed).iv === 'string' && typeof (value as Sealed).ciphertext === 'string';
}
