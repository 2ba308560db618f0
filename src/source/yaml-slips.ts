// The YAML parser's errors in the words of someone editing an itinerary by hand, one finding per slip.
// A slip (a tab, a colon in a value, a key one space off) makes the parser report a cascade of errors
// about the lines after it; here the first error is traced to its cause, the cause is fixed in a scratch
// copy of the text and the copy is parsed again, so that only errors that remain are reported next.
// The hint shows the corrected line, built from the user's own text. docs/yaml-errors.md maps each
// parser code to the message given here.
import type { YAMLError } from 'yaml';
import { parseYamlDocument } from './yaml-document.js';
import { wordedProblem, type ProblemWording } from './yaml-words.js';

export interface Slip {
  message: string;
  hint?: string;
  /** The message and hint as phrases (yaml-words.ts), when they have them. */
  wording?: ProblemWording;
  start: number;
  end: number;
}

interface Diagnosis extends Slip {
  /** How the scratch copy is repaired so that the parser can go on: replace start..end with text. */
  fix?: { start: number; end: number; text: string };
}

/** Parser options the format uses; parsing the scratch copy the same way. */
const OPTIONS = { schema: 'core', version: '1.2', uniqueKeys: true, prettyErrors: false, keepSourceTokens: false } as const;

/** Slips reported per run: each costs a parse of the whole file; further ones show once these are fixed. */
const MAX_SLIPS = 6;
/**
 * In a text longer than this (a megabyte: thousands of events), one slip is reported per run, so that
 * the text is parsed once, not once more per slip: each parse of a large programme takes seconds and
 * hundreds of megabytes. The next slip shows once this one is fixed.
 */
const ONE_SLIP_ABOVE_CHARS = 1_000_000;

