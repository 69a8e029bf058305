/** Event details shared by more than one element. */
import type { Speaker } from '@peerkit/core';

/** Who, without anything they said: events carry ids and names only. */
export interface SpeakerRef {
  memberId: string;
  name: string;
}

export interface PeerSpeakerChangeDetail {
  speaker: SpeakerRef;
  previous: SpeakerRef | null;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'peer-speaker-change': CustomEvent<PeerSpeakerChangeDetail>;
  }
}

export function speakerRef(speaker: Speaker): SpeakerRef {
  return { memberId: speaker.memberId, name: speaker.name };
}
