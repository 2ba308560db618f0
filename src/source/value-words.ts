// The words of a value found where another was expected ("found: a list"), by phrase id: the English
// here, the other languages' in the label files' `findings.phrases`. Findings say them as phrases,
// the tool's sentences (the configuration file's problems) as `yaml.<id>` (source/catalogue.ts).

/** What the words of the special numbers add; the builder gives these findings a hint. */
export const NOT_A_NUMBER_NOTE = 'YAML for "not a number"';
export const INFINITY_NOTE = 'infinity, or a number too large to hold';
export const TOO_LARGE_NOTE = 'a number too large to hold exactly';

/** The value found, by phrase id; a number or string is shown as written. */
export const VALUE_PHRASES: Readonly<Record<string, string>> = {
  valueNothing: 'nothing',
  valueEmpty: 'an empty value',
  valueList: 'a list',
  valueMapping: 'a mapping',
  valueSingle: 'a single value',
  valueNaN: `.nan (${NOT_A_NUMBER_NOTE})`,
  valueInfinity: `{sign}.inf (${INFINITY_NOTE})`,
  valueTooLarge: `{number} (${TOO_LARGE_NOTE})`,
  valueYesNo: '{value} (a yes/no value)',
};
