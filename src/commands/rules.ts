// `delegation rules`: every rule with its default and effective severity, and the thresholds in force,
// as a table that fits 80 columns or as JSON.
import type { RuleSetting } from '../engine/check.js';
import { effectiveOptions, OPTION_SPECS } from '../engine/config.js';
import { UNUSED_SUPPRESSION } from '../engine/suppressions.js';
import { shippedRuleDocsUrl } from '../io/docs.js';
import { RULES, type RuleOptions } from '../rules/index.js';
import { configLookup, type ConfigChoice } from './config.js';
import { displayPath } from './display-path.js';

export interface RulesOptions {
  config?: ConfigChoice;
  cwd: string;
  json: boolean;
  /** Columns available; the table wraps descriptions to fit. */
  width?: number;
}

export interface RuleRow {
  id: string;
  defaultSeverity: 'error' | 'warning';
  /** What the configuration makes of it; the default when no config applies. */
  severity: RuleSetting;
  description: string;
  docs: string;
}

export interface RulesListing {
  /** The config file that applies, as shown to the user; null when none does. */
  config: string | null;
  rules: RuleRow[];
  options: Record<string, number>;
}

export function rulesListing(options: Pick<RulesOptions, 'config' | 'cwd'>): RulesListing {
  const applied = configLookup(options.config, options.cwd)(options.cwd, true);
  // The page shipped with the package, as a file: URL; the path inside the package when it is missing.
  const folder = shippedRuleDocsUrl();
  const root = folder === undefined ? undefined : new URL('../../', folder);
  const rules = [...RULES, UNUSED_SUPPRESSION].map((rule) => ({
    id: rule.id,
    defaultSeverity: rule.defaultSeverity,
    severity: applied.config?.rules[rule.id] ?? rule.defaultSeverity,
    description: rule.description,
    docs: root === undefined ? rule.meta.docs.url : new URL(rule.meta.docs.url, root).href,
  }));
  return {
    config: applied.file ? displayPath(applied.file, options.cwd) : null,
    rules,
    options: effectiveOptions(applied.config),
  };
}

export function listRules(options: RulesOptions): string {
  const listing = rulesListing(options);
  if (options.json) return JSON.stringify(listing, null, 2) + '\n';
  return rulesTable(listing, options.width ?? 80);
}

export function rulesTable(listing: RulesListing, width: number): string {
  const withConfig = listing.config !== null;
  const headers = withConfig ? ['RULE', 'DEFAULT', 'IN EFFECT', 'DESCRIPTION'] : ['RULE', 'DEFAULT', 'DESCRIPTION'];
  const rows = listing.rules.map((r) => (withConfig ? [r.id, r.defaultSeverity, r.severity, r.description] : [r.id, r.defaultSeverity, r.description]));
  const fixed = headers.slice(0, -1).map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const indent = fixed.reduce((sum, w) => sum + w + 2, 0);
  const descriptionWidth = Math.max(20, width - indent);
  const lines: string[] = [];
  lines.push(withConfig ? `Configuration: ${listing.config}` : 'Configuration: none (defaults); see docs/configuration.md');
  lines.push('');
  for (const row of [headers, ...rows]) {
    const lead = fixed.map((w, i) => row[i]!.padEnd(w)).join('  ') + '  ';
    const wrapped = wrap(row[row.length - 1]!, descriptionWidth);
    lines.push((lead + (wrapped[0] ?? '')).trimEnd());
    for (const more of wrapped.slice(1)) lines.push(' '.repeat(indent) + more);
  }
  lines.push('');
  lines.push('Thresholds (options: in delegation.config.yaml):');
  const nameWidth = Math.max(...Object.keys(listing.options).map((n) => n.length));
  for (const key of Object.keys(OPTION_SPECS) as (keyof RuleOptions)[]) {
    const { name } = OPTION_SPECS[key];
    const value = listing.options[name]!;
    const changed = value !== OPTION_SPECS[key].default ? `  (default ${OPTION_SPECS[key].default})` : '';
    lines.push(`  ${name.padEnd(nameWidth)}  ${value}${changed}`);
  }
  return lines.join('\n') + '\n';
}

/** Greedy word wrap; a word longer than the width stands alone on its line. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
