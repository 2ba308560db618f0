// Loads the itinerary an export or document is made from, and refuses one with errors (unless forced):
// a calendar or a rooming list built on a broken programme does more harm than none.
import { checkSource, type CheckResult } from '../engine/check.js';
import type { Diagnostic } from '../diagnostics/types.js';
import type { Model } from '../model/types.js';
import { FORMATTERS, type Style } from '../report/index.js';
import { UserError } from '../source/errors.js';
import { readSourceFile } from '../source/read.js';
import { configLookup, type ConfigChoice } from './config.js';
import { displayPath } from './display-path.js';

export interface LoadedItinerary {
  model: Model;
  file: string;
  errors: number;
  warnings: number;
}

/** The itinerary has errors: `findings` is the report to show before the message. Exit code 1. */
export class ItineraryRefused extends UserError {
  constructor(
    message: string,
    hint: string,
    readonly findings: (style: Style) => string,
  ) {
    super(message, hint, 1);
    this.name = 'ItineraryRefused';
  }
}

export interface LoadOptions {
  force?: boolean;
  cwd: string;
  /** What did not happen when the itinerary is refused: "the calendar was not written". */
  refusal: string;
  /** `--config FILE`, `--no-config` (false), or the nearest delegation.config.yaml, as validate reads it. */
  config?: ConfigChoice;
}

export interface CheckedItinerary {
  result: CheckResult;
  errors: number;
  warnings: number;
  /** The path as the user should see it. */
  shown: string;
  /** The findings as `validate` prints them (errors only, or all). */
  report(style: Style, which: 'errors' | 'all'): string;
}

/** Read an itinerary and check it as `validate` does, with the project's configuration. */
export function checkItineraryFile(file: string, cwd: string, config?: ConfigChoice): CheckedItinerary {
  // The configuration is read first: a broken one stops the command before the itinerary is judged.
  const check = configLookup(config, cwd)(file).check;
  const result = checkSource(readSourceFile(file), check);
  let errors = 0;
  let warnings = 0;
  for (const d of result.diagnostics) if (d.severity === 'error') errors++; else warnings++;
  const shown = displayPath(file, cwd);
  const report = (style: Style, which: 'errors' | 'all') =>
    FORMATTERS.pretty(
      [{ file: shown, diagnostics: which === 'all' ? result.diagnostics : result.diagnostics.filter((d: Diagnostic) => d.severity === 'error'), lines: result.text === '' ? [] : result.text.split(/\r?\n/), sensitiveLines: result.sensitiveLines }],
      { style, toolVersion: '', rules: [] },
    );
  return { result, errors, warnings, shown, report };
}

export function loadItinerary(file: string, options: LoadOptions): LoadedItinerary {
  const { result, errors, warnings, shown, report } = checkItineraryFile(file, options.cwd, options.config);
  const findings = (style: Style) => report(style, 'errors');
  const usable = result.model !== undefined && result.model.visit !== undefined;
  if (errors > 0 && (!options.force || !usable)) {
    const plural = errors === 1 ? 'error' : 'errors';
    throw new ItineraryRefused(
      `${shown} has ${errors} ${plural}; ${options.refusal}`,
      usable
        ? `Fix the ${plural} (\`delegation validate ${shown}\`), or pass --force to go ahead anyway.`
        : 'The file cannot be read as an itinerary at all, even with --force; fix it first.',
      findings,
    );
  }
  return { model: result.model!, file, errors, warnings };
}
