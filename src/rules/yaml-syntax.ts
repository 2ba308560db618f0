// yaml-syntax: the file is not valid YAML (or not text at all), or a mapping repeats a key.
import { say } from './describe.js';
import type { MessageValue } from '../diagnostics/types.js';
import type { ProblemWording } from '../source/yaml-words.js';
import type { Rule } from './types.js';

/**
 * The data of a yaml-syntax finding: a problem with phrases of its own (source/yaml-words.ts) is worded
 * in the report's language; one without stays as written, in English.
 */
export function syntaxData(problem: { message: string; hint?: string; wording?: ProblemWording }): { message: MessageValue; hint: MessageValue } {
  const { wording } = problem;
  return {
    message: wording ? say(wording.message.id, wording.message.data) : problem.message,
    hint: wording?.hint ? say(wording.hint.id, wording.hint.data) : (problem.hint ?? ''),
  };
}

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
        data: syntaxData(problem),
        hintId: problem.hint ? 'hint' : undefined,
        range: { start: problem.start, end: problem.end },
        position: problem.line !== undefined ? { line: problem.line, column: problem.column ?? 1 } : undefined,
      });
    }
  },
};
