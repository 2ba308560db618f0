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
      // A value of the wrong type or form; `what` and `found` are phrases (model/wording.ts).
      expected: 'expected {what}, found {found}',
      expectedOneOf: 'expected {what}: one of {values}; found {found}',
      missingField: 'missing "{field}": {what}',
      missingItem: 'missing {what}',
      missingVisit: 'missing "visit": the visit as a whole (id, title, from, to, timezone, head, languages)',
      notCalendarDate: '{found} is not a date in the calendar',
      unquotedNumber: '{what} must be written in quotes: unquoted, YAML reads it as a number and drops leading zeros',
      seatingNeedsSelector: 'a vehicle in a seating mapping needs at least one selector (or [rest])',
      languageRequired: 'at least one language is required',
      agreementParties: 'an agreement needs two or more parties',
      attendeesNeedOne: 'attendees must name at least one person or selector',
      moveHasPlace: 'a {kind} has no place: give from and to instead',
      moveNeedsFrom: 'a {kind} needs from: the place id it leaves from',
      moveNeedsTo: 'a {kind} needs to: the place id it goes to',
      placeRequired: 'place is required for a {kind} event (only flights and transfers have from and to instead)',
      fromToForMoves: 'from and to are only for flights and transfers; a {kind} event has a place',
      signingNeedsAgreements: 'a signing event needs agreements: the ids of the agreements signed at it',
    },
    docs: { url: 'docs/rules/schema.md' },
    tags: ['structure'],
  },
  check({ model, report }) {
    for (const issue of model.schemaIssues) {
      // An issue with data of its own is worded from the rule's templates (and so in any language);
      // the others carry the builder's English words.
      report({
        path: issue.path,
        messageId: issue.wording?.id ?? MESSAGE_IDS[issue.code],
        data: { message: issue.message, hint: issue.hint ?? '', ...issue.data, ...wordingData(issue.wording) },
        hintId: issue.hint ? (issue.hintId ?? 'hint') : undefined,
        atKey: issue.atKey,
      });
    }
  },
};

/** A wording's data with its phrases as the report's phrases. */
function wordingData(wording: Wording | undefined): Record<string, MessageValue> {
  const out: Record<string, MessageValue> = {};
  for (const [key, value] of Object.entries(wording?.data ?? {})) out[key] = typeof value === 'string' ? value : say(value.say, value.data);
  return out;
}
