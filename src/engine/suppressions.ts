// Inline suppressions: `# delegation-disable-next-line <rule>[, <rule>…] -- <reason>` silences the named
// rules' findings on the next line, `# delegation-disable-line …` on its own line. A reason is required.
import { isMap, isNode, isPair, isScalar, isSeq, type Document } from 'yaml';
import { compareDiagnostics, RULE_IDS, type Diagnostic, type RuleId, type Severity } from '../diagnostics/types.js';
import { nearest } from '../model/suggest.js';
import type { ParsedYaml } from '../source/parse.js';
import type { MessageData, RuleMeta } from '../rules/index.js';
import type { RuleSetting } from './check.js';
import { formatMessage } from './messages.js';

/** Rule metadata of the engine's own finding, listed with the rules (`delegation rules`, SARIF). */
export const UNUSED_SUPPRESSION = {
  id: 'unused-suppression',
  defaultSeverity: 'warning',
  description: 'An inline suppression comment suppresses nothing, or lacks its reason.',
  meta: {
    messages: {
      unused: '"{directive} {rule}" suppresses nothing: line {target} has no {rule} finding',
      unusedHint: 'Remove the rule from the comment, or put the comment on the line just above the finding (`delegation-disable-line`: at the end of the line itself).',
      unknownDirective: 'unknown suppression comment "{directive}"',
      unknownDirectiveHint:
        'Write `# delegation-disable-next-line <rule> -- <reason>` on the line above the finding, or `# delegation-disable-line <rule> -- <reason>` at the end of its line.',
      noRule: '"{directive}" names no rule',
      noRuleHint: 'Name the rules to suppress, then ` -- ` and the reason: # delegation-disable-next-line meal-gap -- lunch is served on the bus',
      spaced: '"{directive}": separate rule ids with commas, and put " -- " before the reason',
      spacedHint: 'For example: # delegation-disable-next-line meal-gap, long-day -- lunch is served on the bus',
      noReason: '"{directive} {rules}" has no reason, so it suppresses nothing',
      noReasonHint: 'Add " -- " and why the finding does not apply here: # delegation-disable-next-line meal-gap -- lunch is served on the bus',
      unknownRule: '"{directive}" names an unknown rule "{rule}"{suggestion, select, none {} other { (did you mean "{suggestion}"?)}}',
      unknownRuleHint: '`delegation rules` lists the rule ids.',
      unsuppressible: '{rule} findings cannot be suppressed inline',
      yamlHint: 'Fix the YAML: a file that is not valid YAML cannot be checked at all.',
      offHint: "Turn the rule off in delegation.config.yaml instead (rules: '{' unused-suppression: off '}').",
    },
    docs: { url: 'docs/rules/unused-suppression.md' },
    tags: ['structure'],
  },
} as const satisfies { id: RuleId; defaultSeverity: Severity; description: string; meta: RuleMeta };

/** Findings that no comment may hide: a file that is not valid YAML is not checked at all. */
const UNSUPPRESSIBLE: ReadonlySet<string> = new Set<RuleId>(['yaml-syntax', 'unused-suppression']);

/** Words that start a suppression comment, or a mistaken one (there is no `delegation-enable`). */
const DIRECTIVE_WORDS = ['delegation-disable', 'delegation-enable'];
/** `delegation-disable`, `delegation-enable` and any dashed form of them; not prose like "delegation-disabled". */
const DIRECTIVE = /^#\s*(delegation-(?:disable|enable)(?:-[a-z-]*)?)(?=\s|$)/;
const KNOWN_DIRECTIVES: Record<string, 'next-line' | 'line'> = {
  'delegation-disable-next-line': 'next-line',
  'delegation-disable-line': 'line',
};

interface NamedRule {
  id: string;
  line: number;
  column: number;
  endColumn: number;
}

interface Suppression {
  directive: string;
  /** The line whose findings it silences. */
  target: number;
  rules: NamedRule[];
  /** Whether any finding of each listed rule was silenced, by rule id. */
  used: Set<string>;
}

