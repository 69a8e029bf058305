/**
 * Feedback forms as data: questions of a few kinds, each required or not,
 * with help text and simple show-if conditions; responses checked against
 * the form question by question.
 */
export const FORM_SCHEMA_VERSION = 1;

export type QuestionType = 'scale' | 'single' | 'multiple' | 'yes-no' | 'short-text' | 'long-text';
export const QUESTION_TYPES: readonly QuestionType[] = ['scale', 'single', 'multiple', 'yes-no', 'short-text', 'long-text'];

export interface ShowIf {
  /** An earlier question. */
  questionId: string;
  /** Shown when that answer is (or, for multiple choice, includes) one of these. */
  equals: string[];
}

interface BaseQuestion {
  id: string;
  label: string;
  help?: string;
  required: boolean;
  showIf?: ShowIf;
}

export interface ScaleQuestion extends BaseQuestion {
  type: 'scale';
  /** 3 to 10 points, numbered from 1. */
  points: number;
  lowLabel: string;
  highLabel: string;
}
export interface ChoiceQuestion extends BaseQuestion {
  type: 'single' | 'multiple';
  options: string[];
}
export interface SimpleQuestion extends BaseQuestion {
  type: 'yes-no' | 'short-text' | 'long-text';
}
export type FormQuestion = ScaleQuestion | ChoiceQuestion | SimpleQuestion;

export interface FeedbackForm {
  schemaVersion: typeof FORM_SCHEMA_VERSION;
  id: string;
  title: string;
  /** The template it came from, so results can be compared across meetings. */
  templateId: string | null;
  questions: FormQuestion[];
}

/** An answer: a scale point, one option, several options, yes/no, or text. */
export type Answer = number | string | string[] | boolean;
export type Answers = Record<string, Answer>;

export const SHORT_TEXT_MAX = 200;
export const LONG_TEXT_MAX = 4000;

/** Whether a question shows, given the answers so far. */
export function isShown(form: FeedbackForm, question: FormQuestion, answers: Answers): boolean {
  if (!question.showIf) return true;
  const { questionId, equals } = question.showIf;
  const condition = form.questions.find((q) => q.id === questionId);
  if (!condition || !isShown(form, condition, answers)) return false;
  const answer = answers[questionId];
  if (Array.isArray(answer)) return answer.some((a) => equals.includes(a));
  if (answer === undefined) return false;
  return equals.includes(typeof answer === 'boolean' ? (answer ? 'yes' : 'no') : String(answer));
}

export function isEmpty(answer: Answer | undefined): boolean {
  return answer === undefined || answer === '' || (Array.isArray(answer) && answer.length === 0);
}

/** What is wrong with one answer, in words for the person filling the form; undefined when fine. */
export function answerProblem(question: FormQuestion, answer: Answer | undefined): string | undefined {
  if (isEmpty(answer)) return question.required ? 'required' : undefined;
  switch (question.type) {
    case 'scale':
      return typeof answer === 'number' && Number.isInteger(answer) && answer >= 1 && answer <= question.points ? undefined : `choose 1 to ${question.points}`;
    case 'single':
      return typeof answer === 'string' && question.options.includes(answer) ? undefined : 'choose one of the options';
    case 'multiple':
      return Array.isArray(answer) && answer.every((a) => question.options.includes(a)) && new Set(answer).size === answer.length
        ? undefined
        : 'choose from the options';
    case 'yes-no':
      return typeof answer === 'boolean' ? undefined : 'answer yes or no';
    case 'short-text':
    case 'long-text': {
      const max = question.type === 'short-text' ? SHORT_TEXT_MAX : LONG_TEXT_MAX;
      if (typeof answer !== 'string') return 'write an answer';
      return answer.length > max ? `at most ${max} characters` : undefined;
    }
  }
}

export type ValidationProblems = Record<string, string>;

/**
 * Checks answers against the form: every shown question, each problem by
 * question id. Answers to hidden or unknown questions are problems too, so
 * nothing unexpected is stored.
 */
export function validateAnswers(form: FeedbackForm, answers: Answers): ValidationProblems {
  const problems: ValidationProblems = {};
  for (const question of form.questions) {
    const shown = isShown(form, question, answers);
    const answer = answers[question.id];
    if (!shown) {
      if (!isEmpty(answer)) problems[question.id] = 'answered but not shown';
      continue;
    }
    const problem = answerProblem(question, answer);
    if (problem) problems[question.id] = problem;
  }
  for (const id of Object.keys(answers)) {
    if (!form.questions.some((q) => q.id === id)) problems[id] = 'not a question on this form';
  }
  return problems;
}

/** Only the answers to shown questions, with empty ones left out. */
export function cleanAnswers(form: FeedbackForm, answers: Answers): Answers {
  const clean: Answers = {};
  for (const question of form.questions) {
    const answer = answers[question.id];
    if (isShown(form, question, answers) && !isEmpty(answer) && answer !== undefined) {
      clean[question.id] = typeof answer === 'string' ? answer.trim() : answer;
    }
  }
  return clean;
}
