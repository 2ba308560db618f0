// What every formatter receives: the findings of each file and what is needed to show them.
import { MAX_FINDINGS_PER_RULE, type Diagnostic, type OmittedFindings } from '../diagnostics/types.js';
import { formatIcu } from '../text/icu.js';
import type { ReportLabels } from '../text/labels.js';

export interface FileReport {
  /** The path as the user should see it: relative to the working folder, with forward slashes. */
  file: string;
  /**
   * The path relative to the repository root (forward slashes), when the file is inside it: SARIF
   * and GitHub annotations use it, so that a run from a subfolder names files as a run from the root.
   */
  rootPath?: string;
  diagnostics: Diagnostic[];
  /** The source lines, for excerpts; empty when the file could not be decoded. */
  lines: readonly string[];
  /** Lines never shown in an excerpt (sensitive data). */
  sensitiveLines: ReadonlySet<number>;
  /** Findings beyond the per-rule cap: counted, not listed (every format says so). */
  omitted?: readonly OmittedFindings[];
}

/** Colour functions: the CLI passes chalk's on a colour terminal, identity functions elsewhere. */
export interface Style {
  error(text: string): string;
  warning(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
  accent(text: string): string;
}

export const PLAIN_STYLE: Style = {
  error: (t) => t,
  warning: (t) => t,
  dim: (t) => t,
  bold: (t) => t,
  accent: (t) => t,
};

export interface ReportContext {
  style: Style;
  toolVersion: string;
  /** Rule metadata for SARIF: id, description, default severity, the page (relative to the package root). */
  rules: readonly ReportedRule[];
  /** The fixed words of the human-readable report, in its language (`lang`). */
  words: ReportLabels;
  lang: string;
  /** The repository root as an absolute path (SARIF's %SRCROOT%); unknown when absent. */
  srcRoot?: string;
  /** The file: URL of the rule pages' folder (ending in /); SARIF omits help links when absent. */
  ruleDocs?: string;
}

export interface ReportedRule {
  id: string;
  description: string;
  defaultSeverity: 'error' | 'warning';
  meta?: { docs: { url: string } };
}

export type Formatter = (files: readonly FileReport[], context: ReportContext) => string;

export function countBySeverity(files: readonly FileReport[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const file of files) {
    for (const d of file.diagnostics) if (d.severity === 'error') errors++; else warnings++;
    for (const o of file.omitted ?? []) if (o.severity === 'error') errors += o.count; else warnings += o.count;
  }
  return { errors, warnings };
}

/** The line that says how many findings of a rule a report does not list, in the report's language. */
export function omittedText(omitted: OmittedFindings, context: Pick<ReportContext, 'words' | 'lang'>): string {
  return formatIcu(context.words.omitted, context.lang, { count: omitted.count, rule: omitted.rule, shown: MAX_FINDINGS_PER_RULE });
}
