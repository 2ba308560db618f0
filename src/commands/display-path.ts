// How a file's path is shown to the user in reports and messages.
import { relative, sep } from 'node:path';

/** Relative to the working folder when inside it, with forward slashes (SARIF and GitHub want them). */
export function displayPath(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  const shown = rel && !rel.startsWith('..') ? rel : file;
  return shown.split(sep).join('/');
}
