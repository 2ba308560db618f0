// The `yaml` library's document parser with duplicate keys found in linear time. The library's own
// check (`uniqueKeys: true`) compares each new key with every earlier key of its mapping, which takes
// minutes for a mapping of some ten thousand keys; here each mapping's keys go into a set once.
import { isMap, isScalar, parseDocument, visit, YAMLParseError, type Document, type DocumentOptions, type ParseOptions, type SchemaOptions } from 'yaml';

export type YamlDocumentOptions = ParseOptions & DocumentOptions & SchemaOptions;

/** `parseDocument` with the errors `uniqueKeys: true` would add (same code, message and position). */
export function parseYamlDocument(text: string, options: YamlDocumentOptions): Document.Parsed {
  const doc = parseDocument(text, { ...options, uniqueKeys: false });
  const duplicates = duplicateKeyErrors(doc);
  if (duplicates.length > 0) doc.errors.push(...duplicates);
  return doc;
}

/** A key is a duplicate when an earlier key of its mapping is the same scalar value (as `yaml` decides). */
function duplicateKeyErrors(doc: Document.Parsed): YAMLParseError[] {
  const errors: YAMLParseError[] = [];
  visit(doc, {
    Map(_key, map) {
      if (!isMap(map) || map.items.length < 2) return;
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        const key = pair.key;
        if (!isScalar(key)) continue;
        // Set equality is SameValueZero; `yaml` uses ===, which differs only for NaN keys.
        if (typeof key.value === 'number' && Number.isNaN(key.value)) continue;
        if (seen.has(key.value)) {
          const at = key.range?.[0] ?? 0;
          errors.push(new YAMLParseError([at, at + 1], 'DUPLICATE_KEY', 'Map keys must be unique'));
        } else {
          seen.add(key.value);
        }
      }
    },
  });
  return errors;
}
