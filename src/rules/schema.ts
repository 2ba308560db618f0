// schema: a required field is missing, a value has the wrong type or form, or a key is unknown.
import type { SchemaIssue } from '../model/types.js';
import type { Rule } from './types.js';

const MESSAGE_IDS: Record<SchemaIssue['code'], string> = { missing: 'missing', 'unknown-key': 'unknownKey', invalid: 'invalid' };

export const schema: Rule = {
  id: 'schema',
  defaultSeverity: 'error',
  description: 'A required field is missing, a value has the wrong type or form, or a key is unknown.',
  meta: {
    // The texts come from the model's builder, which words each issue from the format's schemas.
    messages: {
      missing: '{message}',
      unknownKey: '{message}',
      invalid: '{message}',
      hint: '{hint}',
    },
    docs: { url: 'docs/rules/schema.md' },
    tags: ['structure'],
  },
  check({ model, report }) {
    for (const issue of model.schemaIssues) {
      report({ path: issue.path, messageId: MESSAGE_IDS[issue.code], data: { message: issue.message, hint: issue.hint ?? '' }, hintId: issue.hint ? 'hint' : undefined, atKey: issue.atKey });
    }
  },
};
