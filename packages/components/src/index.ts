/** @peerkit/components: importing this defines every element. */
// The group provider first, so elements inside it find it as they connect.
export * from './peer-group/peer-group.js';
export * from './peer-timer/peer-timer.js';
export * from './checkin-round/checkin-round.js';
export * from './ground-rules/ground-rules.js';
export * from './purpose-statement/purpose-statement.js';
export * from './feedback-form/feedback-form.js';
export * from './resource-list/resource-list.js';
export * from './meeting-agenda/meeting-agenda.js';
export { define } from './internal/define.js';
export type { SpeakerRef, PeerSpeakerChangeDetail } from './internal/events.js';
