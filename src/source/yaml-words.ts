// The YAML reader's texts as phrase ids with data, so that a report words them in its language. The
// English words are the phrases below (rules/describe.ts adds them to the report's vocabulary); the code
// that finds a slip writes the same English and names the phrase it came from. A text without a
// phrase stays as written (English, whole).

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
};
