// Files shipped with the package that outputs point to: the rule pages (docs/rules/<id>.md), which
// SARIF links each rule to, and the JSON Schema, which `init` names for editors.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The file: URL of the shipped docs/rules/ folder, ending in a slash; undefined when the package has
 * none. From dist/cli.js it is ../docs/rules; from a chunk (dist/chunks/) or from src/io/ under test
 * it is ../../docs/rules.
 */
export function shippedRuleDocsUrl(): string | undefined {
  for (const relative of ['../docs/rules/', '../../docs/rules/']) {
    const url = new URL(relative, import.meta.url);
    if (existsSync(fileURLToPath(new URL('schema.md', url)))) return url.href;
  }
  return undefined;
}

/** The shipped schema/itinerary.schema.json as a path; undefined when the package has none. */
export function shippedSchemaFile(): string | undefined {
  for (const relative of ['../schema/itinerary.schema.json', '../../schema/itinerary.schema.json']) {
    const file = fileURLToPath(new URL(relative, import.meta.url));
    if (existsSync(file)) return file;
  }
  return undefined;
}
