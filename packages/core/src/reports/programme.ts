/**
 * A programme of groups for a funder: totals across the groups' figures, and
 * each outcome question across groups. People cannot be told apart across
 * groups from anonymised reports, so "came at least once" is summed per group,
 * never de-duplicated, and says so where it is shown.
 */
import type { FormQuestion } from '../feedback/form.js';
import { builtInQuestion } from '../feedback/templates.js';
import type { GroupFigures } from './figures.js';
import type { ReportChoice, ReportQuestion } from './shared.js';

export interface ProgrammeOutcome {
  /** The question's id: built-in questions share it across languages. */
  questionId: string;
  /** Its label in the reader's language for a built-in question, else as the groups asked it. */
  label: string;
  /** Other labels it was asked with (another language, or the group's own wording). */
  alsoAsked: string[];
  points: number;
  /** Groups and meetings whose mean is shown (enough answered), and the answers behind them. */
  groups: number;
  meetings: number;
  answers: number;
  /** Weighted by answers; null when fewer than the minimum answered in all. */
  mean: number | null;
}

/** A one-choice question across groups: each option's count, from meetings where enough answered it. */
export interface ProgrammeChoice {
  questionId: string;
  label: string;
  alsoAsked: string[];
  /** In the reader's language for a built-in question ("yes" and "no" for a yes-or-no one). */
  options: string[];
  counts: number[];
  groups: number;
  meetings: number;
  answers: number;
}

export interface ProgrammeTotals {
  groups: number;
  meetingsHeld: number;
  meetingsStopped: number;
  attendances: number;
  members: number;
  /** Summed group by group: one person in two groups counts twice. */
  cameAtLeastOnce: number;
  /** Of members who joined a group before the range, how many came at least once in it; null without a start to the range. */
  returning: { eligible: number; came: number } | null;
  /** Groups with at least one flag. */
  flagged: number;
  outcomes: ProgrammeOutcome[];
  choices: ProgrammeChoice[];
}

export interface ProgrammeGroup {
  figures: GroupFigures;
  questions: readonly ReportQuestion[];
  choices: readonly ReportChoice[];
  minResponses: number;
}

/** Totals and outcomes across groups; `lang` names built-in questions in the reader's language. */
export function programmeTotals(groups: readonly ProgrammeGroup[], lang: 'en' | 'es' = 'en'): ProgrammeTotals {
  const sum = (pick: (f: GroupFigures) => number) => groups.reduce((total, g) => total + pick(g.figures), 0);
  const withStart = groups.filter((g) => g.figures.returning !== null);
  return {
    groups: groups.length,
    meetingsHeld: sum((f) => f.meetingsHeld),
    meetingsStopped: sum((f) => f.meetingsAbandoned),
    attendances: sum((f) => f.attendances),
    members: sum((f) => f.membersInRange),
    cameAtLeastOnce: sum((f) => f.cameAtLeastOnce),
    returning:
      withStart.length === 0
        ? null
        : { eligible: withStart.reduce((t, g) => t + (g.figures.returning?.eligible ?? 0), 0), came: withStart.reduce((t, g) => t + (g.figures.returning?.came ?? 0), 0) },
    flagged: groups.filter((g) => g.figures.flags.length > 0).length,
    outcomes: outcomes(groups, lang),
    choices: choiceOutcomes(groups, lang),
  };
}

function outcomes(groups: readonly ProgrammeGroup[], lang: 'en' | 'es'): ProgrammeOutcome[] {
  const byKey = new Map<string, ProgrammeOutcome & { weighted: number; min: number }>();
  for (const { figures, questions, minResponses } of groups) {
    for (const question of questions) {
      const builtIn = builtInQuestion(question.id);
      // A group's own question that happens to share a built-in id is its own question.
      const isBuiltIn = builtIn !== undefined && (question.label === builtIn.en.label || question.label === builtIn.es.label);
      const key = isBuiltIn ? `built-in:${question.id}:${question.points}` : `own:${question.id}:${question.label}:${question.points}`;
      const label = isBuiltIn ? builtIn[lang].label : question.label;
      const entry = byKey.get(key) ?? { questionId: question.id, label, alsoAsked: [], points: question.points, groups: 0, meetings: 0, answers: 0, mean: null, weighted: 0, min: minResponses };
      if (question.label !== label && !entry.alsoAsked.includes(question.label)) entry.alsoAsked.push(question.label);
      entry.min = Math.max(entry.min, minResponses);
      let counted = false;
      for (const meeting of figures.meetings) {
        const mean = meeting.means[question.id];
        const answered = meeting.answered[question.id] ?? 0;
        if (typeof mean !== 'number' || answered === 0) continue;
        entry.meetings += 1;
        entry.answers += answered;
        entry.weighted += mean * answered;
        counted = true;
      }
      if (counted) entry.groups += 1;
      byKey.set(key, entry);
    }
  }
  return [...byKey.values()].map(({ weighted, min, ...outcome }) => ({
    ...outcome,
    mean: outcome.answers >= min && outcome.answers > 0 ? Math.round((weighted / outcome.answers) * 100) / 100 : null,
  }));
}

function choiceOutcomes(groups: readonly ProgrammeGroup[], lang: 'en' | 'es'): ProgrammeChoice[] {
  const byKey = new Map<string, ProgrammeChoice>();
  for (const { figures, choices } of groups) {
    for (const choice of choices) {
      const builtIn = builtInQuestion(choice.id);
      const builtInOptions = (q: FormQuestion) => (q.type === 'single' ? q.options : q.type === 'yes-no' ? ['yes', 'no'] : []);
      // The same built-in question, in either language: the options line up by their order.
      const isBuiltIn =
        builtIn !== undefined &&
        ((choice.label === builtIn.en.label && builtInOptions(builtIn.en).join('|') === choice.options.join('|')) ||
          (choice.label === builtIn.es.label && builtInOptions(builtIn.es).join('|') === choice.options.join('|')));
      const key = isBuiltIn ? `built-in:${choice.id}` : `own:${choice.id}:${choice.label}:${choice.options.join('|')}`;
      const label = isBuiltIn ? builtIn[lang].label : choice.label;
      const entry = byKey.get(key) ?? {
        questionId: choice.id,
        label,
        alsoAsked: [],
        options: isBuiltIn ? [...builtInOptions(builtIn[lang])] : [...choice.options],
        counts: choice.options.map(() => 0),
        groups: 0,
        meetings: 0,
        answers: 0,
      };
      if (choice.label !== label && !entry.alsoAsked.includes(choice.label)) entry.alsoAsked.push(choice.label);
      let counted = false;
      for (const meeting of figures.meetings) {
        const tally = meeting.tallies[choice.id];
        if (!tally) continue;
        tally.forEach((n, i) => (entry.counts[i] = (entry.counts[i] ?? 0) + n));
        entry.meetings += 1;
        entry.answers += tally.reduce((a, b) => a + b, 0);
        counted = true;
      }
      if (counted) entry.groups += 1;
      byKey.set(key, entry);
    }
  }
  return [...byKey.values()];
}
