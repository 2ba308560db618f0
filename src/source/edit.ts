// Minimal, style-preserving edits of YAML text: a new item goes into a sequence as a text insertion,
// so comments, key order, quoting and blank lines elsewhere stay byte-for-byte as they were.
import { isDeepStrictEqual } from 'node:util';
import { words, type Words } from '../text/words.js';
import { UserError } from './errors.js';
import { Document, stringify, isCollection, isMap, isPair, isScalar, isSeq, parseDocument, Scalar, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';

export type YamlPath = readonly (string | number)[];

export interface InsertItemOptions {
  /** Position in the sequence; the end when absent. */
  index?: number;
  /**
   * When the sequence's key is missing from its mapping, it is created after the last key that comes
   * before it in this order (or at the end of the mapping).
   */
  keyOrder?: readonly string[];
}

export interface EditResult {
  text: string;
  /** The document the new text must parse back to. */
  expected: unknown;
}

const PARSE_OPTIONS = { version: '1.2', schema: 'core', uniqueKeys: true } as const;

/** An edit that cannot be made safely: a sentence of the label files (see errors.ts), exit 2. */
export class EditError extends UserError {
  constructor(message: Words) {
    super(message, undefined, 2);
    this.name = 'EditError';
  }
}

/** Insert `value` as a new item of the sequence at `path`, matching the style of its neighbours. */
export function insertSequenceItem(text: string, path: YamlPath, value: unknown, options: InsertItemOptions = {}): EditResult {
  const doc = parseDocument(text, PARSE_OPTIONS);
  if (doc.errors.length > 0) throw new EditError(words('edit.notYaml', { reason: doc.errors[0]!.message.split('\n')[0]! }));
  const style = detectStyle(text, doc);
  const parentPath = path.slice(0, -1);
  const key = path[path.length - 1];
  const parent = parentPath.length === 0 ? doc.contents : doc.getIn(parentPath, true);
  const target = key === undefined ? doc.contents : isMap(parent) || isSeq(parent) ? (parent as YAMLMap | YAMLSeq).get(key, true) : undefined;

  let edit: { start: number; end: number; insert: string };
  let index: number;
  if (isSeq(target)) {
    const seq = target as YAMLSeq;
    index = Math.min(options.index ?? seq.items.length, seq.items.length);
    edit = seq.flow ? insertIntoFlow(text, seq, parent, value, index, style) : insertIntoBlock(text, seq, value, index, style);
  } else if (target === undefined || target === null || (isScalar(target) && target.value === null)) {
    if (!isMap(parent) || typeof key !== 'string') throw new EditError(words('edit.noList', { path: path.join('.') }));
    index = 0;
    edit = createKeyWithItem(text, parent as YAMLMap, key, target as Scalar | undefined, value, style, options.keyOrder ?? []);
  } else {
    throw new EditError(words('edit.notAList', { path: path.join('.') }));
  }

  const newText = text.slice(0, edit.start) + edit.insert + text.slice(edit.end);
  const expected = structuredClone(doc.toJS()) as unknown;
  insertInValue(expected, path, value, index);
  const check = parseDocument(newText, PARSE_OPTIONS);
  if (check.errors.length > 0 || !isDeepStrictEqual(check.toJS(), expected)) {
    throw new EditError(words('edit.readsBack'));
  }
  return { text: newText, expected };
}

/** Does `text` parse to exactly `expected`? (Used to check a written file before it replaces the old one.) */
export function readsBackAs(text: string, expected: unknown): boolean {
  const doc = parseDocument(text, PARSE_OPTIONS);
  return doc.errors.length === 0 && isDeepStrictEqual(doc.toJS(), expected);
}

interface Style {
  eol: string;
  indent: number;
  /** Are block sequences inside mappings indented under their key? */
  indentSeq: boolean;
}

function detectStyle(text: string, doc: Document.Parsed): Style {
  const newline = text.indexOf('\n');
  const eol = newline > 0 && text[newline - 1] === '\r' ? '\r\n' : '\n';
  let indent = 0;
  for (const line of text.split('\n')) {
    const m = /^( +)[^ #\r]/.exec(line);
    if (m && (indent === 0 || m[1]!.length < indent)) indent = m[1]!.length;
  }
  if (indent === 0 || indent > 8) indent = 2;
  let indentSeq: boolean | undefined;
  const visit = (node: unknown, keyColumn: number | undefined) => {
    if (indentSeq !== undefined) return;
    if (isMap(node)) {
      for (const pair of node.items) {
        const k = pair.key as Node | null;
        const col = k?.range ? column(text, k.range[0]) : undefined;
        visit(pair.value, col);
      }
    } else if (isSeq(node)) {
      if (!node.flow && keyColumn !== undefined && node.items[0] && (node.items[0] as Node).range) {
        const dash = dashColumn(text, (node.items[0] as Node).range![0]);
        if (dash !== undefined) indentSeq = dash > keyColumn;
      }
      for (const item of node.items) visit(item, undefined);
    }
  };
  visit(doc.contents, undefined);
  return { eol, indent, indentSeq: indentSeq ?? true };
}

function column(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Offset of the start of the line after the one holding `offset` (the text's end on the last line). */
function nextLineStart(text: string, offset: number): number {
  if (offset > 0 && text[offset - 1] === '\n') return offset;
  const nl = text.indexOf('\n', offset);
  return nl === -1 ? text.length : nl + 1;
}

/** The column of the `- ` that introduces a block sequence item starting at `itemStart`. */
function dashColumn(text: string, itemStart: number): number | undefined {
  let i = itemStart - 1;
  while (i >= 0 && text[i] === ' ') i--;
  if (text[i] !== '-') return undefined;
  return column(text, i);
}

function insertIntoBlock(text: string, seq: YAMLSeq, value: unknown, index: number, style: Style) {
  const items = seq.items as Node[];
  const first = items[0]!;
  const dash = dashColumn(text, first.range![0]) ?? 0;
  const sibling = (items[Math.min(index, items.length - 1)] ?? first) as Node;
  const separated = items.length > 1 && items.slice(1).some((item, i) => hasBlankLineBetween(text, items[i]!, item));
  const rendered = renderItem(text, value, sibling, dash, style);
  if (index >= items.length) {
    const last = items[items.length - 1]!;
    const at = nextLineStart(text, last.range![1]);
    let prefix = '';
    if (at === text.length && !text.endsWith('\n')) prefix = style.eol;
    if (separated) prefix += style.eol;
    return { start: at, end: at, insert: prefix + rendered };
  }
  // Before item `index`, above the comment lines that introduce it.
  const item = items[index]!;
  let at = lineStart(text, item.range![0]);
  for (;;) {
    if (at === 0) break;
    const prev = lineStart(text, at - 1);
    const line = text.slice(prev, at).trim();
    if (!line.startsWith('#')) break;
    at = prev;
  }
  return { start: at, end: at, insert: rendered + (separated ? style.eol : '') };
}

function hasBlankLineBetween(text: string, a: Node, b: Node): boolean {
  const between = text.slice(a.range![1], lineStart(text, b.range![0]));
  return /\n[ \t]*\r?\n/.test((text[a.range![1] - 1] === '\n' ? '\n' : '') + between);
}

function insertIntoFlow(text: string, seq: YAMLSeq, parent: unknown, value: unknown, index: number, style: Style) {
  const items = seq.items as Node[];
  if (items.length === 0) {
    // `key: []` becomes a block sequence under the key.
    const keyPair = isMap(parent) ? (parent as YAMLMap).items.find((p) => p.value === seq) : undefined;
    const keyNode = keyPair?.key as Node | undefined;
    if (!keyNode?.range) throw new EditError(words('edit.emptyList'));
    let start = seq.range![0];
    while (start > 0 && text[start - 1] === ' ') start--;
    const keyCol = column(text, keyNode.range[0]);
    const dash = keyCol + (style.indentSeq ? style.indent : 0);
    const after = nextLineStart(text, seq.range![1]);
    const lineRest = text.slice(seq.range![1], after);
    const newline = lineRest.endsWith('\n') ? '' : style.eol;
    const rendered = renderItem(text, value, undefined, dash, style);
    return { start, end: after, insert: lineRest + newline + rendered };
  }
  const sibling = items[Math.min(index, items.length - 1)]!;
  const rendered = renderFlow(text, value, sibling);
  if (index >= items.length) {
    const end = items[items.length - 1]!.range![1];
    return { start: end, end, insert: `, ${rendered}` };
  }
  const start = items[index]!.range![0];
  return { start, end: start, insert: `${rendered}, ` };
}

function createKeyWithItem(text: string, map: YAMLMap, key: string, empty: Scalar | undefined, value: unknown, style: Style, order: readonly string[]) {
  if (map.flow) throw new EditError(words('edit.flowMapping', { key }));
  const pairs = map.items as Pair<Node, Node | null>[];
  const keyCol = pairs[0]?.key?.range ? column(text, pairs[0].key.range[0]) : 0;
  const dash = keyCol + (style.indentSeq ? style.indent : 0);
  const rendered = renderItem(text, value, undefined, dash, style);
  if (empty?.range) {
    // `key:` with nothing after it: the item goes on the next line.
    const after = nextLineStart(text, empty.range[1]);
    const newline = text.slice(0, after).endsWith('\n') ? '' : style.eol;
    return { start: after, end: after, insert: newline + rendered };
  }
  const wanted = order.indexOf(key);
  let anchor: Pair<Node, Node | null> | undefined;
  for (const pair of pairs) {
    const k = isScalar(pair.key) ? String(pair.key.value) : '';
    const at = order.indexOf(k);
    if (wanted !== -1 && at !== -1 && at < wanted) anchor = pair;
  }
  const ref = anchor ?? pairs[pairs.length - 1];
  const head = `${' '.repeat(keyCol)}${key}:${style.eol}`;
  if (!ref) return { start: text.length, end: text.length, insert: head + rendered };
  const end = pairEnd(ref);
  let at = nextLineStart(text, end);
  let prefix = '';
  if (at === text.length && !text.endsWith('\n')) prefix = style.eol;
  // Keep the blank line that usually separates top-level sections.
  const blankAfter = /^[ \t]*\r?\n/.test(text.slice(at));
  if (blankAfter) {
    at = text.indexOf('\n', at) + 1;
    return { start: at, end: at, insert: head + rendered + style.eol };
  }
  return { start: at, end: at, insert: prefix + head + rendered };
}

function pairEnd(pair: Pair<Node, Node | null>): number {
  const value = pair.value;
  if (value?.range) return value.range[1];
  return pair.key.range?.[1] ?? 0;
}

/** The item as block text, `- …` at column `dash`, each line ended with the file's line break. */
function renderItem(source: string, value: unknown, sibling: Node | undefined, dash: number, style: Style): string {
  const node = new Document(null, PARSE_OPTIONS).createNode(value) as Node;
  applyStyle(node, sibling, 0);
  if (sibling && isCollection(sibling) && sibling.flow && isCollection(node)) node.flow = true;
  const padding = detectPadding(source, sibling);
  const lines = blockLines(node, style, padding, true);
  return lines.map((line) => ' '.repeat(dash) + line + style.eol).join('');
}

function renderFlow(source: string, value: unknown, sibling: Node): string {
  const node = new Document(null, PARSE_OPTIONS).createNode(value) as Node;
  applyStyle(node, sibling, 0);
  return inline(node, detectPadding(source, sibling));
}

/** A value written on one line in flow style (`{ ru: Тверь, en: Tver }`, `[ru, en]`), quoted where YAML needs it. */
export function inlineYaml(value: unknown): string {
  const node = new Document(null, PARSE_OPTIONS).createNode(value) as Node;
  applyStyle(node, undefined, 1);
  return inline(node, { map: true, seq: false });
}

interface Padding {
  map: boolean;
  seq: boolean;
}

/** `{ a: 1 }` or `{a: 1}`, `[a, b]` or `[ a, b ]`: as the neighbour (or else the file) writes them. */
function detectPadding(source: string, sibling: Node | undefined): Padding {
  const vote = (sample: string, open: string) => {
    const re = new RegExp(`\\${open}(?![\\]}])(.)`, 'g');
    let padded = 0;
    let tight = 0;
    for (const m of sample.matchAll(re)) if (m[1] === ' ') padded++; else tight++;
    return padded === tight ? undefined : padded > tight;
  };
  const near = sibling?.range ? source.slice(sibling.range[0], sibling.range[1]) : '';
  return {
    map: vote(near, '{') ?? vote(source, '{') ?? true,
    seq: vote(near, '[') ?? vote(source, '[') ?? false,
  };
}

/** A scalar as it is written inside a flow collection (which quotes more than block context). */
function scalarText(node: Scalar): string {
  const doc = new Document(null, PARSE_OPTIONS);
  const seq = doc.createNode([]) as YAMLSeq;
  seq.flow = true;
  seq.items.push(node);
  doc.contents = seq;
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false }).trim().slice(1, -1);
}

function inline(node: Node, padding: Padding): string {
  if (isMap(node)) {
    if (node.items.length === 0) return '{}';
    const body = node.items.map((p) => `${inline(p.key as Node, padding)}: ${inline(p.value as Node, padding)}`).join(', ');
    return padding.map ? `{ ${body} }` : `{${body}}`;
  }
  if (isSeq(node)) {
    if (node.items.length === 0) return '[]';
    const body = node.items.map((item) => inline(item as Node, padding)).join(', ');
    return padding.seq ? `[ ${body} ]` : `[${body}]`;
  }
  return scalarText(node as Scalar);
}

/** Block lines of a collection, indented relative to column 0; `asItem` prefixes "- ". */
function blockLines(node: Node, style: Style, padding: Padding, asItem: boolean): string[] {
  const pad = ' '.repeat(style.indent);
  if (asItem) {
    if (!isCollection(node) || node.flow || node.items.length === 0) return [`- ${inline(node, padding)}`];
    const inner = blockLines(node, style, padding, false);
    return inner.map((line, i) => (i === 0 ? `- ${line}` : `  ${line}`));
  }
  const lines: string[] = [];
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = inline(pair.key as Node, padding);
      const value = pair.value as Node;
      if (!isCollection(value) || value.flow || value.items.length === 0) {
        lines.push(`${key}: ${inline(value, padding)}`);
      } else if (isMap(value)) {
        lines.push(`${key}:`, ...blockLines(value, style, padding, false).map((l) => pad + l));
      } else {
        const seqPad = style.indentSeq ? pad : '';
        lines.push(`${key}:`, ...value.items.flatMap((item) => blockLines(item as Node, style, padding, true)).map((l) => seqPad + l));
      }
    }
  } else if (isSeq(node)) {
    for (const item of node.items) lines.push(...blockLines(item as Node, style, padding, true));
  }
  return lines;
}

