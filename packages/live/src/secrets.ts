/**
 * A room's secrets and its join links. Everything secret lives in the link's
 * #fragment, which browsers never send to any server: the room id (the relay
 * sees only its hash), the room key (y-webrtc encrypts signalling with it),
 * the fingerprint of the facilitator's signing key, and, for a co-facilitator
 * only, the private half of that key. Short enough for a QR code read from
 * across a room.
 */
export interface RoomLink {
  /** The room's id: 128 random bits. */
  room: string;
  /** The room key every member's link carries: 128 random bits. */
  key: string;
  /** The signalling relay's address (ws:// or wss://). Not secret. */
  relay: string;
  /** The facilitator's public signing key's fingerprint (128 bits of its SHA-256): members accept only the key that matches it, and every stage must verify with that key. */
  stageKey: string;
  /** Only in a co-facilitator's link: the private signing key (its JWK `d`). */
  control?: string;
  /** A TURN server, for phones on mobile networks that cannot reach each other directly. */
  turn?: { urls: string; username: string; credential: string };
}

export function randomId(bytes = 16): string {
  return toBase64Url(crypto.getRandomValues(new Uint8Array(bytes)));
}

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

const B64URL = /^[A-Za-z0-9_-]+$/;

/** The join page's address with the room in its fragment. */
export function joinLink(page: string, link: RoomLink): string {
  const fragment = new URLSearchParams({
    room: link.room,
    key: link.key,
    relay: link.relay,
    stage: link.stageKey,
    ...(link.turn ? { turn: link.turn.urls, tu: link.turn.username, tc: link.turn.credential } : {}),
    ...(link.control ? { control: link.control } : {}),
  });
  return `${page.split('#')[0] ?? page}#${fragment.toString()}`;
}

export type LinkReading = { ok: true; link: RoomLink } | { ok: false; problem: string };

/** Reads a join link's fragment, strictly: a link cut short or mistyped is said as such. */
export function readJoinLink(fragment: string): LinkReading {
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  const room = params.get('room') ?? '';
  const key = params.get('key') ?? '';
  const relay = params.get('relay') ?? '';
  const stageKey = params.get('stage') ?? '';
  const control = params.get('control') ?? undefined;
  const missing = [!B64URL.test(room) || room.length < 22 ? 'room' : '', !B64URL.test(key) || key.length < 22 ? 'key' : '', !B64URL.test(stageKey) || stageKey.length < 22 ? 'stage' : '']
    .filter(Boolean);
  if (missing.length > 0) return { ok: false, problem: `the link is incomplete or mistyped (${missing.join(', ')}); ask the facilitator for it again` };
  if (!/^wss?:\/\/[^\s]+$/.test(relay)) return { ok: false, problem: 'the link names no meeting relay; ask the facilitator for it again' };
  if (control !== undefined && (!B64URL.test(control) || control.length < 40)) return { ok: false, problem: 'the co-facilitator part of the link is mistyped' };
  const turnUrl = params.get('turn');
  if (turnUrl !== null && !/^turns?:[^\s]+$/.test(turnUrl)) return { ok: false, problem: 'the link names a TURN server that is not a turn: address' };
  const turn = turnUrl === null ? undefined : { urls: turnUrl, username: params.get('tu') ?? '', credential: params.get('tc') ?? '' };
  return { ok: true, link: { room, key, relay, stageKey, ...(turn ? { turn } : {}), ...(control ? { control } : {}) } };
}

/** What the relay sees as the room's name: a hash of the id, never the id. */
export async function roomTopic(room: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`peerkit-room:${room}`));
  return `peerkit-${toBase64Url(new Uint8Array(digest))}`;
}