interface Scan {
  suppressions: Suppression[];
  /** Malformed comments and names that cannot be suppressed: reported as unused-suppression. */
  problems: Diagnostic[];
}

interface Comment {
  offset: number;
  source: string;
}

/**
 * Drop the findings that a suppression comment covers, then report each suppression that covered
 * nothing or is malformed. Runs after the rules; only on text that parsed as YAML.
 */
/** Could the text hold suppression comments? A substring search, so clean files pay almost nothing. */
export function hasSuppressionComments(text: string): boolean {
  return DIRECTIVE_WORDS.some((word) => text.includes(word));
}

export function applySuppressions(
  diagnostics: Diagnostic[],
  text: string,
  parsed: Pick<ParsedYaml, 'doc' | 'lineCounter'>,
  settings: Partial<Record<RuleId, RuleSetting>> | undefined,
): Diagnostic[] {
  if (!hasSuppressionComments(text)) return diagnostics;
  const setting = settings?.['unused-suppression'];
  const severity: Severity = setting === 'off' || setting === undefined ? UNUSED_SUPPRESSION.defaultSeverity : setting;
  const { suppressions, problems } = scanSuppressions(text, parsed, severity);
  const byLine = new Map<number, Suppression[]>();
  for (const suppression of suppressions) {
    const list = byLine.get(suppression.target) ?? [];
    list.push(suppression);
    byLine.set(suppression.target, list);
  }
  const kept = diagnostics.filter((d) => {
    if (UNSUPPRESSIBLE.has(d.rule)) return true;
    let silenced = false;
    for (const suppression of byLine.get(d.line) ?? []) {
      if (suppression.rules.some((r) => r.id === d.rule)) {
        suppression.used.add(d.rule);
        silenced = true;
      }
    }
    return !silenced;
  });
  if (setting === 'off') return kept;
  const unused: Diagnostic[] = [...problems];
  for (const suppression of suppressions) {
    for (const rule of suppression.rules) {
      if (suppression.used.has(rule.id)) continue;
      unused.push(finding(severity, rule, 'unused', { directive: suppression.directive, rule: rule.id, target: suppression.target }, 'unusedHint'));
    }
  }
  return [...kept, ...unused].sort(compareDiagnostics);
}

function scanSuppressions(text: string, { doc, lineCounter }: Pick<ParsedYaml, 'doc' | 'lineCounter'>, severity: Severity): Scan {
  const suppressions: Suppression[] = [];
  const problems: Diagnostic[] = [];
  for (const comment of directiveComments(text, doc)) {
    const match = DIRECTIVE.exec(comment.source);
    if (!match) continue;
    const directive = match[1]!;
    const { line, col } = lineCounter.linePos(comment.offset);
    const whole = { id: '', line, column: col, endColumn: col + comment.source.trimEnd().length };
    const kind = KNOWN_DIRECTIVES[directive];
    if (!kind) {
      problems.push(finding(severity, whole, 'unknownDirective', { directive }, 'unknownDirectiveHint'));
      continue;
    }
    const rest = comment.source.slice(match[0].length);
    const restColumn = col + match[0].length;
    const separator = /(^|\s)--(\s|$)/.exec(rest);
    const idsPart = separator ? rest.slice(0, separator.index) : rest;
    const reason = separator ? rest.slice(separator.index + separator[0].length).trim() : '';
    const named: NamedRule[] = [];
    let offset = 0;
    let spaced = false;
    for (const item of idsPart.split(',')) {
      const id = item.trim();
      const start = offset + item.indexOf(id);
      offset += item.length + 1;
      if (id === '') continue;
      if (/\s/.test(id)) spaced = true;
      named.push({ id, line, column: restColumn + start, endColumn: restColumn + start + id.length });
    }
    if (named.length === 0) {
      problems.push(finding(severity, whole, 'noRule', { directive }, 'noRuleHint'));
      continue;
    }
    if (spaced) {
      problems.push(finding(severity, whole, 'spaced', { directive }, 'spacedHint'));
      continue;
    }
    if (reason === '') {
      problems.push(finding(severity, whole, 'noReason', { directive, rules: named.map((r) => r.id).join(', ') }, 'noReasonHint'));
      continue;
    }
    const rules: NamedRule[] = [];
    for (const rule of named) {
      if (!(RULE_IDS as readonly string[]).includes(rule.id)) {
        const suggestion = nearest(rule.id, RULE_IDS);
        problems.push(finding(severity, rule, 'unknownRule', { directive, rule: rule.id, suggestion: suggestion ?? 'none' }, 'unknownRuleHint'));
      } else if (UNSUPPRESSIBLE.has(rule.id)) {
        problems.push(finding(severity, rule, 'unsuppressible', { rule: rule.id }, rule.id === 'yaml-syntax' ? 'yamlHint' : 'offHint'));
      } else if (!rules.some((r) => r.id === rule.id)) {
        rules.push(rule);
      }
    }
    if (rules.length > 0) suppressions.push({ directive, target: kind === 'next-line' ? line + 1 : line, rules, used: new Set() });
  }
  return { suppressions, problems };
}

