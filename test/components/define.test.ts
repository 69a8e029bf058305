import { expect } from '@esm-bundle/chai';
import { define, PeerTimer } from '@peerkit/components';
import { captureWarnings } from '../helpers.js';

describe('define()', () => {
  it('leaves a taken name alone and warns once, and the class can be registered under another name', async () => {
    class Impostor extends HTMLElement {}
    customElements.define('peer-taken-name', Impostor);
    const warnings = await captureWarnings(() => {
      define('peer-taken-name', PeerTimer);
      define('peer-taken-name', PeerTimer);
      return Promise.resolve();
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<peer-taken-name> is already defined');
    expect(customElements.get('peer-taken-name')).to.equal(Impostor);

    // A host page with a clash can use its own name for the same element.
    class RenamedTimer extends PeerTimer {}
    define('host-speaking-timer', RenamedTimer);
    const el = new RenamedTimer();
    expect(el.localName).to.equal('host-speaking-timer');
    el.setAttribute('members', 'Ana');
    document.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot?.querySelector('.speaker')?.textContent).to.equal('Ready');
    el.remove();
  });

  it('registers <peer-timer> when the package is imported', () => {
    expect(customElements.get('peer-timer')).to.equal(PeerTimer);
  });
});
