import { expect } from '@esm-bundle/chai';
import {
  addGoal,
  emptyGoals,
  goalCounts,
  markGoal,
  MAX_GOALS,
  parseGoals,
  removeGoal,
} from '@peerkit/core';
import { throughAFile } from '../fixtures.js';

const T0 = Date.UTC(2026, 10, 24);

describe('a group’s goals', () => {
  it('keeps short- and long-term goals with how the group will know; marks them met or in progress', () => {
    let goals = addGoal(emptyGoals(), 'g1', { term: 'short', text: '  Ground rules   agreed ', howWeKnow: 'Everyone has said yes to them' }, T0);
    goals = addGoal(goals, 'g2', { term: 'long', text: 'A support network built', howWeKnow: 'Members call each other between meetings' }, T0);
    goals = addGoal(goals, 'g3', { term: 'long', text: 'Coping strategies learnt', howWeKnow: '' }, T0);
    expect(goals.goals[0]).to.deep.equal({ id: 'g1', term: 'short', text: 'Ground rules agreed', howWeKnow: 'Everyone has said yes to them', setAt: T0, metAt: null });
    expect(addGoal(goals, 'g4', { term: 'short', text: '  ', howWeKnow: '' }, T0), 'no words, no goal').to.equal(goals);
    expect(addGoal(goals, 'g1', { term: 'short', text: 'Again', howWeKnow: '' }, T0), 'an id once').to.equal(goals);
    goals = markGoal(goals, 'g1', true, T0 + 1);
    expect(markGoal(goals, 'g1', true, T0 + 2).goals[0]?.metAt, 'met once, when first said').to.equal(T0 + 1);
    expect(goalCounts(goals)).to.deep.equal({ short: { met: 1, inProgress: 0 }, long: { met: 0, inProgress: 2 } });
    goals = markGoal(goals, 'g1', false, T0 + 3);
    expect(goalCounts(removeGoal(goals, 'g3'))).to.deep.equal({ short: { met: 0, inProgress: 1 }, long: { met: 0, inProgress: 1 } });
    let full = emptyGoals();
    for (let i = 0; i < MAX_GOALS + 3; i++) full = addGoal(full, `g${i}`, { term: 'short', text: `Goal ${i}`, howWeKnow: '' }, T0);
    expect(full.goals).to.have.length(MAX_GOALS);
  });

  it('names each problem in a bad record, and travels with the group', async () => {
    const goals = addGoal(emptyGoals(), 'g1', { term: 'long', text: 'A support network built', howWeKnow: 'We call each other' }, T0);
    expect(parseGoals(JSON.parse(JSON.stringify(goals)))).to.deep.equal({ ok: true, value: goals });
    const bad = { ...goals, goals: [{ ...goals.goals[0], term: 'soon', text: '' }, goals.goals[0]] };
    expect(parseGoals(bad)).to.deep.equal({
      ok: false,
      errors: ['goals.goals[0].term: expected one of "short", "long", got "soon"', 'goals.goals[0].text: must not be empty', 'goals.goals[1].id: goal "g1" appears twice'],
    });
    expect(await throughAFile('goals', goals)).to.deep.equal(goals);
  });
});
