/**
 * The group's goals (issue 29): short- and long-term, each with how the group will know.
 * Set on the group page; looked at again, and marked met, when the purpose is on the
 * meeting's plan. Said as saved only once they are.
 */
import { addGoal, emptyGoals, formatDay, GOAL_TERMS, markGoal, randomId, removeGoal, type Goal, type Goals, type GoalTerm } from '@peerkit/core';
import { appLang, appStore, element, errorText, formText } from './shell.js';
import type { AppMessages } from './messages.js';

export interface GoalsPlace {
  groupId: string;
  /** The goals' own words are in the group's language. */
  groupLang: string;
  timeZone: string;
  text: AppMessages;
  /** On the group page a goal can be taken away; in the meeting only marked. */
  removable: boolean;
}

/** Changes the goals in storage, then draws them again and says what was saved (or that it was not). */
async function change(place: GoalsPlace, list: HTMLElement, status: HTMLElement, edit: (goals: Goals, now: number) => Goals, said: string): Promise<boolean> {
  status.textContent = '';
  try {
    const doc = await (await appStore()).update<Goals>('goals', place.groupId, (current) => edit(current ?? emptyGoals(), Date.now()));
    drawGoals(place, list, status, doc.data);
    status.textContent = said;
    return true;
  } catch (error) {
    status.textContent = place.text.notSaved(errorText(error));
    return false;
  }
}

function button(words: string, label: string, act: () => void, quiet = false): HTMLButtonElement {
  const made = document.createElement('button');
  made.type = 'button';
  if (quiet) made.className = 'quiet';
  made.textContent = words;
  made.setAttribute('aria-label', label);
  made.addEventListener('click', act);
  return made;
}

function goalItem(place: GoalsPlace, list: HTMLElement, status: HTMLElement, goal: Goal): HTMLLIElement {
  const { text } = place;
  const item = document.createElement('li');
  item.className = goal.metAt === null ? 'goal' : 'goal met';
  const words = Object.assign(document.createElement('p'), { className: 'goal-text', textContent: goal.text, lang: place.groupLang });
  const state = Object.assign(document.createElement('p'), {
    className: 'goal-state',
    textContent: goal.metAt === null ? text.goalInProgress : text.goalMetOn(formatDay(goal.metAt, appLang(), { timeZone: place.timeZone })),
  });
  item.append(words);
  if (goal.howWeKnow) item.append(Object.assign(document.createElement('p'), { className: 'hint', textContent: text.goalKnow(goal.howWeKnow), lang: place.groupLang }));
  item.append(state);
  const met = goal.metAt === null;
  const actions = document.createElement('p');
  actions.className = 'actions';
  actions.append(
    button(met ? text.goalMetButton : text.goalNotYetButton, met ? text.goalMark(goal.text) : text.goalUnmark(goal.text), () =>
      void change(place, list, status, (goals, now) => markGoal(goals, goal.id, met, now), text.goalSaved(goal.text, met)),
    ),
  );
  if (place.removable) actions.append(button(text.goalRemoveButton, text.goalRemove(goal.text), () => void change(place, list, status, (goals) => removeGoal(goals, goal.id), text.goalRemoved(goal.text)), true));
  item.append(actions);
  return item;
}

/** The goals, short-term first, each with its state and buttons. */
export function drawGoals(place: GoalsPlace, list: HTMLElement, status: HTMLElement, goals: Goals): void {
  const heading: Record<GoalTerm, string> = { short: place.text.goalsShort, long: place.text.goalsLong };
  const parts = GOAL_TERMS.flatMap((term) => {
    const ofTerm = goals.goals.filter((g) => g.term === term);
    if (ofTerm.length === 0) return [];
    const ul = document.createElement('ul');
    ul.className = 'goals';
    ul.append(...ofTerm.map((goal) => goalItem(place, list, status, goal)));
    return [Object.assign(document.createElement('h3'), { textContent: heading[term] }), ul];
  });
  list.replaceChildren(...(parts.length > 0 ? parts : [Object.assign(document.createElement('p'), { textContent: place.text.noGoals })]));
}

/** Reads the group's goals and draws them in `list`. */
export async function showGoals(place: GoalsPlace, list: HTMLElement, status: HTMLElement): Promise<void> {
  const goals = (await (await appStore()).get<Goals>('goals', place.groupId))?.data ?? emptyGoals();
  drawGoals(place, list, status, goals);
}

/** The group page: the goals, and the form that adds one. */
export async function offerGoals(place: GoalsPlace): Promise<void> {
  const list = element('goals-list', HTMLElement);
  const status = element('goals-status', HTMLElement);
  const form = element('goal-new', HTMLFormElement);
  await showGoals(place, list, status);
  form.onsubmit = (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const goal = { term: formText(data, 'term') === 'long' ? ('long' as const) : ('short' as const), text: formText(data, 'text'), howWeKnow: formText(data, 'know') };
    if (goal.text.trim() === '') return;
    void change(place, list, status, (goals, now) => addGoal(goals, randomId('goal'), goal, now), place.text.goalSaved(goal.text.trim(), null)).then((saved) => saved && form.reset());
  };
}
