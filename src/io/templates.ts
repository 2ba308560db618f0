// Reads the document layouts and partials from a templates folder: the one shipped with the package,
// or a protocol office's own (--templates DIR), which may override only some files; and the label files
// (through source/label-files.ts, which lays an office's words over the shipped ones key by key). Every
// output takes its words from the label files read here.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { TemplateSet } from '../render/documents.js';
import type { LabelSet } from '../text/labels.js';
import { UserError } from '../source/errors.js';
import { findShippedTemplates, labelLanguages, layeredLabels, type LabelFile } from '../source/label-files.js';
import { words } from '../text/words.js';

/** The shipped templates folder; a package without it cannot write any output. */
export function shippedTemplatesDir(): string {
  const dir = findShippedTemplates();
  if (dir === undefined) throw new UserError(words('templatesMissing'), words('templatesMissing.hint'));
  return dir;
}

/** The shipped templates with the files of `overrideDir` (if any) taking their place. */
export function loadTemplates(overrideDir?: string): TemplateSet {
  const dirs = templateDirs(overrideDir);
  const set: TemplateSet = { layouts: {}, partials: {}, labels: {}, files: {} };
  for (const dir of dirs) readLayouts(set, dir);
  set.labels = readLabels(dirs);
  return set;
}

/**
 * Only the label files (for outputs without layouts: exports, agenda, change notices, reports); with
 * `only`, only those languages' files are read (a report needs its language and English).
 */
export function loadLabels(overrideDir?: string, only?: readonly string[]): LabelSet {
  return readLabels(templateDirs(overrideDir), only);
}

/** The shipped folder, then the user's, whose files take precedence. */
function templateDirs(overrideDir: string | undefined): string[] {
  if (overrideDir === undefined) return [shippedTemplatesDir()];
  let isDir = false;
  try {
    isDir = statSync(overrideDir).isDirectory();
  } catch {
    isDir = false;
  }
  if (!isDir) throw new UserError(words('noTemplatesFolder', { dir: overrideDir }), words('noTemplatesFolder.hint'));
  return [shippedTemplatesDir(), overrideDir];
}

function readLayouts(set: TemplateSet, dir: string): void {
  for (const file of list(dir)) {
    const match = /^(.+)\.hbs$/.exec(file);
    if (!match) continue;
    set.layouts[match[1]!] = read(join(dir, file));
    set.files![`layout:${match[1]!}`] = join(dir, file);
  }
  for (const file of list(join(dir, 'partials'))) {
    const match = /^(.+)\.hbs$/.exec(file);
    if (!match) continue;
    set.partials[match[1]!] = read(join(dir, 'partials', file));
    set.files![`partial:${match[1]!}`] = join(dir, 'partials', file);
  }
}

/** Each language's words, the later folders' over the earlier ones'; a file that cannot be read stops the command. */
function readLabels(dirs: readonly string[], only?: readonly string[]): LabelSet {
  const labels: LabelSet = {};
  const langs = [...new Set(dirs.flatMap(labelLanguages))].filter((lang) => only === undefined || only.includes(lang));
  for (const lang of langs) {
    const own = layeredLabels(lang, dirs, unreadable);
    if (own) labels[lang] = own;
  }
  return labels;
}

function unreadable(file: Exclude<LabelFile, { words: unknown }>): never {
  if (file.fault === 'read') throw new UserError(words('cannotReadTemplate', { path: file.path, reason: file.reason }));
  throw new UserError(words('labelsNotJson', { path: file.path, reason: file.reason }), words('labelsNotJson.hint'));
}

function list(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

function read(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new UserError(words('cannotReadTemplate', { path, reason: (error as NodeJS.ErrnoException).code ?? String(error) }));
  }
}
