import { expect } from '@esm-bundle/chai';
import fc from 'fast-check';
import {
  addQuestion,
  availableQuestions,
  BUILT_IN_QUESTIONS,
  changeQuestion,
  checkinSummary,
  createCheckin,
  defer,
  DEPTHS,
  drawQuestion,
  editQuestion,
  emptyBank,
  findQuestion,
  giveMood,
  hideQuestion,
  next,
  parseCheckin,
  parseQuestionBank,
  pass,
  questionText,
  recordAsked,
  restoreQuestion,
  roundView,
  start,
  THEMES,
  withRound,
  type QuestionBank,
} from '@peerkit/core';

const T0 = 1_700_000_000_000;
const question = BUILT_IN_QUESTIONS[0]!;

describe('check-in: the built-in bank', () => {
  it('has at least 60 questions with unique ids, both languages, every depth and theme', () => {
    expect(BUILT_IN_QUESTIONS.length).to.be.at.least(60);
    expect(new Set(BUILT_IN_QUESTIONS.map((q) => q.id)).size).to.equal(BUILT_IN_QUESTIONS.length);
    for (const q of BUILT_IN_QUESTIONS) {
      expect(q.text.en, q.id).to.match(/\?$/);
      expect(q.text.es, q.id).to.match(/¿[^?]*\?$/); // Spanish opens the question too
    }
    for (const depth of DEPTHS) expect(availableQuestions(emptyBank(), { depth }).length, depth).to.be.at.least(15);
    for (const theme of THEMES) expect(availableQuestions(emptyBank(), { theme }).length, theme).to.be.at.least(4);
  });
});

describe('check-in: drawing questions', () => {
  it('filters by depth and theme', () => {
    const grief = availableQuestions(emptyBank(), { depth: 'deep', theme: 'grief' });
    expect(grief.length).to.be.greaterThan(0);
    expect(grief.every((q) => q.depth === 'deep' && q.themes.includes('grief'))).to.equal(true);
  });

  it('never repeats a question from the recent half of the pool', () => {
    const filter = { depth: 'light' as const };
    const pool = availableQuestions(emptyBank(), filter).length;
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 0.9999, noNaN: true }), { minLength: 1, maxLength: 60 }), (randoms) => {
        let bank = emptyBank();
        const drawn: string[] = [];
        randoms.forEach((r, i) => {
          const q = drawQuestion(bank, filter, r)!;
          const recent = drawn.slice(-Math.floor(pool / 2));
          expect(recent).to.not.include(q.id);
          drawn.push(q.id);
          bank = recordAsked(bank, q.id, T0 + i);
        });
      }),
    );
  });

  it('in a tiny pool, falls back to the question asked longest ago', () => {
    let bank = emptyBank();
    for (const id of ['own-1', 'own-2']) bank = addQuestion(bank, id, { text: { en: `Q ${id}?` }, depth: 'deep', themes: ['goals'] });
    // Hide everything else so the pool is just the two group questions.
    for (const q of BUILT_IN_QUESTIONS) bank = hideQuestion(bank, q.id);
    bank = recordAsked(recordAsked(bank, 'own-2', T0), 'own-1', T0 + 1);
    expect(drawQuestion(bank, {}, 0.99, ['own-1'])?.id).to.equal('own-2');
    expect(drawQuestion(bank, {}, 0)?.id).to.be.oneOf(['own-1', 'own-2']);
  });

  it('gives nothing when no question matches', () => {
    let bank = emptyBank();
    for (const q of availableQuestions(bank, { theme: 'grief' })) bank = hideQuestion(bank, q.id);
    expect(drawQuestion(bank, { theme: 'grief' }, 0.5)).to.equal(undefined);
  });
});

