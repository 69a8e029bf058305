import { expect } from '@esm-bundle/chai';
import { fixture, html } from '@open-wc/testing-helpers';
import { agendaTemplate, startSection } from '@peerkit/core';
import '@peerkit/components/meeting-agenda.js';
import type { MeetingAgendaElement } from '@peerkit/components/meeting-agenda.js';
import { captureWarnings, expectAccessible, nextEvent } from '../helpers.js';

const texts = (el: MeetingAgendaElement, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)].map((n) => n.textContent.replace(/\s+/g, ' ').trim());
const button = (el: MeetingAgendaElement, label: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent.trim() === label || b.getAttribute('aria-label') === label)!;

describe('<meeting-agenda>', () => {
  it('shows the plan, starts the meeting and moves through sections with events', async () => {
    const el = await fixture<MeetingAgendaElement>(html`<meeting-agenda template="regular"></meeting-agenda>`);
    expect(texts(el, '.title').map((t) => t.replace(/ (Now|Done|Skipped)$/, ''))).to.deep.equal([
      'Welcome',
      'Check-in',
      'Ground-rules reminder',
      'Sharing round',
      'Resources',
      'Feedback',
      'Close',
    ]);
    await expectAccessible(el);
    const started = nextEvent(el, 'peer-section-change');
    button(el, 'Start the meeting').click();
    expect((await started).detail.section?.id).to.equal('welcome');
    await el.updateComplete;
    expect(texts(el, '.left')[0]).to.match(/^5:00 left$|^4:59 left$/);
    button(el, 'Skip: Check-in').click();
    button(el, 'Next section').click();
    await el.updateComplete;
    expect(el.agenda.sections.map((s) => s.status).slice(0, 3)).to.deep.equal(['done', 'skipped', 'current']);
    expect(texts(el, '[role="status"]')[0]).to.equal('Now: Ground-rules reminder');
    await expectAccessible(el);
  });

  it('says nothing of a section change when the page shows it by moving focus (sections-shown-by-focus), so it is said once', async () => {
    const el = await fixture<MeetingAgendaElement>(html`<meeting-agenda template="regular" sections-shown-by-focus></meeting-agenda>`);
    button(el, 'Start the meeting').click();
    await el.updateComplete;
    button(el, 'Next section').click();
    await el.updateComplete;
    expect(el.agenda.sections[1]?.status).to.equal('current');
    expect(texts(el, '[role="status"]')[0]).to.equal('');
  });

  it('folds the sections already held into one line while the meeting runs, shown on asking', async () => {
    const el = await fixture<MeetingAgendaElement>(html`<meeting-agenda template="regular"></meeting-agenda>`);
    button(el, 'Start the meeting').click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.held') === null, 'nothing held yet').to.equal(true);
    button(el, 'Skip: Check-in').click();
    button(el, 'Next section').click();
    await el.updateComplete;
    const shown = () => [...el.shadowRoot!.querySelectorAll('li')].filter((li) => getComputedStyle(li).display !== 'none').map((li) => li.querySelector('.title')!.textContent.replace(/\s+/g, ' ').trim());
    expect(texts(el, '.held span')).to.deep.equal(['2 sections held']);
    expect(shown()[0]).to.equal('Ground-rules reminder Now');
    const toggle = button(el, 'Show');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await el.updateComplete;
    expect(shown().slice(0, 3)).to.deep.equal(['Welcome Done', 'Check-in Skipped', 'Ground-rules reminder Now']);
    expect(button(el, 'Hide').getAttribute('aria-expanded')).to.equal('true');
    await expectAccessible(el);
  });

  it('shows the plan’s times in the group’s locale: a Spanish group’s plan on a 24-hour clock', async () => {
    const el = await fixture<MeetingAgendaElement>(html`<meeting-agenda template="regular" lang="es"></meeting-agenda>`);
    const times = texts(el, '.times');
    expect(times).to.have.length(7);
    // Hours and minutes only, never "a. m." or "p. m." (the browser's own language here is English).
    for (const time of times) expect(time).to.match(/^\d{1,2}:\d{2}–\d{1,2}:\d{2}$/);
  });

  it('takes a language set after it drew for its own template plan, never for a plan it was given or has started', async () => {
    const el = await fixture<MeetingAgendaElement>(html`<meeting-agenda template="regular"></meeting-agenda>`);
    el.lang = 'es';
    await el.updateComplete;
    expect(texts(el, '.title')[0]).to.equal('Bienvenida');
    button(el, 'Empezar la reunión').click();
    el.lang = 'en';
    await el.updateComplete;
    expect(texts(el, '.title')[0]).to.match(/^Bienvenida/);
    const given = await fixture<MeetingAgendaElement>(html`<meeting-agenda .agenda=${agendaTemplate('review', 'en')}></meeting-agenda>`);
    given.lang = 'es';
    await given.updateComplete;
    expect(given.agenda.templateId).to.equal('review');
    expect(texts(given, '.title')[0]).to.equal(agendaTemplate('review', 'en').sections[0]?.title);
  });

  it('says how late the meeting is running when a section runs over', async () => {
    const el = await fixture<MeetingAgendaElement>(html`<meeting-agenda></meeting-agenda>`);
    el.agenda = startSection(agendaTemplate('regular', 'en'), 'welcome', Date.now() - 12 * 60_000);
    await el.updateComplete;
    expect(texts(el, '.left')[0]).to.match(/^7:0\d over$/);
    expect(texts(el, '.summary p')[1]).to.equal('Running 7 min late');
  });

  it('warns once for an unknown template and uses the regular plan', async () => {
    let el!: MeetingAgendaElement;
    const warnings = await captureWarnings(async () => {
      el = await fixture<MeetingAgendaElement>(html`<meeting-agenda template="marathon" lang="es"></meeting-agenda>`);
    });
    expect(warnings).to.have.length(1);
    expect(el.agenda.templateId).to.equal('regular');
    expect(texts(el, 'h2')[0]).to.equal('Plan de la reunión');
  });
});

