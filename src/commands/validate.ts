// `delegation validate`: check itinerary files and report findings in the chosen format.
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { CheckOptions } from '../engine/check.js';
import { UNUSED_SUPPRESSION } from '../engine/suppressions.js';
import { RULES } from '../rules/index.js';
import { FORMATTERS, type FileReport, type FormatName, type Style } from '../report/index.js';
import { UserError } from '../source/errors.js';
import { findItineraryFiles } from '../source/files.js';
import { repositoryRoot } from '../source/repository.js';
import { shippedRuleDocsUrl } from '../io/docs.js';
import { configLookup, type ConfigChoice } from './config.js';
import { loadItinerary, localizeReports, reportWords } from './itinerary.js';
import { loadLabels } from '../io/templates.js';
import { formatMessage } from '../engine/messages.js';

export interface ValidateOptions {
  paths: readonly string[];
  format: FormatName;
  maxWarnings?: number;
  style: Style;
  cwd: string;
  toolVersion: string;
  /** Applied over the configuration (for callers that set rules themselves). */
  check?: CheckOptions;
  /** `--config FILE`, `--no-config` (false), or undefined: the nearest delegation.config.yaml. */
  config?: ConfigChoice;
  /** The language of the report (findings, hints, summary); default English. */
  lang?: string;
  /** A folder whose labels/<lang>.json change words of the shipped label files (`--templates`). */
  templates?: string;
}

export interface ValidateResult {
  output: string;
  errors: number;
  warnings: number;
  /** 0 no errors; 1 errors, or more warnings than allowed; 2 some file could not be read. */
  exitCode: 0 | 1 | 2;
  files: FileReport[];
  /** Files found but not read (a pipe, a device, a looping link): the others are still checked. */
  unreadable: UserError[];
  /** The line that says there are more warnings than `max` allows, in the report's language. */
  tooManyWarnings(max: number): string;
}

/** validate's own lines (English); the label files' `findings.validate` words them in other languages. */
export const VALIDATE_MESSAGES = {
  tooManyWarnings: '{count, plural, one {# warning} other {# warnings}}, more than --max-warnings {max} allows',
} as const;

export function validate(options: ValidateOptions): ValidateResult {
  const lang = options.lang ?? 'en';
  // The report's language and English: a word missing in one falls back to the other.
  const words = reportWords(loadLabels(options.templates, [...new Set(['en', lang])]), lang);
  const files = findItineraryFiles(options.paths);
  // Every config is read before any file is checked: a broken one stops the run before any report.
  const lookup = configLookup(options.config, options.cwd);
  const configs = files.map((file) => lookup(file).check);
  const root = repositoryRoot(options.cwd);
  const reports: FileReport[] = [];
  const unreadable: UserError[] = [];
  files.forEach((file, index) => {
    let loaded;
    try {
      loaded = loadItinerary(file, { cwd: options.cwd, check: mergeCheckOptions(configs[index]!, options.check) });
    } catch (error) {
      // One entry that cannot be read (a pipe, a device, a looping link) does not stop the others.
      if (!(error instanceof UserError) || error.exitCode !== 2) throw error;
      unreadable.push(error);
      return;
    }
    const { shown, check } = loaded;
    reports.push({
      file: shown,
      rootPath: insidePath(resolve(options.cwd, file), root),
      diagnostics: check.diagnostics,
      lines: check.text === '' ? [] : check.text.split(/\r?\n/),
      sensitiveLines: check.sensitiveLines,
      ...(check.omitted.length ? { omitted: check.omitted } : {}),
    });
  });
  if (reports.length === 0 && unreadable.length === 1) throw unreadable[0]!;
  let errors = 0;
  let warnings = 0;
  for (const report of reports) {
    for (const d of report.diagnostics) if (d.severity === 'error') errors++; else warnings++;
    for (const o of report.omitted ?? []) if (o.severity === 'error') errors += o.count; else warnings += o.count;
  }
  const output = FORMATTERS[options.format](localizeReports(reports, words.findings), {
    style: options.style,
    toolVersion: options.toolVersion,
    rules: [...RULES, UNUSED_SUPPRESSION].map(({ id, description, defaultSeverity, meta }) => ({ id, description, defaultSeverity, meta: { docs: meta.docs } })),
    ...words,
    srcRoot: root,
    ruleDocs: shippedRuleDocsUrl(),
  });
  const tooManyWarnings = options.maxWarnings !== undefined && warnings > options.maxWarnings;
  const tooMany = (max: number) => formatMessage('validate', { messages: VALIDATE_MESSAGES }, 'tooManyWarnings', { count: warnings, max }, words.findings);
  return { output, errors, warnings, exitCode: unreadable.length > 0 ? 2 : errors > 0 || tooManyWarnings ? 1 : 0, files: reports, unreadable, tooManyWarnings: tooMany };
}

/** `file` relative to `folder` with forward slashes, or undefined when it lies outside. */
function insidePath(file: string, folder: string): string | undefined {
  const rel = relative(folder, file);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return undefined;
  return rel.split(sep).join('/');
}

function mergeCheckOptions(config: CheckOptions, given: CheckOptions | undefined): CheckOptions {
  if (!given) return config;
  return { ...config, ...given, rules: { ...config.rules, ...given.rules }, options: { ...config.options, ...given.options } };
}
