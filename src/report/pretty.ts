// The default, human-readable report: one line per finding, a source excerpt with a caret, a summary.
import type { Diagnostic } from '../diagnostics/types.js';
import { countBySeverity, omittedText, type FileReport, type Formatter } from './types.js';
import { countLabel, type CountedLabel } from '../text/labels.js';
import { formatIcu } from '../text/icu.js';
import { displayWidth, fitLine, measuredGraphemes } from '../text/width.js';
import { safeText } from '../text/safe.js';

export const formatPretty: Formatter = (files, { style, words, lang }) => {
  const counted = (label: CountedLabel, n: number) => countLabel(label, n, lang);
  const out: string[] = [];
  for (const file of files) {
    for (const d of file.diagnostics) {
      const colour = d.severity === 'error' ? style.error : style.warning;
      // Messages quote names and values from the file: no control character reaches the terminal, and
      // no line of a message can pass for a CI workflow command.
      const where = safeText(`${file.file}:${d.line}:${d.column}`);
      const [first, ...more] = safeText(d.message, 'text').split('\n');
      out.push(`${style.bold(where)}  ${colour(words[d.severity])}  ${safeText(first!)}  ${style.dim(d.rule)}`);
      for (const line of more) out.push(`    ${safeText(line)}`);
      if (d.sensitive) out.push(`    ${style.dim(words.sensitive)}`);
      const lines = excerpt(file, d, words.hiddenLine || HIDDEN_LINE);
      // The caret line (last) takes the finding's colour so that it stands out from the dimmed source.
      lines.forEach((line, i) => out.push(i === lines.length - 1 && line.includes('^') ? caretLine(line, colour) : style.dim(line)));
      // A word that ends in a full-width colon ("提示：") needs no space after it.
      if (d.hint) out.push(`    ${style.accent(words.hint)}${/[：]$/.test(words.hint) ? '' : ' '}${safeText(d.hint)}`);
      for (const related of d.related ?? []) {
        out.push(`    ${style.dim(safeText(`${words.see} ${file.file}:${related.line}:${related.column}`))}  ${safeText(related.message)}`);
      }
      out.push('');
    }
    for (const o of file.omitted ?? []) {
      const colour = o.severity === 'error' ? style.error : style.warning;
      out.push(`${style.bold(safeText(file.file))}  ${colour(words[o.severity])}  ${omittedText(o, { words, lang })}  ${style.dim(o.rule)}`, '');
    }
  }
  const { errors, warnings } = countBySeverity(files);
  const checked = counted(words.files, files.length);
  // The summary and the all-clear are ICU templates: a language words "in 2 of 5 files" in its own
  // cases ("в 2 файлах из 5"), from the numbers, not from pieces glued together.
  const data = { files: checked, checked: files.length };
  if (errors + warnings === 0) {
    out.push(formatIcu(words.clean, lang, data));
  } else {
    const withProblems = files.filter((f) => f.diagnostics.length > 0).length;
    const where = files.length === 1 ? checked : formatIcu(words.someFiles, lang, { count: withProblems, files: checked });
    const summary = formatIcu(words.summary, lang, { ...data, problems: counted(words.problems, errors + warnings), errors: counted(words.errors, errors), warnings: counted(words.warnings, warnings), where, withProblems });
    out.push(errors > 0 ? style.error(style.bold(`✖ ${summary}`)) : style.warning(style.bold(`⚠ ${summary}`)));
  }
  return out.join('\n') + '\n';
};

function caretLine(line: string, colour: (text: string) => string): string {
  const at = line.indexOf('^');
  return line.slice(0, at) + colour(line.slice(at));
}

const MAX_EXCERPT_WIDTH = 100;
/** Columns of context kept before the finding when a long line is shown from its middle. */
const LEAD = 40;

/** What an excerpt shows in place of a line that holds, or sits inside, a sensitive field (English). */
export const HIDDEN_LINE = '(personal data hidden)';

