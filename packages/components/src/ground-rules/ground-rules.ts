import { define } from '../internal/define.js';
import { GroundRulesElement } from './ground-rules.component.js';

export * from './ground-rules.component.js';

define('ground-rules', GroundRulesElement);

declare global {
  interface HTMLElementTagNameMap {
    'ground-rules': GroundRulesElement;
  }
}
