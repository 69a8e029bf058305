/**
 * One answer per device, unlinkable to it: each member device that joins gets
 * a one-time answer token, signed blind (RSA blind signatures, RFC 9474, by
 * Cloudflare's blindrsa-ts). The device makes a random token and sends it
 * blinded; the facilitator's device signs what it cannot read, once per
 * device; the device unblinds the signature. An answer carries the token and
 * its signature: the facilitator's device sees the signature is its own, and
 * takes one answer per token, but cannot tell which device it signed it for.
 * Another member reading the room sees the blinded request and the blind
 * signature, which are no use without the device's own unblinding secret.
 */
import { RSABSSA } from '@cloudflare/blindrsa-ts';
import { fromBase64Url, toBase64Url } from './secrets.js';

const suite = RSABSSA.SHA384.PSS.Randomized();
const ALGORITHM = { name: 'RSA-PSS', hash: 'SHA-384' } as const;

export interface AnswerKeys {
  /** Signs blinded tokens: never leaves the facilitator's tab. */
  signing: CryptoKey;
  /** The public key (SPKI, base64url), on the signed stage for members to blind with. */
  publicKey: string;
  /** The private key as JWK, kept by the facilitator's tab so a reload signs with the same key. */
  saved: JsonWebKey;
}

export async function newAnswerKeys(): Promise<AnswerKeys> {
  const pair = await suite.generateKey({ modulusLength: 2048, publicExponent: Uint8Array.from([1, 0, 1]) });
  return answerKeysFrom(await crypto.subtle.exportKey('jwk', pair.privateKey));
}

export async function answerKeysFrom(saved: JsonWebKey): Promise<AnswerKeys> {
  // The library reads the key's numbers back out of it, so the key stays extractable (it stays in this tab's memory).
  const signing = await crypto.subtle.importKey('jwk', saved, ALGORITHM, true, ['sign']);
  const { n, e } = saved;
  const verifying = await crypto.subtle.importKey('jwk', { kty: 'RSA', n, e, alg: 'PS384', ext: true }, ALGORITHM, true, ['verify']);
  return { signing, saved, publicKey: toBase64Url(new Uint8Array(await crypto.subtle.exportKey('spki', verifying))) };
}

const publicKeyOf = (publicKey: string) => crypto.subtle.importKey('spki', fromBase64Url(publicKey), ALGORITHM, true, ['verify']);

/** What a member's device keeps until its token is signed: the token, and the secret that unblinds the signature. */
export interface PendingToken {
  token: string;
  inv: string;
  /** Sent to the facilitator's device, which signs it without learning the token. */
  blinded: string;
}

export async function blindToken(publicKey: string): Promise<PendingToken> {
  const token = suite.prepare(crypto.getRandomValues(new Uint8Array(32)));
  const { blindedMsg, inv } = await suite.blind(await publicKeyOf(publicKey), token);
  return { token: toBase64Url(token), inv: toBase64Url(inv), blinded: toBase64Url(blindedMsg) };
}

/** The facilitator's signature on a blinded token (the same request always gets the same signature). */
export async function signBlinded(keys: AnswerKeys, blinded: string): Promise<string> {
  return toBase64Url(await suite.blindSign(keys.signing, fromBase64Url(blinded)));
}

/** The token's own signature, from the blind one; refuses a signature that does not hold. */
export async function unblindToken(publicKey: string, pending: PendingToken, blindSignature: string): Promise<string> {
  const proof = await suite.finalize(await publicKeyOf(publicKey), fromBase64Url(pending.token), fromBase64Url(blindSignature), fromBase64Url(pending.inv));
  return toBase64Url(proof);
}

/** Whether an answer's token was signed by this room's answer key. */
export async function tokenHolds(publicKey: string, token: string, proof: string): Promise<boolean> {
  try {
    return await suite.verify(await publicKeyOf(publicKey), fromBase64Url(proof), fromBase64Url(token));
  } catch {
    return false;
  }
}
