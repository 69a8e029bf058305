import { expect } from '@esm-bundle/chai';
import { fixture, html } from '@open-wc/testing-helpers';
import { openStore, PEERKIT_KINDS, type Group, type Round } from '@peerkit/core';
import '@peerkit/components';
import type { CheckinRoundElement, PeerGroupElement, PeerTimer } from '@peerkit/components';
import { freshKey, until } from '../helpers.js';

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
});
