/**
 * Member ids made from names (before ids were random) replaced by random ones,
 * in every place a kind keeps a member id: field by field, never as a search
 * and replace over the text, where a member called "Ok" would also rename a
 * mood or a question that happens to be spelt "ok".
 */
import type { CheckinRound } from '../checkin/checkin.js';
import type { ResponseLog } from '../feedback/responses.js';
import type { RuleSet } from '../ground-rules/rules.js';
import type { Purpose } from '../purpose/purpose.js';
import type { Round } from '../rounds/round.js';
import type { Group } from './group.js';

/** Old id to new id; an id not in it stays as it is (a visitor named only in a round, a member already random). */
export type MemberRename = ReadonlyMap<string, string>;

/** The document's data with each member id renamed, for the kinds that keep member ids; any other kind unchanged. */
export function renameMemberIds(kind: string, data: unknown, rename: MemberRename): unknown {
  const id = (old: string) => rename.get(old) ?? old;
  const keys = <T>(record: Record<string, T>) => Object.fromEntries(Object.entries(record).map(([key, value]) => [id(key), value]));
  switch (kind) {
    case 'group': {
      const group = data as Group;
      return {
        ...group,
        members: group.members.map((m) => ({ ...m, id: id(m.id) })),
        meetings: group.meetings.map((m) => ({
          ...m,
          facilitatorId: m.facilitatorId === null ? null : id(m.facilitatorId),
          attendance: m.attendance.map((a) => ({ ...a, memberId: id(a.memberId) })),
        })),
      } satisfies Group;
    }
    case 'round':
      return renameInRound(data as Round, id);
    case 'checkin': {
      const checkin = data as CheckinRound;
      return {
        ...checkin,
        round: renameInRound(checkin.round, id),
        mood: { ...checkin.mood, givenBy: checkin.mood.givenBy.map(id), byMember: keys(checkin.mood.byMember) },
      } satisfies CheckinRound;
    }
    case 'ground-rules': {
      const set = data as RuleSet;
      return { ...set, rules: set.rules.map((r) => (r.check ? { ...r, check: { ...r.check, responses: keys(r.check.responses) } } : r)) } satisfies RuleSet;
    }
    case 'purpose': {
      const purpose = data as Purpose;
      return {
        ...purpose,
        contributions: purpose.contributions.map((c) => ({ ...c, memberId: c.memberId === null ? null : id(c.memberId) })),
        drafts: purpose.drafts.map((d) => ({ ...d, fit: keys(d.fit) })),
      } satisfies Purpose;
    }
    case 'feedback-responses': {
      const log = data as ResponseLog;
      return { ...log, responses: log.responses.map((r) => (r.memberId === undefined ? r : { ...r, memberId: id(r.memberId) })) } satisfies ResponseLog;
    }
    default:
      return data;
  }
}

function renameInRound(round: Round, id: (old: string) => string): Round {
  return {
    ...round,
    speakers: round.speakers.map((s) => ({ ...s, memberId: id(s.memberId) })),
    firstSpeakerId: round.firstSpeakerId === null ? null : id(round.firstSpeakerId),
  };
}
