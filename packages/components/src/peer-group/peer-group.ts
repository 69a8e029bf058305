import { define } from '../internal/define.js';
import { PeerGroupElement } from './peer-group.component.js';

export * from './peer-group.component.js';

define('peer-group', PeerGroupElement);

declare global {
  interface HTMLElementTagNameMap {
    'peer-group': PeerGroupElement;
  }
}
