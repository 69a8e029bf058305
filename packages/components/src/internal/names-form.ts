/**
 * Asking for the names on the page, for an element given no `members`: a
 * public page then never carries members' names in its source. What is typed
 * stays on this device (in the round kept under the storage key, or in memory).
 */
import { css, html } from 'lit';
import { resolveLang, spokenBy, type Lang } from './i18n.js';

const TEXT: Record<Lang, { prompt: string; label: string; privacy: string; start: string }> = {
  en: {
    prompt: 'Who is in this round?',
    label: 'Names or initials, separated by commas',
    privacy: 'Typed here, the names stay on this device: they are not in the page for others to see.',
    start: 'Use these names',
  },
  es: {
    prompt: '¿Quién participa en esta ronda?',
    label: 'Nombres o iniciales, separados por comas',
    privacy: 'Escritos aquí, los nombres se quedan en este dispositivo: no están en la página a la vista de otros.',
    start: 'Usar estos nombres',
  },
};

/** The form; `use` gets what was typed once it holds at least one name. */
export function namesForm(host: Element, use: (names: string) => void) {
  const text = spokenBy(host, TEXT[resolveLang(host)]);
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const names = new FormData(event.target as HTMLFormElement).get('names');
    if (typeof names === 'string' && names.split(/[,\n]/).some((name) => name.trim() !== '')) use(names.replace(/\n/g, ','));
  };
  return html`<form class="names-form" @submit=${submit}>
    <p class="names-prompt">${text.prompt}</p>
    <label>${text.label}<textarea name="names" rows="3" required autocomplete="off" spellcheck="false"></textarea></label>
    <p class="names-privacy">${text.privacy}</p>
    <button type="submit" class="primary">${text.start}</button>
  </form>`;
}

export const namesFormStyles = css`
  .names-form {
    display: grid;
    gap: 0.5rem;
    max-width: 32rem;
  }
  .names-prompt {
    font-weight: 700;
    margin: 0;
  }
  .names-privacy {
    color: var(--_muted);
    margin: 0;
  }
  .names-form label {
    display: grid;
    gap: 0.25rem;
  }
`;
