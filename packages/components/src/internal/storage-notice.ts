/**
 * One notice for every element that keeps a document (loaded with the store; elements call
 * `storageNotices` in document-controller.ts): storage that will not
 * outlive the page (with the reason), a save that failed, and a change that met
 * another one (both versions, and the choice). Visible, and announced.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { DocumentConflict } from './document-controller.js';
import type { Lang } from './i18n.js';

interface NoticeMessages {
  notKept: (reason: string) => string;
  conflict: (what: string) => string;
  theirs: string;
  mine: string;
  keepTheirs: string;
  useMine: string;
}

export const noticeMessages: Record<Lang, NoticeMessages> = {
  en: {
    notKept: (reason) => `Nothing here will be kept when the page closes: ${reason}.`,
    conflict: (what) => `${what} was changed in another window while you were editing it. Choose which to keep.`,
    theirs: 'Now saved',
    mine: 'Yours',
    keepTheirs: 'Keep the saved one',
    useMine: 'Use yours',
  },
  es: {
    notKept: (reason) => `Nada de esto se guardará al cerrar la página: ${reason}.`,
    conflict: (what) => `${what} cambió en otra ventana mientras lo editabas. Elige cuál conservar.`,
    theirs: 'Guardado ahora',
    mine: 'La suya',
    keepTheirs: 'Conservar la guardada',
    useMine: 'Usar la suya',
  },
};

// The store gives its reason in English for developers; people get it in their language.
const REASONS: Record<Lang, Record<string, string>> = {
  en: {},
  es: {
    'this browser offers no IndexedDB': 'este navegador no ofrece almacenamiento (IndexedDB)',
    'in-memory storage was requested': 'se pidió no guardar nada',
  },
};

function reasonIn(lang: Lang, reason: string | undefined): string {
  if (!reason) return lang === 'es' ? 'el almacenamiento no está disponible' : 'storage is not available';
  if (reason.startsWith('IndexedDB could not be opened') && lang === 'es') return `no se pudo abrir el almacenamiento (${reason.replace(/^IndexedDB could not be opened \((.*)\)$/, '$1')})`;
  return REASONS[lang][reason] ?? reason;
}

/** What the notices read of a DocumentController. */
export interface NoticeSource {
  readonly notKept: boolean;
  readonly error: string | undefined;
  readonly conflict: DocumentConflict | undefined;
  readonly store: { readonly fallbackReason: string | undefined } | undefined;
}

/** The notices for an element's documents; nothing when all is well. */
export function drawNotices(docs: readonly NoticeSource[], lang: Lang): TemplateResult | typeof nothing {
  const text = noticeMessages[lang];
  const notKept = docs.find((doc) => doc.notKept);
  const errors = [...new Set(docs.map((doc) => doc.error).filter((error): error is string => !!error))];
  const conflicts = docs.map((doc) => doc.conflict).filter((c) => c !== undefined);
  if (!notKept && errors.length === 0 && conflicts.length === 0) return nothing;
  return html`
    ${notKept ? html`<p class="notice" role="status" part="notice">${text.notKept(reasonIn(lang, notKept.store?.fallbackReason))}</p>` : nothing}
    ${errors.map((error) => html`<p class="notice error" role="alert" part="notice">${error}</p>`)}
    ${conflicts.map(
      (conflict) => html`
        <div class="notice conflict" role="alert" part="notice">
          <p>${text.conflict(conflict.what)}</p>
          <dl>
            <dt>${text.theirs}</dt>
            <dd>${conflict.theirs}</dd>
            <dt>${text.mine}</dt>
            <dd>${conflict.mine}</dd>
          </dl>
          <div class="choices">
            <button type="button" @click=${() => conflict.keepTheirs()}>${text.keepTheirs}</button>
            <button type="button" @click=${() => conflict.useMine()}>${text.useMine}</button>
          </div>
        </div>
      `,
    )}
  `;
}
