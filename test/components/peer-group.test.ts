import { expect } from '@esm-bundle/chai';
import { fixture, html } from '@open-wc/testing-helpers';
import { addMember, openStore, PEERKIT_KINDS, type Group, type Round } from '@peerkit/core';
import '@peerkit/components';
import type { CheckinRoundElement, FeedbackFormElement, PeerGroupElement, PeerTimer } from '@peerkit/components';
import { captureWarnings, freshKey, until } from '../helpers.js';

/** What the element showed after each of its draws: 'waiting' (busy), 'form' (its questions), or 'other'. */
function recordDraws(form: FeedbackFormElement): string[] {
  const draws: string[] = [];
  const drawn = form as unknown as { updated(changed: Map<string, unknown>): void };
  const updated = drawn.updated.bind(form);
  drawn.updated = (changed) => {
    const root = form.shadowRoot!;
    draws.push(root.querySelector('[aria-busy="true"]') ? 'waiting' : root.querySelector('.questions') ? 'form' : 'other');
    updated(changed);
  };
  return draws;
}

/** The draws with repeats of one state folded into one. */
const changesIn = (draws: string[]) => draws.filter((draw, i) => draw !== draws[i - 1]);

describe('<peer-group>', () => {
  it('gives the elements inside its members and its store, so names are typed once', async () => {
    const id = freshKey('group');
    const group = await fixture<PeerGroupElement>(html`<peer-group group-id=${id} name="Tuesday circle" members="Ana, Ben, Chen">
      <peer-timer per-person-minutes="2"></peer-timer>
      <checkin-round></checkin-round>
      <peer-timer id="own" members="Zed" storage-key=${`${id}-own`}></peer-timer>
    </peer-group>`);
    await group.ready;
    const timer = group.querySelector<PeerTimer>('peer-timer')!;
    const checkin = group.querySelector<CheckinRoundElement>('checkin-round')!;
    const own = group.querySelector<PeerTimer>('#own')!;
    await until(() => timer.round.speakers.length === 3, 'timer got the group members');
    await until(() => checkin.checkin.round.speakers.length === 3, 'check-in got the group members');
    expect(timer.round.speakers.map((s) => s.name)).to.deep.equal(['Ana', 'Ben', 'Chen']);
    // An element's own attributes still win.
    expect(own.round.speakers.map((s) => s.name)).to.deep.equal(['Zed']);

    // Their state lives under the group's id, in the group's store.
    timer.toggle();
    const store = await openStore({ kinds: PEERKIT_KINDS });
    let stored: Round | undefined;
    for (let i = 0; i < 50 && stored?.phase !== 'running'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      stored = (await store.get<Round>('round', id))?.data;
    }
    expect(stored?.phase).to.equal('running');
    expect((await store.get<Group>('group', id))?.data.name).to.equal('Tuesday circle');
    store.close();
  });

  it('says who is here by id: only they take part, and what the elements record is under their own (random) ids', async () => {
    const id = freshKey('group');
    const group = await fixture<PeerGroupElement>(html`<peer-group group-id=${id} members="Ana, Ben, Chen"></peer-group>`);
    await group.ready;
    const [ana, , chen] = group.group!.members;
    expect(group.group!.members.every((m) => /^m-[0-9a-z]{12}$/.test(m.id))).to.equal(true);
    group.setAttribute('here', `${chen!.id} ${ana!.id}`);
    const timer = document.createElement('peer-timer');
    timer.setAttribute('per-person-minutes', '2');
    group.append(timer);
    await timer.ready;
    await until(() => timer.round.speakers.length > 0, 'the timer drew its round');
    // The group's order, only those here, with the group's ids.
    expect(timer.round.speakers.map((s) => [s.memberId, s.name])).to.deep.equal([
      [ana!.id, 'Ana'],
      [chen!.id, 'Chen'],
    ]);
  });

  it('an element inside waits for the group, draws once it is read, and is not blanked when a member joins', async () => {
    const group = document.createElement('peer-group');
    group.setAttribute('group-id', freshKey('group'));
    group.setAttribute('members', 'Ana, Ben');
    const form = document.createElement('feedback-form');
    const draws = recordDraws(form);
    group.append(form);
    document.body.append(group);
    try {
      await group.ready;
      await form.ready;
      // Before: the form drew the bare template at once, then blanked to load the group's (['form', 'waiting', 'form']).
      expect(changesIn(draws)).to.deep.equal(['waiting', 'form']);
      // A member joining (the group page, or a late arrival) is no reason to load the form again.
      group.group = addMember(group.group!, 'Chen', Date.now());
      await group.updateComplete;
      await form.updateComplete;
      expect(changesIn(draws)).to.deep.equal(['waiting', 'form']);
    } finally {
      group.remove();
    }
  });

  it('without a group-id, says so once and lets the elements inside work on their own', async () => {
    const group = document.createElement('peer-group');
    const form = document.createElement('feedback-form');
    const draws = recordDraws(form);
    group.append(form);
    const warnings = await captureWarnings(async () => {
      document.body.append(group);
      await group.ready;
      await form.ready;
    });
    try {
      expect(warnings.filter((w) => w.includes('needs a group-id'))).to.have.length(1);
      expect(changesIn(draws)).to.deep.equal(['form']);
    } finally {
      group.remove();
    }
  });
});
