import { expect } from '@esm-bundle/chai';
import { fixture, html } from '@open-wc/testing-helpers';
import { addRule, adoptVersion, decide, emptyRuleSet, openStore, PEERKIT_KINDS, respond, type RuleSet } from '@peerkit/core';
import '@peerkit/components/ground-rules.js';
import type { GroundRulesElement } from '@peerkit/components/ground-rules.js';
import { captureWarnings, expectAccessible, freshKey, nextEvent, until } from '../helpers.js';

const T0 = Date.UTC(2026, 10, 24);
const root = (el: GroundRulesElement) => el.shadowRoot!;
const texts = (el: GroundRulesElement, selector: string) => [...root(el).querySelectorAll(selector)].map((n) => n.textContent.replace(/\s+/g, ' ').trim());
/** Chooses a member's response on a rule, as the facilitator does with the drop-down. */
const pick = (el: GroundRulesElement, label: string, value: string) => {
  const select = root(el).querySelector<HTMLSelectElement>(`select[aria-label="${label}"]`)!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
};
const button = (el: GroundRulesElement, label: string) => {
  const found = [...root(el).querySelectorAll('button')].find((b) => b.textContent.trim() === label || b.getAttribute('aria-label') === label);
  if (!found) throw new Error(`no button "${label}"`);
  return found;
};

function adopted(rules: string[]): RuleSet {
  let set = emptyRuleSet();
  rules.forEach((text, i) => (set = addRule(set, `r${i}`, text, i === 0 ? 'Plain words.' : '')));
  for (const rule of set.rules) set = decide(respond(set, rule.id, 'ana', 'consent', 'agree'), rule.id, T0);
  return adoptVersion(set, T0);
}

describe('<ground-rules> edit', () => {
  it('names each Edit button by its rule, so nine are not heard as nine “Edit”s', async () => {
    const el = await fixture<GroundRulesElement>(html`<ground-rules mode="edit" template="first-meeting"></ground-rules>`);
    const names = [...root(el).querySelectorAll('button')].filter((b) => b.textContent.trim() === 'Edit').map((b) => b.getAttribute('aria-label'));
    const rules = el.rules.rules.map((r) => r.text);
    expect(names).to.deep.equal(rules.map((rule, i) => `Edit rule ${i + 1}: ${rule}`));
    expect(new Set(names).size).to.equal(rules.length);
  });

  it('starts from a ready-made set, with confidentiality and its limits first', async () => {
    const el = await fixture<GroundRulesElement>(html`<ground-rules mode="edit" template="first-meeting"></ground-rules>`);
    const rules = texts(el, '.rule-text');
    expect(rules[0]).to.contain('What is said here stays here.');
    expect(rules[1]).to.contain('Confidentiality has limits when someone may be harmed.');
    expect(rules[0]).to.contain('Proposed');
    await expectAccessible(el);
  });

  it('writes a rule, reorders it with buttons (no dragging), edits and removes it, with events', async () => {
    const el = await fixture<GroundRulesElement>(html`<ground-rules mode="edit" template="online-group"></ground-rules>`);
    const form = root(el).querySelector<HTMLFormElement>('.add .rule-form')!;
    form.querySelector<HTMLTextAreaElement>('textarea[name="text"]')!.value = 'Tea is on the house.';
    const changed = nextEvent(el, 'peer-rule-change');
    form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    expect((await changed).detail.rules.rules.at(-1)?.text).to.equal('Tea is on the house.');
    await el.updateComplete;
    const count = el.rules.rules.length;
    button(el, 'Move up: Tea is on the house.').click();
    await el.updateComplete;
    expect(el.rules.rules[count - 2]?.text).to.equal('Tea is on the house.');
    const id = el.rules.rules[count - 2]!.id;
    root(el).querySelectorAll<HTMLButtonElement>('.rule-list > li')[count - 2]!.querySelector<HTMLButtonElement>('.tools button:nth-child(3)')!.click();
    await el.updateComplete;
    const editForm = root(el).querySelector<HTMLFormElement>('.rule-list .rule-form')!;
    editForm.querySelector<HTMLTextAreaElement>('textarea[name="text"]')!.value = 'Tea and biscuits are on the house.';
    editForm.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await el.updateComplete;
    expect(el.rules.rules.find((r) => r.id === id)?.text).to.equal('Tea and biscuits are on the house.');
    button(el, 'Remove: Tea and biscuits are on the house.').click();
    await el.updateComplete;
    expect(el.rules.rules.length).to.equal(count - 1);
    await expectAccessible(el);
  });

  it('renders a rule’s text as text, never as HTML', async () => {
    const el = await fixture<GroundRulesElement>(html`<ground-rules mode="edit"></ground-rules>`);
    el.rules = addRule(emptyRuleSet(), 'x', '<img src=x onerror="window.pwned=1"><b>bold</b>');
    await el.updateComplete;
    expect(root(el).querySelector('.rule-text img, .rule-text b')).to.equal(null);
    expect(texts(el, '.rule-text')[0]).to.contain('<img src=x');
  });

  it('refuses a malformed import whole, names the problem, and changes nothing', async () => {
    const el = await fixture<GroundRulesElement>(html`<ground-rules mode="edit" template="first-meeting"></ground-rules>`);
    const before = el.rules;
    const input = root(el).querySelector<HTMLInputElement>('input[type="file"]')!;
    const files = new DataTransfer();
    files.items.add(new File([JSON.stringify({ ...adopted(['A.']), versions: [{ number: 0, adoptedAt: 1, rules: [] }] })], 'bad.json'));
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
    await until(() => texts(el, '[role="alert"]').length > 0, 'message shown');
    expect(texts(el, '[role="alert"]')[0]).to.contain('rules.versions[0].number: must be at least 1');
    expect(el.rules).to.equal(before);
  });
});

