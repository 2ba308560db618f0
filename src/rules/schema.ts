// schema: a required field is missing, a value has the wrong type or form, or a key is unknown.
import type { MessageValue } from '../diagnostics/types.js';
import type { SchemaIssue } from '../model/types.js';
import type { Wording } from '../model/wording.js';
import { say } from './describe.js';
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
      unknownKey: 'unknown key "{key}"{suggestion, select, none {} other {; did you mean "{suggestion}"?}}',
      invalid: '{message}',
      hint: '{hint}',
      renameHint: 'Rename it to {suggestion}.',
      knownKeysHint: 'Known keys here: {known}.',
      addFieldHint: 'Add the field; see docs/format.md for what it holds.',
    },
    docs: { url: 'docs/rules/schema.md' },
    tags: ['structure'],
  },
  check({ model, report }) {
    for (const issue of model.schemaIssues) {
      // An issue with data of its own is worded from the rule's templates, or (its message) from the
      // schema's phrases, and so in any language; the others carry the builder's English words.
      report({
        path: issue.path,
        messageId: MESSAGE_IDS[issue.code],
        data: { message: issue.wording ? say(issue.wording.id, wordingData(issue.wording)) : issue.message, hint: issue.hintWording ? say(issue.hintWording.id, wordingData(issue.hintWording)) : (issue.hint ?? ''), ...issue.data },
        hintId: issue.hint ? (issue.hintId ?? 'hint') : undefined,
        atKey: issue.atKey,
      });
    }
  },
};

/** A wording's data with its phrases as the report's phrases. */
function wordingData(wording: Wording): Record<string, MessageValue> {
  const out: Record<string, MessageValue> = {};
  for (const [key, value] of Object.entries(wording.data)) out[key] = typeof value === 'string' ? value : say(value.say, value.data);
  return out;
}
