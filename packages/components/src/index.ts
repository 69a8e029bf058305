/** @peerkit/components: importing this defines every element. */
export * from './peer-timer/peer-timer.js';
export { define } from './internal/define.js';
