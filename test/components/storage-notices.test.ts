// The storage notices every element draws, in a page where the store's code has not loaded (each
// test file has a page of its own): a storage error is still shown, as an alert; all well, nothing.
import { expect } from '@esm-bundle/chai';
import { nothing, render } from 'lit';
import { storageNotices } from '../../packages/components/src/internal/document-controller.js';

const fine = { notKept: false, error: undefined, conflict: undefined, store: undefined };

describe('storageNotices before the store has loaded', () => {
  it('draws nothing when all is well', () => {
    expect(storageNotices([fine, fine], 'en') === nothing).to.equal(true);
  });

  it('shows why storage could not open (its code did not load, say) as an alert', () => {
    const host = document.createElement('div');
    render(storageNotices([fine, { ...fine, error: 'Could not open storage: Failed to fetch dynamically imported module' }], 'en'), host);
    const alerts = host.querySelectorAll('[role="alert"]');
    expect(alerts.length).to.equal(1);
    expect(alerts[0]?.textContent).to.contain('Could not open storage');
  });
});
