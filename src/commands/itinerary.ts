// The one way every command reads an itinerary: read the file (or a committed version), check it as
// `validate` does with the project's configuration, and keep what the command may need afterwards
// (the model, the findings, the bytes an edit must find unchanged). Commands that make something
// from the programme refuse one with errors unless forced.
import { checkSource, type CheckOptions, type CheckResult } from '../engine/check.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { loadLabels } from '../io/templates.js';
import type { Model } from '../model/types.js';
import { labelsFor, type LabelSet } from '../render/labels.js';
import { FORMATTERS, type FileReport, type ReportContext, type Style } from '../report/index.js';
import { localizeDiagnostics } from '../engine/localize.js';
import { findingLanguage, type FindingLanguage } from '../engine/messages.js';
import { UserError } from '../source/errors.js';
import { readSourceFile, type SourceFile } from '../source/read.js';
import { configLookup, type ConfigChoice } from './config.js';
import { displayPath } from './display-path.js';
import { words, type Words } from '../text/words.js';
import { releaseMemory } from '../io/memory.js';

/** Texts longer than this are followed by a full garbage collection once checked with positions. */
const RELEASE_AFTER_CHARS = 1_000_000;

/** A file on disk, or text read elsewhere (a git revision) with the name to show for it. */
export type ItinerarySource = string | { source: SourceFile; shown: string };

export interface LoadOptions {
  cwd: string;
  /** `--config FILE`, `--no-config` (false), or undefined: the nearest delegation.config.yaml. */
  config?: ConfigChoice;
  /** Rule settings to use instead of looking up a configuration (the caller has read it). */
  check?: CheckOptions;
  /** Label files for the report's words (default: the shipped ones). */
  labels?: LabelSet;
  /** The language of the report's words and findings (default English). */
  lang?: string;
}

export interface LoadedItinerary {
  /** The path as given; undefined for text that is not a file (a git revision). */
  file: string | undefined;
  /** The path as the user should see it. */
  shown: string;
  source: SourceFile;
  /** The decoded text (empty when it could not be decoded). */
  text: string;
  check: CheckResult;
  /** Undefined when the text is not YAML at all. */
  model: Model | undefined;
  errors: number;
  warnings: number;
  /** The findings as `validate` prints them (errors only, or all). */
  report(style: Style, which: 'errors' | 'all'): string;
}

export function loadItinerary(from: ItinerarySource, options: LoadOptions): LoadedItinerary {
  const file = typeof from === 'string' ? from : undefined;
  // The configuration is read first: a broken one stops the command before the itinerary is judged.
  const settings = options.check ?? (file !== undefined ? configLookup(options.config, options.cwd)(file).check : {});
  const source = typeof from === 'string' ? readSourceFile(from) : from.source;
  // The positioned YAML document is the largest thing a check makes and no command needs it after
  // the findings are located: let it go before the command makes anything from the model.
  const { check, positioned } = checkWithoutDocument(source, settings);
  // A large text read with positions leaves hundreds of megabytes of parser garbage: returned now,
  // before the command makes anything from the model (io/memory.ts).
  if (positioned && check.text.length > RELEASE_AFTER_CHARS) releaseMemory();
  let errors = 0;
  let warnings = 0;
  for (const d of check.diagnostics) if (d.severity === 'error') errors++; else warnings++;
  for (const o of check.omitted) if (o.severity === 'error') errors += o.count; else warnings += o.count;
  const shown = typeof from === 'string' ? displayPath(from, options.cwd) : from.shown;
  const report = (style: Style, which: 'errors' | 'all') => {
    const diagnostics = which === 'all' ? check.diagnostics : check.diagnostics.filter((d: Diagnostic) => d.severity === 'error');
    const lines = check.text === '' ? [] : check.text.split(/\r?\n/);
    const lang = options.lang ?? 'en';
    const words = reportWords(options.labels ?? loadLabels(undefined, [...new Set(['en', lang])]), lang);
    const files = localizeReports([{ file: shown, diagnostics, lines, sensitiveLines: check.sensitiveLines, omitted: which === 'all' ? check.omitted : check.omitted.filter((o) => o.severity === 'error') }], words.findings);
    return FORMATTERS.pretty(files, { style, toolVersion: '', rules: [], ...words });
  };
  return { file, shown, source, text: check.text, check, model: check.model, errors, warnings, report };
}

/**
 * The check without its positioned YAML document: the largest thing a check makes, which no command
 * needs once the findings are located (nothing may keep it alive while the command goes on).
 */
function checkWithoutDocument(source: SourceFile, settings: CheckOptions): { check: CheckResult; positioned: boolean } {
  const checked = checkSource(source, settings);
  return { check: { ...checked, parsed: undefined }, positioned: checked.parsed !== undefined };
}

/** The words of the findings report in `lang`: the report's fixed words and the findings' texts. */
export function reportWords(labels: LabelSet = loadLabels(undefined, ['en']), lang = 'en'): Pick<ReportContext, 'words' | 'lang'> & { findings: FindingLanguage } {
  const resolved = labelsFor(labels, lang);
  return { words: resolved.report, lang, findings: findingLanguage(lang, resolved as unknown as Record<string, unknown>) };
}

/**
 * Findings worded in `lang` as a report words them, from the label files (a `--templates` folder's
 * over the shipped ones): for a refusal that quotes a finding in a sentence of that language.
 */
export function findingsInLanguage(diagnostics: readonly Diagnostic[], lang = 'en', templatesDir?: string): Diagnostic[] {
  if (lang === 'en' && templatesDir === undefined) return [...diagnostics];
  return localizeDiagnostics(diagnostics, reportWords(loadLabels(templatesDir, [...new Set(['en', lang])]), lang).findings);
}

/** The files' findings worded in the language of `findings` (English findings are returned as they are). */
export function localizeReports(files: readonly FileReport[], findings: FindingLanguage): FileReport[] {
  return files.map((file) => ({ ...file, diagnostics: localizeDiagnostics(file.diagnostics, findings) }));
}

/** The itinerary has errors: `findings` is the report to show before the message. Exit code 1. */
export class ItineraryRefused extends UserError {
  constructor(
    message: Words,
    hint: Words,
    readonly findings: (style: Style) => string,
  ) {
    super(message, hint, 1);
    this.name = 'ItineraryRefused';
  }
}

export interface RequireOptions {
  /** Go ahead despite errors, when the model is usable at all. */
  force?: boolean;
  /** What did not happen when the itinerary is refused: "the calendar was not written". */
  refusal: 'agenda' | 'calendar' | 'list' | 'workbook';
}

/** The model to make something from; refused (ItineraryRefused) when there are errors and no --force. */
export function usableModel(loaded: LoadedItinerary, options: RequireOptions): Model {
  const { errors, shown, model } = loaded;
  const usable = model !== undefined && model.visit !== undefined;
  if (errors > 0 && (!options.force || !usable)) {
    throw new ItineraryRefused(
      words('refusedExport', { file: shown, count: errors, what: options.refusal }),
      usable ? words('refusedExport.hint', { file: shown, count: errors }) : words('refusedExport.unreadableHint'),
      (style) => loaded.report(style, 'errors'),
    );
  }
  return model!;
}
