/**
 * A whole group as one file, and forgetting it: everything PeerKit keeps for
 * a group is stored under the group's id, one document per kind. The store
 * must know every kind (open it with PEERKIT_KINDS).
 */
import { GROUP_KIND_NAMES } from '../kind-names.js';
import { isRandomId, randomId } from '../internal/ids.js';
import { Checker, ValidationError } from '../internal/validate.js';
import type { ExportFile, PeerStore, StoredDoc } from '../store/index.js';
import type { Group } from './group.js';
import { renameMemberIds } from './member-ids.js';

/** Every document of the group, in the store's export format. */
export async function exportGroup(store: PeerStore, groupId: string): Promise<ExportFile> {
  const documents: StoredDoc[] = [];
  for (const kind of GROUP_KIND_NAMES) {
    const doc = await store.get(kind, groupId);
    if (doc) documents.push(doc);
  }
  if (!documents.some((d) => d.kind === 'group')) throw new ValidationError('The export', [`there is no group "${groupId}" on this device`]);
  return { format: 'peerkit', formatVersion: 1, exportedAt: new Date().toISOString(), documents };
}

/**
 * Brings in a group exported by `exportGroup`: the file must hold exactly one
 * group and nothing of any other; the store then checks every document and
 * writes all of them or none. A group already on this device is replaced only
 * when named in `replace` (and then the file must be that group), so an old
 * file cannot overwrite newer records by accident. Returns the group's id.
 */
export async function importGroup(store: PeerStore, file: unknown, options: { replace?: string } = {}): Promise<{ groupId: string; imported: number }> {
  const check = new Checker();
  const documents = check.array(check.object(file, 'file')?.documents, 'file.documents') ?? [];
  const groups = documents.filter((d) => (d as { kind?: unknown } | null)?.kind === 'group');
  const groupId = (groups[0] as { id?: unknown } | undefined)?.id;
  if (groups.length !== 1 || typeof groupId !== 'string') {
    check.fail('file.documents', `expected exactly one group, found ${groups.length}`);
  } else {
    documents.forEach((d, i) => {
      const id = (d as { id?: unknown } | null)?.id;
      if (id !== groupId) check.fail(`file.documents[${i}].id`, `belongs to "${String(id)}", not to the group "${groupId}"`);
    });
  }
  if (typeof groupId === 'string' && options.replace !== undefined && groupId !== options.replace) {
    check.fail('file', `holds the group "${groupId}", not "${options.replace}"`);
  }
  const checked = check.result(() => groupId as string);
  if (!checked.ok) throw new ValidationError('The group file', checked.errors);
  // Not a fault in the file: said as what to do, not as a list of problems.
  const here = options.replace === undefined ? await store.get<{ name?: unknown }>('group', checked.value) : undefined;
  if (here) {
    const name = typeof here.data.name === 'string' ? here.data.name : checked.value;
    throw new Error(`The group "${name}" is already on this device. To replace it with this file, open the group and choose "Bring this group back from a file".`);
  }
  const { imported } = await store.importAll(file);
  return { groupId: checked.value, imported };
}

/** Removes every document of the group from this device. Returns how many there were. */
export async function forgetGroup(store: PeerStore, groupId: string): Promise<number> {
  let removed = 0;
  for (const kind of GROUP_KIND_NAMES) {
    if (!(await store.get(kind, groupId))) continue;
    await store.delete(kind, groupId);
    removed += 1;
  }
  return removed;
}

/**
 * Gives every group whose id, or any of whose members' ids, was made from a
 * name (before ids were random) random ones: all the group's documents are
 * written again in one write, the old group id kept in the group's `formerIds`
 * (so old links and earlier reports still find it), then the documents under
 * the old id go. A move cut short (both there) is finished, never repeated.
 * The store must know every kind, and be unlocked. Returns the group ids moved.
 */
export async function moveNamedIds(store: PeerStore): Promise<{ from: string; to: string }[]> {
  const groups = await store.list<Group>('group');
  const moves: { from: string; to: string }[] = [];
  for (const { id, data } of groups) {
    const namedGroup = !isRandomId(id, 'g');
    if (namedGroup && groups.some((g) => g.data.formerIds?.includes(id))) {
      await forgetGroup(store, id);
      continue;
    }
    const rename = new Map(data.members.filter((m) => !isRandomId(m.id, 'm')).map((m) => [m.id, randomId('m')]));
    if (!namedGroup && rename.size === 0) continue;
    const to = namedGroup ? randomId('g') : id;
    const file = await exportGroup(store, id);
    const documents = file.documents.map((doc) => {
      const renamed = renameMemberIds(doc.kind, doc.data, rename);
      if (doc.kind !== 'group' || !namedGroup) return { ...doc, id: to, data: renamed };
      return { ...doc, id: to, data: { ...(renamed as Group), id: to, formerIds: [...(data.formerIds ?? []), id] } };
    });
    await store.importAll({ ...file, documents });
    if (!namedGroup) continue;
    await forgetGroup(store, id);
    moves.push({ from: id, to });
  }
  return moves;
}

/** The group that had this id before, if one did: an old link is sent on to it. */
export async function movedGroupId(store: PeerStore, formerId: string): Promise<string | undefined> {
  if (isRandomId(formerId, 'g')) return undefined;
  return (await store.list<{ formerIds?: string[] }>('group')).find((g) => g.data.formerIds?.includes(formerId))?.id;
}
