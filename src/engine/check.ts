// Runs the rules over one source text and turns their findings into located diagnostics.
import { isScalar } from 'yaml';
import type { Diagnostic, DocPath, NeutralMessage, OmittedFindings, Phrase, RuleId, Severity } from '../diagnostics/types.js';
import { capFindings, compareDiagnostics } from '../diagnostics/types.js';
import { buildModel } from '../model/build.js';
import type { Model } from '../model/types.js';
import { RULES, DEFAULT_RULE_OPTIONS, type Rule, type RuleFinding, type RuleOptions } from '../rules/index.js';
import type { DecodedText } from '../source/decode.js';
import { locatePath, toLinePosition } from '../source/locate.js';
import { fastParse } from '../source/fast-parse.js';
import { readYaml, type ParsedYaml, type SyntaxProblem } from '../source/parse.js';
import { commentCuts } from '../source/yaml-slips.js';
import { syntaxData } from '../rules/yaml-syntax.js';
import { phrase, say } from '../rules/describe.js';
import { explainCommaSplits } from './comma-split.js';
import { ENGLISH, formatMessage, hideVariants, phraseWords, resolveData } from './messages.js';
import { findSensitiveLines, findSensitiveLinesInText, isSensitivePath } from './sensitive.js';
import { applySuppressions, hasSuppressionComments } from './suppressions.js';

export type RuleSetting = Severity | 'off';

export interface CheckOptions {
  /** Severity per rule id; 'off' disables a rule. */
  rules?: Partial<Record<RuleId, RuleSetting>>;
  options?: Partial<RuleOptions>;
  /** Rules to run; defaults to all. */
  ruleSet?: readonly Rule[];
  /** Findings listed per rule (default MAX_FINDINGS_PER_RULE); the others are counted in `omitted`. */
  findingsPerRule?: number;
}

export interface CheckResult {
  /** The findings to list: at most MAX_FINDINGS_PER_RULE of each rule, in report order. */
  diagnostics: Diagnostic[];
  /** The findings beyond the per-rule cap, counted per rule and severity (empty when none). */
  omitted: OmittedFindings[];
  /** The text as decoded (empty when it could not be). */
  text: string;
  parsed: ParsedYaml | undefined;
  model: Model | undefined;
  /** 1-based lines that hold sensitive data: reports never show them. */
  sensitiveLines: ReadonlySet<number>;
}

/**
 * One pass over one text: decode → parse → model → rules → locate (only when something is reported)
 * → suppress → hide. The fast reader serves clean files; positions are parsed only to report.
 */
export function checkSource(decoded: DecodedText, options: CheckOptions = {}): CheckResult {
  const ruleOptions: RuleOptions = { ...DEFAULT_RULE_OPTIONS, ...options.options };
  const rules = options.ruleSet ?? RULES;
  if (decoded.problem) {
    const { message, hint, wording, line = 1, column = 1 } = decoded.problem;
    return syntaxResult([{ message, hint, wording, start: 0, end: 0, line, column }], undefined, '', rules, ruleOptions, options);
  }
  const text = decoded.text;
  const reading = readYaml(text, fastParse);
  if (reading.problems.length > 0) return syntaxResult(reading.problems, reading.positioned(), text, rules, ruleOptions, options);
  const model = buildModel(reading.value);
  if (reading.value === null || reading.value === undefined) explainEmpty(model, text);
  const findings = [...runRules(rules, model, [], ruleOptions, options), ...cutValues(text, rules)];
  if (findings.length === 0 && !hasSuppressionComments(text)) return { diagnostics: [], omitted: [], text, parsed: undefined, model, sensitiveLines: new Set() };
  const parsed = reading.positioned();
  // The fast reader accepted what the full parser does not: the text's problems come first.
  if (parsed.problems.length > 0) return syntaxResult(parsed.problems, parsed, text, rules, ruleOptions, options);
  // Suppression comments are read only in text that parsed: they can never hide yaml-syntax.
  const sensitiveLines = findSensitiveLines(parsed, model);
  const located = locateAll(findings, model, parsed, text).map((d) => (d.rule === 'yaml-syntax' ? hideCutValue(hideQuotedLines(d, text, sensitiveLines), sensitiveLines) : d));
  const { kept, omitted } = capFindings(applySuppressions(located, text, parsed, options.rules), options.findingsPerRule);
  return { diagnostics: kept, omitted, text, parsed, model, sensitiveLines };
}

/**
 * Values a `#` cut short (`title: Зал #3` reads "Зал"): valid YAML, so a yaml-syntax warning that
 * does not stop the other rules.
 */
