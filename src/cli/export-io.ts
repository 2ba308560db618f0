// What the export commands share in the terminal: their common options, refusing an itinerary with
// errors (findings first), the time "now", and the folder for one file per person.
import { makeFolder } from '../io/folders.js';
import type { Command } from 'commander';
import type { ExportOptions } from '../commands/export-options.js';
import { ItineraryRefused, type LoadedItinerary } from '../commands/itinerary.js';
import { UserError } from '../source/errors.js';
import { err, refuseFileNameAsFolder, refuseStdoutFolder } from './output.js';
import { terminalStyle } from './style.js';
import { words } from '../text/words.js';
import { runLanguage, sayLine } from './say.js';

/** The flags every export command takes. */
export interface ExportFlags {
  lang?: string;
  force?: boolean;
  config?: string | false;
  templates?: string;
}

/** Add the options every export command takes; `what` completes "--force: … even if the itinerary has errors". */
export function exportOptions(command: Command, what: string): Command {
  return command
    .option('--templates <dir>', 'a folder whose labels/<lang>.json replace the shipped words (see templates/labels/)')
    .option('--force', `${what} even if the itinerary has errors`)
    .option('--config <file>', 'use this configuration file instead of the nearest delegation.config.yaml')
    .option('--no-config', 'ignore delegation.config.yaml files');
}

/** The command's options common to every export, from its flags. */
export function exportInputOptions(file: string, flags: ExportFlags): ExportOptions {
  return { file, cwd: process.cwd(), force: flags.force, config: flags.config, lang: flags.lang, messageLang: runLanguage(), templatesDir: flags.templates };
}

/** Run an export; an itinerary with errors is refused with its findings on stderr. */
export function withItinerary<T extends { loaded: LoadedItinerary }>(run: () => T, color: boolean | undefined): T {
  let result: T;
  try {
    result = run();
  } catch (error) {
    if (error instanceof ItineraryRefused) err(error.findings(terminalStyle(process.stderr, color)) + '\n');
    throw error;
  }
  const { errors, shown } = result.loaded;
  if (errors > 0) err(`delegation: ${sayLine('forcedExport', { file: shown, count: errors })}`);
  return result;
}

/** `withItinerary` for an export that finishes later (a workbook is compressed asynchronously). */
export async function withItineraryAsync<T extends { loaded: LoadedItinerary }>(run: () => Promise<T>, color: boolean | undefined): Promise<T> {
  let result: T;
  try {
    result = await run();
  } catch (error) {
    if (error instanceof ItineraryRefused) err(error.findings(terminalStyle(process.stderr, color)) + '\n');
    throw error;
  }
  return withItinerary(() => result, color);
}

/** An instant from --now (ISO 8601 with a zone, or @epoch-seconds), else SOURCE_DATE_EPOCH if asked, else the clock. */
export function resolveNow(option: string | undefined, useSourceDateEpoch: boolean): number {
  if (option !== undefined) return parseInstant(option, '--now');
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (useSourceDateEpoch && epoch !== undefined && epoch !== '') {
    if (!/^\d+$/.test(epoch)) throw new UserError(words('badSourceDateEpoch', { value: epoch }));
    return Number(epoch) * 1000;
  }
  return Date.now();
}

function parseInstant(value: string, what: string): number {
  if (/^@\d+$/.test(value)) return Number(value.slice(1)) * 1000;
  // A time without Z or an offset would be read in the machine's zone: ask for one.
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) {
    const ms = Date.parse(value);
    if (!Number.isNaN(ms)) return ms;
  }
  throw new UserError(words('badInstant', { option: what, value }), words('badInstant.hint'));
}

/** Make sure `dir` is a folder that exists (creating it), for one file per person. */
export function prepareFolder(dir: string): string {
  refuseStdoutFolder(dir, 'calendars');
  refuseFileNameAsFolder(dir, 'calendars');
  return makeFolder(dir);
}

