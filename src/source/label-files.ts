// The one reader of the label files, templates/labels/<lang>.json: where the shipped ones are, each
// file read and parsed once (again only when it changes on disk), and a protocol office's own
// (--templates DIR) laid over the shipped file key by key. The documents and reports (io/templates.ts)
// and the tool's own sentences (source/catalogue.ts) both read them here.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mergeLabels } from '../text/labels.js';

/**
 * The shipped templates folder, or undefined when it is missing. From dist/cli.js it is ../templates;
 * from a code-split chunk (dist/chunks/) or from src/<layer>/ under test it is ../../templates.
 */
export function findShippedTemplates(): string | undefined {
  for (const relative of ['../templates/', '../../templates/']) {
    const dir = fileURLToPath(new URL(relative, import.meta.url));
    if (existsSync(join(dir, 'labels', 'en.json'))) return dir;
  }
  return undefined;
}

/** A label file as read: its words, or why it could not be read (`read`: the file; `json`: its content). */
export type LabelFile = { words: Record<string, unknown> } | { fault: 'read' | 'json'; path: string; reason: string };

/** Files read, by path, with the size and time they had: a file written since is read again. */
const cache = new Map<string, { stamp: string; file: LabelFile }>();

/** The label file at `path`; undefined when there is none. */
export function readLabelFile(path: string): LabelFile | undefined {
  let stamp: string;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return undefined;
    stamp = `${stat.size}:${stat.mtimeMs}`;
  } catch {
    return undefined;
  }
  const known = cache.get(path);
  if (known?.stamp === stamp) return known.file;
  const file = parseLabelFile(path);
  cache.set(path, { stamp, file });
  return file;
}

function parseLabelFile(path: string): LabelFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return { fault: 'read', path, reason: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return { words: value as Record<string, unknown> };
    return { fault: 'json', path, reason: 'the file holds no JSON object ({ … })' };
  } catch (error) {
    return { fault: 'json', path, reason: (error as Error).message };
  }
}

/** The languages a templates folder has label files for (`xx.json`), in order. */
export function labelLanguages(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(join(dir, 'labels')).sort();
  } catch {
    return [];
  }
  return names.flatMap((name) => /^([a-z]{2})\.json$/.exec(name)?.[1] ?? []);
}

/**
 * The words of `lang`: the label file of each folder in `dirs` (the shipped one first), each laid
 * over the ones before it key by key, nested groups too. A file that cannot be read goes to
 * `unreadable`, which may throw; if it returns, the file adds nothing.
 */
export function layeredLabels(lang: string, dirs: readonly string[], unreadable: (fault: Exclude<LabelFile, { words: unknown }>) => void): Record<string, unknown> | undefined {
  let out: Record<string, unknown> | undefined;
  for (const dir of dirs) {
    const file = readLabelFile(join(dir, 'labels', `${lang}.json`));
    if (!file) continue;
    if ('fault' in file) {
      unreadable(file);
      continue;
    }
    out = mergeLabels(out ?? {}, file.words);
  }
  return out;
}
