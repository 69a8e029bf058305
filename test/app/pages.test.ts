import { expect } from '@esm-bundle/chai';
import { agendaTemplate, createGroup, randomId, meetingAbandoned, meetingEnded, memberLeaves, recordMeeting, recordTalk, addMember, toMembers } from '@peerkit/core';
import { groupUrl } from '../../app/groups.js';
import { attendanceRows, describeFairness, meetingRows } from '../../app/history.js';
import { toolFor } from '../../app/meeting/tools.js';
import { APP_MESSAGES } from '../../app/messages.js';
import { showStorageNotice } from '../../app/shell.js';

const en = APP_MESSAGES.en;

const T0 = Date.UTC(2026, 10, 3);
const WEEK = 7 * 86_400_000;
const HOUR = 3_600_000;

describe('app: group ids and links', () => {
  it('makes random ids, never from the name: the id reaches the address and the browser’s history', () => {
    const ids = Array.from({ length: 1000 }, () => randomId('g'));
    for (const id of ids) expect(id).to.match(/^g-[0-9a-hjkmnp-tv-z]{12}$/);
    expect(new Set(ids).size).to.equal(1000);
  });

  it('ends a sentence with one full stop when a name brings its own', () => {
    expect(en.hereToday('Ana, Dee M.')).to.equal('Here today: Ana, Dee M.');
    expect(en.facilitating('Ana')).to.equal('Facilitating: Ana.');
  });

  it('links to a page of a group, escaping the id', () => {
    expect(groupUrl('meeting.html', 'a&b', 'rules')).to.equal('./meeting.html?group=a%26b&view=rules');
  });
});

describe('app: history', () => {
  let group = createGroup('g', 'G', toMembers(['Ana', 'Ben']), T0);
  group = recordMeeting(group, { at: T0, facilitatorId: 'ana', attended: ['ana', 'ben'] });
  group = recordTalk(meetingEnded(group, T0, T0 + HOUR), T0, { spokenMs: 60_000, largestShareRatio: 1.1, gini: 0.05 });
  group = addMember(group, { id: 'chen', name: 'Chen' }, T0 + 1);
  group = recordMeeting(group, { at: T0 + WEEK, facilitatorId: 'chen', attended: ['chen'] });
  group = recordTalk(meetingEnded(group, T0 + WEEK, T0 + WEEK + HOUR), T0 + WEEK, { spokenMs: 60_000, largestShareRatio: 1.9, gini: 0.4 });
  group = memberLeaves(group, 'ana', T0 + WEEK + 1);
  group = recordMeeting(group, { at: T0 + 2 * WEEK, facilitatorId: null, attended: ['ben', 'chen'] });
  group = meetingEnded(group, T0 + 2 * WEEK, T0 + 2 * WEEK + HOUR);
  // Stopped before its end: listed, never counted as held.
  group = meetingAbandoned(recordMeeting(group, { at: T0 + 3 * WEEK, facilitatorId: null, attended: ['ben'] }), T0 + 3 * WEEK);

  it('lists meetings newest first, with facilitator, count and fairness in words and figures', () => {
    expect(meetingRows(group, en)).to.deep.equal([
      { at: T0 + 3 * WEEK, facilitator: 'Nobody named', came: 1, fairness: 'Stopped before the end: not counted as held' },
      { at: T0 + 2 * WEEK, facilitator: 'Nobody named', came: 2, fairness: 'No sharing round' },
      { at: T0 + WEEK, facilitator: 'Chen', came: 1, fairness: 'One voice took much more: the longest share was 1.90× the equal share (Gini 0.40)' },
      { at: T0, facilitator: 'Ana', came: 2, fairness: 'Even: the longest share was 1.10× the equal share (Gini 0.05)' },
    ]);
    expect(describeFairness({ spokenMs: 1, largestShareRatio: 1.4, gini: 0.2 }, en.fairness)).to.match(/^Somewhat uneven/);
    expect(describeFairness({ spokenMs: 1, largestShareRatio: 1.4, gini: 0.2 }, APP_MESSAGES.es.fairness)).to.equal('Algo desigual: el turno más largo fue 1.40× la parte igual (Gini 0.20)');
  });

  it('counts attendance against the meetings held (not one stopped early) while each member belonged', () => {
    expect(attendanceRows(group)).to.deep.equal([
      { name: 'Ana', attended: 1, possible: 2, current: false },
      { name: 'Ben', attended: 2, possible: 3, current: true },
      { name: 'Chen', attended: 2, possible: 2, current: true },
    ]);
  });
});

