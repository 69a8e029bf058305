import { expect } from '@esm-bundle/chai';
import {
  acceptedCurrent,
  acceptRules,
  addFromTemplate,
  addRule,
  addTemplateSet,
  adoptVersion,
  confidentialityRules,
  consentedNow,
  giveConsent,
  agreeAll,
  canAdopt,
  decide,
  diffVersions,
  editRule,
  emptyRuleSet,
  moveRule,
  openStore,
  parseRuleSet,
  PEERKIT_KINDS,
  removeRule,
  respond,
  RULE_TEMPLATE_SETS,
  RULE_TEMPLATES,
  rulesAsMarkdown,
  rulesAsText,
  tallyCheck,
  ValidationError,
  type RuleSet,
} from '@peerkit/core';

const T0 = Date.UTC(2026, 10, 24, 18, 0);
const labels = { title: 'Our ground rules', version: (n: number, date: string) => `Version ${n}, ${date}` };

/** Everyone agrees every rule, then the set is adopted. */
function agreeAndAdopt(set: RuleSet, members: string[], now: number): RuleSet {
  let result = set;
  for (const rule of set.rules) {
    for (const m of members) result = respond(result, rule.id, m, 'consent', 'agree');
    result = decide(result, rule.id, now);
  }
  return adoptVersion(result, now);
}

describe('ground rules: templates', () => {
  it('every set’s cards exist, in both languages, and each set starts with confidentiality and its limits', () => {
    for (const [name, ids] of Object.entries(RULE_TEMPLATE_SETS)) {
      expect(ids.slice(0, 2), name).to.deep.equal(['confidential', 'confidential-limits']);
      for (const id of ids) expect(RULE_TEMPLATES.some((t) => t.id === id), id).to.equal(true);
    }
    for (const t of RULE_TEMPLATES) {
      expect(t.text.en && t.text.es && t.explanation.en && t.explanation.es, t.id).to.be.a('string').and.not.equal('');
    }
  });

  it('adds a set in the group’s language, each card once', () => {
    let set = addTemplateSet(emptyRuleSet(), 'first-meeting', 'es');
    set = addFromTemplate(set, 'confidential', 'es');
    expect(set.rules.length).to.equal(RULE_TEMPLATE_SETS['first-meeting'].length);
    expect(set.rules[0]).to.deep.include({ text: 'Lo que se dice aquí, se queda aquí.', status: 'proposed', category: 'confidentiality' });
  });
});

describe('ground rules: building and agreeing', () => {
  it('writes, rewords, reorders without dragging, and removes', () => {
    let set = addRule(emptyRuleSet(), 'r1', '  Be kind.  ');
    set = addRule(set, 'r2', 'Start on time.');
    set = addRule(set, 'r3', '   ');
    expect(set.rules.map((r) => r.text)).to.deep.equal(['Be kind.', 'Start on time.']);
    set = moveRule(set, 'r2', -1);
    expect(set.rules.map((r) => r.id)).to.deep.equal(['r2', 'r1']);
    expect(moveRule(set, 'r2', -5)).to.equal(set);
    set = removeRule(set, 'r2');
    expect(set.rules.map((r) => r.id)).to.deep.equal(['r1']);
  });

  it('agrees a rule by consensus: a stand-aside still agrees, a block does not', () => {
    let set = addRule(addRule(emptyRuleSet(), 'a', 'Phones away.'), 'b', 'No advice.');
    set = respond(set, 'a', 'ana', 'consent', 'agree');
    set = respond(set, 'a', 'ben', 'consent', 'stand-aside');
    set = respond(set, 'b', 'ana', 'consent', 'agree');
    set = respond(set, 'b', 'ben', 'consent', 'block');
    set = decide(decide(set, 'a', T0), 'b', T0);
    expect(set.rules.map((r) => [r.id, r.status, r.decidedAt])).to.deep.equal([
      ['a', 'agreed', T0],
      ['b', 'not-agreed', T0],
    ]);
    expect(tallyCheck(set.rules[0]!.check)).to.deep.include({ responses: 2, standAsides: 1, blocks: 0, consensus: true });
  });

  it('fist-to-five: a fist (0) blocks, and the tally gives the lowest and the mean', () => {
    let set = addRule(emptyRuleSet(), 'a', 'Equal time.');
    for (const [m, v] of [['ana', 5], ['ben', 2], ['chen', 3]] as const) set = respond(set, 'a', m, 'fist-to-five', v);
    expect(tallyCheck(set.rules[0]!.check)).to.deep.include({ lowest: 2, mean: 10 / 3, consensus: true });
    set = respond(set, 'a', 'dee', 'fist-to-five', 0);
    expect(decide(set, 'a', T0).rules[0]!.status).to.equal('not-agreed');
    expect(respond(set, 'a', 'eve', 'fist-to-five', 'agree')).to.equal(set);
  });

  it('does not decide a rule nobody has responded to', () => {
    const set = addRule(emptyRuleSet(), 'a', 'Listen.');
    expect(decide(set, 'a', T0)).to.equal(set);
  });

  it('rewording an agreed rule makes it a proposal again', () => {
    let set = agreeAndAdopt(addRule(emptyRuleSet(), 'a', 'Listen.'), ['ana'], T0);
    set = editRule(set, 'a', { text: 'Listen without interrupting.' });
    expect(set.rules[0]).to.deep.include({ status: 'proposed', check: null, decidedAt: null });
  });
});

