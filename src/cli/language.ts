// The language of the tool's own words for this run: `--lang`, else the environment (see text/lang.ts).
import { chooseMessageLanguage, type LanguageSource, type MessageLanguage } from '../text/lang.js';

export function toolLanguage(flag?: string): MessageLanguage {
  return chooseMessageLanguage(flag, process.env).lang;
}

export function toolLanguageChoice(flag?: string): { lang: MessageLanguage; source: LanguageSource } {
  return chooseMessageLanguage(flag, process.env);
}

let given: { lang?: string; templates?: string } = {};

/** The value of `--name VALUE` or `--name=VALUE` in the arguments (the last one; none after `--`). */
export function optionValue(args: readonly string[], name: string): string | undefined {
  let value: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') break;
    if (arg === name && i + 1 < args.length) value = args[++i];
    else if (arg.startsWith(`${name}=`)) value = arg.slice(name.length + 1);
  }
  return value;
}

/**
 * Remember the run's `--lang` and `--templates` (the arguments without node and the script): the
 * language of every message, also of those printed before the options are parsed (usage errors).
 */
export function setRunArguments(args: readonly string[]): void {
  given = { lang: optionValue(args, '--lang'), templates: optionValue(args, '--templates') };
}

/** The `--lang` and `--templates` of this run. */
export function runArguments(): { lang?: string; templates?: string } {
  return given;
}

let heldUsageError: string | undefined;

/**
 * commander's own usage errors ("error: unknown option '--x'") are held here instead of printed, so
 * that main.ts can print them in the language of the run once it has loaded the texts.
 */
export function holdUsageError(text: string): void {
  heldUsageError = (heldUsageError ?? '') + text;
}

export function takeUsageError(): string | undefined {
  const text = heldUsageError;
  heldUsageError = undefined;
  return text;
}
