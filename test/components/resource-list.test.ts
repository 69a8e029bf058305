import { expect } from '@esm-bundle/chai';
import { fixture, html } from '@open-wc/testing-helpers';
import { type ResourceList } from '@peerkit/core';
import '@peerkit/components/resource-list.js';
import type { ResourceListElement } from '@peerkit/components/resource-list.js';
import { sampleResource } from '../fixtures.js';
import { captureWarnings, expectAccessible, freshKey, nextEvent, until } from '../helpers.js';

const root = (el: ResourceListElement) => el.shadowRoot!;
const texts = (el: ResourceListElement, selector: string) => [...root(el).querySelectorAll(selector)].map((n) => n.textContent.replace(/\s+/g, ' ').trim());

const resource = sampleResource;
const sample: ResourceList = {
  schemaVersion: 2,
  resources: [
    resource('Sample housing desk', { categories: ['housing'], url: 'https://example.org/housing', languages: ['English', 'Español'] }),
    resource('Sample crisis line', { crisis: true, alwaysOpen: true, phones: [{ number: '555-0100', type: 'voice' }, { number: '555-0101', type: 'text' }] }),
    resource('Sample food bank', { categories: ['food'], url: 'javascript:alert(1)', description: '<img src=x onerror="window.pwned=1">Free meals' }),
  ],
};

describe('<resource-list>', () => {
  it('pins crisis lines first with large call and text links', async () => {
    const el = await fixture<ResourceListElement>(html`<resource-list .list=${sample}></resource-list>`);
    const links = [...root(el).querySelectorAll<HTMLAnchorElement>('.crisis a.big')].map((a) => [a.textContent.trim(), a.getAttribute('href')]);
    expect(links).to.deep.equal([
      ['Call Sample crisis line · 555-0100', 'tel:5550100'],
      ['Text Sample crisis line · 555-0101', 'sms:5550101'],
    ]);
    expect(texts(el, '.cards h3')).to.deep.equal(['Sample food bank', 'Sample housing desk']);
    await expectAccessible(el);
  });

  it('searches by word prefix and filters by category and language', async () => {
    const el = await fixture<ResourceListElement>(html`<resource-list .list=${sample}></resource-list>`);
    const search = root(el).querySelector<HTMLInputElement>('input[type="search"]')!;
    search.value = 'hous';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(texts(el, '.cards h3')).to.deep.equal(['Sample housing desk']);
    search.value = '';
    search.dispatchEvent(new Event('input'));
    const language = root(el).querySelectorAll<HTMLSelectElement>('select')[1]!;
    language.value = 'Español';
    language.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(texts(el, '.cards h3')).to.deep.equal(['Sample housing desk']);
    expect(texts(el, '.count')[0]).to.equal('1 resource');
  });

  it('shows only one category when asked, for a site that publishes its housing list', async () => {
    const el = await fixture<ResourceListElement>(html`<resource-list category="food" .list=${sample}></resource-list>`);
    expect(texts(el, '.cards h3')).to.deep.equal(['Sample food bank']);
  });

  it('never links javascript: or data: URLs, and renders HTML in fields as text', async () => {
    const el = await fixture<ResourceListElement>(html`<resource-list .list=${sample}></resource-list>`);
    const hrefs = [...root(el).querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs.some((h) => h?.startsWith('javascript:') || h?.startsWith('data:'))).to.equal(false);
    expect(hrefs).to.include('https://example.org/housing');
    const details = [...root(el).querySelectorAll('details')].find((d) => d.textContent.includes('Free meals'))!;
    expect(details.querySelector('img')).to.equal(null);
    expect(details.textContent).to.contain('<img src=x');
    expect(details.textContent).to.contain('javascript:alert(1)');
  });

  it('reads a published HSDS list (fetching its reader only then) before its first draw, with its alert and address', async () => {
    const hsds = [{ id: 's1', name: 'Sample drop-in', status: 'active', alert: 'Closed on 25 December', service_at_locations: [{ location: { id: 'l1', location_type: 'physical', addresses: [{ id: 'a1', address_1: '1 Example Street', city: 'Sampletown', state_province: '', postal_code: 'AB1 2CD', country: 'GB', address_type: 'physical' }] } }] }];
    const el = await fixture<ResourceListElement>(html`<resource-list><script type="application/json">${JSON.stringify(hsds)}</script></resource-list>`);
    // The first draw already shows it: a published list is never drawn empty first.
    expect(el.hasUpdated).to.equal(true);
    expect(texts(el, '.cards h3')).to.deep.equal(['Sample drop-in']);
    expect(texts(el, '.card .alert')).to.deep.equal(['Closed on 25 December']);
    expect(texts(el, '.card details p')).to.include('1 Example Street, AB1 2CD Sampletown, GB');
    expect(texts(el, '.card details p')).not.to.include('Online or by phone');
  });

  it('tells the host when a resource is opened', async () => {
    const el = await fixture<ResourceListElement>(html`<resource-list .list=${sample}></resource-list>`);
    const opened = nextEvent(el, 'peer-resource-open');
    const link = root(el).querySelector<HTMLAnchorElement>('.crisis a.big')!;
    link.addEventListener('click', (e) => e.preventDefault(), { once: true });
    link.click();
    const { detail } = await opened;
    expect(detail.action).to.equal('call');
    expect(detail.resource.name).to.equal('Sample crisis line');
  });

  it('reads a published list from a JSON script child, and reports a bad one without breaking', async () => {
    const el = await fixture<ResourceListElement>(html`<resource-list><script type="application/json">${JSON.stringify(sample)}</script></resource-list>`);
    expect(texts(el, '.cards h3').length).to.equal(2);
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
    try {
      const bad = await fixture<ResourceListElement>(html`<resource-list><script type="application/json">{"schemaVersion":1,"resources":[{"id":""}]}</script></resource-list>`);
      expect(texts(bad, '[role="alert"]')[0]).to.contain('list.resources[0].id: must not be empty');
    } finally {
      console.error = original;
    }
    expect(errors.length).to.equal(1);
  });
});

