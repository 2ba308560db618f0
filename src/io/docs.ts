// The rule pages shipped with the package (docs/rules/<id>.md): SARIF links each rule to its page.
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
