// Every element that keeps a document, against every way storage fails: each
// shows a visible notice saying so (in its own shadow root), and nothing throws.
import { expect } from '@esm-bundle/chai';
import { fixture } from '@open-wc/testing-helpers';
import { html, unsafeStatic } from 'lit/static-html.js';
import '@peerkit/components/peer-timer.js';
import '@peerkit/components/checkin-round.js';
import '@peerkit/components/ground-rules.js';
import '@peerkit/components/purpose-statement.js';
import '@peerkit/components/feedback-form.js';
import '@peerkit/components/resource-list.js';
import '@peerkit/components/meeting-agenda.js';
import { freshKey, until } from '../helpers.js';

const ELEMENTS = ['peer-timer', 'checkin-round', 'ground-rules', 'purpose-statement', 'feedback-form', 'resource-list', 'meeting-agenda'];

/** Each fault is set up before the element opens its store, and undone after. */
const FAULTS: { name: string; words: RegExp; arrange: (storeName: string) => Promise<() => void> }[] = [
  {
    name: 'no IndexedDB at all',
    words: /will be kept when the page closes: this browser offers no IndexedDB/,
    arrange: async () => {
      const descriptor = Object.getOwnPropertyDescriptor(window, 'indexedDB') ?? Object.getOwnPropertyDescriptor(Object.getPrototypeOf(window), 'indexedDB');
      Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
      return () => {
        delete (window as { indexedDB?: unknown }).indexedDB;
        if (!('indexedDB' in window) && descriptor) Object.defineProperty(window, 'indexedDB', descriptor);
      };
    },
  },
  {
    name: 'IndexedDB denied',
    words: /will be kept when the page closes: IndexedDB could not be opened \(SecurityError/,
    arrange: async () => {
      const original = indexedDB.open.bind(indexedDB);
      indexedDB.open = () => {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      };
      return () => (indexedDB.open = original);
    },
  },
  {
    name: 'a database left at a newer version',
    words: /will be kept when the page closes: IndexedDB could not be opened \(VersionError/,
    arrange: async (storeName) => {
      await new Promise<void>((resolve, reject) => {
        const request = indexedDB.open(storeName, 999);
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onerror = () => reject(request.error ?? new Error('open failed'));
      });
      return () => undefined;
    },
  },
  {
    name: 'the disk full (quota)',
    words: /Could not save/,
    arrange: async () => {
      const original = Object.getOwnPropertyDescriptor(IDBObjectStore.prototype, 'put')!;
      Object.defineProperty(IDBObjectStore.prototype, 'put', {
        ...original,
        value: () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        },
      });
      return () => Object.defineProperty(IDBObjectStore.prototype, 'put', original);
    },
  },
];

/** For elements that write nothing until someone acts: the act that writes. */
const WRITES: Record<string, (el: HTMLElement) => Promise<unknown>> = {
  'feedback-form': async (el) => {
    el.shadowRoot!.querySelector<HTMLInputElement>('[data-question="safe"] input[value="4"]')!.click();
    return (el as HTMLElement & { submit(): Promise<boolean> }).submit();
  },
  'ground-rules': async (el) => {
    const form = el.shadowRoot!.querySelector<HTMLFormElement>('.add .rule-form')!;
    form.querySelector<HTMLTextAreaElement>('textarea[name="text"]')!.value = 'Listen.';
    form.requestSubmit();
  },
  'resource-list': async (el) => {
    const form = el.shadowRoot!.querySelector<HTMLFormElement>('form.edit')!;
    form.querySelector<HTMLInputElement>('input[name="name"]')!.value = 'Crisis line';
    form.requestSubmit();
  },
};

function visibleNotices(el: Element): string[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('.notice')]
    .filter((notice) => {
      const box = notice.getBoundingClientRect();
      return box.width > 20 && box.height > 10;
    })
    .map((notice) => notice.textContent.replace(/\s+/g, ' ').trim());
}

describe('storage faults: a visible notice in every element, nothing thrown', () => {
  for (const fault of FAULTS) {
    for (const tag of ELEMENTS) {
      it(`<${tag}> with ${fault.name}`, async () => {
        const storeName = freshKey('faulty');
        const undo = await fault.arrange(storeName);
        const thrown: unknown[] = [];
        const onError = (event: ErrorEvent | PromiseRejectionEvent) => thrown.push('reason' in event ? event.reason : event.error);
        window.addEventListener('error', onError);
        window.addEventListener('unhandledrejection', onError);
        try {
          const name = unsafeStatic(tag);
          const el = await fixture<HTMLElement & { ready: Promise<void> }>(
            html`<${name} store-name=${storeName} storage-key="g" members="Ana, Ben" mode="edit" template="regular"></${name}>`,
          );
          await el.ready;
          if (fault.name.includes('quota')) await WRITES[tag]?.(el);
          await until(() => visibleNotices(el).some((text) => fault.words.test(text)), `a notice matching ${String(fault.words)}; saw ${JSON.stringify(visibleNotices(el))}`, 4000);
          // A change that was not saved is not shown as if it were.
          if (fault.name.includes('quota') && tag === 'feedback-form') await until(() => (el as unknown as { responses: unknown[] }).responses.length === 0, 'the unsaved response taken back');
          if (fault.name.includes('quota') && tag === 'resource-list') await until(() => (el as unknown as { list: { resources: unknown[] } }).list.resources.length === 0, 'the unsaved resource taken back');
        } finally {
          undo();
          window.removeEventListener('error', onError);
          window.removeEventListener('unhandledrejection', onError);
        }
        expect(thrown).to.deep.equal([]);
      });
    }
  }
});
