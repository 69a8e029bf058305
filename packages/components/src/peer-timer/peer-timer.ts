import { define } from '../internal/define.js';
import { PeerTimer } from './peer-timer.component.js';

export { PeerTimer };
export * from './peer-timer.component.js';

define('peer-timer', PeerTimer);

declare global {
  interface HTMLElementTagNameMap {
    'peer-timer': PeerTimer;
  }
}
