/** Small pure helpers the app's pages share about groups. */
export function groupUrl(page: 'group.html' | 'meeting.html' | 'report.html', groupId: string, view?: 'timer' | 'rules' | 'presenter'): string {
  const params = new URLSearchParams({ group: groupId });
  if (view) params.set('view', view);
  return `./${page}?${params.toString()}`;
}