function cutValues(text: string, rules: readonly Rule[]): PendingFinding[] {
  const rule = rules.find((r) => r.id === 'yaml-syntax');
  if (!rule) return [];
  return commentCuts(text).map((cut) => ({
    rule,
    setting: undefined,
    finding: {
      path: [],
      messageId: 'syntax',
      data: syntaxData(cut),
      hintId: cut.hint ? 'hint' : undefined,
      severity: 'warning' as const,
      range: { start: cut.start, end: cut.end },
    },
  }));
}

/** A cut value on a line of personal data: the message does not repeat what the value reads. */
function hideCutValue(d: Diagnostic, sensitive: ReadonlySet<number>): Diagnostic {
  if (!sensitive.has(d.line) || !d.message.includes(' stops before ')) return d;
  const hidden = say('yamlCommentCutHidden');
  return { ...d, message: hidden.phrase(phraseWords(ENGLISH)), ...(d.neutral ? { neutral: { ...d.neutral, data: { ...d.neutral.data, message: hidden } } } : {}) };
}

/** Text that is not YAML: only yaml-syntax speaks, and there is no model. */
function syntaxResult(problems: SyntaxProblem[], parsed: ParsedYaml | undefined, text: string, rules: readonly Rule[], ruleOptions: RuleOptions, options: CheckOptions): CheckResult {
  const findings = runRules(rules, emptyModel(), problems, ruleOptions, options);
  // No model to say which fields are private: the text itself decides which lines excerpts hide,
  // and a hint that quotes such a line (the corrected line of a YAML slip) keeps only its advice.
  const sensitiveLines = findSensitiveLinesInText(text);
  const { kept, omitted } = capFindings(locateAll(findings, emptyModel(), parsed, text).map((d) => hideQuotedLines(d, text, sensitiveLines)), options.findingsPerRule);
  return { diagnostics: kept, omitted, text, parsed, model: undefined, sensitiveLines };
}

/** A rule's finding before it has a line and column. */
interface PendingFinding {
  rule: Rule;
  finding: RuleFinding;
  setting: Severity | undefined;
}

function runRules(rules: readonly Rule[], model: Model, syntax: SyntaxProblem[], ruleOptions: RuleOptions, options: CheckOptions): PendingFinding[] {
  const findings: PendingFinding[] = [];
  const onlySyntax = syntax.length > 0;
  for (const rule of rules) {
    const setting = options.rules?.[rule.id];
    if (setting === 'off') continue;
    if (onlySyntax && rule.id !== 'yaml-syntax') continue;
    rule.check({ model, syntax, options: ruleOptions, report: (finding) => findings.push({ rule, finding, setting }) });
  }
  return findings;
}

function locateAll(findings: PendingFinding[], model: Model, parsed: ParsedYaml | undefined, text: string): Diagnostic[] {
  const diagnostics = findings.map(({ rule, finding, setting }) => toDiagnostic(rule, finding, setting, model, parsed, text));
  return (parsed ? explainCommaSplits(diagnostics, parsed, text) : diagnostics).sort(compareDiagnostics);
}

