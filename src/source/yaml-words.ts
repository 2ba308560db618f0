// The YAML reader's texts as phrase ids with data, so that a report words them in its language. The
// English words are the phrases below (rules/describe.ts adds them to the report's vocabulary); the code
// that finds a slip writes the same English and names the phrase it came from. A text without a
// phrase stays as written (English, whole).
import { formatIcu } from '../text/icu.js';
import { words, type Words } from '../text/words.js';

/** A text as a phrase id with its data. */
export interface SourceWording {
  id: string;
  data?: Readonly<Record<string, string | number>>;
}

/** The words of a YAML problem and of its hint. */
export interface ProblemWording {
  message: SourceWording;
  hint?: SourceWording;
}

export const YAML_PHRASES: Readonly<Record<string, string>> = {
  yamlTabIndent: 'this line is indented with {tabs, plural, one {a tab} other {# tabs}}; YAML allows only spaces for indentation',
  yamlTabIndentHint: 'Indent it with {width} {width, plural, one {space} other {spaces}} instead (the excerpt shows a tab as →): {fixed}',
  yamlColonInValue: 'the value of "{key}" contains a colon followed by a space, which YAML reads as the start of another key; such a value must be in quotes',
  yamlColonInFlow:
    "the value{key, select, none {} other { of \"{key}\"}} contains a colon followed by a space inside '{' … '}', which YAML reads as another key; such a value must be in quotes",
  yamlQuoteWholeHint: 'Put the whole value in double quotes: {fixed}',
  yamlNoSpaceAfterColon: 'there is no space after the colon of "{key}:", so YAML reads "{text}" as one piece of text',
  yamlNoSpaceAfterColonHint: 'Put a space after the colon: {fixed}',
  yamlNoSpaceAfterDash: 'a list item needs a space after its dash; without it YAML reads the dash as part of the text',
  yamlNoSpaceAfterDashHint: 'Put a space after the dash: {fixed}',
  yamlUnclosedQuote:
    'the {quote, select, double {double} other {single}} quote opened on this line is never closed, so YAML reads the lines after it as part of the value',
  yamlUnclosedQuoteHint: 'Close the quote at the end of the value: {fixed}',
  yamlIndentOff:
    '"{key}" is indented {own} {own, plural, one {space} other {spaces}}, {off, plural, one {one} other {two}} {direction, select, more {more} other {fewer}} than the {than, select, level {level under the line above} other {field above it}} ({want}); YAML reads indentation as structure',
  yamlIndentOffHint:
    'Indent it with {want} {want, plural, one {space} other {spaces}}, as the {than, select, level {fields of that level} other {fields around it}}: {fixed}',
  yamlUnclosedBracket: "the {bracket, select, brace {brace '{' opened} other {bracket [ opened}} on this line is never closed",
  yamlUnclosedBracketHint: 'Close it at the end of the line: {fixed}',
  // The parser's codes with no slip of their own (yaml-slips.ts GENERIC), the most frequent ones.
  yamlBadIndent: 'the indentation of this line does not fit the lines above it',
  yamlBadIndentHint: 'Nested fields are indented by two spaces more than their parent; fields of one entry line up.',
  yamlMissingChar: 'a character YAML needs is missing here (a colon, a dash, a quote or a bracket)',
  yamlMissingCharHint: 'Check this line against the ones above it.',
  yamlBlockAsImplicitKey: 'YAML cannot tell where this key and its value end',
  yamlBlockAsImplicitKeyHint: 'Check the indentation and the colons of this line and the next.',
  yamlMultilineImplicitKey: 'a key runs over two lines',
  yamlMultilineImplicitKeyHint: 'A key and its colon are on one line: check for a missing colon or space on this line.',
  yamlUnexpectedToken: 'there is unexpected text here',
  yamlUnexpectedTokenHint: 'Check the line for text after a closing quote or bracket, or a missing comma.',
  yamlBadScalarStart: 'a value starts with a character YAML reserves',
  yamlBadScalarStartHint: 'Put the value in double quotes.',
  yamlTabAsIndent: 'a tab is used for indentation',
  yamlTabAsIndentHint: 'Indent with spaces.',
  yamlBlockInFlow: "a nested block (lines starting with - or key:) is inside '{' … '}' or [ … ]",
  yamlBlockInFlowHint: 'Inside brackets write items on one line separated by commas, or close the bracket before the block.',
  yamlTextAfterQuote: 'the value of "{key}" has text after its closing quote; quotes must enclose the whole value',
  yamlTextAfterQuoteHint: 'Quote the whole value (quotes inside it stay): {fixed}',
  yamlReservedStart: 'a value cannot start with {ch} unless it is in quotes',
  yamlReservedStartOf: 'the value of "{key}" starts with {ch}, which YAML reserves; such a value must be in quotes',
  yamlQuoteHint: 'Put the value in double quotes: {fixed}',
  yamlBadEscape: 'a backslash inside double quotes starts an escape sequence, and "{escape}" is none',
  yamlBadEscapeHint: 'Use single quotes, where a backslash is an ordinary character: {fixed}',
  yamlDuplicateKey: 'the key "{key}" appears twice in the same mapping',
  yamlDuplicateKeyHint: 'Keep one of them: YAML would silently drop the first value.',
  yamlSeveralDocuments: 'the file holds several YAML documents (separated by `---`); an itinerary is one document',
  yamlSeveralDocumentsHint: 'Put each programme in a file of its own, or remove the extra `---` line.',
  yamlCustomTag: 'custom YAML tags are not allowed in an itinerary ({tag})',
  yamlCustomTagHint: 'Remove the tag (the text starting with `!`) and write the plain value.',
  yamlAliasBomb: 'the file expands YAML aliases (*name) more than {count} times: this looks like an alias bomb',
  yamlAliasBombHint: 'Write the repeated values out instead of nesting aliases.',
  // The parser's rarer codes (yaml-slips.ts GENERIC).
  yamlAliasProps: 'an alias (*name) cannot have an anchor or a tag',
  yamlAliasPropsHint: 'Remove the & or ! before the alias.',
  yamlBadAlias: 'an alias (*name) is malformed',
  yamlBadAliasHint: 'An alias is * followed by the name of an anchor (&name) defined above; or put the value in quotes.',
  yamlBadDirective: 'a line starting with % is read as a YAML directive and this one is not valid',
  yamlBadDirectiveHint: 'Remove the line, or put the value that starts with % in quotes.',
  yamlBadPropOrder: 'an anchor or tag is in the wrong place',
  yamlBadPropOrderHint: 'Put the anchor (&name) right after the colon, before the value.',
  yamlMultipleAnchors: 'a value has two anchors (&name)',
  yamlMultipleAnchorsHint: 'Keep one anchor per value.',
  yamlMultipleTags: 'a value has two tags (!tag)',
  yamlMultipleTagsHint: 'Remove the tags: itineraries use plain values.',
  yamlNonStringKey: 'a key is a list or a mapping, not a word',
  yamlNonStringKeyHint: 'Write keys as plain words (id, title, …); check the brackets on this line.',
  yamlLongKey: 'a key is longer than {max} characters',
  yamlLongKeyHint: 'A key this long is usually a value missing its "key:" in front; check the line.',
  yamlResourceExhaustion: 'the file expands aliases too many times',
  yamlResourceExhaustionHint: 'Write the repeated values out instead of nesting aliases.',
  yamlBadCollectionType: 'a tag asks for a kind of list or mapping this value is not',
  yamlBadCollectionTypeHint: 'Remove the tag (the text starting with !).',
  yamlImpossible: 'the YAML parser cannot read this part of the file',
  yamlImpossibleHint: 'Check the line for stray characters.',
  yamlBadEscapeSequence: 'a backslash inside double quotes starts an escape sequence that is not valid',
  yamlBadEscapeSequenceHint: 'Use single quotes, where a backslash is an ordinary character.',
  // A tag the parser cannot read (`!<!>`, `!!`, `!x!y`): an itinerary has no tags at all.
  yamlBadTag: 'this tag (the text starting with `!`) is not one YAML can read; an itinerary uses no tags',
  yamlBadTagHint: 'Remove the tag and write the plain value.',
  // An alias whose anchor is not defined before it (parse.ts).
  yamlUnknownAlias: 'the alias *{name} refers to an anchor &{name} that is not defined above it',
  yamlUnknownAliasHint: 'Define the anchor (&{name}) before the alias, or write the value out; if * starts ordinary text, put the value in quotes.',
  /** A code the parser may add in a later version: its own words, in English. */
  yamlParserError: 'the YAML parser reports: {detail}',
  /** The parsed document cannot be turned into values (parse.ts); the parser's words, in English. */
  yamlUnreadable: 'the YAML document cannot be read: {detail}',
  // The YAML 1.1 types (parse.ts).
  yamlOldType:
    '{tag} marks {type, select, binary {binary data (base64)} timestamp {a date-time value} set {a set} omap {an ordered mapping} other {a list of pairs}}, a YAML 1.1 type an itinerary does not use',
  yamlBinaryTagHint: 'Remove `!!binary` and write the value as plain text; an itinerary holds no binary data.',
  yamlTimestampTagHint: 'Remove `!!timestamp` and write the plain value: dates as YYYY-MM-DD (e.g. 2023-11-21), times as "HH:MM" in quotes.',
  yamlSetTagHint: 'Remove `!!set` and write a list instead, e.g. [rudenya, aide-1].',
  yamlMappingTagHint: 'Remove `{tag}` and write a plain mapping (or a list where the format asks for one).',
  // Nesting too deep for the parser (parse.ts).
  yamlTooDeep: 'the YAML is nested more than {depth} levels deep',
  yamlTooDeepHint: 'An itinerary needs only a few levels; this file is probably damaged or generated by mistake.',
  // A slip in a text too large to explain in detail (parse.ts, budget.ts).
  yamlTooLargeToExplain:
    'the YAML cannot be read from here on; the file is too large ({marks} YAML marks, over {limit}) for the slip to be explained in detail',
  yamlTooLargeToExplainHint:
    'Look at this line and the one above it for a missing or extra space, quote, bracket or colon. To have the slip explained, split the programme into smaller files (for example one per group of days).',
  // Bytes that are not UTF-8 text (decode.ts).
  yamlBinaryFile: 'this is a binary file, not YAML text',
  yamlBinaryFileHint: 'An itinerary is a text file saved as UTF-8. Was a spreadsheet, PDF or archive passed by mistake?',
  yamlWideEncoding:
    'the file is saved as {encoding} ({order, select, le {little-endian} other {big-endian}}){bom, select, no { without a byte order mark} other {}}, not UTF-8',
  yamlWindows1251: 'the file is not UTF-8: it looks like Windows-1251 (Cyrillic), as saved by older Windows editors',
  yamlResaveHint: 'Re-save it as UTF-8 (in Notepad: Save As → Encoding: UTF-8), or convert it: iconv -f {iconv} -t UTF-8 old.yaml > new.yaml',
  yamlNotUtf8: 'the file is not valid UTF-8 (byte 0x{byte})',
  yamlNotUtf8Hint: 'Re-save the file with the UTF-8 encoding.',
  // A value a # cut short (yaml-slips.ts commentCuts).
  yamlCommentCut:
    'the value of "{key}" stops before "{cut}": in YAML a # after a space starts a comment, so the value reads "{value}"; a value with # in it must be in quotes',
  /** The same on a line of personal data (engine/check.ts): the value is not repeated. */
  yamlCommentCutHidden:
    'this value stops before a " #": in YAML a # after a space starts a comment; a value with # in it must be in quotes (the value is not shown: it is personal data)',
  /** A hint whose corrected line holds personal data (engine/check.ts): its advice, without the line. */
  yamlHintLineHidden: '{advice} (the corrected line is not shown: it holds personal data).',
};

/**
 * A problem worded by its phrases: the English text (message and hint) formatted from YAML_PHRASES,
 * with the phrase ids and data kept, so that a report words it again in its language.
 */
export function wordedProblem(message: SourceWording, hint?: SourceWording): { message: string; hint?: string; wording: ProblemWording } {
  const english = (w: SourceWording) => formatIcu(YAML_PHRASES[w.id]!, 'en', w.data);
  return { message: english(message), ...(hint ? { hint: english(hint) } : {}), wording: hint ? { message, hint } : { message } };
}

/**
 * A phrase (of the YAML reader's, or the words of a value found) as a sentence of the tool's, for a
 * refusal or a problem of the configuration file: the catalogue serves it as `yaml.<id>`, in the words
 * the findings have (source/catalogue.ts).
 */
export function phraseWords(phrase: SourceWording): Words {
  return words(`yaml.${phrase.id}`, phrase.data);
}
