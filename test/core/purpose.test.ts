import { expect } from '@esm-bundle/chai';
import {
  addContribution,
  addDraft,
  adoptDraft,
  alignment,
  checkDraft,
  emptyPurpose,
  findThemes,
  meetingHeld,
  parsePurpose,
  purposeThemes,
  recordReview,
  reviewDue,
  setFit,
  stem,
  suggestDrafts,
  type Purpose,
} from '@peerkit/core';

const T0 = Date.UTC(2026, 10, 24);

describe('purpose: finding what is common', () => {
  it('folds simple word forms together', () => {
    expect(['support', 'supports', 'supporting', 'supported'].map((w) => stem(w, 'en'))).to.deep.equal(['support', 'support', 'support', 'support']);
    expect(['apoyo', 'apoyar', 'apoyando'].map((w) => stem(w, 'es'))).to.deep.equal(['apoy', 'apoy', 'apoy']);
  });

  it('counts by how many contributions use a theme, not how often, without stop words', () => {
    const themes = findThemes(
      [
        'Peer support for grieving parents, support and more support',
        'A place of support where grieving parents are heard',
        'Being heard',
      ],
      'en',
    );
    expect(themes.map((t) => [t.label, t.kind, t.count])).to.deep.equal([
      ['grieving parents', 'phrase', 2],
      ['heard', 'word', 2],
      ['support', 'word', 2],
    ]);
  });

  it('works in Spanish, accents and case folded', () => {
    const themes = findThemes(['Apoyo entre madres en duelo', 'Apoyar a las madres', 'un espacio de APOYO y escucha'], 'es');
    expect(themes.map((t) => [t.label, t.count])).to.deep.equal([
      ['apoyo', 3],
      ['madres', 2],
    ]);
  });

  it('finds nothing shared in one contribution', () => {
    expect(findThemes(['Support support support'], 'en')).to.deep.equal([]);
  });
});

describe('purpose: drafting', () => {
  it('checks the 12-word rule, one sentence, and several ideas strung together', () => {
    expect(checkDraft('We come together for support after loss.', 'en')).to.deep.equal({ words: 7, withinLimit: true, oneSentence: true, manyIdeas: false });
    expect(checkDraft('We meet to share, to listen, and to heal and grow together as peers.', 'en')).to.deep.include({ words: 14, withinLimit: false, manyIdeas: true });
    expect(checkDraft('Support. Friendship.', 'en').oneSentence).to.equal(false);
    expect(checkDraft('Apoyo, escucha y compañía entre madres.', 'es').manyIdeas).to.equal(true);
  });

  it('suggests drafts from the top themes, each within 12 words', () => {
    let purpose = emptyPurpose('en');
    purpose = addContribution(purpose, 'c1', 'Support for grieving parents', null, T0);
    purpose = addContribution(purpose, 'c2', 'Grieving parents helping each other with support', 'ana', T0);
    const drafts = suggestDrafts(purpose);
    expect(drafts[0]).to.equal('A space for grieving parents.');
    expect(drafts).to.include('A space for grieving parents and support.');
    for (const d of drafts) expect(checkDraft(d, 'en').withinLimit, d).to.equal(true);
    expect(purposeThemes(purpose)[0]?.label).to.equal('grieving parents');
  });

  it('shows alignment per draft and adopts only a draft within 12 words', () => {
    let purpose = addDraft(emptyPurpose('en'), 'd1', 'Parents supporting each other through loss.', 'facilitator');
    purpose = addDraft(purpose, 'd2', 'A very long statement that goes on and on and on about many many things.', 'facilitator');
    purpose = setFit(setFit(setFit(purpose, 'd1', 'ana', 5), 'd1', 'ben', 3), 'd1', 'ben', 4);
    expect(alignment(purpose.drafts[0]!)).to.deep.equal({ responses: 2, mean: 4.5, lowest: 4, distribution: [0, 0, 0, 1, 1] });
    expect(adoptDraft(purpose, 'd2', T0)).to.equal(purpose);
    purpose = adoptDraft(purpose, 'd1', T0);
    expect(purpose.adopted).to.deep.equal({ text: 'Parents supporting each other through loss.', at: T0 });
  });
});

