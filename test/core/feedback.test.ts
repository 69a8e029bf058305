import { expect } from '@esm-bundle/chai';
import {
  csvCell,
  emptyLog,
  FORM_TEMPLATE_IDS,
  formResults,
  formTemplate,
  isShown,
  parseForm,
  parseResponseLog,
  responsesToCsv,
  submitResponse,
  trend,
  validateAnswers,
  type ResponseLog,
} from '@peerkit/core';
import { everyTypeForm } from '../fixtures.js';

const T0 = Date.UTC(2026, 10, 24, 19, 42, 13);
const DAY = 86_400_000;

const everyType = everyTypeForm;

function submitAll(answersList: Parameters<typeof submitResponse>[2][], now = T0, meetingAt?: number): ResponseLog {
  return answersList.reduce((log, answers, i) => {
    const result = submitResponse(log, everyType, answers, now, `r${meetingAt ?? ''}${i}`, { meetingAt });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    return result.log;
  }, emptyLog('all'));
}

describe('feedback: templates', () => {
  it('every template parses in both languages', () => {
    for (const id of FORM_TEMPLATE_IDS) {
      for (const lang of ['en', 'es'] as const) expect(parseForm(formTemplate(id, lang)).ok, `${id} ${lang}`).to.equal(true);
    }
    expect(formTemplate('end-of-meeting', 'en').questions.map((q) => q.id)).to.deep.equal(['safe', 'heard', 'fair-time', 'change', 'what-change']);
    // The outcome check: the same three every time, saying they are our own, unvalidated items.
    const outcome = formTemplate('outcome-check', 'es');
    expect(outcome.questions.map((q) => q.id)).to.deep.equal(['heard', 'helpful', 'come-back']);
    expect(outcome.templateId).to.equal('outcome-check');
    expect(outcome.questions[0]?.help).to.contain('no una medida validada');
  });
});

describe('feedback: answering', () => {
  it('checks every question type, and names each problem by question', () => {
    expect(validateAnswers(everyType, { scale: 3, single: 'B', multiple: ['X', 'Z'], yn: false, short: 'ok' })).to.deep.equal({});
    expect(validateAnswers(everyType, { scale: 9, single: 'C', multiple: ['X', 'X'], yn: 'maybe', short: 'x'.repeat(201), extra: 1 })).to.deep.equal({
      scale: 'choose 1 to 4',
      single: 'choose one of the options',
      multiple: 'choose from the options',
      yn: 'answer yes or no',
      short: 'at most 200 characters',
      extra: 'not a question on this form',
    });
    expect(validateAnswers(everyType, {})).to.deep.equal({ scale: 'required', yn: 'required' });
  });

  it('shows a question only when its condition holds, and then it may be required', () => {
    expect(isShown(everyType, everyType.questions[4]!, { yn: false })).to.equal(false);
    expect(validateAnswers(everyType, { scale: 1, yn: true })).to.deep.equal({ why: 'required' });
    expect(validateAnswers(everyType, { scale: 1, yn: false, why: 'hidden answer' })).to.deep.equal({ why: 'answered but not shown' });
  });

  it('stores nothing when an answer has a problem', () => {
    const log = emptyLog('all');
    const result = submitResponse(log, everyType, { scale: 0, yn: true }, T0, 'r');
    expect(result).to.deep.equal({ ok: false, problems: { scale: 'choose 1 to 4', why: 'required' } });
  });

  it('is anonymous by default: no member, and the day only, never the time', () => {
    const result = submitResponse(emptyLog('all'), everyType, { scale: 2, yn: false, short: '  hi  ' }, T0, 'r1');
    if (!result.ok) throw new Error('expected ok');
    expect(result.response).to.deep.equal({ id: 'r1', day: '2026-11-24', answers: { scale: 2, yn: false, short: 'hi' } });
    expect(JSON.stringify(result.log)).to.not.contain('19:42');
    expect(JSON.stringify(result.log)).to.not.contain(String(T0));
  });
});

