import { define } from '../internal/define.js';
import { CheckinRoundElement } from './checkin-round.component.js';

export * from './checkin-round.component.js';

define('checkin-round', CheckinRoundElement);

declare global {
  interface HTMLElementTagNameMap {
    'checkin-round': CheckinRoundElement;
  }
}
