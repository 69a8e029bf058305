import { expect } from '@esm-bundle/chai';
import { createElement, act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { MeetingAgenda, PeerTimer } from '@peerkit/components/react';
import type { PeerSpeakerChangeDetail } from '@peerkit/components';

// React checks this flag to allow act() outside a test framework it knows.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('@peerkit/components/react wrappers', () => {
  let host: HTMLElement;
  let root: Root;
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
  });
  afterEach(() => {
    act(() => root.unmount());
    host.remove();
  });

  it('renders the element with its attributes, and calls typed on<Event> props', async () => {
    const changes: string[] = [];
    act(() =>
      root.render(
        createElement(PeerTimer, {
          members: 'Ana, Ben',
          totalMinutes: '10',
          muted: true,
          onPeerSpeakerChange: (event: CustomEvent<PeerSpeakerChangeDetail>) => changes.push(event.detail.speaker.name),
        }),
      ),
    );
    const timer = host.querySelector('peer-timer');
    expect(timer).to.be.instanceOf(customElements.get('peer-timer'));
    await timer!.updateComplete;
    expect(timer!.round.speakers.map((s) => s.name)).to.deep.equal(['Ana', 'Ben']);
    expect(timer!.round.settings.timing).to.deep.equal({ mode: 'shared', totalMs: 600_000 });
    timer!.toggle();
    await timer!.updateComplete;
    timer!.next();
    await timer!.updateComplete;
    expect(changes).to.deep.equal(['Ana', 'Ben']);
  });

  it('removes a handler when React drops the prop', async () => {
    let calls = 0;
    const agenda = (onChange?: () => void) => createElement(MeetingAgenda, onChange ? { template: 'regular', onPeerSectionChange: onChange } : { template: 'regular' });
    act(() => root.render(agenda(() => (calls += 1))));
    const element = host.querySelector('meeting-agenda')!;
    await element.updateComplete;
    element.next();
    act(() => root.render(agenda()));
    element.next();
    expect(calls).to.equal(1);
  });
});
