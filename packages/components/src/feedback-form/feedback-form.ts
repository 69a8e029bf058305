import { define } from '../internal/define.js';
import { FeedbackFormElement } from './feedback-form.component.js';

export * from './feedback-form.component.js';

define('feedback-form', FeedbackFormElement);

declare global {
  interface HTMLElementTagNameMap {
    'feedback-form': FeedbackFormElement;
  }
}
