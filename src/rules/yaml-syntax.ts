// yaml-syntax: the file is not valid YAML (or not text at all), or a mapping repeats a key.
import { say } from './describe.js';
import type { Rule } from './types.js';

export const yamlSyntax: Rule = {
  id: 'yaml-syntax',
  defaultSeverity: 'error',
  description: 'The file is not valid YAML, or a mapping repeats a key.',
  meta: {
    // The parser's own words: the text of the problem comes from the source layer.
    messages: {
      syntax: '{message}',
      hint: '{hint}',
    },
    docs: { url: 'docs/rules/yaml-syntax.md' },
    tags: ['structure'],
  },
  check({ syntax, report }) {
    for (const problem of syntax) {
      report({
        path: [],
        messageId: 'syntax',
        // A problem with phrases of its own is worded in the report's language; the others stay English.
        data: {
          message: problem.wording ? say(problem.wording.message.id, problem.wording.message.data) : problem.message,
          hint: problem.wording?.hint ? say(problem.wording.hint.id, problem.wording.hint.data) : (problem.hint ?? ''),
        },
        hintId: problem.hint ? 'hint' : undefined,
        range: { start: problem.start, end: problem.end },
        position: problem.line !== undefined ? { line: problem.line, column: problem.column ?? 1 } : undefined,
      });
    }
  },
};
