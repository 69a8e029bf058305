// Modules loaded on demand: nothing fetched until needed, an update held until the module is
// here, and a module that cannot load is said and the update goes on without it.
import { expect } from '@esm-bundle/chai';
import { OnDemand } from '../../packages/components/src/internal/on-demand.js';
import { captureWarnings } from '../helpers.js';

interface Module {
  name: string;
}

describe('OnDemand', () => {
  it('runs an update that does not need the module at once, loading nothing', () => {
    let loads = 0;
    const part = new OnDemand<Module>('the part', () => (loads++, Promise.resolve({ name: 'part' })));
    expect(part.before(false, () => 'drawn')).to.equal('drawn');
    expect(loads).to.equal(0);
    expect(part.value).to.equal(undefined);
  });

  it('holds an update that needs the module until it is here, fetching it once', async () => {
    let loads = 0;
    let arrive: (module: Module) => void = () => undefined;
    const part = new OnDemand<Module>('the part', () => (loads++, new Promise<Module>((resolve) => (arrive = resolve))));
    const seen: (string | undefined)[] = [];
    const first = part.before(true, () => seen.push(part.value?.name));
    const second = part.before(true, () => seen.push(part.value?.name));
    expect(seen, 'nothing drawn while it loads').to.deep.equal([]);
    arrive({ name: 'part' });
    await Promise.all([first, second]);
    expect(seen).to.deep.equal(['part', 'part']);
    expect(loads).to.equal(1);
    expect(part.before(true, () => 'at once'), 'at once once it is here').to.equal('at once');
  });

  it('says when the module cannot load, goes on without it, and tries again next time', async () => {
    let loads = 0;
    const part = new OnDemand<Module>('the part', () => (++loads === 1 ? Promise.reject(new Error('offline')) : Promise.resolve({ name: 'part' })));
    const seen: (string | undefined)[] = [];
    const warnings = await captureWarnings(async () => {
      await part.before(true, () => seen.push(part.value?.name));
    });
    expect(seen).to.deep.equal([undefined]);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('the part').and.to.contain('offline');
    expect((await part.load()).name).to.equal('part');
    expect(loads).to.equal(2);
  });
});