describe('<meeting-agenda folded> (a phone)', () => {
  it('keeps the time left and Next in view, and folds the whole plan away until asked', async () => {
    const el = await fixture<MeetingAgendaElement>(html`<meeting-agenda template="regular" folded></meeting-agenda>`);
    el.agenda = startSection(agendaTemplate('regular', 'en'), 'welcome', Date.now());
    await el.updateComplete;
    const fold = el.shadowRoot!.querySelector<HTMLDetailsElement>('details.fold')!;
    expect(fold.open).to.equal(false);
    expect(fold.querySelector('summary')!.textContent).to.equal('The whole plan (7 sections)');
    expect(button(el, 'Next section').checkVisibility(), 'Next stays visible').to.equal(true);
    expect(texts(el, '.left')[0]).to.match(/left$/);
    expect(fold.querySelector('ol')!.checkVisibility(), 'the list folded').to.equal(false);
    await expectAccessible(el);
  });
});

describe('<meeting-agenda> pause', () => {
  it('pauses and resumes the whole meeting with one button, holding the time left, with an event', async () => {
    const el = await fixture<MeetingAgendaElement>(html`<meeting-agenda template="regular"></meeting-agenda>`);
    el.agenda = startSection(agendaTemplate('regular', 'en'), 'welcome', Date.now() - 60_000);
    await el.updateComplete;
    const paused = nextEvent(el, 'peer-meeting-pause');
    button(el, 'Pause the meeting').click();
    expect((await paused).detail).to.deep.equal({ paused: true });
    await el.updateComplete;
    expect(texts(el, '.paused')).to.deep.equal(['Paused: a break']);
    const left = texts(el, '.left')[0];
    await new Promise((resolve) => setTimeout(resolve, 1100));
    el.requestUpdate();
    await el.updateComplete;
    expect(texts(el, '.left')[0], 'the clock stands still').to.equal(left);
    await expectAccessible(el);
    const resumed = nextEvent(el, 'peer-meeting-pause');
    button(el, 'Resume the meeting').click();
    expect((await resumed).detail).to.deep.equal({ paused: false });
  });
});

describe('<meeting-agenda> going back', () => {
  it('goes back to a section already done, and the section in progress is done', async () => {
    const el = await fixture<MeetingAgendaElement>(html`<meeting-agenda template="regular"></meeting-agenda>`);
    el.agenda = startSection(agendaTemplate('regular', 'en'), 'checkin', Date.now());
    await el.updateComplete;
    const changed = nextEvent(el, 'peer-section-change');
    button(el, 'Skip: Ground-rules reminder').click();
    await changed;
    await el.updateComplete;
    const back = nextEvent(el, 'peer-section-change');
    button(el, 'Go back to: Ground-rules reminder').click();
    expect((await back).detail.section?.id).to.equal('rules');
    await el.updateComplete;
    expect(el.agenda.sections.find((s) => s.id === 'checkin')?.status).to.equal('done');
    expect(el.agenda.sections.find((s) => s.id === 'sharing')?.status).to.equal('pending');
    await expectAccessible(el);
  });

  it('adds a section straight after the one in progress and moves sections still to come, from the keyboard', async () => {
    const el = await fixture<MeetingAgendaElement>(html`<meeting-agenda template="regular"></meeting-agenda>`);
    el.agenda = startSection(agendaTemplate('regular', 'en'), 'welcome', Date.now());
    await el.updateComplete;
    const root = el.shadowRoot!;
    root.querySelector<HTMLDetailsElement>('details.add')!.open = true;
    root.querySelector<HTMLSelectElement>('select[name="kind"]')!.value = 'resources';
    root.querySelector<HTMLInputElement>('input[name="minutes"]')!.value = '3';
    button(el, 'Add after the one in progress').click();
    await el.updateComplete;
    expect(el.agenda.sections.slice(0, 3).map((s) => `${s.id} ${s.plannedMs / 60_000}`)).to.deep.equal(['welcome 5', 'resources-2 3', 'checkin 15']);
    expect(texts(el, '[role="status"]')[0]).to.equal('Added: Resources');
    button(el, 'Move later: Resources').click();
    await el.updateComplete;
    expect(el.agenda.sections.slice(1, 3).map((s) => s.id)).to.deep.equal(['checkin', 'resources-2']);
    button(el, 'Move earlier: Resources').click();
    await el.updateComplete;
    expect(el.agenda.sections.slice(1, 3).map((s) => s.id)).to.deep.equal(['resources-2', 'checkin']);
    // Nothing is offered that would do nothing: not past the section in progress, not past the end.
    // (Labels are compared, not elements: a failing comparison of elements makes chai walk the whole DOM.)
    const moves = [...root.querySelectorAll('li')].map((li) => [...li.querySelectorAll('button.move')].map((b) => b.getAttribute('aria-label')));
    expect(moves[0]).to.deep.equal([]);
    expect(moves[1]).to.deep.equal(['Move later: Resources']);
    expect(moves.at(-1)).to.deep.equal(['Move earlier: Close']);
    await expectAccessible(el);
  });
});
