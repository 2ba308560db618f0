// commander's own usage errors ("error: unknown option '--x'", "missing required argument 'file'")
// in the language of the run, followed by where to find the usage. commander writes them in English;
// each known form is read back into a message id and its data. A form not known here stays English.
import { runLanguage, say, sayLine } from './say.js';


type Reading = [RegExp, (m: RegExpExecArray) => string];

const FORMS: Reading[] = [
  [/^error: unknown option '(.+?)'$/, (m) => say('usage.unknownOption', { option: m[1]! })],
  [/^error: unknown command '(.+?)'$/, (m) => say('usage.unknownCommand', { command: m[1]! })],
  [/^error: missing required argument '(.+?)'$/, (m) => say('usage.missingArgument', { argument: m[1]! })],
  [/^error: option '(.+?)' argument missing$/, (m) => say('usage.optionArgumentMissing', { option: m[1]! })],
  [/^error: required option '(.+?)' not specified$/, (m) => say('usage.requiredOption', { option: m[1]! })],
  [/^error: too many arguments for '(.+?)'\. Expected (\d+) arguments? but got (\d+)\.$/, (m) => say('usage.tooManyArgumentsFor', { command: m[1]!, expected: Number(m[2]), got: Number(m[3]) })],
  [/^error: too many arguments\. Expected (\d+) arguments? but got (\d+)\.$/, (m) => say('usage.tooManyArguments', { expected: Number(m[1]), got: Number(m[2]) })],
  [/^error: option '(.+?)' argument '(.*)' is invalid\. (.*)$/s, (m) => say('usage.invalidOptionValue', { option: m[1]!, value: m[2]!, reason: reason(m[3]!) })],
  [/^error: command-argument value '(.*)' is invalid for argument '(.+?)'\. (.*)$/s, (m) => say('usage.invalidArgumentValue', { value: m[1]!, argument: m[2]!, reason: reason(m[3]!) })],
  [/^error: option '(.+?)' cannot be used with option '(.+?)'$/, (m) => say('usage.conflict', { first: m[1]!, second: m[2]! })],
];

function reason(text: string): string {
  const choices = /^Allowed choices are (.+)\.$/.exec(text);
  if (choices) return say('usage.allowedChoices', { choices: choices[1]! });
  if (text === 'expected a whole number, 0 or more.') return say('usage.wholeNumber');
  const range = /^(--[\w-]+) takes a whole number from (\d+) to (\d+)$/.exec(text);
  if (range) return say('usage.range', { option: range[1]!, min: Number(range[2]), max: Number(range[3]) });
  return text;
}

/** commander's message (and its "Did you mean" line) in the run's language, then the usage hint. */
export function usageText(held: string): string {
  const hint = sayLine('usage.seeHelp');
  if (runLanguage() === 'en') return `${held}${hint}`;
  const [first = '', ...rest] = held.replace(/\n$/, '').split('\n');
  const suggestion = rest.join('\n');
  let text = first;
  for (const [form, read] of FORMS) {
    const m = form.exec(first);
    if (m) {
      text = say('usage.error', { message: read(m) });
      break;
    }
  }
  if (text === first && first.startsWith('error: ')) text = say('usage.error', { message: first.slice('error: '.length) });
  const one = /^\(Did you mean (.+)\?\)$/.exec(suggestion);
  const many = /^\(Did you mean one of (.+)\?\)$/.exec(suggestion);
  const tail = many ? say('usage.didYouMeanOneOf', { options: many[1]! }) : one ? say('usage.didYouMean', { option: one[1]! }) : suggestion;
  return `${text}\n${tail ? `${tail}\n` : ''}${hint}`;
}