/** Copy quoting and block/flow choices from a neighbouring item, key by key. */
function applyStyle(node: Node, sibling: Node | undefined, depth: number): void {
  if (isScalar(node)) {
    if (typeof node.value !== 'string') return;
    if (sibling && isScalar(sibling) && typeof sibling.value === 'string' && sibling.type) {
      // Copy quotes only where the neighbour chose them; where its text needed them, this one may not.
      const quoted = sibling.type === Scalar.QUOTE_DOUBLE || sibling.type === Scalar.QUOTE_SINGLE;
      if (sibling.type === Scalar.PLAIN || (quoted && !needsQuotes(sibling.value))) node.type = sibling.type;
    } else if (/^\d+:\d\d(:\d\d)?$/.test(node.value)) {
      // YAML 1.1 tools read 09:30 as a number of minutes; quote times the file has no precedent for.
      node.type = Scalar.QUOTE_DOUBLE;
    }
    return;
  }
  if (isMap(node)) {
    if (sibling && isMap(sibling)) node.flow = sibling.flow ?? false;
    else node.flow = depth > 0 && node.items.every((p) => isScalar(p.value));
    for (const pair of node.items) {
      const k = isScalar(pair.key) ? pair.key.value : undefined;
      const match = sibling && isMap(sibling) ? sibling.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === k) : undefined;
      applyStyle(pair.value as Node, (match?.value as Node | undefined) ?? undefined, depth + 1);
    }
    return;
  }
  if (isSeq(node)) {
    const template = sibling && isSeq(sibling) ? (sibling.items[0] as Node | undefined) : undefined;
    if (sibling && isSeq(sibling)) node.flow = sibling.flow ?? false;
    else node.flow = node.items.every((item) => isScalar(item));
    for (const item of node.items) applyStyle(item as Node, template, depth + 1);
  }
}

function needsQuotes(value: string): boolean {
  return /^["']/.test(stringify(value, { version: '1.2', lineWidth: 0 }).trim()) || /[,[\]{}]/.test(value);
}

function insertInValue(root: unknown, path: YamlPath, value: unknown, index: number): void {
  let node = root as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) node = node[step] as Record<string | number, unknown>;
  const key = path[path.length - 1]!;
  const list = Array.isArray(node[key]) ? (node[key] as unknown[]) : (node[key] = [] as unknown[]);
  (list as unknown[]).splice(index, 0, structuredClone(value));
}
