/**
 * What a live room is shown, from the meeting as stored: the same public face as
 * the presenter screen (the section, the timer's speaker and time left, the
 * check-in question and speaker, the rules being read) and, during feedback, the
 * form members answer on their own devices. Nothing private: no talk times,
 * moods, passes or notes.
 */
import {
  formTemplate,
  inProgress,
  isPaused,
  questionText,
  roundView,
  type Agenda,
  type CheckinRound,
  type FeedbackForm,
  type Group,
  type Purpose,
  type Resource,
  type ResourceList,
  type Round,
  type RuleSet,
} from '@peerkit/core';
import type { Stage, StageTimer } from '@peerkit/live';

export interface MeetingNow {
  group: Group;
  agenda: Agenda | undefined;
  round: Round | undefined;
  checkin: CheckinRound | undefined;
  rules: RuleSet | undefined;
  purpose: Purpose | undefined;
  /** Who came to the meeting and has not left: those who may act as members from their own devices. */
  here: { id: string; name: string }[];
  /** The group's own stored form, if it has one; else the built-in end-of-meeting form. */
  form: FeedbackForm | undefined;
  /** The group's resource list: its active crisis lines go to every device. */
  resources: ResourceList | undefined;
  /** How many times the facilitator has shown crisis help on every device. */
  helpPushed: number;
  /** Who holds each member's name in the room (see live-claims). */
  claims: Readonly<Record<string, string>>;
  /** The room's answer-token public key. */
  answerKey: string | null;
  now: number;
}

/** The active crisis lines, as a published list shows them: no facilitator's notes, no fields kept for export. */
function crisisLinesOf(resources: ResourceList | undefined): Resource[] {
  return (resources?.resources ?? [])
    .filter((r) => r.crisis && r.status === 'active')
    .map(({ notes: _notes, hsds: _hsds, ...line }) => ({ ...line, favourite: false }));
}

function timerOf(round: Round | undefined, now: number): StageTimer | null {
  if (!round) return null;
  const view = roundView(round, now);
  return {
    speaker: view.speaker?.name ?? null,
    next: view.next?.name ?? null,
    remainingMs: view.speaker ? Math.round(view.remainingMs) : null,
    running: view.state === 'running',
  };
}

function checkinOf(checkin: CheckinRound, lang: Group['lang'], now: number): Stage['checkin'] {
  const view = roundView(checkin.round, now);
  return {
    question: questionText(checkin.question, lang),
    speaker: view.speaker?.name ?? null,
    // Someone's turn only once the round has started: a pass or "come back to me" before it would do nothing.
    speakerId: view.state === 'running' || view.state === 'paused' ? (view.speaker?.memberId ?? null) : null,
    mood: checkin.mood.enabled,
  };
}

/** Rules proposed and not yet decided, with the group's way of checking; null when there are none. */
function proposalsOf(rules: RuleSet | undefined): Stage['proposals'] {
  const proposed = rules?.rules.filter((r) => r.status === 'proposed') ?? [];
  return proposed.length === 0 ? null : proposed.map((r) => ({ id: r.id, text: r.text, method: r.check?.method ?? 'consent' }));
}

export function stageOf({ group, agenda, round, checkin, rules, purpose, here, form, resources, helpPushed, claims, answerKey, now }: MeetingNow): Stage {
  const section = agenda?.sections.find((s) => s.status === 'current') ?? null;
  const started = agenda?.sections.some((s) => s.startedAt !== null) ?? false;
  const phase: Stage['phase'] = agenda && isPaused(agenda) ? 'break' : section ? 'running' : started && agenda && !inProgress(agenda) ? 'over' : 'soon';
  const tool = phase === 'running' ? (section?.tool ?? null) : null;
  return {
    group: group.name,
    lang: group.lang,
    phase,
    section: section && phase === 'running' ? { title: section.title, tool: section.tool } : null,
    timer: tool === 'peer-timer' ? timerOf(round, now) : null,
    checkin: tool === 'checkin-round' && checkin ? checkinOf(checkin, group.lang, now) : null,
    rules: tool === 'ground-rules' && rules ? rules.rules.filter((r) => r.status === 'agreed').map((r) => r.text) : null,
    roster: tool === 'checkin-round' || tool === 'ground-rules' || tool === 'purpose-statement' ? here : null,
    drafts: tool === 'purpose-statement' && purpose && purpose.drafts.length > 0 ? purpose.drafts.map((d) => ({ id: d.id, text: d.text })) : null,
    proposals: proposalsOf(tool === 'ground-rules' ? rules : undefined),
    feedback: tool === 'feedback-form' ? (form ?? formTemplate('end-of-meeting', group.lang)) : null,
    help: { lines: crisisLinesOf(resources), pushed: helpPushed },
    claims: { ...claims },
    answerKey,
  };
}
