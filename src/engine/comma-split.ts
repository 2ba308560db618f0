// The commonest slip in hand-written itineraries: `address: { ru: Тверь, Советская улица, 10 }`.
// Inside { … } YAML splits an unquoted value at its commas into stray keys; this turns the findings
// that follow from it into one, with the corrected text built from the file itself.
import { isMap, isPair, isScalar, Scalar, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Diagnostic, DocPath, NeutralData } from '../diagnostics/types.js';
import { COMMA_SPLIT_MESSAGE } from '../model/format.js';
import { phrase } from '../rules/describe.js';
import { schema } from '../rules/schema.js';
import type { ParsedYaml } from '../source/parse.js';
import { ENGLISH, formatMessage, phraseWords, resolveData } from './messages.js';

interface Split {
  /** The pair whose plain value was cut short. */
  head: Pair<Scalar, Scalar>;
  /** The pairs YAML made of the rest: keys without values. */
  strays: Pair<Scalar, null | Scalar>[];
}

export function explainCommaSplits(diagnostics: Diagnostic[], parsed: ParsedYaml, text: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const merged = new Set<Pair>();
  // A mapping with thousands of unknown keys has as many findings: look each mapping up, and read its
  // splits, once.
  const maps = new Map<string, unknown>();
  const mapAt = (path: DocPath) => {
    const key = JSON.stringify(path);
    if (!maps.has(key)) maps.set(key, parsed.doc.getIn(path, true));
    return maps.get(key);
  };
  const splitsByStray = new Map<YAMLMap, Map<string, Split>>();
  const splitOfStray = (map: YAMLMap, key: string) => {
    let index = splitsByStray.get(map);
    if (!index) {
      index = new Map();
      for (const split of findSplits(map)) for (const stray of split.strays) if (!index.has(keyText(stray))) index.set(keyText(stray), split);
      splitsByStray.set(map, index);
    }
    return index.get(key);
  };
  for (const d of diagnostics) {
    if (d.rule !== 'schema') {
      out.push(d);
      continue;
    }
    if (d.message.startsWith(COMMA_SPLIT_MESSAGE)) {
      const map = parsed.doc.getIn(d.path, true);
      const splits = isMap(map) && map.flow ? findSplits(map) : [];
      if (splits.length > 0) Object.assign(d, describe(d, map as YAMLMap, splits, text, fieldName(d.path)));
      out.push(d);
      continue;
    }
    // An unknown key without a value that follows a plain text in { … }: part of a split value, unless
    // it is a misspelt key (then the message already suggests the right one).
    if (d.messageId === 'unknownKey' && d.neutral?.data.suggestion === 'none') {
      const parentPath = d.path.slice(0, -1);
      const map = mapAt(parentPath);
      if (isMap(map) && map.flow) {
        const split = splitOfStray(map, String(d.path[d.path.length - 1]));
        if (split) {
          if (merged.has(split.head)) continue;
          merged.add(split.head);
          const field = keyText(split.head);
          const path: DocPath = [...parentPath, field];
          const region = regionOf(split.head.value!, parsed);
          out.push({ ...d, path, ...region, ...describe(d, map, [split], text, field) });
          continue;
        }
      }
    }
    out.push(d);
  }
  return out;
}

function findSplits(map: YAMLMap): Split[] {
  const splits: Split[] = [];
  let current: Split | undefined;
  for (const item of map.items) {
    if (!isPair(item)) continue;
    const { key, value } = item;
    const strayValue = value === null || (isScalar(value) && value.value === null && value.range![0] === value.range![1]);
    if (current && isScalar(key) && strayValue) {
      current.strays.push(item as Pair<Scalar, null | Scalar>);
      continue;
    }
    current = undefined;
    if (isScalar(key) && isScalar(value) && value.type === Scalar.PLAIN && typeof value.value === 'string') {
      current = { head: item as Pair<Scalar, Scalar>, strays: [] };
      splits.push(current);
    }
  }
  return splits.filter((s) => s.strays.length > 0);
}

function keyText(pair: Pair): string {
  return String((pair.key as Scalar).value);
}

/** The field the value belongs to; "none" for a value directly in a list (the message then names no field). */
function fieldName(path: DocPath): string {
  const last = path[path.length - 1];
  return typeof last === 'string' ? last : 'none';
}

/** The finding reworded as one split value: the schema rule's `commaSplit` message and hint, from data. */
function describe(d: Diagnostic, map: YAMLMap, splits: Split[], text: string, field: string): Pick<Diagnostic, 'messageId' | 'message' | 'hint' | 'data' | 'neutral'> {
  const strays = splits.flatMap((s) => s.strays.map((p) => `"${keyText(p)}"`));
  const keys = phrase((w) => strays.join(w.say('listSeparator')));
  // A sensitive value must not reach the hint either.
  const fix = d.sensitive ? undefined : corrected(map, splits, text);
  const data: NeutralData = fix === undefined ? { field, keys } : { field, keys, fix };
  const hintId = fix === undefined ? 'commaSplitHiddenHint' : 'commaSplitHint';
  const firstLanguage = d.neutral?.firstLanguage;
  const english = (id: string) => formatMessage(schema.id, schema.meta, id, data, ENGLISH, firstLanguage);
  return {
    messageId: 'commaSplit',
    message: english('commaSplit'),
    hint: english(hintId),
    data: resolveData(data, phraseWords(ENGLISH, firstLanguage)),
    neutral: { ...d.neutral, data, hintId },
  };
}

/** The line (or the values) with each split value in double quotes. */
function corrected(map: YAMLMap, splits: Split[], text: string): string {
  const [mapStart, mapEnd] = (map as Node).range!;
  const edits = splits.map((s) => {
    const start = s.head.value!.range![0];
    const last = s.strays[s.strays.length - 1]!;
    const end = (last.key as Scalar).range![1];
    return { start, end, quoted: quote(text.slice(start, end)) };
  });
  const lineStart = text.lastIndexOf('\n', mapStart - 1) + 1;
  const newline = text.indexOf('\n', mapStart);
  const lineEnd = newline === -1 ? text.length : newline;
  if (mapEnd <= lineEnd) {
    const last = edits[edits.length - 1]!.end - lineStart;
    const raw = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    // A comment after the value is no part of the fix (" #" outside quotes always starts one).
    let line = raw.slice(0, last) + raw.slice(last).replace(/\s+#.*$/, '');
    for (const edit of [...edits].reverse()) line = line.slice(0, edit.start - lineStart) + edit.quoted + line.slice(edit.end - lineStart);
    return line.trim();
  }
  return splits.map((s, i) => `${keyText(s.head)}: ${edits[i]!.quoted}`).join(', ');
}

function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function regionOf(node: Node, parsed: ParsedYaml): Pick<Diagnostic, 'line' | 'column' | 'endLine' | 'endColumn'> {
  const start = parsed.lineCounter.linePos(node.range![0]);
  const end = parsed.lineCounter.linePos(node.range![1]);
  return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
}