/** An empty file and a file of comments only both parse to nothing; say which it is. */
function explainEmpty(model: Model, text: string): void {
  const issue = model.schemaIssues[0];
  if (!issue || issue.path.length > 0) return;
  const [id, message] =
    text.trim() === '' ? (text === '' ? ['schemaFileEmpty', 'the file is empty'] : ['schemaFileBlank', 'the file is empty (only blank lines)'])
    : /^(\s*(#.*)?)(\r?\n\s*(#.*)?)*$/.test(text) ? ['schemaFileOnlyComments', 'the file holds only comments: there is no itinerary in it']
    : ['schemaFileEmptyDocument', 'the file holds no itinerary (an empty YAML document)'];
  issue.message = message;
  issue.wording = { id, data: {} };
}

function toDiagnostic(rule: Rule, finding: RuleFinding, setting: Severity | undefined, model: Model, parsed: ParsedYaml | undefined, text: string): Diagnostic {
  const severity = setting ?? finding.severity ?? rule.defaultSeverity;
  const region = locate(finding.path, finding, parsed, text);
  const neutral: NeutralMessage = { data: finding.data ?? {} };
  const firstLanguage = model.languages[0];
  if (firstLanguage !== undefined) neutral.firstLanguage = firstLanguage;
  // The English texts now; a report in another language words the same ids and data again.
  const words = phraseWords(ENGLISH, firstLanguage);
  const data = resolveData(neutral.data, words);
  const message = formatMessage(rule.id, rule.meta, finding.messageId, neutral.data, ENGLISH, firstLanguage);
  const diagnostic: Diagnostic = { rule: rule.id, severity, messageId: finding.messageId, data, message, path: finding.path, ...region, neutral };
  const hint = finding.hintId === undefined ? '' : formatMessage(rule.id, rule.meta, finding.hintId, neutral.data, ENGLISH, firstLanguage);
  if (hint) {
    diagnostic.hint = hint;
    neutral.hintId = finding.hintId;
  }
  if (finding.related?.length) {
    neutral.related = finding.related.map((r) => ({ messageId: r.messageId, ...(r.data ? { data: r.data } : {}) }));
    diagnostic.related = finding.related.map((r) => ({ path: r.path, message: formatMessage(rule.id, rule.meta, r.messageId, r.data, ENGLISH, firstLanguage), ...locate(r.path, {}, parsed, text) }));
  }
  if (isSensitivePath(model, finding.path)) {
    diagnostic.sensitive = true;
    if (parsed) hideValue(diagnostic, parsed);
  }
  return diagnostic;
}

/** A finding about a sensitive field names the field, never its value (it may reach logs and CI). */
function hideValue(diagnostic: Diagnostic, parsed: ParsedYaml): void {
  const node = parsed.doc.getIn(diagnostic.path, true);
  if (!isScalar(node) || node.value === null || node.value === undefined) return;
  const value = String(node.value);
  if (value.trim() === '') return;
  const variants = [value, value.length > 40 ? value.slice(0, 40) + '…' : value];
  if (diagnostic.neutral) diagnostic.neutral.hidden = variants;
  const hide = (text: string) => hideVariants(text, variants, phraseWords(ENGLISH));
  diagnostic.message = hide(diagnostic.message);
  if (diagnostic.hint) diagnostic.hint = hide(diagnostic.hint);
  if (diagnostic.data) diagnostic.data = Object.fromEntries(Object.entries(diagnostic.data).map(([k, v]) => [k, typeof v === 'string' ? hide(v) : v]));
}

function locate(path: DocPath, finding: Partial<RuleFinding>, parsed: ParsedYaml | undefined, text: string) {
  if (finding.position) return { line: finding.position.line, column: finding.position.column, endLine: finding.position.line, endColumn: finding.position.column + 1 };
  if (!parsed) return { line: 1, column: 1, endLine: 1, endColumn: 1 };
  const range = finding.range ?? locatePath(parsed.doc, text, path, finding.atKey ?? false);
  return toLinePosition(parsed.lineCounter, range, text);
}

export function emptyModel(): Model {
  return buildModel({});
}

/** A hint that repeats words of a sensitive line keeps its advice and drops the quoted line. */
function hideQuotedLines(d: Diagnostic, text: string, sensitive: ReadonlySet<number>): Diagnostic {
  if (!d.hint || sensitive.size === 0) return d;
  const lines = text.split(/\r\n|\r|\n/);
  const words = new Set<string>();
  for (let line = d.line - 1; line <= d.endLine + 1; line++) {
    if (!sensitive.has(line)) continue;
    for (const word of (lines[line - 1] ?? '').split(/[\s{}[\],:"'#]+/)) if (word.length >= 3) words.add(word);
  }
  if (![...words].some((word) => d.hint!.includes(word))) return d;
  // A hint worded by a phrase is worded again in a report's language; one written in English stays so.
  const worded = d.neutral?.data.hint;
  const hint = typeof worded === 'object' ? worded : phrase(() => d.hint!);
  const hidden = adviceOnly(hint);
  const english = hidden.phrase(phraseWords(ENGLISH));
  const out: Diagnostic = { ...d, hint: english, ...(d.data ? { data: { ...d.data, hint: english } } : {}) };
  // A hint without a phrase keeps its hidden English in every language: its data must not quote the line either.
  if (d.neutral) out.neutral = { ...d.neutral, data: { ...d.neutral.data, hint: typeof worded === 'object' ? hidden : english } };
  return out;
}

/** Stands for the corrected line while a hint is worded, to find where its advice ends in any language. */
const LINE_MARK = '\u{E000}';

/** The advice of a hint without the corrected line it quotes, and a note saying why the line is not shown. */
function adviceOnly(hint: Phrase): Phrase {
  return phrase((w) => {
    const marked = hint.phrase({ ...w, say: (id, data = {}) => w.say(id, 'fixed' in data ? { ...data, fixed: LINE_MARK } : data) });
    const at = marked.indexOf(LINE_MARK);
    const advice = (at >= 0 ? marked.slice(0, at) : marked.split(/:\s|：/)[0]!).replace(/[\s.:：。]+$/u, '');
    return w.say('yamlHintLineHidden', { advice });
  });
}
