// Shared by `brief`, `day-sheets`, `timetable` and `pocket`: options, refusing on errors, printing PDFs
// and writing the documents atomically without leaving half a set behind.
import { existsSync, statSync } from 'node:fs';
import { makeFolder } from '../io/folders.js';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import type { DocumentsResult, OutputDocument } from '../commands/documents.js';
import { err, refuseStdoutFolder, STDOUT, writeOutputFile, writeOutputFiles } from './output.js';
import type { FileContent } from '../io/atomic.js';
import { Option, VERSION } from './program.js';
import { terminalStyle } from './style.js';
import { words, type Words } from '../text/words.js';
import { runLanguage, sayLine } from './say.js';

export interface CommonCliOptions {
  lang?: string;
  output?: string;
  force?: boolean;
  includeSensitive?: boolean;
  templates?: string;
  chromium?: string;
  /** `--config FILE`; false with `--no-config`. */
  config?: string | false;
}

/** "--person a,b --person c" → [a, b, c]. */
export const collectList = (value: string, previous: string[] = []) => [...previous, ...value.split(',').map((v) => v.trim()).filter(Boolean)];

/** The options every document command takes; `pdf: false` for a command that prints no PDF. */
export function addCommonOptions(command: Command, { pdf = true }: { pdf?: boolean } = {}): Command {
  command
    .option('--lang <code>', 'the reader\'s language (ru, en, zh …); default: the visit\'s first language (also of the messages, which otherwise follow DELEGATION_LANG or the locale)')
    .option('--include-sensitive', 'also print passports, private phones and e-mails, diets')
    .option('--force', 'produce the document even if the itinerary has errors; it is stamped UNCHECKED')
    .option('--templates <dir>', 'a folder of layouts, partials/ and labels/ that replace the shipped ones');
  if (pdf) command.addOption(new Option('--chromium <path>', 'the Chromium executable for PDF (default: $DELEGATION_CHROMIUM, else chromium on PATH)'));
  return command
    .option('--config <file>', 'use this configuration file instead of the nearest delegation.config.yaml')
    .option('--no-config', 'ignore delegation.config.yaml files');
}

/** What every document command passes on from its options. */
export function documentRequest(file: string, options: CommonCliOptions, command: Command) {
  return {
    file,
    lang: options.lang,
    messageLang: runLanguage(),
    force: options.force,
    includeSensitive: options.includeSensitive,
    templatesDir: options.templates,
    ...commandContext(command),
    toolVersion: VERSION,
    config: options.config,
  };
}

/** -o names a file, or a folder (existing, or written with a trailing slash) for the default name. */
export function targetPath(output: string | undefined, defaultName: string): string {
  if (output === undefined) return defaultName;
  if (output === STDOUT) return STDOUT;
  const isFolder = /[/\\]$/.test(output) || (existsSync(output) && statSync(output).isDirectory());
  return isFolder ? join(output, defaultName) : output;
}

export function commandContext(command: Command) {
  const { color } = command.optsWithGlobals<{ color?: boolean }>();
  return { style: terminalStyle(process.stderr, color), cwd: process.cwd() };
}

/** Print findings; on refusal set exit code 1 and return false. */
export function reportFindings(result: DocumentsResult, file: string, force: boolean | undefined): boolean {
  if (result.refused) {
    if (result.findings) err(result.findings);
    err(`delegation: ${result.errors > 0 ? sayLine('refusedErrors', { file, count: result.errors }) : sayLine('refusedUnreadable', { file })}`);
    err(`  ${force ? sayLine('refusedUnreadable.hint') : sayLine('refusedErrors.hint')}`);
    process.exitCode = 1;
    return false;
  }
  if (result.errors > 0) {
    if (result.findings) err(result.findings);
    err(`delegation: ${sayLine('forcedDocuments', { count: result.errors })}`);
  } else if (result.warnings > 0) {
    err(sayLine('documentWarnings', { count: result.warnings, file }));
  }
  return true;
}

/** PDFs printed from the HTML documents, or the documents as they are. */
export async function finalContents(documents: readonly OutputDocument[], pdf: boolean, chromiumOption: string | undefined): Promise<(string | Uint8Array)[]> {
  if (!pdf) return documents.map((d) => d.content);
  const { findChromium, htmlToPdf } = await import('../io/pdf.js');
  const chromium = findChromium(chromiumOption, process.env);
  const html = documents.map((d) => d.content);
  await warnMissingFonts(html);
  return htmlToPdf(html, chromium);
}

/** Say once, on standard error, which fonts the layouts ask for are not installed. */
async function warnMissingFonts(html: readonly string[]): Promise<void> {
  const { installedFamilies, missingFonts, requestedFonts } = await import('../io/fonts.js');
  const requested = requestedFonts(html);
  if (requested.length === 0) return;
  const installed = installedFamilies();
  if (!installed) return;
  const missing = missingFonts(requested, installed);
  if (missing.length === 0) return;
  const names = missing.map((m) => `"${m.family}"`).join(', ');
  const packages = [...new Set(missing.flatMap((m) => (m.debianPackage ? [m.debianPackage] : [])))];
  const count = missing.length;
  err(`delegation: ${packages.length ? sayLine('fontsMissingInstall', { count, names, packages: packages.join(' ') }) : sayLine('fontsMissing', { count, names })}`);
}

/** Create the folder if needed, or explain why it cannot be used (exit 2). */
export function ensureFolder(dir: string): void {
  refuseStdoutFolder(dir, 'documents');
  makeFolder(dir);
}

/** Write every file or none (see `writeOutputFiles`). */
export function writeAll(files: readonly { path: string; content: FileContent }[], inputs: readonly string[]): void {
  const only = files.length === 1 ? files[0]! : undefined;
  if (only) writeOutputFile(only.path, typeof only.content === 'function' ? only.content() : only.content, inputs);
  else writeOutputFiles(files, inputs);
}

export function describeSize(content: string | Uint8Array): Words {
  const bytes = typeof content === 'string' ? Buffer.byteLength(content) : content.length;
  return bytes < 1024 ? words('sizeBytes', { value: bytes }) : words('sizeKilobytes', { value: Math.round(bytes / 1024) });
}

export { join, resolve };
