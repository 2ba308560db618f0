// Finds where a path into the document stands in the text: the node's range, or its key's.
import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair } from 'yaml';

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
      const found = node.items.find((item) => keyMatches(item.key, step));
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

function keyMatches(key: unknown, step: string | number): boolean {
  if (isScalar(key)) return key.value === step || String(key.value) === String(step);
  if (isPair(key)) return false;
  return key === step;
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
