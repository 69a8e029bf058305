import { expect } from '@esm-bundle/chai';
import { parseSetupForm } from '../../../app/timer/setup-form.js';
import { APP_MESSAGES } from '../../../app/messages.js';

function form(entries: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.set(key, value);
  return data;
}

describe('app: set-up form', () => {
  it('reads names split by lines and commas, and the chosen settings', () => {
    const result = parseSetupForm(
      form({ members: 'Ana\nBen, Chen\n\n', timing: 'each', minutes: '2.5', overtime: 'hard', order: 'rotated', warnAt: '60, 30', changeover: '5' }),
      APP_MESSAGES.en.setupProblems,
    );
    expect(result).to.deep.equal({
      ok: true,
      value: {
        members: ['Ana', 'Ben', 'Chen'],
        timing: 'each',
        minutes: 2.5,
        overtime: 'hard',
        order: 'rotated',
        warnAtSeconds: [60, 30],
        changeoverSeconds: 5,
        passersReturn: false,
      },
    });
  });

  it('names every problem at once', () => {
    const bad = form({ members: ' , ', minutes: '0', warnAt: '60, soon', changeover: '-1' });
    const result = parseSetupForm(bad, APP_MESSAGES.en.setupProblems);
    expect(result).to.deep.equal({
      ok: false,
      errors: [
        'Add at least one name.',
        'Minutes must be a number above 0 and at most 1440.',
        'Warning times must be whole seconds, separated by commas.',
        'The pause between speakers must be 0 to 600 seconds.',
      ],
    });
    expect(parseSetupForm(bad, APP_MESSAGES.es.setupProblems)).to.deep.include({ errors: Object.values(APP_MESSAGES.es.setupProblems) });
  });
});
