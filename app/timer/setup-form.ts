/** Reads and checks the set-up form; every problem is named for the facilitator. */
import { formText } from '../shell.js';
import type { AppMessages } from '../messages.js';
import { ORDER_MODES, OVERTIME_POLICIES, splitNames, type OrderMode, type OvertimePolicy, type ParseResult } from '@peerkit/core';

export interface SetupFormValues {
  members: string[];
  timing: 'shared' | 'each';
  minutes: number;
  overtime: OvertimePolicy;
  order: OrderMode;
  warnAtSeconds: number[];
  changeoverSeconds: number;
  passersReturn: boolean;
}

export function parseSetupForm(data: FormData, problems: AppMessages['setupProblems']): ParseResult<SetupFormValues> {
  const errors: string[] = [];
  const text = (name: string) => formText(data, name);
  const members = splitNames(text('members'));
  if (members.length === 0) errors.push(problems.noNames);
  const minutes = Number(text('minutes'));
  if (!Number.isFinite(minutes) || minutes <= 0 || minutes > 1440) errors.push(problems.minutes);
  const timing = text('timing') === 'each' ? 'each' : 'shared';
  const overtime = (OVERTIME_POLICIES as readonly string[]).includes(text('overtime')) ? (text('overtime') as OvertimePolicy) : 'soft';
  const order = (ORDER_MODES as readonly string[]).includes(text('order')) ? (text('order') as OrderMode) : 'given';
  const warnText = text('warnAt').trim();
  const warnAtSeconds = warnText === '' ? [] : warnText.split(/[\s,]+/).map(Number);
  if (warnAtSeconds.some((s) => !Number.isInteger(s) || s <= 0)) errors.push(problems.warnAt);
  const changeoverSeconds = Number(text('changeover') || '0');
  if (!Number.isFinite(changeoverSeconds) || changeoverSeconds < 0 || changeoverSeconds > 600) {
    errors.push(problems.changeover);
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: { members, timing, minutes, overtime, order, warnAtSeconds, changeoverSeconds, passersReturn: data.get('passersReturn') !== null },
  };
}
