// yaml-syntax: the file is not valid YAML (or not text at all), or a mapping repeats a key.
import type { Rule } from './types.js';

export const yamlSyntax: Rule = {
  id: 'yaml-syntax',
  defaultSeverity: 'error',
  description: 'The file is not valid YAML, or a mapping repeats a key.',
  check({ syntax, report }) {
    for (const problem of syntax) {
      report({
        path: [],
        message: problem.message,
        hint: problem.hint,
        range: { start: problem.start, end: problem.end },
        position: problem.line !== undefined ? { line: problem.line, column: problem.column ?? 1 } : undefined,
      });
    }
  },
};