describe('purpose: review', () => {
  it('is due after the set number of meetings, and each outcome is kept in the history', () => {
    let purpose = adoptDraft(addDraft(emptyPurpose('en', 2), 'd', 'Support after loss.', 'facilitator'), 'd', T0);
    purpose = meetingHeld(purpose);
    expect(reviewDue(purpose)).to.equal(false);
    purpose = meetingHeld(purpose);
    expect(reviewDue(purpose)).to.equal(true);
    purpose = recordReview(purpose, 'kept', T0 + 1);
    expect(reviewDue(purpose)).to.equal(false);
    purpose = recordReview(purpose, 'revised', T0 + 2);
    expect(purpose.adopted).to.equal(null);
    expect(purpose.reviews.map((r) => [r.outcome, r.statement])).to.deep.equal([
      ['kept', 'Support after loss.'],
      ['revised', 'Support after loss.'],
    ]);
  });
});

describe('purpose: validation', () => {
  it('round-trips, and names each problem in bad data', () => {
    let purpose: Purpose = addContribution(emptyPurpose('es'), 'c', 'Apoyo mutuo', null, T0);
    purpose = setFit(addDraft(purpose, 'd', 'Apoyo mutuo.', 'suggested'), 'd', 'ana', 4);
    expect(parsePurpose(JSON.parse(JSON.stringify(purpose)))).to.deep.equal({ ok: true, value: purpose });
    const bad = { ...purpose, lang: 'fr', drafts: [{ ...purpose.drafts[0], fit: { ana: 9 } }, purpose.drafts[0]], reviews: [{ at: 1, outcome: 'maybe', statement: 'x' }] };
    expect(parsePurpose(bad)).to.deep.equal({
      ok: false,
      errors: [
        'purpose.lang: expected one of "en", "es", got "fr"',
        'purpose.drafts[0].fit.ana: must be at most 5, got 9',
        'purpose.drafts[1].id: draft "d" appears twice',
        'purpose.reviews[0].outcome: expected one of "kept", "revised", "achieved", "adjourn", got "maybe"',
      ],
    });
  });
});

describe('purpose: suggestions', () => {
  it('builds on a shared phrase rather than a word inside it, and never repeats a word', () => {
    const purpose = ['Grieving parents', 'Grieving parents, heard', 'Parents being heard', 'Other parents'].reduce(
      (p, w, i) => addContribution(p, `c${i}`, w, null, T0),
      emptyPurpose('en'),
    );
    expect(suggestDrafts(purpose).slice(0, 2)).to.deep.equal(['A space for grieving parents.', 'A space for grieving parents and being heard.']);
  });

  it('puts a noun where a noun belongs, as the issue saw it go wrong: “believed”, “learn and grow”', () => {
    const circle = ['We want to learn and grow', 'Learn from each other and grow', 'To be believed', 'Being believed'].reduce(
      (p, w, i) => addContribution(p, `c${i}`, w, null, T0),
      emptyPurpose('en'),
    );
    const drafts = suggestDrafts(circle);
    // Three words shared by two each: “believed”, “grow”, “learn” (alphabetical at equal counts).
    expect(drafts.slice(0, 2)).to.deep.equal(['A space for being believed.', 'A space for being believed and growth.']);
    expect(drafts.some((d) => /about believed|for believed|around learn|for learn\b|grow\./.test(d))).to.equal(false);
  });

  it('in Spanish, gives each noun its article (and “al”), and turns a verb into its noun', () => {
    const grupo = ['El duelo por nuestros hijos', 'Hablar del duelo', 'Aprender a vivir el duelo', 'Aprender juntos'].reduce(
      (p, w, i) => addContribution(p, `c${i}`, w, null, T0),
      emptyPurpose('es'),
    );
    expect(suggestDrafts(grupo)).to.include.members(['Un espacio para el duelo y el aprendizaje.', 'Apoyo entre pares en torno al duelo.']);
  });

  it('makes no draft from words it cannot place, leaving the shared words to be read', () => {
    const purpose = ['Zorbly things', 'zorbly'].reduce((p, w, i) => addContribution(p, `c${i}`, w, null, T0), emptyPurpose('en'));
    expect(purposeThemes(purpose).map((t) => t.label)).to.include('zorbly');
    expect(suggestDrafts(purpose)).to.deep.equal([]);
  });
});