describe('feedback: results', () => {
  it('hides breakdowns until the minimum number of responses', () => {
    const two = submitAll([
      { scale: 4, yn: false },
      { scale: 2, yn: false },
    ]);
    const hidden = formResults(everyType, two.responses);
    expect(hidden.breakdownsShown).to.equal(false);
    expect(hidden.questions[0]).to.deep.include({ answered: 2, mean: null, distribution: null });
  });

  it('gives counts, mean and distribution for scales, tallies for choices, and the texts', () => {
    const log = submitAll([
      { scale: 4, single: 'A', multiple: ['X', 'Y'], yn: true, why: 'Because.' },
      { scale: 2, single: 'A', multiple: ['Y'], yn: false },
      { scale: 3, multiple: ['Y', 'Z'], yn: true, why: 'Also.' },
    ]);
    const results = formResults(everyType, log.responses);
    expect(results.breakdownsShown).to.equal(true);
    expect(results.questions[0]).to.deep.include({ answered: 3, mean: 3, distribution: [0, 1, 1, 1] });
    // Two of three answered these: below the minimum for that question, so held back.
    expect(results.questions[1]).to.deep.include({ answered: 2, tallies: null });
    expect(results.questions[2]).to.deep.include({ tallies: [{ option: 'X', count: 1 }, { option: 'Y', count: 3 }, { option: 'Z', count: 1 }] });
    expect(results.questions[3]).to.deep.include({ tallies: [{ option: 'yes', count: 2 }, { option: 'no', count: 1 }] });
    expect(results.questions[4]).to.deep.include({ answered: 2, texts: null });
    expect(formResults(everyType, log.responses, 2).questions[4]).to.deep.include({ texts: ['Because.', 'Also.'] });
  });

  it('withholds a question only one of three answered, though the form has enough answers', () => {
    const log = submitAll([{ scale: 1, yn: false, single: 'B' }, { scale: 2, yn: false }, { scale: 3, yn: false }]);
    const results = formResults(everyType, log.responses);
    expect(results.breakdownsShown).to.equal(true);
    expect(results.questions[1]).to.deep.include({ answered: 1, tallies: null });
    expect(results.questions[0]).to.deep.include({ answered: 3, mean: 2, distribution: [1, 1, 1, 0] });
  });

  it('shows a trend across meetings, with the same small-number protection per meeting', () => {
    const first = submitAll([{ scale: 2, yn: false }, { scale: 2, yn: false }, { scale: 4, yn: false }], T0);
    const second = submitAll([{ scale: 4, yn: false }, { scale: 4, yn: false }], T0 + 7 * DAY);
    const points = trend(everyType, [...first.responses, ...second.responses]);
    expect(points).to.deep.equal([
      { day: '2026-11-24', meetingAt: null, responses: 3, means: { scale: 8 / 3 } },
      { day: '2026-12-01', meetingAt: null, responses: 2, means: { scale: null } },
    ]);
  });

  it('keeps two meetings on one day apart when the answers are linked to their meetings', () => {
    const morning = Date.UTC(2026, 10, 25, 9);
    const evening = Date.UTC(2026, 10, 25, 19);
    const first = submitAll([{ scale: 4, yn: false }, { scale: 4, yn: false }, { scale: 4, yn: false }], morning + 3_000_000, morning);
    const second = submitAll([{ scale: 1, yn: false }, { scale: 2, yn: false }, { scale: 3, yn: false }], evening + 3_000_000, evening);
    expect(first.responses[0]?.meetingAt).to.equal(morning);
    expect(parseResponseLog(JSON.parse(JSON.stringify(first))).ok).to.equal(true);
    expect(trend(everyType, [...second.responses, ...first.responses])).to.deep.equal([
      { day: '2026-11-25', meetingAt: morning, responses: 3, means: { scale: 4 } },
      { day: '2026-11-25', meetingAt: evening, responses: 3, means: { scale: 2 } },
    ]);
  });
});

describe('feedback: export and import', () => {
  it('neutralises cells a spreadsheet would run as formulas, and quotes what needs it', () => {
    expect(['=SUM(A1)', '+1', '-2', '@cmd', 'plain', 'a,b', 'say "hi"'].map(csvCell)).to.deep.equal([
      "'=SUM(A1)",
      "'+1",
      "'-2",
      "'@cmd",
      'plain',
      '"a,b"',
      '"say ""hi"""',
    ]);
  });

  it('writes one row per response and a column per question', () => {
    const log = submitAll([{ scale: 4, single: 'A', multiple: ['X', 'Y'], yn: true, why: '=HYPERLINK("x")' }]);
    expect(responsesToCsv(everyType, log.responses)).to.equal(
      'day,Scale,Single,Multiple,Yes or no,Why?,Short\r\n2026-11-24,4,A,X; Y,yes,"\'=HYPERLINK(""x"")",\r\n',
    );
  });

  it('checks a hand-written form and names each problem', () => {
    const result = parseForm({
      schemaVersion: 1,
      id: 'f',
      title: 'Mine',
      templateId: null,
      questions: [
        { id: 'a', type: 'scale', label: 'A', required: true, points: 12, lowLabel: 'lo', highLabel: 'hi' },
        { id: 'b', type: 'single', label: 'B', required: false, options: ['only'] },
        { id: 'c', type: 'long-text', label: 'C', required: 'yes', showIf: { questionId: 'd', equals: ['x'] } },
        { id: 'a', type: 'emoji', label: '', required: false },
      ],
    });
    expect(result).to.deep.equal({
      ok: false,
      errors: [
        'form.questions[0].points: must be at most 10, got 12',
        'form.questions[1].options: needs at least two options',
        'form.questions[2].required: expected true or false, got "yes"',
        'form.questions[2].showIf.questionId: "d" must be an earlier question',
        'form.questions[3].id: "a" appears twice',
        'form.questions[3].type: expected one of "scale", "single", "multiple", "yes-no", "short-text", "long-text", got "emoji"',
        'form.questions[3].label: must not be empty',
      ],
    });
  });

  it('refuses an imported log whose answers do not fit the form, and one that keeps the time of day', () => {
    const log = submitAll([{ scale: 4, yn: false }]);
    expect(parseResponseLog(JSON.parse(JSON.stringify(log)), everyType)).to.deep.equal({ ok: true, value: log });
    const bad = { ...log, responses: [{ id: 'x', day: '2026-11-24T19:42:13Z', answers: { scale: 7, ghost: 'boo' } }] };
    expect(parseResponseLog(bad, everyType)).to.deep.equal({
      ok: false,
      errors: [
        'responses.responses[0].day: expected a day as YYYY-MM-DD (no time), got "2026-11-24T19:42:13Z"',
        'responses.responses[0].answers.scale: choose 1 to 4',
        'responses.responses[0].answers.ghost: not a question on this form',
      ],
    });
  });
});
