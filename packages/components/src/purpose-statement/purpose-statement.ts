import { define } from '../internal/define.js';
import { PurposeStatementElement } from './purpose-statement.component.js';

export * from './purpose-statement.component.js';

define('purpose-statement', PurposeStatementElement);

declare global {
  interface HTMLElementTagNameMap {
    'purpose-statement': PurposeStatementElement;
  }
}