describe('ground rules: versions, diffs and acceptance', () => {
  it('adopting numbers a version with its date; nothing new adopts nothing', () => {
    const set = agreeAndAdopt(addTemplateSet(emptyRuleSet(), 'first-meeting', 'en'), ['ana', 'ben'], T0);
    expect(set.versions.map((v) => [v.number, v.adoptedAt, v.rules.length])).to.deep.equal([[1, T0, 9]]);
    expect(adoptVersion(set, T0 + 1)).to.equal(set);
  });

  it('later changes make version 2, and the diff names what was added, removed, reworded and moved', () => {
    let set = agreeAndAdopt(addRule(addRule(addRule(emptyRuleSet(), 'a', 'A.'), 'b', 'B.'), 'c', 'C.'), ['ana'], T0);
    set = removeRule(set, 'b');
    set = editRule(set, 'c', { text: 'C, reworded.' });
    set = moveRule(set, 'c', -1);
    set = addRule(set, 'd', 'D.');
    set = agreeAndAdopt(set, ['ana'], T0 + 7 * 86_400_000);
    expect(set.versions.map((v) => v.number)).to.deep.equal([1, 2]);
    const diff = diffVersions(set.versions[0]!, set.versions[1]!);
    expect(diff.added.map((r) => r.id)).to.deep.equal(['d']);
    expect(diff.removed.map((r) => r.id)).to.deep.equal(['b']);
    expect(diff.changed.map((c) => [c.before.text, c.after.text])).to.deep.equal([['C.', 'C, reworded.']]);
    expect(diff.moved.map((r) => r.id)).to.deep.equal(['c', 'a']);
  });

  it('records who accepted which version when, once each', () => {
    let set = agreeAndAdopt(addRule(emptyRuleSet(), 'a', 'A.'), ['ana'], T0);
    set = acceptRules(set, 'J. M.', T0 + 1);
    set = acceptRules(set, 'J. M.', T0 + 2);
    expect(set.acceptances).to.deep.equal([{ who: 'J. M.', version: 1, at: T0 + 1 }]);
    set = agreeAndAdopt(addRule(set, 'b', 'B.'), ['ana'], T0 + 3);
    expect(acceptedCurrent(set)).to.deep.equal([]);
    expect(acceptRules(emptyRuleSet(), 'Ana', T0).acceptances).to.deep.equal([]);
  });
});

