/** Invented data shared by core and component tests: no real services or numbers. */
import { blankResource, createGroup, exportGroup, forgetGroup, importGroup, openStore, PEERKIT_KINDS, randomId, type FeedbackForm, type PeerKitKind, type Resource } from '@peerkit/core';

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

/** A group's record of one kind after the group went out to a file and came back: what export and import keep of it. */
export async function throughAFile<T>(kind: PeerKitKind, data: T): Promise<T | undefined> {
  const store = await openStore({ name: `peerkit-file-${kind}-${Date.now()}`, kinds: PEERKIT_KINDS, backend: 'memory' });
  const id = randomId('g');
  await store.put('group', id, createGroup(id, 'Circle', ['Ana'], Date.UTC(2026, 10, 24)));
  await store.put(kind, id, data);
  const file = JSON.parse(JSON.stringify(await exportGroup(store, id))) as unknown;
  await forgetGroup(store, id);
  await importGroup(store, file);
  const back = (await store.get<T>(kind, id))?.data;
  store.close();
  return back;
}
