/** Validates stored or imported goals, naming each problem. */
import { Checker, type ParseResult } from '../internal/validate.js';
import { GOAL_TERMS, GOALS_SCHEMA_VERSION, MAX_GOAL_TEXT, MAX_GOALS, type Goals } from './goals.js';

export function parseGoals(input: unknown): ParseResult<Goals> {
  const check = new Checker();
  const goals = check.object(input, 'goals');
  if (!goals) return check.result(() => input as Goals);
  if (goals.schemaVersion !== GOALS_SCHEMA_VERSION) check.fail('goals.schemaVersion', `expected ${GOALS_SCHEMA_VERSION}, got ${String(goals.schemaVersion)}`);
  const ids = new Set<string>();
  (check.array(goals.goals, 'goals.goals', { max: MAX_GOALS }) ?? []).forEach((value, i) => {
    const path = `goals.goals[${i}]`;
    const goal = check.object(value, path);
    if (!goal) return;
    const id = check.string(goal.id, `${path}.id`, { nonEmpty: true });
    if (id !== undefined && ids.has(id)) check.fail(`${path}.id`, `goal "${id}" appears twice`);
    if (id !== undefined) ids.add(id);
    check.oneOf(goal.term, `${path}.term`, GOAL_TERMS);
    check.string(goal.text, `${path}.text`, { nonEmpty: true, max: MAX_GOAL_TEXT });
    check.string(goal.howWeKnow, `${path}.howWeKnow`, { max: MAX_GOAL_TEXT });
    check.number(goal.setAt, `${path}.setAt`, { min: 0 });
    check.nullable(goal.metAt, (v) => check.number(v, `${path}.metAt`, { min: 0 }));
  });
  return check.result(() => goals as unknown as Goals);
}
