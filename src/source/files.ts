// Expands the paths a user names into itinerary files: files as given, folders searched for .yaml/.yml.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from './errors.js';
import { ioError } from './read.js';
import { words } from '../text/words.js';

const YAML_FILE = /\.ya?ml$/i;
/** Configuration files live beside itineraries but are not itineraries. */
const NOT_ITINERARIES = /^delegation\.config\.ya?ml$/i;
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

export function findItineraryFiles(paths: readonly string[]): string[] {
  const files: string[] = [];
  for (const path of paths) {
    let isDirectory: boolean;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch (error) {
      throw ioError(path, error);
    }
    if (!isDirectory) {
      files.push(path);
      continue;
    }
    const found = walk(path);
    if (found.length === 0) {
      throw new UserError(words('noYamlInFolder', { path }), words('noYamlInFolder.hint'));
    }
    files.push(...found);
  }
  return [...new Set(files)];
}

function walk(folder: string): string[] {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    throw ioError(folder, error);
  }
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.')) files.push(...walk(path));
    } else if (YAML_FILE.test(entry.name) && !NOT_ITINERARIES.test(entry.name)) {
      files.push(path);
    }
  }
  return files;
}
