// Reads the tool's own sentences from the label files: the "messages" (refusals, I/O errors, the
// lines commands print) and the "wizard" (init's and add's questions) sections of
// templates/labels/<lang>.json, the shipped file and, over it, a protocol office's own
// (--templates DIR). Read only when a sentence is shown, and only the languages asked for.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Words } from '../text/words.js';
import { formatWords, type Catalogue } from '../text/words-format.js';
import { setEnglishWords } from './errors.js';

export type CatalogueSection = 'messages' | 'wizard';

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

const cache = new Map<string, Record<string, unknown> | undefined>();

function readJson(path: string): Record<string, unknown> | undefined {
  if (!cache.has(path)) {
    let parsed: Record<string, unknown> | undefined;
    try {
      const value: unknown = JSON.parse(readFileSync(path, 'utf8'));
      parsed = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
    } catch {
      // A missing or broken label file has no sentences: English (or the id) is shown instead. The
      // commands that read label files for their output say what is wrong with it.
      parsed = undefined;
    }
    cache.set(path, parsed);
  }
  return cache.get(path);
}

/** The sentences of one section in `lang`: the shipped ones, each replaced by the office's own, if any. */
export function readCatalogue(lang: string, section: CatalogueSection, overrideDir?: string): Catalogue {
  const out: Record<string, string> = {};
  const dirs = [findShippedTemplates(), overrideDir].filter((d): d is string => d !== undefined);
  for (const dir of dirs) {
    const found = readJson(join(dir, 'labels', `${lang}.json`))?.[section];
    if (typeof found !== 'object' || found === null) continue;
    for (const [id, text] of Object.entries(found)) if (typeof text === 'string') out[id] = text;
  }
  return out;
}

/** One word of the documents' labels in `lang` (`["placeKinds", "hotel"]`), the office's over the shipped. */
export function readLabelEntry(lang: string, path: readonly string[], overrideDir?: string): string | undefined {
  let found: string | undefined;
  for (const dir of [findShippedTemplates(), overrideDir]) {
    if (dir === undefined) continue;
    let node: unknown = readJson(join(dir, 'labels', `${lang}.json`));
    for (const key of path) node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined;
    if (typeof node === 'string') found = node;
  }
  return found;
}

/** `w` in English from the shipped label file: the text of an error's `message` in code and tests. */
export function englishWords(w: Words): string {
  const english = readCatalogue('en', 'messages');
  return formatWords(w, 'en', english, english);
}

setEnglishWords(englishWords);
