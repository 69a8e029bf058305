/** What became of a file someone chose, shown beside the control that read it. */
import { html, nothing, type TemplateResult } from 'lit';
import { errorMessage } from './error-message.js';

export interface FileNote {
  text: string;
  /** Each problem found, with where it is (record and field). */
  problems?: readonly string[];
  error: boolean;
}

/** The note for a file control; errors are alerts, a success a status. */
export function fileNote(note: FileNote | undefined): TemplateResult | typeof nothing {
  if (!note) return nothing;
  return html`<div class="notice ${note.error ? 'error' : ''}" role=${note.error ? 'alert' : 'status'} part="notice">
    <p>${note.text}</p>
    ${note.problems?.length ? html`<ul>${note.problems.slice(0, 10).map((p) => html`<li>${p}</li>`)}</ul>` : nothing}
    ${(note.problems?.length ?? 0) > 10 ? html`<p>… ${(note.problems?.length ?? 0) - 10}</p>` : nothing}
  </div>`;
}

/** The problems carried by an error (a ValidationError's list), else its message. */
export function problemsOf(error: unknown): string[] {
  if (error && typeof error === 'object' && 'problems' in error && Array.isArray(error.problems)) return error.problems.map(String);
  return [errorMessage(error)];
}