describe('<ground-rules> agree', () => {
  it('records each member’s response, decides by consensus, and adopts a version', async () => {
    const el = await fixture<GroundRulesElement>(html`<ground-rules mode="agree" members="Ana, Ben"></ground-rules>`);
    el.rules = addRule(addRule(emptyRuleSet(), 'a', 'Listen.'), 'b', 'No phones.');
    await el.updateComplete;
    pick(el, 'Ana on “Listen.”', 'agree');
    pick(el, 'Ben on “Listen.”', 'stand-aside');
    pick(el, 'Ana on “No phones.”', 'agree');
    pick(el, 'Ben on “No phones.”', 'block');
    await el.updateComplete;
    for (const b of root(el).querySelectorAll<HTMLButtonElement>('.rule-list button')) b.click();
    await el.updateComplete;
    expect(el.rules.rules.map((r) => r.status)).to.deep.equal(['agreed', 'not-agreed']);
    await expectAccessible(el);
    const agreed = nextEvent(el, 'peer-rules-agreed');
    button(el, 'Adopt the agreed rules as version 1').click();
    const { version } = (await agreed).detail;
    expect(version.rules.map((r) => r.text)).to.deep.equal(['Listen.']);
    // Right after adopting, nothing is offered that would do nothing.
    await el.updateComplete;
    expect([...root(el).querySelectorAll('button')].some((b) => b.textContent.includes('as version 2'))).to.equal(false);
    expect(texts(el, '.adopted-note')).to.deep.equal(['Version 1 holds the agreed rules.']);
  });

  it('agrees every rule in one step, keeping the exceptions noted', async () => {
    const el = await fixture<GroundRulesElement>(html`<ground-rules mode="agree" members="Ana, Ben, Chen"></ground-rules>`);
    let set = emptyRuleSet();
    for (let i = 0; i < 10; i++) set = addRule(set, `r${i}`, `Rule ${i}.`);
    el.rules = set;
    await el.updateComplete;
    // Two exceptions only: Ben stands aside on rule 0, Chen blocks rule 9.
    pick(el, 'Ben on “Rule 0.”', 'stand-aside');
    pick(el, 'Chen on “Rule 9.”', 'block');
    await el.updateComplete;
    button(el, 'Everyone else agrees: decide all 10 rules').click();
    await el.updateComplete;
    expect(el.rules.rules.map((r) => r.status)).to.deep.equal([...Array<string>(9).fill('agreed'), 'not-agreed']);
    expect(el.rules.rules[0]!.check!.responses).to.deep.equal({ ana: 'agree', ben: 'stand-aside', chen: 'agree' });
    expect([...root(el).querySelectorAll('button')].some((b) => b.textContent.startsWith('Everyone else agrees'))).to.equal(false);
    await expectAccessible(el);
  });
});

