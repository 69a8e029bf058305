/** Responses as CSV: one row per response, a column per question, safe to open in a spreadsheet. */
import type { FeedbackForm } from './form.js';
import type { FeedbackResponse } from './responses.js';
import { csvRow } from '../internal/csv.js';

export { csvCell } from '../internal/csv.js';

export function responsesToCsv(form: FeedbackForm, responses: readonly FeedbackResponse[]): string {
  const header = ['day', ...form.questions.map((q) => q.label)];
  const rows = responses.map((r) => [
    r.day,
    ...form.questions.map((q) => {
      const answer = r.answers[q.id];
      if (answer === undefined) return '';
      if (Array.isArray(answer)) return answer.join('; ');
      if (typeof answer === 'boolean') return answer ? 'yes' : 'no';
      return String(answer);
    }),
  ]);
  return `${[header, ...rows].map(csvRow).join('\r\n')}\r\n`;
}
