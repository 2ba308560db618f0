// schema: a required field is missing, a value has the wrong type or form, or a key is unknown.
import type { Rule } from './types.js';

export const schema: Rule = {
  id: 'schema',
  defaultSeverity: 'error',
  description: 'A required field is missing, a value has the wrong type or form, or a key is unknown.',
  check({ model, report }) {
    for (const issue of model.schemaIssues) {
      report({ path: issue.path, message: issue.message, hint: issue.hint, atKey: issue.atKey });
    }
  },
};
