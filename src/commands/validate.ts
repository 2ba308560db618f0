// `delegation validate`: check itinerary files and report findings in the chosen format.
import { relative, sep } from 'node:path';
import { checkSource, type CheckOptions } from '../engine/check.js';
import { RULES } from '../rules/index.js';
import { FORMATTERS, type FileReport, type FormatName, type Style } from '../report/index.js';
import { findItineraryFiles } from '../source/files.js';
import { readSourceFile } from '../source/read.js';

export interface ValidateOptions {
  paths: readonly string[];
  format: FormatName;
  maxWarnings?: number;
  style: Style;
  cwd: string;
  toolVersion: string;
  check?: CheckOptions;
}

export interface ValidateResult {
  output: string;
  errors: number;
  warnings: number;
  /** 0 no errors; 1 errors, or more warnings than allowed. */
  exitCode: 0 | 1;
  files: FileReport[];
}

export function validate(options: ValidateOptions): ValidateResult {
  const files = findItineraryFiles(options.paths);
  const reports: FileReport[] = files.map((file) => {
    const decoded = readSourceFile(file);
    const result = checkSource(decoded, options.check);
    return {
      file: displayPath(file, options.cwd),
      diagnostics: result.diagnostics,
      lines: result.text === '' ? [] : result.text.split(/\r?\n/),
      sensitiveLines: result.sensitiveLines,
    };
  });
  let errors = 0;
  let warnings = 0;
  for (const report of reports) for (const d of report.diagnostics) if (d.severity === 'error') errors++; else warnings++;
  const output = FORMATTERS[options.format](reports, {
    style: options.style,
    toolVersion: options.toolVersion,
    rules: RULES.map(({ id, description, defaultSeverity }) => ({ id, description, defaultSeverity })),
  });
  const tooManyWarnings = options.maxWarnings !== undefined && warnings > options.maxWarnings;
  return { output, errors, warnings, exitCode: errors > 0 || tooManyWarnings ? 1 : 0, files: reports };
}

/** Relative to the working folder when inside it, with forward slashes (SARIF and GitHub want them). */
export function displayPath(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  const shown = rel && !rel.startsWith('..') ? rel : file;
  return shown.split(sep).join('/');
}
