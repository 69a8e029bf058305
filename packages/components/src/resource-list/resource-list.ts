import { define } from '../internal/define.js';
import { ResourceListElement } from './resource-list.component.js';

export * from './resource-list.component.js';

define('resource-list', ResourceListElement);

declare global {
  interface HTMLElementTagNameMap {
    'resource-list': ResourceListElement;
  }
}
