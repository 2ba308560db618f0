// Every rule ships its documentation page: SARIF and the messages link to docs/rules/<id>.md.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/rules/index.js';

const docs = join(import.meta.dirname, '..', 'docs', 'rules');

describe('docs/rules', () => {
  for (const rule of RULES) {
    it(`${rule.id} has docs/rules/${rule.id}.md with what, why, a failing and a fixed example`, () => {
      const path = join(docs, `${rule.id}.md`);
      expect(existsSync(path), `missing ${path}`).toBe(true);
      const page = readFileSync(path, 'utf8');
      expect([`# \`${rule.id}\`\n`, `# ${rule.id}\n`].some((title) => page.startsWith(title))).toBe(true);
      for (const heading of ['## What it checks', '## Why']) expect(page, heading).toContain(`\n${heading}\n`);
      // Each example section holds a YAML block (a sentence may come before it).
      expect(page).toMatch(/\n## Failing examples?\n(?:(?!\n## )[\s\S])*```yaml\n/);
      expect(page).toMatch(/\n## Fixed examples?\n(?:(?!\n## )[\s\S])*```yaml\n/);
    });
  }
});