describe('ground rules: export and import', () => {
  const adopted = () => agreeAndAdopt(addRule(addRule(emptyRuleSet(), 'a', 'Be *kind*.', 'No [links](javascript:x) here.'), 'b', '# Not a heading'), ['ana'], T0);

  it('exports plain text and Markdown, with the group’s words escaped', () => {
    const version = adopted().versions[0]!;
    expect(rulesAsText(version, labels)).to.equal(
      'Our ground rules\nVersion 1, 2026-11-24\n\n1. Be *kind*.\n   No [links](javascript:x) here.\n2. # Not a heading\n',
    );
    const markdown = rulesAsMarkdown(version, labels);
    expect(markdown).to.contain('1. **Be \\*kind\\*\\.**');
    expect(markdown).to.contain('No \\[links\\]\\(javascript:x\\) here\\.');
    expect(markdown).to.contain('2. **\\# Not a heading**');
  });

  it('a JSON round trip parses back to the same set', () => {
    const set = acceptRules(adopted(), 'Ana', T0);
    expect(parseRuleSet(JSON.parse(JSON.stringify(set)))).to.deep.equal({ ok: true, value: set });
  });

  it('names each problem in a malformed file', () => {
    const set = adopted();
    const bad = {
      ...set,
      rules: [{ ...set.rules[0], status: 'maybe', check: { method: 'consent', responses: { ana: 4 } } }, { ...set.rules[0] }],
      acceptances: [{ who: 'Ana', version: 3, at: T0 }],
    };
    const result = parseRuleSet(bad);
    expect(result).to.deep.equal({
      ok: false,
      errors: [
        'rules.rules[0].status: expected one of "proposed", "agreed", "not-agreed", got "maybe"',
        'rules.rules[0].check.responses.ana: expected "agree", "stand-aside" or "block" for consent, got 4',
        'rules.rules[1].id: "a" appears twice',
        'rules.acceptances[0].version: version 3 was never adopted',
      ],
    });
  });

  it('the store refuses a malformed rule set whole and keeps the old one', async () => {
    const store = await openStore({ name: `rules-${Date.now()}`, kinds: PEERKIT_KINDS, backend: 'memory' });
    await store.put('ground-rules', 'g', adopted());
    const file = await store.exportAll();
    const broken = JSON.parse(JSON.stringify(file)) as { documents: { data: { versions: unknown[] } }[] };
    broken.documents[0]!.data.versions = [{ number: 0, adoptedAt: T0, rules: [] }];
    let error: unknown;
    try {
      await store.importAll(broken);
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(ValidationError);
    expect((error as Error).message).to.contain('rules.versions[0].number: must be at least 1');
    expect((await store.get<RuleSet>('ground-rules', 'g'))?.data.versions.length).to.equal(1);
    store.close();
  });
});

describe('ground rules: quick decisions', () => {
  const T = Date.UTC(2026, 10, 26);
  it('agreeAll records everyone not yet answered as agreeing, keeps the exceptions, and decides only open rules', () => {
    let set = addRule(addRule(addRule(emptyRuleSet(), 'a', 'Listen.'), 'b', 'No phones.'), 'c', 'Start on time.');
    set = decide(respond(set, 'c', 'ana', 'consent', 'block'), 'c', T); // already decided: left alone
    set = respond(set, 'b', 'ben', 'consent', 'block');
    const after = agreeAll(set, ['ana', 'ben'], 'consent', T + 1);
    expect(after.rules.map((r) => r.status)).to.deep.equal(['agreed', 'not-agreed', 'not-agreed']);
    expect(after.rules[1]!.check!.responses).to.deep.equal({ ben: 'block', ana: 'agree' });
    expect(after.rules[2]).to.equal(set.rules[2]);
    const fists = agreeAll(addRule(emptyRuleSet(), 'a', 'Listen.'), ['ana'], 'fist-to-five', T);
    expect(fists.rules[0]!.check).to.deep.equal({ method: 'fist-to-five', responses: { ana: 5 } });
  });

  it('canAdopt is true only when adopting would make a new version', () => {
    const agreed = agreeAll(addRule(emptyRuleSet(), 'a', 'Listen.'), ['ana'], 'consent', T);
    expect(canAdopt(emptyRuleSet())).to.equal(false);
    expect(canAdopt(agreed)).to.equal(true);
    expect(canAdopt(adoptVersion(agreed, T))).to.equal(false);
  });
});

describe('ground rules: consent to confidentiality', () => {
  const T = Date.UTC(2026, 10, 26);
  it('records consent once per member, under version 0 before any is adopted, then under the version in force', () => {
    let set = addTemplateSet(emptyRuleSet(), 'first-meeting', 'en');
    expect(confidentialityRules(set).map((r) => r.text)[0]).to.equal('What is said here stays here.');
    set = giveConsent(giveConsent(set, ' Ana ', T), 'Ana', T + 1);
    expect(set.acceptances).to.deep.equal([{ who: 'Ana', version: 0, at: T }]);
    expect(parseRuleSet(set).ok).to.equal(true);
    set = adoptVersion(agreeAll(set, ['ana'], 'consent', T + 2), T + 3);
    expect(consentedNow(set)).to.deep.equal([]);
    set = giveConsent(set, 'Ana', T + 4);
    expect(consentedNow(set)).to.deep.equal([{ who: 'Ana', version: 1, at: T + 4 }]);
    expect(giveConsent(set, '  ', T)).to.equal(set);
  });
});
