/**
 * The transport behind a room, as a small interface so y-webrtc (quiet upstream
 * since 2024; pinned) can be replaced by another Yjs provider without touching
 * the rooms. y-webrtc: peer to peer over WebRTC (DTLS), signalling through a
 * relay the organisation runs, every signalling message encrypted with the room
 * key (PBKDF2 → AES-GCM), so the relay sees ciphertext, a hashed topic and timing.
 */
import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';

export interface SyncProvider {
  readonly awareness: Awareness;
  /** Connected to the relay, and how many others this device has a live connection to. */
  onStatus(listener: (status: { relay: boolean; peers: number }) => void): () => void;
  destroy(): void;
}

export interface ProviderOptions {
  relay: string;
  /** The room key: signalling is encrypted with it. */
  password: string;
  /** STUN/TURN servers; none on a local network (and in tests). */
  iceServers?: RTCIceServer[];
}

export type ProviderFactory = (doc: Y.Doc, topic: string, options: ProviderOptions) => Promise<SyncProvider>;

/** y-webrtc, loaded only when a room opens. */
export const webrtcProvider: ProviderFactory = async (doc, topic, { relay, password, iceServers = [] }) => {
  const { WebrtcProvider } = await import('y-webrtc');
  // Only the organisation's relay: y-webrtc's default public servers are never used.
  const provider = new WebrtcProvider(topic, doc, { signaling: [relay], password, peerOpts: { config: { iceServers } } });
  let relayUp = false;
  let peers = 0;
  const listeners = new Set<(status: { relay: boolean; peers: number }) => void>();
  const tell = () => listeners.forEach((listener) => listener({ relay: relayUp, peers }));
  // The relay connection (lib0's websocket client) says when it is up or down.
  const relays = provider.signalingConns as unknown as { connected: boolean; on(name: 'connect' | 'disconnect', listener: () => void): void }[];
  const relayStatus = () => {
    relayUp = relays.some((conn) => conn.connected);
    tell();
  };
  for (const conn of relays) {
    conn.on('connect', relayStatus);
    conn.on('disconnect', relayStatus);
  }
  relayUp = relays.some((conn) => conn.connected);
  provider.on('peers', ({ webrtcPeers, bcPeers }: { webrtcPeers: string[]; bcPeers: string[] }) => {
    peers = webrtcPeers.length + bcPeers.length;
    tell();
  });
  return {
    awareness: provider.awareness,
    onStatus(listener) {
      listeners.add(listener);
      listener({ relay: relayUp, peers });
      return () => listeners.delete(listener);
    },
    destroy: () => provider.destroy(),
  };
};
