/**
 * The transport behind a room, as a small interface so y-webrtc (quiet upstream
 * since 2024; pinned) can be replaced by another Yjs provider without touching
 * the rooms. y-webrtc: peer to peer over WebRTC (DTLS), signalling through a
 * relay the organisation runs, every signalling message encrypted with the room
 * key (PBKDF2 → AES-GCM), so the relay sees ciphertext, a hashed topic and timing.
 */
import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';

export interface TransportStatus {
  /** Connected to the relay. */
  relay: boolean;
  /** How many others this device has a live connection to. */
  peers: number;
  /** Messages that reached this device but did not open with its key: someone with another key, or this link's key is wrong. */
  unreadable: number;
}

export interface SyncProvider {
  readonly awareness: Awareness;
  onStatus(listener: (status: TransportStatus) => void): () => void;
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
  let unreadable = 0;
  const listeners = new Set<(status: TransportStatus) => void>();
  const tell = () => listeners.forEach((listener) => listener({ relay: relayUp, peers, unreadable }));
  // y-webrtc leaves a message it cannot decrypt as an unhandled rejection (AES-GCM's OperationError):
  // counted here, and said by the page, instead of an error in the console.
  const onRejection = (event: PromiseRejectionEvent) => {
    if (!(event.reason instanceof DOMException) || event.reason.name !== 'OperationError') return;
    event.preventDefault();
    unreadable += 1;
    tell();
  };
  addEventListener('unhandledrejection', onRejection);
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
      listener({ relay: relayUp, peers, unreadable });
      return () => listeners.delete(listener);
    },
    destroy: () => {
      removeEventListener('unhandledrejection', onRejection);
      provider.destroy();
    },
  };
};
