// User text (names, titles, notes, file names) made safe for the output it goes to: it is data, never
// control. Control characters, C1 codes and bidirectional controls are shown as visible stand-ins
// (`␛`, `[U+0085]`, `[U+202E]`), so that a name cannot move the cursor, set a terminal's title, copy
// to the clipboard (OSC 52), reorder a printed line or start a forged log line.

/**
 * - `line`: a one-line field in a terminal or a text file: line breaks become `⏎`, a tab a space.
 * - `text`: several lines in a terminal or a text file (notes, messages): line breaks kept as `\n`,
 *   tabs kept; a line never starts with `::` (a zero-width space goes between the colons), which a
 *   CI runner would take for a workflow command.
 * - `csv`: a spreadsheet cell: as `text` (the writer quotes a cell with a line break).
 * - `annotation`: a GitHub Actions workflow command's message: one line, then `%`, CR and LF encoded
 *   as the runner expects, so nothing in it can end the command or start another.
 */
export type SafeOutput = 'line' | 'text' | 'csv' | 'annotation';

// eslint-disable-next-line no-control-regex
const UNSAFE = /\r\n|[\u0000-\u001f\u007f-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function safeText(text: string, output: SafeOutput = 'line'): string {
  const oneLine = output === 'line' || output === 'annotation';
  const safe = text.replace(UNSAFE, (c) => {
    if (c === '\r\n' || c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029') return oneLine ? '⏎' : '\n';
    if (c === '\t') return oneLine ? ' ' : '\t';
    const code = c.codePointAt(0)!;
    if (code < 0x20) return String.fromCodePoint(0x2400 + code);
    if (code === 0x7f) return '␡';
    return `[U+${code.toString(16).toUpperCase().padStart(4, '0')}]`;
  });
  if (output === 'annotation') return safe.replace(/%/g, '%25');
  return oneLine ? safe : safe.replace(/^([ \t]*):(?=:)/gm, '$1\u200b:');
}
