/** Small pure helpers the app's pages share about groups. */

/** A readable, unique id from a group's name: "Tuesday circle" → "tuesday-circle", then "-2". */
export function uniqueGroupId(name: string, taken: ReadonlySet<string>): string {
  const base =
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'group';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

export function groupUrl(page: 'group.html' | 'meeting.html', groupId: string, view?: 'timer' | 'rules'): string {
  const params = new URLSearchParams({ group: groupId });
  if (view) params.set('view', view);
  return `./${page}?${params.toString()}`;
}
