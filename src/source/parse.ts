// Parses YAML text into a document that keeps every node's source range, with the format's settings:
// YAML 1.2 core schema whatever the file's %YAML directive says, unique keys, a bounded alias count.
import { LineCounter, parseDocument, visit, type Document } from 'yaml';
import { countYamlMarks, MAX_EXPLAINED_MARKS } from './budget.js';
import type { FastReading } from './fast-parse.js';
import { explainYamlErrors } from './yaml-slips.js';
import { parseYamlDocument } from './yaml-document.js';
import { wordedProblem, type ProblemWording } from './yaml-words.js';

/** A problem found while reading the YAML itself, with offsets into the text. */
export interface SyntaxProblem {
  message: string;
  hint?: string;
  /** The message and hint as phrases (yaml-words.ts), when they have them. */
  wording?: ProblemWording;
  start: number;
  end: number;
  /** Set when the position is known but the text is not (undecodable bytes). */
  line?: number;
  column?: number;
}

export interface ParsedYaml {
  text: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** The plain JavaScript value, or undefined when syntax problems make it unusable. */
  value: unknown;
  problems: SyntaxProblem[];
}

/** Aliases are rare in itineraries; a few hundred expansions is plenty and stops "billion laughs". */
export const MAX_ALIAS_COUNT = 200;
/** Deeper nesting than this is never an itinerary and would exhaust the stack. */
export const MAX_DEPTH = 64;

/**
 * `withValue: false`: the plain value is not made (the fast reader already has it and only positions
 * are wanted); the document's nodes are then all that is held, not a second copy of the programme.
 */
export function parseYaml(text: string, withValue = true): ParsedYaml {
  const lineCounter = new LineCounter();
  const problems: SyntaxProblem[] = [];
  const depthProblem = findExcessiveDepth(text);
  if (depthProblem) {
    const doc = parseDocument('', { lineCounter: new LineCounter() });
    return { text, doc, lineCounter: countLines(text), value: undefined, problems: [depthProblem] };
  }
  let doc: Document.Parsed;
  try {
    doc = parseYamlDocument(text, {
      schema: 'core',
      version: '1.2',
      uniqueKeys: true,
      // YAML 1.1's !!binary, !!set, !!omap, !!pairs and !!timestamp stay unresolved: each is named below.
      resolveKnownTags: false,
      prettyErrors: false,
      lineCounter,
      keepSourceTokens: false,
    });
  } catch (error) {
    // The scan above catches the nesting we know of; this keeps any other recursion overflow a finding.
    if (!(error instanceof RangeError)) throw error;
    const empty = parseDocument('', { lineCounter: new LineCounter() });
    return { text, doc: empty, lineCounter: countLines(text), value: undefined, problems: [tooDeep(0, 0)] };
  }
  // One finding per slip: the errors a slip causes further down are not reported (see yaml-slips.ts).
  problems.push(...explainYamlErrors(text, doc.errors));
  for (const warning of doc.warnings) {
    if (warning.code === 'TAG_RESOLVE_FAILED') {
      const tag = tagName(warning.message);
      const typed = YAML_11_TYPES[tag];
      problems.push({
        ...(typed
          ? wordedProblem({ id: 'yamlOldType', data: { tag, type: typed.type } }, { id: typed.hint, data: { tag } })
          : wordedProblem({ id: 'yamlCustomTag', data: { tag } }, { id: 'yamlCustomTagHint' })),
        start: warning.pos[0],
        end: warning.pos[1],
      });
    }
  }
  let value: unknown;
  if (problems.length === 0 && withValue) {
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (error instanceof RangeError) {
        problems.push(tooDeep(0, 0));
        return { text, doc, lineCounter, value: undefined, problems };
      }
      const bomb = /alias count/i.test(message);
      // An alias before its anchor (or with none): the parser reads it, toJS cannot resolve it.
      const unknown = /^Unresolved alias[^:]*: (.+)$/.exec(message)?.[1];
      const alias = bomb || unknown !== undefined ? firstAlias(doc, unknown) : undefined;
      problems.push({
        ...(bomb
          ? wordedProblem({ id: 'yamlAliasBomb', data: { count: MAX_ALIAS_COUNT } }, { id: 'yamlAliasBombHint' })
          : unknown !== undefined
            ? wordedProblem({ id: 'yamlUnknownAlias', data: { name: unknown } }, { id: 'yamlUnknownAliasHint', data: { name: unknown } })
            : wordedProblem({ id: 'yamlUnreadable', data: { detail: message } })),
        start: alias?.[0] ?? 0,
        end: alias?.[1] ?? 0,
      });
    }
  }
  return { text, doc, lineCounter, value, problems };
}

/** The range of the first alias (named `name`, if given). */
function firstAlias(doc: Document.Parsed, name?: string): [number, number] | undefined {
  let found: [number, number] | undefined;
  visit(doc, {
    Alias(_key, node) {
      if (name !== undefined && node.source !== name) return undefined;
      if (node.range) found = [node.range[0], node.range[1]];
      return visit.BREAK;
    },
  });
  return found;
}

