import { expect } from '@esm-bundle/chai';
import type { Presence } from '@peerkit/live';
import { claimsOf, contested, mayActAs, release, takeClaims } from '../../../app/live/claims.js';

const member = (name: string, claim?: string, device?: string): Presence => ({ name, role: 'member', ...(claim ? { claim } : {}), ...(device ? { device } : {}) });

describe('app: a name belongs to one device in a live room', () => {
  it('goes to the first device that claims it; a second claim leaves it where it is', () => {
    let holders = takeClaims({}, [{ memberId: 'jo', deviceId: 'phone' }]);
    expect(holders).to.deep.equal({ jo: 'phone' });
    holders = takeClaims(holders, [{ memberId: 'jo', deviceId: 'laptop' }, { memberId: 'sam', deviceId: 'laptop' }]);
    expect(holders).to.deep.equal({ jo: 'phone', sam: 'laptop' });
    expect(takeClaims(holders, [{ memberId: 'jo', deviceId: 'phone' }])).to.equal(holders, 'nothing new: the same object');
  });

  it('lets only the holder act as the member, and anyone while nobody holds the name', () => {
    const holders = { jo: 'phone' };
    expect(mayActAs(holders, { memberId: 'jo', deviceId: 'phone' })).to.equal(true);
    expect(mayActAs(holders, { memberId: 'jo', deviceId: 'laptop' })).to.equal(false);
    expect(mayActAs(holders, { memberId: 'sam', deviceId: 'laptop' })).to.equal(true);
  });

  it('shows the facilitator a name two devices claim, and frees it when released', () => {
    const present = [member('Jo', 'jo', 'phone'), member('', 'jo', 'laptop'), member('Sam', 'sam', 'tablet'), member('Sam again', 'sam', 'tablet'), { name: 'Ana', role: 'co-facilitator' as const, claim: 'jo', device: 'x' }];
    expect(claimsOf(present)).to.deep.equal([
      { memberId: 'jo', deviceId: 'phone' },
      { memberId: 'jo', deviceId: 'laptop' },
      { memberId: 'sam', deviceId: 'tablet' },
      { memberId: 'sam', deviceId: 'tablet' },
    ]);
    expect(contested(present)).to.deep.equal([{ memberId: 'jo', devices: 2 }]);
    expect(release({ jo: 'phone', sam: 'tablet' }, 'jo')).to.deep.equal({ sam: 'tablet' });
    const holders = { sam: 'tablet' };
    expect(release(holders, 'jo')).to.equal(holders);
  });
});