describe('<ground-rules> display and accept', () => {
  it('shows the current version large, for reading aloud, with export buttons', async () => {
    const el = await fixture<GroundRulesElement>(html`<ground-rules></ground-rules>`);
    el.rules = adopted(['What is said here stays here.', 'Listen.']);
    await el.updateComplete;
    expect(texts(el, '.version')[0]).to.match(/^Version 1, adopted /);
    expect(texts(el, '.large .rule-text')).to.deep.equal(['What is said here stays here.', 'Listen.']);
    expect(button(el, 'Download as Markdown')).to.exist;
    await expectAccessible(el);
  });

  it('before any version is adopted, shows the draft marked as one (for the projector), but offers nothing to accept', async () => {
    const el = await fixture<GroundRulesElement>(html`<ground-rules></ground-rules>`);
    el.rules = addRule(addRule(emptyRuleSet(), 'r1', 'What is said here stays here.'), 'r2', 'Listen.');
    await el.updateComplete;
    expect(texts(el, '.version')).to.deep.equal(['Draft: not agreed yet. Read it together, then agree it.']);
    expect(texts(el, '.large .rule-text')).to.deep.equal(['What is said here stays here.', 'Listen.']);
    expect(root(el).querySelectorAll('button').length).to.equal(0); // nothing to download or print from a draft
    await expectAccessible(el);
    el.mode = 'accept';
    await el.updateComplete;
    expect(texts(el, 'p')[0]).to.equal('No version has been adopted yet.');
    expect(root(el).querySelector('form.accept')).to.equal(null);
  });

  it('a new member accepts the current version; the record keeps who, which version and when', async () => {
    const key = freshKey('accept');
    const el = await fixture<GroundRulesElement>(html`<ground-rules mode="accept" storage-key=${key}></ground-rules>`);
    await el.ready;
    el.rules = adopted(['Listen.']);
    await el.updateComplete;
    root(el).querySelector<HTMLInputElement>('input[name="who"]')!.value = 'J. M.';
    const accepted = nextEvent(el, 'peer-rules-accepted');
    button(el, 'I have read and accept these ground rules').click();
    expect((await accepted).detail).to.deep.equal({ who: 'J. M.', version: 1 });
    await el.updateComplete;
    expect(el.rules.acceptances.map((a) => [a.who, a.version])).to.deep.equal([['J. M.', 1]]);
    expect(texts(el, 'p').join(' ')).to.contain('1 person has accepted this version.');
    await expectAccessible(el);
  });

  it('keeps its rules in IndexedDB: a reload shows the same version', async () => {
    const key = freshKey('rules-reload');
    const first = await fixture<GroundRulesElement>(html`<ground-rules mode="edit" storage-key=${key} template="recovery-group"></ground-rules>`);
    await first.ready;
    await until(() => first.rules.rules.length > 0, 'template added');
    await new Promise((resolve) => setTimeout(resolve, 150));
    const count = first.rules.rules.length;
    first.remove();
    const second = await fixture<GroundRulesElement>(html`<ground-rules mode="edit" storage-key=${key}></ground-rules>`);
    await second.ready;
    await until(() => second.rules.rules.length === count, 'stored rules loaded');
    expect(second.rules.rules[0]?.id).to.equal('confidential');
  });

  it('falls back to display with one warning for a bad mode, and speaks Spanish', async () => {
    let el!: GroundRulesElement;
    const warnings = await captureWarnings(async () => {
      el = await fixture<GroundRulesElement>(html`<ground-rules mode="dance" lang="es"></ground-rules>`);
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(warnings).to.have.length(1);
    expect(texts(el, 'h2')[0]).to.equal('Nuestros acuerdos de grupo');
    expect(texts(el, 'p')[0]).to.equal('Todavía no se ha adoptado ninguna versión.');
  });
});

describe('<ground-rules mode="consent">', () => {
  it('explains confidentiality and its limits, and records each member’s consent with the version then in force', async () => {
    const key = freshKey('consent');
    const el = await fixture<GroundRulesElement>(html`<ground-rules mode="consent" template="first-meeting" members="Ana, Ben" storage-key=${key}></ground-rules>`);
    await el.ready;
    expect(texts(el, 'p')[0]).to.contain('Confidentiality has one limit');
    expect(texts(el, '.large .rule-text')[0]).to.contain('What is said here stays here.');
    button(el, 'Ana agrees').click();
    await el.updateComplete;
    expect(texts(el, '.consented')).to.deep.equal(['Ana has agreed']);
    expect(texts(el, '[role="status"]')[0]).to.equal('1 of 2 have agreed.');
    expect(el.rules.acceptances).to.have.length(1);
    expect(el.rules.acceptances[0]).to.include({ who: 'Ana', version: 0 });
    await expectAccessible(el);
    // The consent is stored (the write is queued: poll for it).
    const store = await openStore({ kinds: PEERKIT_KINDS });
    let stored: RuleSet | undefined;
    for (let i = 0; i < 50 && !stored?.acceptances.length; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      stored = (await store.get<RuleSet>('ground-rules', key))?.data;
    }
    store.close();
    expect(stored?.acceptances.map((a) => [a.who, a.version])).to.deep.equal([['Ana', 0]]);
  });
});