interface Edit {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/**
 * One finding per root cause for the parser's `errors` on `text`. `errors` are the first parse's;
 * later rounds parse the repaired copy. Offsets of the findings are in `text`.
 */
export function explainYamlErrors(text: string, errors: readonly YAMLError[]): Slip[] {
  const slips: Slip[] = [];
  const edits: Edit[] = [];
  let current = text;
  let pending = [...errors];
  const toOriginal = (offset: number) => {
    let out = offset;
    for (let i = edits.length - 1; i >= 0; i--) {
      const e = edits[i]!;
      if (out >= e.newEnd) out -= e.newEnd - e.oldEnd;
      else if (out > e.start) out = e.start;
    }
    return out;
  };
  const reported = new Set<string>();
  const maxSlips = text.length > ONE_SLIP_ABOVE_CHARS ? 1 : MAX_SLIPS;
  for (let round = 0; round < maxSlips && pending.length > 0; round++) {
    const sorted = [...pending].sort((a, b) => a.pos[0] - b.pos[0]);
    // Duplicate keys cause nothing after them: report every one, then look at the rest.
    for (const error of sorted.filter((e) => e.code === 'DUPLICATE_KEY')) {
      const slip = duplicateKey(error, current);
      const start = toOriginal(slip.start);
      const key = `${start}:${slip.message}`;
      if (reported.has(key)) continue;
      reported.add(key);
      slips.push({ ...slip, start, end: Math.max(start, toOriginal(slip.end)) });
    }
    const first = sorted.find((e) => e.code !== 'DUPLICATE_KEY');
    if (!first) break;
    const diagnosis = diagnose(first, current);
    const start = toOriginal(diagnosis.start);
    slips.push({
      message: diagnosis.message, hint: diagnosis.hint, start, end: Math.max(start, toOriginal(diagnosis.end)),
      ...(diagnosis.wording ? { wording: diagnosis.wording } : {}),
    });
    // The last round reports its slip without parsing the repaired copy: nothing would read its errors.
    if (round + 1 >= maxSlips) break;
    const fix = diagnosis.fix ?? blankLines(current, first.pos[0], first.pos[1]);
    const next = current.slice(0, fix.start) + fix.text + current.slice(fix.end);
    if (next === current) break;
    edits.push({ start: fix.start, oldEnd: fix.end, newEnd: fix.start + fix.text.length });
    current = next;
    pending = [...parseYamlDocument(current, OPTIONS).errors];
  }
  return slips;
}

// ---- lines ------------------------------------------------------------------------------------

interface Line {
  start: number;
  end: number;
  text: string;
  /** Leading whitespace (spaces and tabs). */
  indent: string;
  /** The content after the indentation and any `- ` indicators. */
  body: string;
  /** Column (0-based) where `body` starts. */
  bodyColumn: number;
}

function lineAt(text: string, offset: number): Line {
  const start = text.lastIndexOf('\n', Math.max(0, Math.min(offset, text.length) - 1)) + 1;
  const newline = text.indexOf('\n', start);
  const end = newline === -1 ? text.length : newline;
  const raw = text.slice(start, end).replace(/\r$/, '');
  const indent = /^[ \t]*/.exec(raw)![0];
  const dashes = /^(?:-[ \t]+)*/.exec(raw.slice(indent.length))![0];
  return { start, end: start + raw.length, text: raw, indent, body: raw.slice(indent.length + dashes.length), bodyColumn: indent.length + dashes.length };
}

function nextLine(text: string, line: Line): Line | undefined {
  const after = text.indexOf('\n', line.end);
  return after === -1 || after + 1 >= text.length ? undefined : lineAt(text, after + 1);
}

function previousLine(text: string, line: Line): Line | undefined {
  return line.start === 0 ? undefined : lineAt(text, line.start - 1);
}

const isBlank = (line: Line) => line.text.trim() === '' || line.text.trim().startsWith('#');

function previousContentLine(text: string, line: Line): Line | undefined {
  let at = previousLine(text, line);
  while (at && isBlank(at)) at = previousLine(text, at);
  return at;
}

/** A plain `key:` at the start of a line's body: the key, and where its value starts. */
const KEY = /^([A-Za-z_][\w-]*|"[^"\n]*"|'[^'\n]*'):(?=[ \t]|$)[ \t]*/;

/** The value text of `key: value` (no comment), or undefined. */
function valueOf(line: Line): { key: string; start: number; end: number; text: string } | undefined {
  const match = KEY.exec(line.body);
  if (!match) return undefined;
  const start = line.start + line.bodyColumn + match[0].length;
  let rest = line.text.slice(start - line.start);
  const comment = /[ \t]#/.exec(rest);
  if (comment && !/^["'[{]/.test(rest)) rest = rest.slice(0, comment.index);
  rest = rest.replace(/[ \t]+$/, '');
  return { key: match[1]!.replace(/^["']|["']$/g, ''), start, end: start + rest.length, text: rest };
}

function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** The line with start..end replaced, trimmed of its comment after the change: the corrected line. */
function corrected(line: Line, start: number, end: number, replacement: string): string {
  return (line.text.slice(0, start - line.start) + replacement + line.text.slice(end - line.start)).trim();
}

/** Blank out the lines of start..end (same length, so offsets stay): the parser goes on after them. */
function blankLines(text: string, start: number, end: number): { start: number; end: number; text: string } {
  const first = lineAt(text, start);
  const last = lineAt(text, Math.max(start, end - 1));
  return { start: first.start, end: last.end, text: text.slice(first.start, last.end).replace(/[^\n\r]/g, ' ') };
}

// ---- diagnoses ---------------------------------------------------------------------------------

function diagnose(error: YAMLError, text: string): Diagnosis {
  const [start, end] = error.pos;
  const line = lineAt(text, start);
  switch (error.code) {
    case 'TAB_AS_INDENT':
      return tabIndent(text, tabLine(text, start));
    case 'BLOCK_IN_FLOW':
      return colonInFlow(text, start, end) ?? generic(error, text);
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
    case 'MISSING_CHAR':
    case 'BAD_INDENT':
    case 'UNEXPECTED_TOKEN':
      return (
        unclosedQuote(error, text) ??
        unclosedBracket(error, text) ??
        tabAnywhere(text, start, end) ??
        colonInValue(text, line) ??
        missingSpaceAfterColon(text, start, end) ??
        missingSpaceAfterDash(text, start, end) ??
        indentOff(text, start, end) ??
        textAfterQuote(error, text, line) ??
        generic(error, text)
      );
    case 'BAD_SCALAR_START':
      return reservedStart(text, start, line) ?? generic(error, text);
    case 'BAD_DQ_ESCAPE':
      return badEscape(text, start, line) ?? generic(error, text);
    case 'MULTIPLE_DOCS':
      return {
        message: 'the file holds several YAML documents (separated by `---`); an itinerary is one document',
        hint: 'Put each programme in a file of its own, or remove the extra `---` line.',
        wording: { message: { id: 'yamlSeveralDocuments' }, hint: { id: 'yamlSeveralDocumentsHint' } },
        start,
        end: start + 3,
        fix: { start, end: text.length, text: '' },
      };
    default:
      return generic(error, text);
  }
}

function tabLine(text: string, offset: number): Line {
  return lineAt(text, offset);
}

/** The indentation a line should have: that of the sibling above it, or one level under its parent. */
function expectedIndent(text: string, line: Line): number {
  const above = previousContentLine(text, line);
  if (!above) return 0;
  const aboveIndent = above.indent.replace(/\t/g, ' ').length;
  if (/:[ \t]*$/.test(above.text.replace(/[ \t]+#.*$/, ''))) return aboveIndent + 2;
  return above.bodyColumn > aboveIndent ? above.bodyColumn : aboveIndent;
}

function tabIndent(text: string, line: Line): Diagnosis {
  const width = expectedIndent(text, line);
  const leading = /^[ \t]*/.exec(line.text)![0];
  const fixed = ' '.repeat(width) + line.text.slice(leading.length);
  const tabs = (leading.match(/\t/g) ?? []).length;
  return {
    message: `this line is indented with ${tabs === 1 ? 'a tab' : `${tabs} tabs`}; YAML allows only spaces for indentation`,
    hint: `Indent it with ${width} ${width === 1 ? 'space' : 'spaces'} instead (the excerpt shows a tab as →): ${fixed.trim()}`,
    wording: { message: { id: 'yamlTabIndent', data: { tabs } }, hint: { id: 'yamlTabIndentHint', data: { width, fixed: fixed.trim() } } },
    start: line.start + leading.indexOf('\t'),
    end: line.start + leading.lastIndexOf('\t') + 1,
    fix: { start: line.start, end: line.start + leading.length, text: ' '.repeat(width) },
  };
}

/** A tab in the indentation of a line in the error's range (the parser does not always say so first). */
function tabAnywhere(text: string, start: number, end: number): Diagnosis | undefined {
  for (let line: Line | undefined = lineAt(text, start); line && line.start <= end; line = nextLine(text, line)) {
    if (line.indent.includes('\t')) return tabIndent(text, line);
  }
  return undefined;
}

/** `title: Обед: от имени мэра` in a block mapping. */
function colonInValue(text: string, line: Line): Diagnosis | undefined {
  const value = valueOf(line);
  if (!value || /^["'[{|>&*!]/.test(value.text) || !/:[ \t]/.test(value.text)) return undefined;
  const quoted = quote(value.text);
  return {
    message: `the value of "${value.key}" contains a colon followed by a space, which YAML reads as the start of another key; such a value must be in quotes`,
    hint: `Put the whole value in double quotes: ${corrected(line, value.start, value.end, quoted)}`,
    wording: {
      message: { id: 'yamlColonInValue', data: { key: value.key } },
      hint: { id: 'yamlQuoteWholeHint', data: { fixed: corrected(line, value.start, value.end, quoted) } },
    },
    start: value.start,
    end: value.end,
    fix: { start: value.start, end: value.end, text: quoted },
  };
}

/** `{ id: x, title: Обед: от имени мэра }`: the parser's range is the value with the colon. */
function colonInFlow(text: string, start: number, end: number): Diagnosis | undefined {
  const raw = text.slice(start, end);
  if (!/:[ \t]/.test(raw) || raw.includes('\n')) return undefined;
  const line = lineAt(text, start);
  const value = raw.replace(/[ \t]+$/, '');
  const keyMatch = /([A-Za-z_][\w-]*):[ \t]*$/.exec(text.slice(line.start, start));
  const quoted = quote(value);
  return {
    message: `the value${keyMatch ? ` of "${keyMatch[1]}"` : ''} contains a colon followed by a space inside { … }, which YAML reads as another key; such a value must be in quotes`,
    hint: `Put the whole value in double quotes: ${corrected(line, start, start + value.length, quoted)}`,
    wording: {
      message: { id: 'yamlColonInFlow', data: { key: keyMatch?.[1] ?? 'none' } },
      hint: { id: 'yamlQuoteWholeHint', data: { fixed: corrected(line, start, start + value.length, quoted) } },
    },
    start,
    end: start + value.length,
    fix: { start, end: start + value.length, text: quoted },
  };
}

/** `title:Обед`: a key and a value without the space YAML needs after the colon. */
function missingSpaceAfterColon(text: string, start: number, end: number): Diagnosis | undefined {
  for (let line: Line | undefined = lineAt(text, start); line && line.start <= end; line = nextLine(text, line)) {
    const match = /^([A-Za-z_][\w-]*):([^\s:/][^\n]*)$/.exec(line.body);
    if (!match || KEY.test(line.body)) continue;
    const at = line.start + line.bodyColumn + match[1]!.length + 1;
    return {
      message: `there is no space after the colon of "${match[1]}:", so YAML reads "${match[1]}:${match[2]!.trim().slice(0, 20)}" as one piece of text`,
      hint: `Put a space after the colon: ${corrected(line, at, at, ' ')}`,
      wording: {
        message: { id: 'yamlNoSpaceAfterColon', data: { key: match[1]!, text: `${match[1]}:${match[2]!.trim().slice(0, 20)}` } },
        hint: { id: 'yamlNoSpaceAfterColonHint', data: { fixed: corrected(line, at, at, ' ') } },
      },
      start: at - 1,
      end: at,
      fix: { start: at, end: at, text: ' ' },
    };
  }
  return undefined;
}

/** `-id: x`: a list item without the space after the dash. */
function missingSpaceAfterDash(text: string, start: number, end: number): Diagnosis | undefined {
  let line: Line | undefined = previousContentLine(text, lineAt(text, start)) ?? lineAt(text, start);
  for (; line && line.start <= end; line = nextLine(text, line)) {
    const match = /^([ \t]*)-([A-Za-z_"'{[][^\n]*)$/.exec(line.text);
    if (!match || match[2]!.startsWith('-')) continue;
    const at = line.start + match[1]!.length + 1;
    return {
      message: 'a list item needs a space after its dash; without it YAML reads the dash as part of the text',
      hint: `Put a space after the dash: ${corrected(line, at, at, ' ')}`,
      wording: { message: { id: 'yamlNoSpaceAfterDash' }, hint: { id: 'yamlNoSpaceAfterDashHint', data: { fixed: corrected(line, at, at, ' ') } } },
      start: at - 1,
      end: at,
      fix: { start: at, end: at, text: ' ' },
    };
  }
  return undefined;
}

/** A key indented one or two columns off from its siblings. */
function indentOff(text: string, start: number, end: number): Diagnosis | undefined {
  let line: Line | undefined = lineAt(text, start);
  for (let n = 0; line && n < 4; n++, line = nextLine(text, line)) {
    if (isBlank(line) || line.indent.includes('\t') || !KEY.test(line.body) || line.bodyColumn !== line.indent.length) continue;
    const above = previousContentLine(text, line);
    if (!above) continue;
    const own = line.indent.length;
    const sibling = above.bodyColumn;
    const opensBlock = /:[ \t]*$/.test(above.text.replace(/[ \t]+#.*$/, ''));
    const want = opensBlock ? above.indent.length + 2 : sibling;
    if (own === want || Math.abs(own - want) > 2) {
      if (line.start > end) break;
      continue;
    }
    const key = KEY.exec(line.body)![1]!;
    const fixed = ' '.repeat(want) + line.text.slice(own);
    return {
      message: `"${key}" is indented ${own} ${own === 1 ? 'space' : 'spaces'}, ${Math.abs(own - want) === 1 ? 'one' : 'two'} ${own > want ? 'more' : 'fewer'} than the ${opensBlock ? 'level under the line above' : 'field above it'} (${want}); YAML reads indentation as structure`,
      hint: `Indent it with ${want} ${want === 1 ? 'space' : 'spaces'}, as the ${opensBlock ? 'fields of that level' : 'fields around it'}: ${fixed.trim()}`,
      wording: {
        message: {
          id: 'yamlIndentOff',
          data: { key, own, off: Math.abs(own - want), direction: own > want ? 'more' : 'fewer', than: opensBlock ? 'level' : 'field', want },
        },
        hint: { id: 'yamlIndentOffHint', data: { want, than: opensBlock ? 'level' : 'field', fixed: fixed.trim() } },
      },
      start: line.start,
      end: line.start + own + key.length,
      fix: { start: line.start, end: line.start + own, text: ' '.repeat(want) },
    };
  }
  return undefined;
}

/** Missing closing "quote / 'quote: find the line where the quote opens and close it there. */
function unclosedQuote(error: YAMLError, text: string): Diagnosis | undefined {
  const which = /Missing closing (["'])quote/.exec(error.message)?.[1];
  if (!which) return undefined;
  for (let line: Line | undefined = lineAt(text, 0); line && line.start <= error.pos[0]; line = nextLine(text, line)) {
    const open = unclosedOn(line.text, which);
    if (open === undefined) continue;
    const body = line.text.replace(/[ \t]+$/, '');
    const closeAt = line.start + body.length;
    return {
      message: `the ${which === '"' ? 'double' : 'single'} quote opened on this line is never closed, so YAML reads the lines after it as part of the value`,
      hint: `Close the quote at the end of the value: ${corrected(line, closeAt, closeAt, which)}`,
      wording: {
        message: { id: 'yamlUnclosedQuote', data: { quote: which === '"' ? 'double' : 'single' } },
        hint: { id: 'yamlUnclosedQuoteHint', data: { fixed: corrected(line, closeAt, closeAt, which) } },
      },
      start: line.start + open,
      end: closeAt,
      fix: { start: closeAt, end: closeAt, text: which },
    };
  }
  return undefined;
}

/** Where on this line a `which` quote opens a value and is not closed on the line; undefined if none. */
function unclosedOn(line: string, which: string): number | undefined {
  let i = 0;
  while (i < line.length) {
    const ch = line[i]!;
    const tokenStart = i === 0 || /[\s,[{:-]/.test(line[i - 1]!);
    if (ch === '#' && (i === 0 || /\s/.test(line[i - 1]!))) return undefined;
    if ((ch === '"' || ch === "'") && tokenStart) {
      const rest = line.slice(i);
      const closed = ch === '"' ? /^"(?:[^"\\]|\\.)*"/.exec(rest) : /^'(?:[^']|'')*'/.exec(rest);
      if (!closed) return ch === which ? i : undefined;
      i += closed[0].length;
      continue;
    }
    i++;
  }
  return undefined;
}

/** A `{` or `[` that is never closed: the line it opens on, with the bracket closed. */
function unclosedBracket(error: YAMLError, text: string): Diagnosis | undefined {
  const which = /end with a ([}\]])/.exec(error.message)?.[1];
  if (!which) return undefined;
  const open = which === '}' ? '{' : '[';
  for (let line: Line | undefined = previousContentLine(text, lineAt(text, error.pos[0])); line; line = previousContentLine(text, line)) {
    const code = stripQuoted(line.text);
    const depth = count(code, open) - count(code, which);
    if (depth <= 0) continue;
    const body = code.replace(/[ \t]+#.*$/, '').replace(/[ \t]+$/, '');
    const at = line.start + body.length;
    return {
      message: `the ${open === '{' ? 'brace { opened' : 'bracket [ opened'} on this line is never closed`,
      hint: `Close it at the end of the line: ${corrected(line, at, at, ` ${which}`.repeat(depth).replace(/^ /, open === '{' ? ' ' : ''))}`,
      wording: {
        message: { id: 'yamlUnclosedBracket', data: { bracket: open === '{' ? 'brace' : 'bracket' } },
        hint: { id: 'yamlUnclosedBracketHint', data: { fixed: corrected(line, at, at, ` ${which}`.repeat(depth).replace(/^ /, open === '{' ? ' ' : '')) } },
      },
      start: line.start + code.indexOf(open),
      end: line.start + code.indexOf(open) + 1,
      fix: { start: at, end: at, text: which.repeat(depth) },
    };
  }
  return undefined;
}

/** The text with quoted parts blanked, so that brackets and colons inside quotes do not count. */
function stripQuoted(s: string): string {
  return s.replace(/"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'/g, (m) => ' '.repeat(m.length));
}

function count(s: string, ch: string): number {
  return s.split(ch).length - 1;
}

/** `title: "Обед" от мэра`: text after a closing quote. */
function textAfterQuote(error: YAMLError, text: string, line: Line): Diagnosis | undefined {
  if (error.code !== 'UNEXPECTED_TOKEN') return undefined;
  const value = valueOf(line);
  if (!value || !/^["']/.test(value.text)) return undefined;
  const single = `'${value.text.replace(/'/g, "''")}'`;
  return {
    message: `the value of "${value.key}" has text after its closing quote; quotes must enclose the whole value`,
    hint: `Quote the whole value (quotes inside it stay): ${corrected(line, value.start, value.end, single)}`,
    wording: {
      message: { id: 'yamlTextAfterQuote', data: { key: value.key } },
      hint: { id: 'yamlTextAfterQuoteHint', data: { fixed: corrected(line, value.start, value.end, single) } },
    },
    start: value.start,
    end: value.end,
    fix: { start: value.start, end: value.end, text: single },
  };
}

/** `title: @home`, `` title: `x` ``, `title: %x`: characters YAML reserves at the start of a plain value. */
function reservedStart(text: string, start: number, line: Line): Diagnosis | undefined {
  const value = valueOf(line);
  const at = value && value.start <= start && start < Math.max(value.end, value.start + 1) ? value : undefined;
  const ch = text[start]!;
  if (!at) {
    return {
      message: `a value cannot start with ${ch} unless it is in quotes`,
      hint: 'Put the value in double quotes.',
      wording: { message: { id: 'yamlReservedStart', data: { ch } }, hint: { id: 'yamlBadScalarStartHint' } },
      start,
      end: start + 1,
      fix: { start, end: start + 1, text: ' ' },
    };
  }
  const quoted = quote(at.text);
  return {
    message: `the value of "${at.key}" starts with ${ch}, which YAML reserves; such a value must be in quotes`,
    hint: `Put the value in double quotes: ${corrected(line, at.start, at.end, quoted)}`,
    wording: {
      message: { id: 'yamlReservedStartOf', data: { key: at.key, ch } },
      hint: { id: 'yamlQuoteHint', data: { fixed: corrected(line, at.start, at.end, quoted) } },
    },
    start: at.start,
    end: at.end,
    fix: { start: at.start, end: at.end, text: quoted },
  };
}

/** `"C:\Users"`: a backslash in double quotes starts an escape. */
function badEscape(text: string, start: number, line: Line): Diagnosis | undefined {
  const value = valueOf(line);
  if (!value || !value.text.startsWith('"')) return undefined;
  const inner = value.text.slice(1, value.text.lastIndexOf('"') > 0 ? value.text.lastIndexOf('"') : undefined);
  const single = `'${inner.replace(/'/g, "''")}'`;
  return {
    message: `a backslash inside double quotes starts an escape sequence, and "${text.slice(start, start + 2)}" is none`,
    hint: `Use single quotes, where a backslash is an ordinary character: ${corrected(line, value.start, value.end, single)}`,
    wording: {
      message: { id: 'yamlBadEscape', data: { escape: text.slice(start, start + 2) } },
      hint: { id: 'yamlBadEscapeHint', data: { fixed: corrected(line, value.start, value.end, single) } },
    },
    start,
    end: start + 2,
    fix: { start: value.start, end: value.end, text: single },
  };
}

function duplicateKey(error: YAMLError, text: string): Slip {
  const [start, end] = error.pos;
  // The error's range covers only the key's first character: read the key up to its colon.
  const key = /^("(?:[^"\\\n]|\\.)*"|'(?:[^'\n]|'')*'|[^\n]*?)(?=:(?:\s|$))/.exec(text.slice(start))?.[1]?.trim().replace(/^(["'])(.*)\1$/, '$2') || text.slice(start, end);
  return {
    message: `the key "${key}" appears twice in the same mapping`,
    hint: 'Keep one of them: YAML would silently drop the first value.',
    wording: { message: { id: 'yamlDuplicateKey', data: { key } }, hint: { id: 'yamlDuplicateKeyHint' } },
    start,
    end: Math.max(end, start + key.length),
  };
}

/** Parser codes with no slip of their own: a phrase (yaml-words.ts) for each, its hint the phrase's id + Hint. */
const GENERIC: Partial<Record<string, { id: string; data?: Readonly<Record<string, number>> }>> = {
  ALIAS_PROPS: { id: 'yamlAliasProps' },
  BAD_ALIAS: { id: 'yamlBadAlias' },
  BAD_DIRECTIVE: { id: 'yamlBadDirective' },
  BAD_PROP_ORDER: { id: 'yamlBadPropOrder' },
  MULTIPLE_ANCHORS: { id: 'yamlMultipleAnchors' },
  MULTIPLE_TAGS: { id: 'yamlMultipleTags' },
  NON_STRING_KEY: { id: 'yamlNonStringKey' },
  KEY_OVER_1024_CHARS: { id: 'yamlLongKey', data: { max: 1024 } },
  RESOURCE_EXHAUSTION: { id: 'yamlResourceExhaustion' },
  BAD_COLLECTION_TYPE: { id: 'yamlBadCollectionType' },
  IMPOSSIBLE: { id: 'yamlImpossible' },
  BLOCK_IN_FLOW: { id: 'yamlBlockInFlow' },
  BAD_INDENT: { id: 'yamlBadIndent' },
  MISSING_CHAR: { id: 'yamlMissingChar' },
  BLOCK_AS_IMPLICIT_KEY: { id: 'yamlBlockAsImplicitKey' },
  MULTILINE_IMPLICIT_KEY: { id: 'yamlMultilineImplicitKey' },
  UNEXPECTED_TOKEN: { id: 'yamlUnexpectedToken' },
  BAD_SCALAR_START: { id: 'yamlBadScalarStart' },
  BAD_DQ_ESCAPE: { id: 'yamlBadEscapeSequence' },
  TAB_AS_INDENT: { id: 'yamlTabAsIndent' },
};

function generic(error: YAMLError, text: string): Diagnosis {
  // A malformed tag: whatever it says, an itinerary has no tags.
  if (error.code === 'TAG_RESOLVE_FAILED') return { ...wordedProblem({ id: 'yamlBadTag' }, { id: 'yamlBadTagHint' }), start: error.pos[0], end: error.pos[1], fix: blankLines(text, error.pos[0], error.pos[1]) };
  const known = GENERIC[error.code];
  // A code a later version of the parser may add: its own words, in a sentence of ours.
  const detail = error.message.replace(/ at line \d+, column \d+:[\s\S]*$/, '');
  return {
    ...(known ? wordedProblem({ id: known.id, ...(known.data ? { data: known.data } : {}) }, { id: `${known.id}Hint` }) : wordedProblem({ id: 'yamlParserError', data: { detail } })),
    start: error.pos[0],
    end: error.pos[1],
    fix: blankLines(text, error.pos[0], error.pos[1]),
  };
}

/** Every parser code and the message it gets when nothing more specific is found (for the docs test). */
export function genericMessages(): Record<string, { message: string; hint?: string }> {
  return Object.fromEntries(
    Object.entries(GENERIC).map(([code, known]) => {
      const { message, hint } = wordedProblem({ id: known!.id, ...(known!.data ? { data: known!.data } : {}) }, { id: `${known!.id}Hint` });
      return [code, { message, hint }];
    }),
  );
}

// ---- a value cut by a comment ------------------------------------------------------------------

/** `key: value` in a block mapping (after any `- `), the value a plain scalar. */
const PLAIN_VALUE = /^([ \t]*(?:-[ \t]+)*)([A-Za-z_][\w-]*|"[^"\n]*"|'[^'\n]*'):[ \t]+(?=[^\s"'[{|>&*!#%@`])/;

/**
 * Valid YAML that does not say what was meant: `title: Зал #3` reads as `title: Зал`, since a `#`
 * after a space starts a comment. Only a `#` followed directly by text (`#3`, `#A`) is taken for part
 * of the value; `# note` stays a comment, and so does one after an id or a kind (`kind: airport #D`). Offsets are in `text`; the hint has the value quoted.
 */
export function commentCuts(text: string): Slip[] {
  if (!/[ \t]#[^\s#]/.test(text)) return [];
  const cuts: Slip[] = [];
  let start = 0;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    const match = /[ \t]#[^\s#]/.test(line) ? PLAIN_VALUE.exec(line) : null;
    const rest = match ? line.slice(match[0].length) : '';
    const comment = /[ \t]#/.exec(rest);
    const value = comment ? rest.slice(0, comment.index).replace(/[ \t]+$/, '') : '';
    // After an id or a kind (`kind: airport #gate-D`) a comment is what was meant.
    if (match && comment && /^#[^\s#]/.test(rest.slice(comment.index + 1)) && !/^[a-z0-9][a-z0-9-]*$/.test(value)) {
      const [head, lead, key] = match;
      const whole = rest.replace(/[ \t]+$/, '');
      const name = key!.replace(/^["']|["']$/g, '');
      const cut = whole.slice(comment.index + 1);
      const shown = cut.length > 20 ? cut.slice(0, 20) + '…' : cut;
      const fixed = (lead!.replace(/^[ \t]+/, '') + key + ': ' + quote(whole)).replace(/^(-[ \t]+)+/, (d) => d.replace(/[ \t]+/g, ' '));
      cuts.push({
        ...wordedProblem({ id: 'yamlCommentCut', data: { key: name, cut: shown, value } }, { id: 'yamlQuoteWholeHint', data: { fixed } }),
        start: start + head!.length,
        end: start + line.length,
      });
    }
    start += raw.length + 1;
  }
  return cuts;
}
