/** Ground rules as a handout: plain text and Markdown. JSON is the RuleSet itself. */
import type { RuleVersion } from './rules.js';

export interface ExportLabels {
  title: string;
  version: (number: number, date: string) => string;
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function rulesAsText(version: RuleVersion, labels: ExportLabels): string {
  const lines = [labels.title, labels.version(version.number, day(version.adoptedAt)), ''];
  version.rules.forEach((rule, i) => {
    lines.push(`${i + 1}. ${rule.text}`);
    if (rule.explanation) lines.push(`   ${rule.explanation}`);
  });
  return `${lines.join('\n')}\n`;
}

/** Markdown with the group's words escaped, so a rule can never become a link or a heading. */
export function rulesAsMarkdown(version: RuleVersion, labels: ExportLabels): string {
  const lines = [`# ${escapeMarkdown(labels.title)}`, '', `_${escapeMarkdown(labels.version(version.number, day(version.adoptedAt)))}_`, ''];
  version.rules.forEach((rule, i) => {
    lines.push(`${i + 1}. **${escapeMarkdown(rule.text)}**`);
    if (rule.explanation) lines.push(`   ${escapeMarkdown(rule.explanation)}`);
  });
  return `${lines.join('\n')}\n`;
}

export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, (c) => `\\${c}`);
}