/** The line before and the line at fault, with a caret under the range; sensitive lines are replaced. */
function excerpt(file: FileReport, d: Diagnostic, hidden: string): string[] {
  if (d.sensitive || file.lines.length === 0) return [];
  const at = file.lines[d.line - 1];
  if (at === undefined || at.trim() === '') return [];
  const gutter = String(d.line).length;
  const lines: string[] = [];
  if (file.sensitiveLines.has(d.line)) {
    const before = file.lines[d.line - 2];
    if (before !== undefined && before.trim() !== '') {
      lines.push(`  ${String(d.line - 1).padStart(gutter)} | ${file.sensitiveLines.has(d.line - 1) ? hidden : clip(before)}`);
    }
    lines.push(`> ${String(d.line).padStart(gutter)} | ${hidden}`);
    return lines;
  }
  const startCol = Math.min(d.column - 1, at.length);
  const endCol = d.endLine === d.line ? Math.max(d.endColumn - 1, startCol + 1) : Math.max(at.replace(/\s+$/, '').length, startCol + 1);
  const shown = window(at, startCol, endCol);
  const before = file.lines[d.line - 2];
  // The line above is shifted as the line at fault is, so that the columns still line up.
  const shifted = shown.skip > 0 || shown.head > 0;
  const context = before === undefined ? '' : shifted ? dropColumns(untab(near(before, shown.head)), shown.skip) : before;
  if (before !== undefined && context.trim() !== '') {
    const text = file.sensitiveLines.has(d.line - 1) ? hidden : shifted ? clip('…' + context, near(before, shown.head).length < before.length - shown.head) : clip(before);
    lines.push(`  ${String(d.line - 1).padStart(gutter)} | ${text}`);
  }
  lines.push(`> ${String(d.line).padStart(gutter)} | ${shown.text}`);
  lines.push(`  ${' '.repeat(gutter)} | ${' '.repeat(shown.pad)}${'^'.repeat(Math.max(1, Math.min(shown.width, MAX_EXCERPT_WIDTH - shown.pad)))}`);
  return lines;
}

/**
 * The part of a line to show: all of it when the range fits in the excerpt width, else from a little
 * before the range, marked with "…". Widths are display columns (CJK characters take two). Only the
 * code units near the range are read (`near`), so that a finding costs the same on a line of any
 * length, and a one-line mapping with thousands of findings is reported in linear time. `head`: code
 * units cut from the start of a very long line (the line above is cut at the same place).
 */
function window(line: string, startCol: number, endCol: number): { text: string; pad: number; width: number; skip: number; head: number } {
  const raw = line.replace(/\r$/, '');
  const head = startCol > SPAN ? boundary(raw, startCol - SPAN) : 0;
  const plain = near(raw, head);
  const cut = plain.length < raw.length - head;
  const from = startCol - head;
  const prefix = untab(plain.slice(0, from));
  const width = Math.max(1, displayWidth(untab(plain.slice(from, endCol - head))));
  const pad = displayWidth(prefix);
  if (head === 0 && pad + Math.min(width, LEAD) <= MAX_EXCERPT_WIDTH - 1) return { text: clip(plain, cut), pad, width, skip: 0, head };
  const skip = Math.max(0, pad - LEAD);
  const text = clip('…' + dropColumns(untab(plain), skip), cut);
  return { text, pad: pad - skip + 1, width, skip, head };
}

/** Code units of a long line read before a finding; twice as many after it. Several excerpt widths, whatever the characters. */
const SPAN = 4 * MAX_EXCERPT_WIDTH;

/** The part of `line` an excerpt can show when `head` code units are cut from its start. */
function near(line: string, head: number): string {
  const start = boundary(line, head);
  return line.slice(start, boundary(line, start + 3 * SPAN));
}

/** `index`, moved past the second half of a surrogate pair so that a cut never splits a character. */
function boundary(text: string, index: number): number {
  if (index >= text.length) return text.length;
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff ? index + 1 : index;
}

/** The text without its first `columns` display columns (a wide character straddling the cut goes too). */
function dropColumns(text: string, columns: number): string {
  // Printable ASCII up to and past the cut: one column a character, and a grapheme break at the cut.
  const firstOther = text.search(/[^\x20-\x7e]/);
  if (columns >= 0 && (firstOther === -1 || firstOther > columns)) return text.slice(columns);
  let dropped = 0;
  let index = 0;
  for (const [g, w] of measuredGraphemes(text)) {
    if (dropped >= columns) break;
    dropped += w;
    index += g.length;
  }
  return ' '.repeat(Math.max(0, dropped - columns)) + text.slice(index);
}

/** A source line as the terminal shows it: tabs as spaces, control characters visible (never acted on). */
function untab(text: string): string {
  // A tab is shown as → (one column, as the space it stood for): the reader sees where a tab is;
  // control characters are shown too, never acted on.
  return safeText(text.replace(/\t/g, '→'));
}

/** A line cut to the excerpt width, ending with "…" when cut (`cut`: it was already cut short before). */
function clip(line: string, cut = false): string {
  const short = line.length > 3 * SPAN ? line.slice(0, boundary(line, 3 * SPAN)) : line;
  const text = untab(short.replace(/\r$/, ''));
  const width = displayWidth(text);
  if (width > MAX_EXCERPT_WIDTH) return fitLine(text, MAX_EXCERPT_WIDTH);
  return (cut || short.length < line.length) && width < MAX_EXCERPT_WIDTH ? `${text}…` : text;
}
