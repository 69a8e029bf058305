// Every element that reads a file, against malformed files: each is refused
// whole, with a message people can see beside the file control that names the
// problem, and what was stored is unchanged to the byte.
import { expect } from '@esm-bundle/chai';
import { fixture, html } from '@open-wc/testing-helpers';
import {
  addRule,
  emptyLog,
  emptyResourceList,
  emptyRuleSet,
  openStore,
  PEERKIT_KINDS,
  putResource,
  submitResponse,
  type FeedbackForm,
} from '@peerkit/core';
import '@peerkit/components/ground-rules.js';
import '@peerkit/components/feedback-form.js';
import '@peerkit/components/resource-list.js';
import { sampleResource } from '../fixtures.js';
import { freshKey, until } from '../helpers.js';

const deep = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);
// The test texts are ASCII apart from é, one code unit each.
const codeUnits = (text: string) => Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));
const latin1 = (text: string) => new Uint8Array(codeUnits(text).map((c) => c & 0xff));
const utf16 = (text: string) => new Uint8Array([0xff, 0xfe, ...codeUnits(text).flatMap((c) => [c, 0])]);

const rules = addRule(emptyRuleSet(), 'r1', 'What is said here stays here.');
const resources = putResource(emptyResourceList(), sampleResource('crisis'));
const form: FeedbackForm = {
  schemaVersion: 1,
  id: 'end',
  title: 'End of meeting',
  templateId: null,
  questions: [{ id: 'safe', type: 'scale', label: 'I felt safe', required: true, points: 5, lowLabel: 'No', highLabel: 'Yes' }],
};
const oneResponse = (() => {
  const result = submitResponse(emptyLog('end'), form, { safe: 4 }, Date.UTC(2026, 10, 20), 'r1');
  if (!result.ok) throw new Error('fixture');
  return result.log;
})();

/** Malformed files for a JSON import, each with words its refusal must contain. */
function badJsonFiles(good: object, listPath: string): [string, BlobPart, string][] {
  return [
    ['truncated', JSON.stringify(good).slice(0, 40), 'is not JSON'],
    ['wrong types', JSON.stringify({ ...good, schemaVersion: 'one' }), 'schemaVersion'],
    ['a huge string', JSON.stringify({ ...good, [listPath]: ['x'.repeat(2_000_000)] }), ''],
    ['60,000 levels deep', `{"a":${deep(60_000)}}`, 'nested more than'],
    ['Latin-1', latin1(JSON.stringify({ ...good, note: 'café' })), 'not UTF-8'],
    ['UTF-16', utf16(JSON.stringify(good)), 'UTF-16'],
    ['a __proto__ key', `{"__proto__":{"polluted":true},${JSON.stringify(good).slice(1)}`, '__proto__'],
    ['a constructor key', `{"constructor":{"prototype":{"polluted":true}},${JSON.stringify(good).slice(1)}`, 'constructor'],
    ['a newer schema version', JSON.stringify({ ...good, schemaVersion: 99 }), 'schemaVersion'],
  ];
}

async function storedBytes(kind: string, key: string): Promise<string> {
  const store = await openStore({ kinds: PEERKIT_KINDS });
  try {
    return JSON.stringify(await store.get(kind, key));
  } finally {
    store.close();
  }
}

async function seed(kind: string, key: string, data: unknown): Promise<void> {
  const store = await openStore({ kinds: PEERKIT_KINDS });
  await store.put(kind, key, data);
  store.close();
}

/** Chooses the file in the element's file control and waits for the visible refusal beside it. */
async function refusal(el: HTMLElement & { ready: Promise<void> }, name: string, content: BlobPart): Promise<string> {
  await el.ready;
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
  const files = new DataTransfer();
  files.items.add(new File([content], name));
  input.files = files.files;
  input.dispatchEvent(new Event('change'));
  let alert: HTMLElement | null = null;
  await until(() => (alert = el.shadowRoot!.querySelector<HTMLElement>('[role="alert"]')) !== null, `a refusal of ${name}`, 5000);
  const shown = alert!;
  // Visible: laid out with a real size, not clipped away for screen readers only.
  const box = shown.getBoundingClientRect();
  expect(box.width, 'the message has width').to.be.greaterThan(20);
  expect(box.height, 'the message has height').to.be.greaterThan(10);
  // Beside the control that read the file.
  expect(shown.parentElement!.contains(input) || shown.previousElementSibling?.contains(input), 'next to the file control').to.equal(true);
  return shown.textContent.replace(/\s+/g, ' ');
}

