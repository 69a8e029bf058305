/** Small pure helpers the app's pages share about groups. */
import { uniqueSlug } from '@peerkit/core';

/** A readable, unique id from a group's name: "Tuesday circle" → "tuesday-circle", then "-2". */
export function uniqueGroupId(name: string, taken: ReadonlySet<string>): string {
  // Kept short: the id shows in the page's address.
  return uniqueSlug(name.slice(0, 40), taken, 'group');
}

export function groupUrl(page: 'group.html' | 'meeting.html' | 'report.html', groupId: string, view?: 'timer' | 'rules' | 'presenter'): string {
  const params = new URLSearchParams({ group: groupId });
  if (view) params.set('view', view);
  return `./${page}?${params.toString()}`;
}