function countLines(text: string): LineCounter {
  const lc = new LineCounter();
  lc.addNewLine(0);
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lc.addNewLine(i + 1);
  return lc;
}

/** The YAML 1.1 types the `yaml` library knows but an itinerary never holds: what each is and the fix (phrases of yaml-words.ts). */
const YAML_11_TYPES: Record<string, { type: string; hint: string }> = {
  '!!binary': { type: 'binary', hint: 'yamlBinaryTagHint' },
  '!!timestamp': { type: 'timestamp', hint: 'yamlTimestampTagHint' },
  '!!set': { type: 'set', hint: 'yamlSetTagHint' },
  '!!omap': { type: 'omap', hint: 'yamlMappingTagHint' },
  '!!pairs': { type: 'pairs', hint: 'yamlMappingTagHint' },
};

function tagName(message: string): string {
  const match = /Unresolved tag: (\S+)/.exec(message);
  return match?.[1]?.replace('tag:yaml.org,2002:', '!!') ?? 'tag';
}

function tooDeep(start: number, end: number): SyntaxProblem {
  return { ...wordedProblem({ id: 'yamlTooDeep', data: { depth: MAX_DEPTH } }, { id: 'yamlTooDeepHint' }), start, end };
}

/**
 * The `yaml` parser recurses per nesting level; thousands of levels overflow the stack. A quick scan
 * finds such input before the parser sees it: flow brackets are counted, and a block level needs at
 * least one more column than its parent, so a line's indentation plus its run of compact `- `, `? `
 * indicators bounds its depth.
 */
function findExcessiveDepth(text: string): SyntaxProblem | undefined {
  let depth = 0;
  let quote: string | null = null;
  let comment = false;
  let lineStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      comment = false;
      lineStart = true;
      continue;
    }
    if (lineStart) {
      lineStart = false;
      const level = blockLevelAt(text, i);
      if (level.columns > MAX_BLOCK_COLUMNS) return tooDeep(i, level.end);
    }
    if (comment) continue;
    if (quote) {
      if (text[i] === quote) quote = null;
      continue;
    }
    if (c === 0x23 /* # */ && (i === 0 || /\s/.test(text[i - 1]!))) comment = true;
    else if (c === 0x22 || c === 0x27) quote = text[i]!;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_DEPTH) return tooDeep(i, i + 1);
    } else if (c === 0x5d || c === 0x7d) depth = Math.max(0, depth - 1);
  }
  return undefined;
}

/** Block nesting needs a column per level; this many columns of indentation is far past any itinerary. */
const MAX_BLOCK_COLUMNS = MAX_DEPTH * 8;

/** Columns taken by a line's indentation and compact block indicators (`- - - x`, `? - x`). */
function blockLevelAt(text: string, start: number): { columns: number; end: number } {
  let i = start;
  for (;;) {
    const c = text[i];
    if (c === ' ') i++;
    else if ((c === '-' || c === '?') && (text[i + 1] === ' ' || text[i + 1] === '\n' || i + 1 === text.length)) i += 1;
    else break;
  }
  return { columns: i - start, end: i };
}

/** The text read once: its plain value now, its positions only when a finding must be located. */
export interface YamlReading {
  value: unknown;
  /** Problems of the text; when there are any, `value` is not usable. */
  problems: SyntaxProblem[];
  /** The document with source positions (parsed on first use when the fast reader read the text). */
  positioned(): ParsedYaml;
}

/**
 * Read YAML text: with the fast reader when it can (clean files, the common case), else with the
 * parser that keeps positions. Either way the caller sees one reading.
 */
export function readYaml(text: string, fast: (text: string) => FastReading | undefined): YamlReading {
  const quick = fast(text);
  if (quick && 'value' in quick) {
    let parsed: ParsedYaml | undefined;
    return { value: quick.value, problems: [], positioned: () => (parsed ??= parseYaml(text, false)) };
  }
  if (quick) {
    const marks = countYamlMarks(text);
    if (marks > MAX_EXPLAINED_MARKS) return stoppedReading(text, quick.stoppedAt, marks);
  }
  const parsed = parseYaml(text);
  return { value: parsed.value, problems: parsed.problems, positioned: () => parsed };
}

/**
 * A text too large to explain its slip in detail (budget.ts): one finding where the fast reader
 * stopped, without the document parser's memory.
 */
function stoppedReading(text: string, at: number, marks: number): YamlReading {
  const problem: SyntaxProblem = {
    ...wordedProblem({ id: 'yamlTooLargeToExplain', data: { marks, limit: MAX_EXPLAINED_MARKS } }, { id: 'yamlTooLargeToExplainHint' }),
    start: at,
    end: at,
  };
  const parsed: ParsedYaml = { text, doc: parseDocument('', { lineCounter: new LineCounter() }), lineCounter: countLines(text), value: undefined, problems: [problem] };
  return { value: undefined, problems: [problem], positioned: () => parsed };
}
