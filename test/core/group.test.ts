import { expect } from '@esm-bundle/chai';
import { addMember, attendanceCounts, createGroup, memberLeaves, parseGroup, presentMembers, recordMeeting, suggestFacilitator } from '@peerkit/core';

const T0 = Date.UTC(2026, 10, 3);
const WEEK = 7 * 86_400_000;

describe('group record', () => {
  it('keeps members joining and leaving, with dates', () => {
    let group = createGroup('tuesday', 'Tuesday circle', ['Ana', 'Ben'], T0);
    group = addMember(group, 'Chen', T0 + WEEK);
    group = addMember(group, '  ', T0 + WEEK);
    group = memberLeaves(group, 'ben', T0 + 2 * WEEK);
    expect(presentMembers(group).map((m) => m.name)).to.deep.equal(['Ana', 'Chen']);
    expect(group.members.find((m) => m.id === 'ben')?.leftAt).to.equal(T0 + 2 * WEEK);
    expect(group.members.find((m) => m.id === 'chen')?.joinedAt).to.equal(T0 + WEEK);
  });

  it('suggests the next facilitator fairly: fewest turns, then longest since, then who joined first', () => {
    let group = createGroup('g', 'G', ['Ana', 'Ben', 'Chen'], T0);
    expect(suggestFacilitator(group)?.name).to.equal('Ana');
    group = recordMeeting(group, { at: T0, facilitatorId: 'ana', attended: ['ana', 'ben'] });
    expect(suggestFacilitator(group)?.name).to.equal('Ben');
    group = recordMeeting(group, { at: T0 + WEEK, facilitatorId: 'ben', attended: ['ana', 'ben', 'chen'] });
    group = recordMeeting(group, { at: T0 + 2 * WEEK, facilitatorId: 'chen', attended: ['chen', 'chen'] });
    expect(suggestFacilitator(group)?.name).to.equal('Ana');
    group = memberLeaves(group, 'ana', T0 + 3 * WEEK);
    expect(suggestFacilitator(group)?.name).to.equal('Ben');
    expect(attendanceCounts(group)).to.deep.equal({ ana: 2, ben: 2, chen: 2 });
  });

  it('validates a stored or imported group, naming each problem', () => {
    const group = recordMeeting(createGroup('g', 'G', ['Ana'], T0), { at: T0, facilitatorId: 'ana', attended: ['ana'] });
    expect(parseGroup(JSON.parse(JSON.stringify(group)))).to.deep.equal({ ok: true, value: group });
    expect(parseGroup({ ...group, meetings: [{ at: T0, facilitatorId: 'zed', attended: ['ana', 'yo'] }] })).to.deep.equal({
      ok: false,
      errors: ['group.meetings[0].facilitatorId: "zed" is not a member', 'group.meetings[0].attended[1]: "yo" is not a member'],
    });
  });
});