describe('app: each section opens its tool', () => {
  const here = ['Ana', 'Ben', 'Chen'];

  it('shares the check-in section among those here, and gives the sharing round its minutes', () => {
    const regular = agendaTemplate('regular', 'en');
    const [, checkin, rules, sharing, resources, feedback, close] = regular.sections;
    expect(toolFor(checkin!, regular, here)?.modes[0]?.attributes).to.deep.equal({ 'per-person-seconds': '300', mood: '', depth: 'light' });
    // The group's own choice for this kind of meeting: a bereavement group's grief questions.
    expect(toolFor(checkin!, regular, here, 6, { depth: 'reflective', topic: 'grief' })?.modes[0]?.attributes).to.deep.equal({
      'per-person-seconds': '300',
      mood: '',
      depth: 'reflective',
      topic: 'grief',
    });
    expect(toolFor(sharing!, regular, here)?.modes[0]?.attributes).to.deep.equal({ 'total-minutes': '45' });
    expect(toolFor(rules!, regular, here)?.modes.map((m) => m.attributes.mode)).to.deep.equal(['display', 'accept', 'edit', 'agree']);
    expect(toolFor(resources!, regular, here)?.tag).to.equal('resource-list');
    expect(toolFor(feedback!, regular, here)?.modes[0]?.attributes).to.deep.equal({ template: 'end-of-meeting', kiosk: '' });
    // In a meeting, each answer is linked to it (its start), so two meetings on one day stay apart.
    expect(toolFor(feedback!, regular, here, 6, undefined, T0)?.modes[0]?.attributes).to.deep.equal({ template: 'end-of-meeting', kiosk: '', meeting: String(T0) });
    // With a live room open, members answer on their own devices: no pass-the-device lock, the count instead.
    expect(toolFor(feedback!, regular, here, 6, undefined, T0, true)?.modes.map((m) => m.id)).to.deep.equal(['online', 'results']);
    expect(toolFor(close!, regular, here)).to.equal(null);
    const review = agendaTemplate('review', 'en');
    const purpose = review.sections.find((s) => s.id === 'purpose')!;
    expect(toolFor(purpose, review, here, 4)?.modes[0]?.attributes).to.deep.equal({ 'review-after': '4', 'meetings-counted': '' });
  });

  it('builds the rules at a first meeting, then asks the group to agree them', () => {
    const first = agendaTemplate('first-meeting', 'en');
    const consent = first.sections.find((s) => s.id === 'consent')!;
    const rules = first.sections.find((s) => s.id === 'rules')!;
    expect(toolFor(consent, first, here)?.modes.map((m) => m.attributes.mode)).to.deep.equal(['consent', 'edit', 'display']);
    expect(toolFor(consent, first, here)?.modes[0]?.attributes).to.deep.equal({ mode: 'consent', template: 'first-meeting' });
    expect(toolFor(rules, first, here)?.modes[0]?.attributes.mode).to.equal('agree');
  });
});

describe('app: every page’s text in English and Spanish', () => {
  it('has each data-text key of every page in both tables, with the page’s English as the English', async () => {
    for (const page of ['index', 'group', 'meeting', 'live', 'report', 'coordinator', 'timer']) {
      const html = await (await fetch(`/app/${page}.html`)).text();
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const nodes = [...doc.querySelectorAll<HTMLElement>('[data-text]')];
      expect(nodes.length, page).to.be.greaterThan(5);
      for (const node of nodes) {
        const key = node.dataset.text as keyof typeof en.text;
        expect(en.text[key], `${page}: ${key}`).to.equal(node.textContent.replace(/\s+/g, ' ').trim());
        expect(APP_MESSAGES.es.text[key], `${page}: ${key}`).to.be.a('string').and.not.equal(en.text[key]);
      }
    }
  });
});

describe('app: a browser that keeps nothing', () => {
  it('says so once at the top of the page, with the reason', () => {
    const page = document.implementation.createHTMLDocument('t');
    page.body.innerHTML = '<main><h1>Groups</h1></main>';
    showStorageNotice({ persistent: true, fallbackReason: undefined }, page);
    expect(page.getElementById('storage-notice')).to.equal(null);
    showStorageNotice({ persistent: false, fallbackReason: 'IndexedDB is blocked' }, page);
    showStorageNotice({ persistent: false, fallbackReason: 'IndexedDB is blocked' }, page);
    const notices = page.querySelectorAll('#storage-notice');
    expect(notices.length).to.equal(1);
    expect(page.querySelector('main')?.firstElementChild).to.equal(notices[0]);
    expect(notices[0]?.getAttribute('role')).to.equal('alert');
    expect(notices[0]?.textContent).to.contain('(IndexedDB is blocked)');
  });
});