describe('check-in: editing the bank', () => {
  it('adds, hides and restores a group question', () => {
    let bank = addQuestion(emptyBank(), 'own-1', { text: { es: '¿Qué tal el huerto?' }, depth: 'light', themes: ['everyday'] });
    expect(questionText(findQuestion(bank, 'own-1')!, 'en')).to.equal('¿Qué tal el huerto?');
    bank = hideQuestion(bank, 'own-1');
    expect(availableQuestions(bank).some((q) => q.id === 'own-1')).to.equal(false);
    bank = restoreQuestion(bank, 'own-1');
    expect(availableQuestions(bank).some((q) => q.id === 'own-1')).to.equal(true);
  });

  it('never edits a built-in in place: a group copy stands in, and restoring brings the original back', () => {
    let bank = editQuestion(emptyBank(), question.id, { text: { en: 'In one word: your week?' } }, 'own-edit');
    expect(BUILT_IN_QUESTIONS[0]!.text.en).to.equal('In one word, how has your week been?');
    const ids = availableQuestions(bank).map((q) => q.id);
    expect(ids).to.include('own-edit');
    expect(ids).to.not.include(question.id);
    expect(findQuestion(bank, 'own-edit')).to.include({ basedOn: question.id, source: 'group', depth: question.depth });
    bank = restoreQuestion(bank, question.id);
    expect(availableQuestions(bank).map((q) => q.id)).to.include(question.id);
    expect(findQuestion(bank, 'own-edit')).to.equal(undefined);
  });

  it('edits a group question in place', () => {
    let bank = addQuestion(emptyBank(), 'own-q', { text: { en: 'Old?' }, depth: 'light', themes: [] });
    bank = editQuestion(bank, 'own-q', { depth: 'deep' }, 'own-unused');
    expect(findQuestion(bank, 'own-q')?.depth).to.equal('deep');
    expect(findQuestion(bank, 'own-unused')).to.equal(undefined);
  });

  it('keeps group ids apart from built-in ones', () => {
    expect(addQuestion(emptyBank(), 'l-week-word', { text: { en: 'Clash?' }, depth: 'light', themes: [] }).custom).to.deep.equal([]);
  });
});

describe('check-in: the round', () => {
  const members = ['Ana', 'Ben', 'Chen'];

  it('pass is final; "come back to me" moves a member to the end once they are asked', () => {
    let checkin = createCheckin({ members, question, perPersonMs: 90_000 });
    checkin = withRound(checkin, (r) => start(r, T0));
    checkin = withRound(checkin, (r) => defer(r, T0 + 5_000)); // Ana: come back to me
    expect(roundView(checkin.round, T0 + 5_000).speaker?.name).to.equal('Ben');
    checkin = withRound(checkin, (r) => pass(r, T0 + 6_000)); // Ben passes
    checkin = withRound(checkin, (r) => next(r, T0 + 60_000)); // Chen done
    expect(roundView(checkin.round, T0 + 60_000).speaker?.name).to.equal('Ana');
    checkin = withRound(checkin, (r) => next(r, T0 + 100_000));
    expect(checkin.round.phase).to.equal('complete');
    const summary = checkinSummary(checkin, T0 + 200_000);
    expect(summary.checkedIn.map((m) => [m.name, m.spokenMs])).to.deep.equal([
      ['Chen', 54_000],
      ['Ana', 45_000],
    ]);
    expect(summary.passed.map((m) => m.name)).to.deep.equal(['Ben']);
    expect(summary.durationMs).to.equal(100_000);
  });

  it('without a time each, just measures', () => {
    const checkin = withRound(createCheckin({ members, question }), (r) => start(r, T0));
    const view = roundView(checkin.round, T0 + 10 * 60_000);
    expect(view.level).to.equal('normal');
    expect(view.spokenMs).to.equal(10 * 60_000);
  });

  it('changes the question until the round is complete', () => {
    const other = BUILT_IN_QUESTIONS[1]!;
    let checkin = createCheckin({ members: ['Ana'], question });
    checkin = changeQuestion(checkin, other);
    expect(checkin.question.id).to.equal(other.id);
    checkin = withRound(checkin, (r) => next(start(r, T0), T0 + 1));
    expect(changeQuestion(checkin, question)).to.equal(checkin);
  });

  it('keeps moods as counts only by default: no link from a mood to a person', () => {
    let checkin = createCheckin({ members, question, mood: true });
    checkin = giveMood(checkin, 'ana', 4);
    checkin = giveMood(checkin, 'ben', 2);
    checkin = giveMood(checkin, 'ana', 1); // once only
    expect(checkin.mood.counts).to.deep.equal([0, 1, 0, 1, 0]);
    expect(checkin.mood.byMember).to.deep.equal({});
    expect(JSON.stringify(checkin)).to.not.match(/"ana":\s*4/);
    expect(parseCheckin(checkin).ok).to.equal(true);
  });

  it('keeps named moods only when the group turns that on', () => {
    const checkin = giveMood(createCheckin({ members, question, mood: true, namedMoods: true }), 'chen', 5);
    expect(checkin.mood.byMember).to.deep.equal({ chen: 5 });
  });

  it('ignores moods when the scale is off, or from someone not in the round', () => {
    const off = createCheckin({ members, question });
    expect(giveMood(off, 'ana', 3)).to.equal(off);
    const on = createCheckin({ members, question, mood: true });
    expect(giveMood(on, 'zed', 3)).to.equal(on);
  });
});

