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
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule) || a.message.localeCompare(b.message);
}
