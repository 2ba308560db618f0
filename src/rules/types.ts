// What a rule is: data (id, default severity, description, meta: messages, docs, options, tags) plus a
// check over the model. Rules do no I/O; they report paths into the document and message ids with data,
// and the engine finds lines and columns and formats the messages.
import type { DocPath, MessageValue, RuleId, Severity } from '../diagnostics/types.js';
import type { Model } from '../model/types.js';
import type { SyntaxProblem } from '../source/parse.js';

/**
 * Values a message template's placeholders take: ids, counts, and phrases (names, times, lists) that
 * are worded in the report's language.
 */
export type MessageData = Readonly<Record<string, MessageValue>>;

export interface RuleFinding {
  path: DocPath;
  /** A key of the rule's `meta.messages`; the engine formats the text from it and `data`. */
  messageId: string;
  data?: MessageData;
  /** For rules with two severities (day-order, duplicate-person): which one this finding has. */
  severity?: Severity;
  /** How to fix it: another key of `meta.messages`, formatted with the same `data`. */
  hintId?: string;
  related?: { path: DocPath; messageId: string; data?: MessageData }[];
  /** Report at the mapping key of `path` rather than its value. */
  atKey?: boolean;
  /** A text range (offsets) instead of a path: findings about the YAML text itself. */
  range?: { start: number; end: number };
  /** A 1-based position known before the text could be decoded (binary files, bad encodings). */
  position?: { line: number; column: number };
}

/** Thresholds the format fixes by default; a project may change them in delegation.config.yaml. */
export interface RuleOptions {
  longDayHours: number;
  mealGapHours: number;
  checkInMinutes: number;
  passportMonths: number;
  roadFactor: number;
  roadSpeedKmh: number;
}

/** One threshold a rule reads: its name in the config file, its default and the values it accepts. */
export interface RuleOptionSpec {
  /** The key in the config file's `options:`. */
  name: string;
  default: number;
  /** A JSON Schema for the value; the bounds catch unit mistakes (hours written as minutes), not protocol choices. */
  schema: { type: 'number' | 'integer'; minimum: number; maximum: number };
  unit: string;
}

/** What a rule is about, for filtering and the docs: the protocol, the schedule, the file's structure. */
export type RuleTag = 'protocol' | 'schedule' | 'structure';

export interface RuleMeta {
  /**
   * Every text the rule reports, by message id: ICU MessageFormat templates in English, with
   * `{placeholders}` for data and `{n, plural, …}` / `{x, select, …}` for grammar, so that each can be
   * translated whole. Hints and related-location texts are messages too.
   */
  messages: Readonly<Record<string, string>>;
  /** The rule's page, relative to the package root (docs/rules/<id>.md). */
  docs: { url: string };
  /** The thresholds the rule reads, by their key in RuleOptions. */
  options?: Readonly<Partial<Record<keyof RuleOptions, RuleOptionSpec>>>;
  tags: readonly RuleTag[];
}

export interface RuleContext {
  model: Model;
  /** Problems found while decoding and parsing the text (only the yaml-syntax rule reads them). */
  syntax: readonly SyntaxProblem[];
  options: RuleOptions;
  report(finding: RuleFinding): void;
}

export interface Rule {
  id: RuleId;
  defaultSeverity: Severity;
  /** One line, for `delegation rules`, SARIF and the docs. */
  description: string;
  meta: RuleMeta;
  check(context: RuleContext): void;
}