function finding(severity: Severity, at: { line: number; column: number; endColumn: number }, messageId: keyof typeof UNUSED_SUPPRESSION.meta.messages, data: MessageData, hintId: keyof typeof UNUSED_SUPPRESSION.meta.messages): Diagnostic {
  const { id, meta } = UNUSED_SUPPRESSION;
  return {
    rule: id,
    severity,
    messageId,
    data: data as Readonly<Record<string, string | number>>,
    message: formatMessage(id, meta, messageId, data),
    hint: formatMessage(id, meta, hintId, data),
    neutral: { data, hintId },
    path: [],
    line: at.line,
    column: at.column,
    endLine: at.line,
    endColumn: at.endColumn,
  };
}

/**
 * The comments on lines that mention a directive, with their offsets. The document has parsed
 * already: a `#` that starts a comment is one at a line start or after a blank that lies in no scalar
 * (a quoted string or a block scalar can hold the same words as text). Reading only those lines keeps
 * files without suppressions free of any cost beyond one substring search.
 */
function directiveComments(text: string, doc: Document): Comment[] {
  const lineStarts: number[] = [];
  for (const word of DIRECTIVE_WORDS) {
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) {
      lineStarts.push(text.lastIndexOf('\n', at) + 1);
    }
  }
  const comments: Comment[] = [];
  for (const start of [...new Set(lineStarts)].sort((a, b) => a - b)) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    for (let hash = text.indexOf('#', start); hash !== -1 && hash < end; hash = text.indexOf('#', hash + 1)) {
      const before = text[hash - 1];
      if (hash !== start && before !== ' ' && before !== '\t') continue;
      if (insideScalar(doc, hash)) continue;
      comments.push({ offset: hash, source: text.slice(hash, end).replace(/\r$/, '') });
      break;
    }
  }
  return comments;
}

/** Whether `offset` lies inside a scalar: found by descending from the root, not by visiting every node. */
function insideScalar(doc: Document, offset: number): boolean {
  let node: unknown = doc.contents;
  for (;;) {
    if (isScalar(node)) return Boolean(node.range) && node.range![0] <= offset && offset < node.range![1];
    if (!isMap(node) && !isSeq(node)) return false;
    const item = itemAt(node.items as unknown[], offset);
    if (isPair(item)) node = startOf(item.value) !== undefined && startOf(item.value)! <= offset ? item.value : item.key;
    else node = item;
    if (!isNode(node) || !node.range || offset >= node.range[2]) return false;
  }
}

function startOf(node: unknown): number | undefined {
  return isNode(node) && node.range ? node.range[0] : undefined;
}

/** The last item that starts at or before `offset`; items are in text order, so a binary search finds it. */
function itemAt(items: unknown[], offset: number): unknown {
  const start = (item: unknown) => (isPair(item) ? (startOf(item.key) ?? startOf(item.value)) : startOf(item));
  let low = 0;
  let high = items.length - 1;
  let found: unknown;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const at = start(items[mid]);
    if (at !== undefined && at <= offset) {
      found = items[mid];
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}