describe('a malformed file is refused whole, visibly, and nothing stored changes', () => {
  for (const [label, content, words] of badJsonFiles(rules, 'rules')) {
    it(`<ground-rules>: ${label}`, async () => {
      const key = freshKey('rules-import');
      await seed('ground-rules', key, rules);
      const before = await storedBytes('ground-rules', key);
      const el = await fixture<HTMLElement & { ready: Promise<void> }>(html`<ground-rules mode="edit" storage-key=${key}></ground-rules>`);
      const said = await refusal(el, `${label}.json`, content);
      expect(said).to.contain(`${label}.json`);
      expect(said).to.contain(words);
      expect(await storedBytes('ground-rules', key)).to.equal(before);
      expect(Object.prototype).to.not.have.property('polluted');
    });
  }

  for (const [label, content, words] of badJsonFiles(oneResponse, 'responses')) {
    it(`<feedback-form> results: ${label}`, async () => {
      const key = freshKey('feedback-import');
      await seed('feedback-responses', key, oneResponse);
      const before = await storedBytes('feedback-responses', key);
      const el = await fixture<HTMLElement & { ready: Promise<void> }>(html`<feedback-form view="results" min-responses="1" .form=${form} storage-key=${key}></feedback-form>`);
      const said = await refusal(el, `${label}.json`, content);
      expect(said).to.contain(`${label}.json`);
      expect(said).to.contain(words);
      expect(await storedBytes('feedback-responses', key)).to.equal(before);
    });
  }

  for (const [label, content, words] of [
    ...badJsonFiles(resources, 'resources'),
    ['a CSV cut off mid-row', 'id,name,phone\r\na,Crisis line,988\r\nb,Food ban', 'cut off'],
    ['a Latin-1 CSV', latin1('id,name\r\na,Café\r\n'), 'not UTF-8'],
    ['a CSV with a duplicate id', 'id,name\r\na,One\r\na,Two\r\n', 'appears twice'],
    ['a CSV with a __proto__ column', 'id,name,__proto__\r\na,One,x\r\n', 'the column name "__proto__" is not allowed'],
    ['a CSV with a constructor column', 'id,constructor,name\r\na,x,One\r\n', 'the column name "constructor" is not allowed'],
    ['a CSV with a NUL in a name', 'id,name\r\na,Crisis\u0000line\r\n', 'row 2, name: contains a control character (U+0000)'],
    ['an image renamed .csv', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'not a text file (it looks like a PNG image)'],
    ['binary data renamed .csv', new Uint8Array(Array.from({ length: 600 }, (_, i) => (i * 7919) % 256)), 'not a text file (it looks like binary data)'],
    ['HSDS with a number for a description', JSON.stringify([{ id: 's1', name: 'Crisis line', description: 42 }]), 'services[0].description: expected text, got 42'],
  ] as [string, BlobPart, string][]) {
    it(`<resource-list>: ${label}`, async () => {
      const key = freshKey('resources-import');
      await seed('resources', key, resources);
      const before = await storedBytes('resources', key);
      const el = await fixture<HTMLElement & { ready: Promise<void> }>(html`<resource-list mode="edit" storage-key=${key}></resource-list>`);
      const said = await refusal(el, `${label}.${label.includes('CSV') ? 'csv' : 'json'}`, content);
      expect(said).to.contain(label);
      expect(said).to.contain(words);
      expect(await storedBytes('resources', key)).to.equal(before);
    });
  }
});

describe('importing feedback', () => {
  it('adds a file’s responses once: the same file twice adds nothing the second time, and says why', async () => {
    const key = freshKey('feedback-twice');
    const el = await fixture<HTMLElement & { ready: Promise<void>; responses: readonly unknown[] }>(
      html`<feedback-form view="results" min-responses="1" .form=${form} storage-key=${key}></feedback-form>`,
    );
    await el.ready;
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
    const note = () => el.shadowRoot!.querySelector('[role="status"].notice')?.textContent.trim();
    const said = ['Imported 1 response.', 'Nothing was added: the response in this file is already here.'];
    for (const expected of said) {
      const files = new DataTransfer();
      files.items.add(new File([JSON.stringify(oneResponse)], 'answers.json'));
      input.files = files.files;
      input.dispatchEvent(new Event('change'));
      await until(() => note() === expected, `the import is reported: ${expected}`);
    }
    expect(el.responses).to.have.length(1);
  });

  it('refuses answers to another form, and a named answer into anonymous feedback', async () => {
    const el = await fixture<HTMLElement & { ready: Promise<void> }>(html`<feedback-form view="results" .form=${form} storage-key=${freshKey('other-form')}></feedback-form>`);
    const other = await refusal(el, 'other.json', JSON.stringify({ ...oneResponse, formId: 'another' }));
    expect(other).to.contain('not to this one');
    const el2 = await fixture<HTMLElement & { ready: Promise<void> }>(html`<feedback-form view="results" .form=${form} storage-key=${freshKey('named')}></feedback-form>`);
    const named = await refusal(el2, 'named.json', JSON.stringify({ ...oneResponse, responses: [{ ...oneResponse.responses[0], memberId: 'ana' }] }));
    expect(named).to.contain('anonymous');
  });
});
