// schema: a required field is missing, a value has the wrong type or form, or a key is unknown.
import type { MessageValue, Phrase } from '../diagnostics/types.js';
import type { SchemaIssue } from '../model/types.js';
import type { Wording } from '../model/wording.js';
import { phrase, say } from './describe.js';
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
      // A flow mapping's plain value that YAML split at its commas (worded by the engine, which sees the text).
      commaSplit: "the value{field, select, none {} other { of \"{field}\"}} contains a comma inside '{' … '}' and is not in quotes, so YAML split it into extra keys ({keys})",
      commaSplitHint: 'Put the whole value in double quotes: {fix}',
      commaSplitHiddenHint: 'Put the whole value in double quotes.',
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
        data: {
          message: issue.wording ? say(issue.wording.id, wordingData(issue.wording)) : issue.message,
          hint: issue.hintWording ? say(issue.hintWording.id, wordingData(issue.hintWording)) : (issue.hint ?? ''),
          ...issue.data,
          // The keys a mapping knows, joined as the report's language separates the items of a list.
          ...(issue.data?.known !== undefined ? { known: keyList(issue.data.known.split(', ')) } : {}),
        },
        hintId: issue.hint ? (issue.hintId ?? 'hint') : undefined,
        atKey: issue.atKey,
      });
    }
  },
};

function keyList(keys: readonly string[]): Phrase {
  return phrase((w) => keys.join(w.say('listSeparator')));
}

/** A wording's data with its phrases as the report's phrases. */
function wordingData(wording: Wording): Record<string, MessageValue> {
  const out: Record<string, MessageValue> = {};
  for (const [key, value] of Object.entries(wording.data)) out[key] = typeof value === 'object' ? say(value.say, value.data) : value;
  return out;
}
