// Finds where a path into the document stands in the text: the node's range, or its key's.
import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair, type YAMLMap } from 'yaml';

export interface TextRange {
  start: number;
  end: number;
}

export interface LinePosition {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/**
 * The range of the node at `path`. With `key`, the range of the mapping key that leads to it (used
 * for unknown keys). A path that runs past the document (a missing field) resolves to the deepest
 * node that exists, narrowed to its first line so the caret lands on the entry that lacks the field.
 */
export function locatePath(doc: Document, text: string, path: readonly (string | number)[], key = false): TextRange {
  let node: unknown = doc.contents;
  let pair: Pair | undefined;
  let deepest: Node | undefined = (doc.contents as Node | null) ?? undefined;
  let missing = false;
  for (const step of path) {
    pair = undefined;
    if (isMap(node)) {
      const found = pairsByKey(node).get(String(step));
      if (!found) {
        missing = true;
        break;
      }
      pair = found;
      node = found.value;
    } else if (isSeq(node) && typeof step === 'number') {
      node = node.items[step];
      if (node === undefined) {
        missing = true;
        break;
      }
    } else {
      missing = true;
      break;
    }
    if (node && (node as Node).range) deepest = node as Node;
    else if (pair && (pair.key as Node | null)?.range) deepest = pair.key as Node;
  }
  if (!missing && key && pair && (pair.key as Node | null)?.range) return rangeOf(pair.key as Node);
  if (!missing && node && (node as Node).range) return rangeOf(node as Node);
  if (!missing && pair && (pair.key as Node | null)?.range) {
    // `key:` with nothing after it: point at the key.
    return rangeOf(pair.key as Node);
  }
  if (!deepest?.range) return { start: 0, end: 0 };
  const range = rangeOf(deepest);
  if (missing) return firstLineOf(text, range);
  return range;
}

/**
 * A mapping's pairs by the text of their scalar keys (the first of equal keys), built once per
 * mapping: locating every finding of a mapping with thousands of keys stays linear.
 */
const keyIndexes = new WeakMap<YAMLMap, { size: number; pairs: Map<string, Pair> }>();

function pairsByKey(map: YAMLMap): Map<string, Pair> {
  let index = keyIndexes.get(map);
  if (!index || index.size !== map.items.length) {
    const pairs = new Map<string, Pair>();
    for (const item of map.items) {
      const key = isScalar(item.key) ? String(item.key.value) : typeof item.key === 'string' || typeof item.key === 'number' ? String(item.key) : undefined;
      if (key !== undefined && !pairs.has(key)) pairs.set(key, item as Pair);
    }
    index = { size: map.items.length, pairs };
    keyIndexes.set(map, index);
  }
  return index.pairs;
}

function rangeOf(node: Node): TextRange {
  const [start, valueEnd] = node.range!;
  return { start, end: Math.max(valueEnd, start) };
}

/** Narrow a multi-line range to the end of its first line. */
function firstLineOf(text: string, range: TextRange): TextRange {
  const newline = text.indexOf('\n', range.start);
  const lineEnd = newline === -1 ? text.length : newline;
  return { start: range.start, end: Math.min(range.end, lineEnd) };
}

export function toLinePosition(lineCounter: LineCounter, range: TextRange, text: string): LinePosition {
  const start = lineCounter.linePos(range.start);
  let endOffset = range.end;
  if (endOffset <= range.start) endOffset = range.start;
  // Trim trailing whitespace and newlines that a block node's range includes.
  while (endOffset > range.start && /\s/.test(text[endOffset - 1] ?? '')) endOffset--;
  const end = lineCounter.linePos(endOffset);
  return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
}
