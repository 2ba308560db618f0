// schema: a required field is missing, a value has the wrong type or form, or a key is unknown.
import type { Rule } from './types.js';

export const schema: Rule = {
  id: 'schema',
  defaultSeverity: 'error',
  description: 'A required field is missing, a value has the wrong type or form, or a key is unknown.',
  meta: {
    messages: {
      invalid: '{message}',
      hint: '{hint}',
    },
    docs: { url: 'docs/rules/schema.md' },
    tags: ['structure'],
  },
  check({ model, report }) {
    for (const issue of model.schemaIssues) {
      report({ path: issue.path, messageId: 'invalid', data: { message: issue.message, hint: issue.hint ?? '' }, hintId: issue.hint ? 'hint' : undefined, atKey: issue.atKey });
    }
  },
};
