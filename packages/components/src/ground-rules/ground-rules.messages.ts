import type { ConsentResponse, RuleStatus } from '@peerkit/core';
import { Translations } from '../internal/i18n.js';

export interface RulesMessages {
  title: string;
  version: (n: number, date: string) => string;
  noVersion: string;
  draft: string;
  noRules: string;
  status: Record<RuleStatus, string>;
  moveUp: (rule: string) => string;
  moveDown: (rule: string) => string;
  edit: string;
  /** The Edit button's full name: nine buttons named just “Edit” cannot be told apart by ear. */
  editRule: (position: number, rule: string) => string;
  remove: (rule: string) => string;
  save: string;
  cancel: string;
  ruleText: string;
  explanation: string;
  addRule: string;
  addTemplate: string;
  addSet: string;
  templateSets: Record<'first-meeting' | 'online-group' | 'recovery-group', string>;
  chooseCard: string;
  method: string;
  consent: string;
  fistToFive: string;
  responses: Record<ConsentResponse, string>;
  fist: (n: number) => string;
  noResponse: string;
  responseFor: (member: string, rule: string) => string;
  decide: string;
  tally: (responses: number, blocks: number, standAsides: number) => string;
  adopt: (n: number) => string;
  print: string;
  consentTitle: string;
  consentExplain: string;
  consentNoRules: string;
  consents: (name: string) => string;
  consented: (name: string) => string;
  consentCount: (given: number, members: number) => string;
  quickHint: string;
  everyoneAgrees: (rules: number) => string;
  upToDate: (n: number) => string;
  adopted: (n: number) => string;
  noMembers: string;
  yourName: string;
  accept: string;
  acceptedBy: (count: number) => string;
  thanks: (who: string) => string;
  exportText: string;
  exportMarkdown: string;
  exportJson: string;
  importJson: string;
  imported: string;
  importFailed: (file: string) => string;
  changes: string;
  added: string;
  removedRules: string;
  changed: string;
}

const en: RulesMessages = {
  title: 'Our ground rules',
  version: (n, date) => `Version ${n}, adopted ${date}`,
  noVersion: 'No version has been adopted yet.',
  draft: 'Draft: not agreed yet. Read it together, then agree it.',
  noRules: 'No rules yet. Add one from the templates or write your own.',
  status: { proposed: 'Proposed', agreed: 'Agreed', 'not-agreed': 'Not agreed' },
  moveUp: (rule) => `Move up: ${rule}`,
  moveDown: (rule) => `Move down: ${rule}`,
  edit: 'Edit',
  editRule: (position, rule) => `Edit rule ${position}: ${rule}`,
  remove: (rule) => `Remove: ${rule}`,
  save: 'Save',
  cancel: 'Cancel',
  ruleText: 'Rule',
  explanation: 'What it means (optional)',
  addRule: 'Add rule',
  addTemplate: 'Add card',
  addSet: 'Add set',
  templateSets: { 'first-meeting': 'First meeting', 'online-group': 'Online group', 'recovery-group': 'Recovery group' },
  chooseCard: 'From the starter cards',
  method: 'How we check agreement',
  consent: 'Agree / stand aside / block',
  fistToFive: 'Fist to five (a fist blocks)',
  responses: { agree: 'Agree', 'stand-aside': 'Stand aside', block: 'Block' },
  fist: (n) => (n === 0 ? '0 (fist: block)' : String(n)),
  noResponse: '—',
  responseFor: (member, rule) => `${member} on “${rule}”`,
  decide: 'Record the decision',
  tally: (responses, blocks, standAsides) => `${responses} responses, ${blocks} blocks, ${standAsides} stand asides`,
  adopt: (n) => `Adopt the agreed rules as version ${n}`,
  print: 'Print a handout',
  consentTitle: 'Confidentiality and consent',
  consentExplain:
    'What is said here stays here: we do not repeat what others share, or who was here. Confidentiality has one limit: if someone may be at serious risk of harm, the facilitator may need to get help, and will say so. Each of us says whether we agree; it is noted with the day.',
  consentNoRules: 'The group has no confidentiality rule yet: add one in “Build the rules”.',
  consents: (name) => `${name} agrees`,
  consented: (name) => `${name} has agreed`,
  consentCount: (given, members) => `${given} of ${members} have agreed.`,
  quickHint: 'Note only who does not simply agree (stand aside, block, or fewer fingers); then one step records everyone else as agreeing.',
  everyoneAgrees: (rules) => (rules === 1 ? 'Everyone else agrees: decide the rule' : `Everyone else agrees: decide all ${rules} rules`),
  upToDate: (n) => `Version ${n} holds the agreed rules.`,
  adopted: (n) => `Version ${n} adopted.`,
  noMembers: 'List the members in the members attribute to record their responses.',
  yourName: 'Your name or initials',
  accept: 'I have read and accept these ground rules',
  acceptedBy: (count) => `${count} ${count === 1 ? 'person has' : 'people have'} accepted this version.`,
  thanks: (who) => `Thank you, ${who}. Welcome to the group.`,
  exportText: 'Download as text',
  exportMarkdown: 'Download as Markdown',
  exportJson: 'Download as JSON',
  importJson: 'Import a JSON file',
  imported: 'Imported.',
  importFailed: (file) => `“${file}” was not imported, and nothing changed:`,
  changes: 'Changes since the version before',
  added: 'Added',
  removedRules: 'Removed',
  changed: 'Reworded',
};

export const rulesMessages = new Translations<RulesMessages>(en, {
  es: async () => (await import('./ground-rules.messages.es.js')).es,
});

