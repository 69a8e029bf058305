/** Invented data shared by core and component tests: no real services or numbers. */
import { blankResource, type FeedbackForm, type Resource } from '@peerkit/core';

/** A resource record with sensible defaults; `extra` overrides any field. */
export function sampleResource(id: string, extra: Partial<Resource> = {}): Resource {
  return {
    ...blankResource(id, new Date().toISOString().slice(0, 10)),
    organization: 'Sample Org',
    name: id,
    languages: ['English'],
    ...extra,
  };
}

/** A form with one question of every type, one of them shown only on "yes". */
export const everyTypeForm: FeedbackForm = {
  schemaVersion: 1,
  id: 'all',
  title: 'Every type',
  templateId: null,
  questions: [
    { id: 'scale', type: 'scale', label: 'Scale', required: true, points: 4, lowLabel: 'Low', highLabel: 'High' },
    { id: 'single', type: 'single', label: 'Single', required: false, options: ['A', 'B'] },
    { id: 'multiple', type: 'multiple', label: 'Multiple', required: false, options: ['X', 'Y', 'Z'] },
    { id: 'yn', type: 'yes-no', label: 'Yes or no', required: true },
    { id: 'why', type: 'long-text', label: 'Why?', required: true, showIf: { questionId: 'yn', equals: ['yes'] }, help: 'A sentence is enough.' },
    { id: 'short', type: 'short-text', label: 'Short', required: false },
  ],
};
