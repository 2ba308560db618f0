// What a rule is: data (id, default severity, description) plus a check over the model. Rules do no
// I/O; they report paths into the document and the engine finds lines and columns.
import type { DocPath, RuleId, Severity } from '../diagnostics/types.js';
import { DEFAULT_TRAVEL_OPTIONS } from '../model/travel.js';
import type { Model } from '../model/types.js';
import type { SyntaxProblem } from '../source/parse.js';

export interface RuleFinding {
  path: DocPath;
  message: string;
  /** For rules with two severities (day-order, duplicate-person): which one this finding has. */
  severity?: Severity;
  hint?: string;
  related?: { path: DocPath; message: string }[];
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

export const DEFAULT_RULE_OPTIONS: RuleOptions = {
  longDayHours: 14,
  mealGapHours: 6,
  checkInMinutes: 90,
  passportMonths: 6,
  roadFactor: DEFAULT_TRAVEL_OPTIONS.roadFactor,
  roadSpeedKmh: DEFAULT_TRAVEL_OPTIONS.roadSpeedKmh,
};

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
  check(context: RuleContext): void;
}
