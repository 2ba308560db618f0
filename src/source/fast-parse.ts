// A fast read path for clean files: js-yaml reads a plain itinerary many times faster than `yaml`'s
// document parser, but keeps no source positions. The engine uses it first and parses with `yaml`
// only when there is something to report (to find lines and columns) or the text uses features
// where the two parsers could disagree (anchors, aliases, tags, directives, several documents).
import jsyaml from 'js-yaml';
import { countYamlMarks, MAX_EXPLAINED_MARKS } from './budget.js';

/** YAML 1.2 core schema integers and floats exactly as `yaml` resolves them (js-yaml's differ a little). */
const INT = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/;
const FLOAT = /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

/**
 * Every plain scalar is offered to the int and float types in turn: a scalar whose first character
 * cannot start either pattern (a digit, a sign or a dot) is text without running them. Most scalars of
 * an itinerary are ids, names and titles, so this is the common case.
 */
function mayBeNumber(data: string): boolean {
  const c = data.charCodeAt(0);
  return (c >= 48 /* 0 */ && c <= 57 /* 9 */) || c === 45 /* - */ || c === 43 /* + */ || c === 46 /* . */;
}

const coreInt = new jsyaml.Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (data: string | null) => data !== null && mayBeNumber(data) && INT.test(data),
  construct: (data: string) => (data.startsWith('0o') ? parseInt(data.slice(2), 8) : data.startsWith('0x') ? parseInt(data.slice(2), 16) : parseInt(data, 10)),
  predicate: (value: unknown) => Number.isInteger(value),
});

const coreFloat = new jsyaml.Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: (data: string | null) => data !== null && mayBeNumber(data) && FLOAT.test(data) && !INT.test(data),
  construct: (data: string) => {
    const lower = data.toLowerCase();
    if (lower.endsWith('.nan')) return NaN;
    if (lower.endsWith('.inf')) return lower.startsWith('-') ? -Infinity : Infinity;
    return parseFloat(data);
  },
  predicate: (value: unknown) => typeof value === 'number',
});

type CompiledSchema = { compiledImplicit: (jsyaml.Type & { tag: string })[] };
const coreType = (tag: string) => (jsyaml.CORE_SCHEMA as unknown as CompiledSchema).compiledImplicit.find((t) => t.tag === tag)!;
const nullType = coreType('tag:yaml.org,2002:null');
const boolType = coreType('tag:yaml.org,2002:bool');
const SCHEMA = jsyaml.FAILSAFE_SCHEMA.extend({ implicit: [nullType, boolType, coreInt, coreFloat] });

/** Syntax that sends a file to the full parser: anchors, aliases, tags, directives, document markers. */
const NEEDS_FULL_PARSER = /(?:^|[\s[{,])[&*!][^\s]|^%|^(?:---|\.\.\.)\s*\S|\n(?:---|\.\.\.)(?:\s|$)/;

/** What the fast reader made of a text: its value, or where it stopped (0-based offset). */
export type FastReading = { value: unknown } | { stoppedAt: number };

/**
 * The plain value of a clean file; where js-yaml stopped on an error; or undefined when the full
 * parser must read it (special syntax). On an error the full parser explains it with a position.
 */
export function fastParse(text: string): FastReading | undefined {
  if (NEEDS_FULL_PARSER.test(text)) return countYamlMarks(text) > MAX_EXPLAINED_MARKS ? probe(text) : undefined;
  try {
    return { value: jsyaml.load(text, { schema: SCHEMA, json: false }) };
  } catch (error) {
    return stopped(text, error);
  }
}

/**
 * A large text with special syntax: whether js-yaml stops on it (then where), so that a slip in it is
 * not explained at the cost of the document parser's memory (budget.ts). Read it does, the full parser
 * reads it.
 */
function probe(text: string): FastReading | undefined {
  try {
    jsyaml.loadAll(text, () => undefined, { json: false });
    return undefined;
  } catch (error) {
    return stopped(text, error);
  }
}

function stopped(text: string, error: unknown): FastReading {
  const position = (error as { mark?: { position?: unknown } }).mark?.position;
  return { stoppedAt: typeof position === 'number' ? Math.min(Math.max(position, 0), text.length) : 0 };
}
