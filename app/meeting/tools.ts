/**
 * Which element each section of a meeting opens, and with what attributes.
 * Data only, so the choices are testable and the page just builds them. Who
 * takes part is not among them: the page's <peer-group> says who is here, by
 * id, so what the elements record is theirs.
 */
import type { Agenda, CheckinChoice, Section } from '@peerkit/core';
import type { AppMessages } from '../messages.js';

export interface ToolMode {
  /** Names the mode's button (AppMessages['modes']). */
  id: keyof AppMessages['modes'];
  attributes: Record<string, string>;
}

export interface ToolChoice {
  tag: 'checkin-round' | 'ground-rules' | 'peer-timer' | 'purpose-statement' | 'resource-list' | 'feedback-form';
  /** The first mode is where the section starts; the others are a button away. */
  modes: ToolMode[];
}

export function toolFor(
  section: Section,
  agenda: Agenda,
  here: readonly string[],
  reviewAfterMeetings = 6,
  checkin: CheckinChoice = { depth: 'light', topic: null },
  meetingAt?: number,
  /** A live room is open: members answer the feedback on their own devices, not one passed round. */
  online = false,
): ToolChoice | null {
  const firstMeeting = agenda.templateId === 'first-meeting';
  switch (section.tool) {
    case 'checkin-round': {
      // The section's time, shared by those here (at least half a minute each).
      const each = Math.max(30, Math.floor(section.plannedMs / Math.max(1, here.length) / 1000));
      // The questions the group chose for this kind of meeting (a bereavement group: grief).
      const questions = { depth: checkin.depth, ...(checkin.topic ? { topic: checkin.topic } : {}) };
      return { tag: 'checkin-round', modes: [{ id: 'checkin', attributes: { 'per-person-seconds': String(each), mood: '', ...questions } }] };
    }
    case 'peer-timer':
      return {
        tag: 'peer-timer',
        modes: [{ id: 'timer', attributes: { 'total-minutes': String(section.plannedMs / 60_000) } }],
      };
    case 'ground-rules': {
      const build: ToolMode = { id: 'build', attributes: { mode: 'edit', template: 'first-meeting' } };
      const agree: ToolMode = { id: 'agree', attributes: { mode: 'agree' } };
      const read: ToolMode = { id: 'read', attributes: { mode: 'display' } };
      const accept: ToolMode = { id: 'accept', attributes: { mode: 'accept' } };
      // The first meeting's consent section explains confidentiality and records who agreed.
      const consent: ToolMode = { id: 'consent', attributes: { mode: 'consent', template: 'first-meeting' } };
      if (firstMeeting) return { tag: 'ground-rules', modes: section.id === 'consent' ? [consent, build, read] : [agree, build, read] };
      if (agenda.templateId === 'review') return { tag: 'ground-rules', modes: [read, build, agree, accept] };
      return { tag: 'ground-rules', modes: [read, accept, build, agree] };
    }
    case 'purpose-statement':
      // The app counts each meeting itself when it starts: no button to count it twice.
      return { tag: 'purpose-statement', modes: [{ id: 'purpose', attributes: { 'review-after': String(reviewAfterMeetings), 'meetings-counted': '' } }] };
    case 'resource-list':
      return {
        tag: 'resource-list',
        modes: [
          { id: 'browse', attributes: {} },
          { id: 'editList', attributes: { mode: 'edit' } },
        ],
      };
    case 'feedback-form':
      // One form for every meeting, so the trend compares like with like; each answer is linked to this meeting.
      return {
        tag: 'feedback-form',
        modes: [
          // Online, the facilitator's screen shows how many have answered: no form to lock the laptop into.
          online
            ? { id: 'online', attributes: {} }
            : { id: 'kiosk', attributes: { template: 'end-of-meeting', kiosk: '', ...(meetingAt !== undefined ? { meeting: String(meetingAt) } : {}) } },
          { id: 'results', attributes: { template: 'end-of-meeting', view: 'results' } },
        ],
      };
    default:
      return null;
  }
}
