import { define } from '../internal/define.js';
import { MeetingAgendaElement } from './meeting-agenda.component.js';

export * from './meeting-agenda.component.js';

define('meeting-agenda', MeetingAgendaElement);

declare global {
  interface HTMLElementTagNameMap {
    'meeting-agenda': MeetingAgendaElement;
  }
}
