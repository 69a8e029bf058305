/** Every kind PeerKit keeps, each with its parser and migrations: for the app, and for import and export of everything. */
import { agendaKind } from './agenda/kind.js';
import { checkinKind, questionBankKind } from './checkin/kind.js';
import { feedbackFormKind, feedbackResponsesKind } from './feedback/kind.js';
import { groundRulesKind } from './ground-rules/kind.js';
import { groupKind } from './group/kind.js';
import { goalsKind } from './goals/kind.js';
import { guidanceKind } from './guidance/kind.js';
import { handOverKind } from './handover/kind.js';
import { purposeKind } from './purpose/kind.js';
import { resourcesKind } from './resources/kind.js';
import { roundKind } from './rounds/kind.js';
import { sharedReportKind } from './reports/kind.js';
import type { KindTable } from './store/index.js';

export const PEERKIT_KINDS = {
  agenda: agendaKind,
  group: groupKind,
  round: roundKind,
  checkin: checkinKind,
  'question-bank': questionBankKind,
  'ground-rules': groundRulesKind,
  purpose: purposeKind,
  resources: resourcesKind,
  'feedback-form': feedbackFormKind,
  'feedback-responses': feedbackResponsesKind,
  handover: handOverKind,
  guidance: guidanceKind,
  goals: goalsKind,
  'shared-report': sharedReportKind,
} satisfies KindTable;

export type PeerKitKind = keyof typeof PEERKIT_KINDS;
