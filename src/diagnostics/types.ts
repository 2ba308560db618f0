// The finding type every layer shares. A leaf module: it imports nothing of ours.

export const RULE_IDS = [
  'yaml-syntax',
  'schema',
  'duplicate-id',
  'unknown-reference',
  'invalid-timezone',
  'time-order',
  'outside-visit',
  'day-order',
  'empty-event',
  'person-overlap',
  'vehicle-overlap',
  'travel-time',
  'capacity',
  'interpreter-needed',
  'signatory-absent',
  'signatory-party',
  'passport-expiry',
  'inn-checksum',
  'duplicate-person',
  'head-absent',
  'agreement-unsigned',
  'passport-name',
  'phone-format',
  'missing-translation',
  'empty-organization',
  'unscheduled-person',
  'no-b2b',
  'long-day',
  'meal-gap',
  'vehicle-seating',
  // Not a rule of the format: reported by the engine for an inline suppression that suppresses nothing.
  'unused-suppression',
] as const;

export type RuleId = (typeof RULE_IDS)[number];
export type Severity = 'error' | 'warning';

/** A path into the YAML document: mapping keys and sequence indexes, from the root. */
export type DocPath = readonly (string | number)[];

/** 1-based line and column; end is exclusive, as in SARIF and ESLint. */
export interface Region {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Words a phrase needs to be written in one language (filled by engine/messages.ts). */
export interface PhraseWords {
  readonly lang: string;
  /** A phrase of the findings' vocabulary by id ("duration", "nobody"…), in this language, filled in. */
  say(id: string, data?: Readonly<Record<string, MessageValue>>): string;
  /** A text with language variants: this language, else the visit's first language, else any. */
  text(value: string | Readonly<Record<string, string>> | undefined): string;
  /** "A, B and C" as this language joins a list. */
  list(items: readonly string[]): string;
  /** A date ("2023-11-21") as this language writes a day of a month: "21 Nov", "21 ноября", "11月21日"; with the year when `year`. */
  date(iso: string, year?: boolean): string;
  /** A word of the documents' labels in this language ("vehicleKinds.bus"), when there is one. */
  label(key: string): string | undefined;
}

/**
 * A name, time or list inside a message whose words depend on the language: rules report it as
 * data, and it is written out when the report is formatted, in the report's language.
 */
export interface Phrase {
  readonly phrase: (words: PhraseWords) => string;
}

/** A value of a message's placeholder: text and numbers as they are, phrases worded per language. */
export type MessageValue = string | number | Phrase;

export type NeutralData = Readonly<Record<string, MessageValue>>;

/** A finding's message before it is worded: what a report in another language words it from. */
export interface NeutralMessage {
  data: NeutralData;
  hintId?: string;
  related?: readonly { messageId: string; data?: NeutralData }[];
  /** The visit's first language: names missing in the report's language are taken in it. */
  firstLanguage?: string;
  /** Values of a sensitive field that the texts must not repeat. */
  hidden?: readonly string[];
}

export interface RelatedLocation extends Region {
  path: DocPath;
  message: string;
}

export interface Diagnostic extends Region {
  rule: RuleId;
  severity: Severity;
  /** Which of the rule's messages this is (stable across wording changes and languages). */
  messageId: string;
  /** The values of the message's placeholders. */
  data?: Readonly<Record<string, string | number>>;
  message: string;
  path: DocPath;
  /** How to fix it, when the message alone does not say. */
  hint?: string;
  /** Other places the finding involves (e.g. the earlier of two overlapping events). */
  related?: RelatedLocation[];
  /** The finding is about a sensitive field: reports show its location but never its source text. */
  sensitive?: boolean;
  /** The message in no language yet (message ids and data with phrases), for reports in other languages. */
  neutral?: NeutralMessage;
  /** In a report in another language than English: the English texts, for tools that match them. */
  english?: { message: string; hint?: string };
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule) || a.message.localeCompare(b.message);
}

/** Findings of one rule and severity in one file that a report does not list (beyond the per-rule cap). */
export interface OmittedFindings {
  rule: RuleId;
  severity: Severity;
  count: number;
}

/**
 * The findings listed per rule and file: a damaged or generated file can hold tens of thousands of
 * the same slip, and listing them all costs memory and says nothing more. The rest are counted.
 */
export const MAX_FINDINGS_PER_RULE = 200;

/** The first `max` findings of each rule (in report order) and a count of the others per rule and severity. */
export function capFindings(diagnostics: readonly Diagnostic[], max = MAX_FINDINGS_PER_RULE): { kept: Diagnostic[]; omitted: OmittedFindings[] } {
  const seen = new Map<RuleId, number>();
  const kept: Diagnostic[] = [];
  const omitted = new Map<string, OmittedFindings>();
  for (const d of diagnostics) {
    const n = (seen.get(d.rule) ?? 0) + 1;
    seen.set(d.rule, n);
    if (n <= max) {
      kept.push(d);
      continue;
    }
    const key = `${d.rule}\0${d.severity}`;
    const group = omitted.get(key);
    if (group) group.count++;
    else omitted.set(key, { rule: d.rule, severity: d.severity, count: 1 });
  }
  return { kept, omitted: [...omitted.values()] };
}
