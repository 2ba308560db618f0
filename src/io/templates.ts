// Reads the document layouts, partials and label files from a templates folder: the one shipped with
// the package, or a protocol office's own (--templates DIR), which may override only some files (and a
// label file only some words). Every output takes its words from the label files read here.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TemplateSet } from '../render/documents.js';
import { mergeLabels, type LabelSet } from '../text/labels.js';
import { UserError } from '../source/errors.js';
import { words } from '../text/words.js';

/**
 * The shipped templates folder. From dist/cli.js it is ../templates; from a code-split chunk
 * (dist/chunks/) or from src/io/ under test it is ../../templates.
 */
export function shippedTemplatesDir(): string {
  for (const relative of ['../templates/', '../../templates/']) {
    const dir = fileURLToPath(new URL(relative, import.meta.url));
    if (existsSync(join(dir, 'labels', 'en.json'))) return dir;
  }
  throw new UserError(words('templatesMissing'), words('templatesMissing.hint'));
}

/** The shipped templates with the files of `overrideDir` (if any) taking their place. */
export function loadTemplates(overrideDir?: string): TemplateSet {
  const set: TemplateSet = { layouts: {}, partials: {}, labels: {}, files: {} };
  for (const dir of templateDirs(overrideDir)) {
    readLayouts(set, dir);
    readLabels(set.labels, dir);
  }
  return set;
}

/**
 * Only the label files (for outputs without layouts: exports, agenda, change notices, reports); with
 * `only`, only those languages' files are read (a report needs its language and English).
 */
export function loadLabels(overrideDir?: string, only?: readonly string[]): LabelSet {
  const labels: LabelSet = {};
  for (const dir of templateDirs(overrideDir)) readLabels(labels, dir, only);
  return labels;
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

function readLabels(labels: LabelSet, dir: string, only?: readonly string[]): void {
  for (const file of list(join(dir, 'labels'))) {
    const match = /^([a-z]{2})\.json$/.exec(file);
    if (!match || (only !== undefined && !only.includes(match[1]!))) continue;
    const path = join(dir, 'labels', file);
    try {
      // Key by key, nested groups too: an office's file may change one word of `kinds` or `pocket`.
      labels[match[1]!] = mergeLabels(labels[match[1]!] ?? {}, JSON.parse(read(path)) as Record<string, unknown>);
    } catch (error) {
      if (error instanceof UserError) throw error;
      throw new UserError(words('labelsNotJson', { path, reason: (error as Error).message }), words('labelsNotJson.hint'));
    }
  }
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