describe('<resource-list> edit mode', () => {
  it('adds, retires and restores records, kept in IndexedDB across a reload', async () => {
    const key = freshKey('resources');
    const el = await fixture<ResourceListElement>(html`<resource-list mode="edit" storage-key=${key}></resource-list>`);
    await el.ready;
    const form = root(el).querySelector<HTMLFormElement>('.edit-tools form.edit')!;
    form.querySelector<HTMLInputElement>('input[name="name"]')!.value = 'Sample peer café';
    form.querySelector<HTMLInputElement>('input[name="phone"]')!.value = '555 0199';
    form.querySelector<HTMLInputElement>('input[name="categories"]')!.value = 'grief, social';
    const changed = nextEvent(el, 'peer-resource-change');
    form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    expect((await changed).detail.list.resources[0]).to.deep.include({ name: 'Sample peer café', categories: ['grief', 'social'] });
    await el.updateComplete;
    [...root(el).querySelectorAll('button')].find((b) => b.textContent.trim() === 'Retire')!.click();
    await el.updateComplete;
    expect(el.list.resources[0]?.status).to.equal('inactive');
    await expectAccessible(el);
    await new Promise((resolve) => setTimeout(resolve, 150));
    el.remove();
    const again = await fixture<ResourceListElement>(html`<resource-list mode="edit" storage-key=${key}></resource-list>`);
    await again.ready;
    await until(() => again.list.resources.length === 1, 'stored list loaded');
    expect(again.list.resources[0]?.status).to.equal('inactive');
  });

  it('refuses a bad CSV import whole, naming row and field', async () => {
    const el = await fixture<ResourceListElement>(html`<resource-list mode="edit" .list=${sample}></resource-list>`);
    const input = root(el).querySelector<HTMLInputElement>('input[type="file"]')!;
    const files = new DataTransfer();
    files.items.add(new File(['id,name,phone\r\nx,,call me\r\n'], 'list.csv', { type: 'text/csv' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
    await until(() => texts(el, '[role="alert"]').length > 0, 'message shown');
    expect(texts(el, '[role="alert"]')[0]).to.contain('row 2, name: must not be empty');
    expect(el.list).to.equal(sample);
  });

  it('edits text numbers, address, opening hours, languages and the day a person checked it', async () => {
    const el = await fixture<ResourceListElement>(html`<resource-list mode="edit" .list=${{ schemaVersion: 2, timeZone: 'America/Bogota', resources: [] }}></resource-list>`);
    const form = root(el).querySelector<HTMLFormElement>('form.edit')!;
    const set = (name: string, value: string) => (form.querySelector<HTMLInputElement>(`[name="${name}"]`)!.value = value);
    set('name', 'Sample night desk');
    set('phone', '555 0150');
    set('text', '555 0151');
    set('street', '1 Example Street');
    set('city', 'Sampletown');
    set('country', 'co');
    set('opens-1', '18:00');
    set('closes-1', '23:00');
    set('languages', 'Español, English');
    set('assuredDate', '2026-11-01');
    form.querySelector<HTMLInputElement>('[name="virtual"]')!.checked = true;
    const changed = nextEvent(el, 'peer-resource-change');
    form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    const saved = (await changed).detail.list.resources[0]!;
    expect(saved).to.deep.include({
      name: 'Sample night desk',
      phones: [
        { type: 'voice', number: '555 0150' },
        { type: 'text', number: '555 0151' },
      ],
      address: { street: '1 Example Street', city: 'Sampletown', region: '', postcode: '', country: 'CO' },
      virtual: true,
      hours: [{ day: 1, opens: '18:00', closes: '23:00' }],
      languages: ['Español', 'English'],
      assuredDate: '2026-11-01',
    });
    expect(saved.updatedAt).to.be.a('number');
    await el.updateComplete;
    expect(texts(el, '.card .phones a')).to.deep.equal(['555 0150', 'Text (SMS) number: 555 0151']);
    expect(texts(el, '.card .open-now')).to.have.length(1);
    await expectAccessible(el);
  });

  it('offers the checked national crisis lines while the list has none', async () => {
    const el = await fixture<ResourceListElement>(html`<resource-list mode="edit" .list=${{ schemaVersion: 2, resources: [] }}></resource-list>`);
    // The table of lines arrives with the editing tools, fetched on first need.
    await until(() => root(el).querySelector('form.crisis-offer') !== null, 'crisis lines offered');
    const offer = root(el).querySelector<HTMLFormElement>('form.crisis-offer')!;
    const country = offer.querySelector<HTMLSelectElement>('select')!;
    expect([...country.options].map((o) => o.value)).to.deep.equal(['GB', 'IE', 'US']);
    country.value = 'US';
    const changed = nextEvent(el, 'peer-resource-change');
    offer.querySelector<HTMLButtonElement>('button')!.click();
    expect((await changed).detail.list.resources.map((r) => r.name)).to.deep.equal(['988 Suicide & Crisis Lifeline']);
    await el.updateComplete;
    expect(root(el).querySelector('form.crisis-offer')).to.equal(null);
    expect([...root(el).querySelectorAll<HTMLAnchorElement>('.crisis a.big')].map((a) => a.getAttribute('href'))).to.deep.equal(['tel:988', 'sms:988']);
  });

  it('finds a misspelt word and a city, and reads HSDS with the field named when it is wrong', async () => {
    const el = await fixture<ResourceListElement>(html`<resource-list mode="edit" .list=${sample}></resource-list>`);
    const search = root(el).querySelector<HTMLInputElement>('input[type="search"]')!;
    search.value = 'housng';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(texts(el, '.cards h3')).to.deep.equal(['Sample housing desk']);
    const input = root(el).querySelector<HTMLInputElement>('input[type="file"]')!;
    const files = new DataTransfer();
    files.items.add(new File([JSON.stringify([{ id: 's1', name: 'Sample', status: 'active', assured_date: 'soon' }])], 'hsds.json', { type: 'application/json' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
    await until(() => texts(el, '[role="alert"]').length > 0, 'message shown');
    expect(texts(el, '[role="alert"]')[0]).to.contain('services[0].assured_date: expected a date like 2026-11-24, got "soon"');
    expect(el.list).to.equal(sample);
  });

  it('warns once for a bad mode and speaks Spanish', async () => {
    let el!: ResourceListElement;
    const warnings = await captureWarnings(async () => {
      el = await fixture<ResourceListElement>(html`<resource-list mode="admin" lang="es" .list=${sample}></resource-list>`);
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(warnings).to.have.length(1);
    expect(texts(el, '.crisis h2')[0]).to.equal('Si alguien está en crisis');
    await expectAccessible(el);
  });
});

describe('<resource-list> long lists', () => {
  // The virtualizer's ResizeObserver can report a benign "loop completed" notice; it is not a failure.
  let previous: OnErrorEventHandler = null;
  before(() => {
    previous = window.onerror;
    window.onerror = (message, ...rest) =>
      typeof message === 'string' && message.includes('ResizeObserver loop') ? true : ((previous?.call(window, message, ...rest) as boolean | undefined) ?? false);
  });
  after(() => (window.onerror = previous));

  it('renders only the cards near the viewport for thousands of records, and search still finds any of them', async () => {
    const many: ResourceList = {
      schemaVersion: 2,
      resources: Array.from({ length: 3000 }, (_, i) => resource(`Sample service ${String(i).padStart(4, '0')}`, { categories: [i % 2 ? 'housing' : 'food'] })),
    };
    const el = await fixture<ResourceListElement>(html`<resource-list .list=${many}></resource-list>`);
    await until(() => root(el).querySelectorAll('.card').length > 0, 'cards rendered', 8000);
    const rendered = root(el).querySelectorAll('.card').length;
    expect(rendered).to.be.greaterThan(0).and.lessThan(200);
    expect(texts(el, '.count')[0]).to.equal('3000 resources');
    const search = root(el).querySelector<HTMLInputElement>('input[type="search"]')!;
    search.value = '2999';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    await until(() => texts(el, '.card h3').join() === 'Sample service 2999', 'found the last record', 8000);
  });
});