describe('check-in: validation', () => {
  it('accepts a stored bank and a check-in after a JSON round trip', () => {
    let bank: QuestionBank = addQuestion(emptyBank(), 'own-mine', { text: { en: 'Mine?' }, depth: 'light', themes: ['goals'] });
    bank = recordAsked(hideQuestion(bank, question.id), 'own-mine', T0);
    expect(parseQuestionBank(JSON.parse(JSON.stringify(bank)))).to.deep.equal({ ok: true, value: bank });
    const checkin = createCheckin({ members: ['Ana'], question, mood: true });
    expect(parseCheckin(JSON.parse(JSON.stringify(checkin)))).to.deep.equal({ ok: true, value: checkin });
  });

  it('names each problem in a bad bank', () => {
    const result = parseQuestionBank({
      schemaVersion: 1,
      custom: [
        { id: 'own-a', depth: 'medium', themes: ['cheese'], text: {}, source: 'group' },
        { id: 'l-week-word', depth: 'light', themes: [], text: { en: 'ok?' }, source: 'group', basedOn: '' },
        { id: 'own-a', depth: 'light', themes: [], text: { es: '¿Sí?' }, source: 'group' },
      ],
      hidden: [7],
      asked: [{ questionId: 'x', at: -1 }],
    });
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.errors).to.deep.equal([
      'bank.custom[0].depth: expected one of "light", "reflective", "deep", got "medium"',
      'bank.custom[0].themes[0]: expected one of "gratitude", "coping", "goals", "grief", "recovery", "everyday", "connection", "self-care", got "cheese"',
      'bank.custom[0].text: needs the question in English (en) or Spanish (es)',
      'bank.custom[1].id: a group question\'s id starts with "own-", got "l-week-word"',
      'bank.custom[1].basedOn: must not be empty',
      'bank.custom[2].id: "own-a" appears twice',
      'bank.hidden[0]: expected text, got 7',
      'bank.asked[0].at: must be at least 0, got -1',
    ]);
  });

  it('refuses mood counts that do not match who gave one, and names where', () => {
    const checkin = giveMood(createCheckin({ members: ['Ana'], question, mood: true }), 'ana', 3);
    const tampered = { ...checkin, mood: { ...checkin.mood, counts: [0, 0, 2, 0, 0] } };
    const result = parseCheckin(tampered);
    expect(result).to.deep.equal({ ok: false, errors: ['checkin.mood.counts: add up to 2, but 1 members gave a mood'] });
  });
});
