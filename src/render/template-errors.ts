// A broken Handlebars layout or partial in a --templates folder is the user's file at fault: say which
// file, which line and what is wrong, in words, instead of an internal error.
import { UserError } from '../source/errors.js';
import { words } from '../text/words.js';

/** Which template a source came from, for messages: the file's path when known, else its name. */
export type TemplateName = string;

/** Parse `source` and throw a UserError naming `file` and the line when it is not a valid template. */
export function checkTemplate(parse: (source: string) => unknown, source: string, file: TemplateName): void {
  try {
    parse(source);
  } catch (error) {
    throw templateError(error, source, file);
  }
}

/** The UserError for an error Handlebars raised while parsing or running the template in `file`. */
export function templateError(error: unknown, source: string, file: TemplateName): UserError {
  const text = error instanceof Error ? error.message : String(error);
  const { line, what } = explain(text, source, error as { lineNumber?: number });
  return new UserError(
    words('brokenTemplate', { where: `${file}${line ? `:${line}` : ''}`, what }),
    words('brokenTemplate.hint', { syntax: '{{name}}, {{#each list}} … {{/each}}, {{> partial}}' }),
    2,
  );
}

function explain(message: string, source: string, error: { lineNumber?: number }): { line?: number; what: string } {
  const parse = /^Parse error on line (\d+):\n[^\n]*\n[^\n]*\n(.*)$/s.exec(message);
  if (parse) {
    const got = /got '([A-Z_]+)'/.exec(parse[2]!)?.[1];
    if (got === 'EOF') {
      const open = unclosedBlock(source);
      if (open) return { line: open.line, what: `{{#${open.name}}} is never closed: add {{/${open.name}}} where the block ends` };
      return { line: Number(parse[1]), what: 'the template ends in the middle of a {{ … }} tag or block' };
    }
    if (got === 'INVALID' || got === 'CLOSE' || got === 'CLOSE_UNESCAPED') {
      return { line: Number(parse[1]), what: 'a {{ … }} tag is not closed or has a stray brace (write {{name}} for text, {{{name}}} for raw HTML)' };
    }
    return { line: Number(parse[1]), what: `Handlebars cannot read this line (${parse[2]!.replace(/\s+/g, ' ').trim()})` };
  }
  const mismatch = /^(\S+) doesn't match (\S+) - (\d+):(\d+)/.exec(message);
  if (mismatch) return { line: Number(mismatch[3]), what: `{{/${mismatch[2]}}} closes {{#${mismatch[1]}}}: a block must be closed with its own name` };
  const partial = /^The partial (.+) could not be found/.exec(message);
  if (partial) return { line: lineOf(source, `{{> ${partial[1]}`) ?? lineOf(source, `{{>${partial[1]}`), what: `the partial "${partial[1]}" does not exist (partials are the files in partials/)` };
  const helper = /^Missing helper: "(.+)"/.exec(message);
  if (helper) return { line: lineOf(source, `{{${helper[1]} `) ?? lineOf(source, `{{#${helper[1]}`), what: `"${helper[1]}" is not a helper (the helpers are eq, join, inc, pageOf and timetable, and Handlebars' own if, unless, each, with)` };
  return { line: error.lineNumber, what: message.split('\n')[0]! };
}

function lineOf(source: string, needle: string): number | undefined {
  const at = source.indexOf(needle);
  return at === -1 ? undefined : source.slice(0, at).split('\n').length;
}

/** The innermost block opened and never closed: name and line. */
function unclosedBlock(source: string): { name: string; line: number } | undefined {
  const stack: { name: string; line: number }[] = [];
  for (const match of source.matchAll(/\{\{~?([#/^])\s*([\w-]+)/g)) {
    const line = source.slice(0, match.index).split('\n').length;
    if (match[1] === '/') {
      const at = stack.map((b) => b.name).lastIndexOf(match[2]!);
      if (at !== -1) stack.length = at;
    } else if (match[1] === '#') stack.push({ name: match[2]!, line });
  }
  return stack[stack.length - 1];
}
