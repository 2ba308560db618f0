// The languages documents, exports and change notices can be printed in: those the shipped label
// files cover. No command offers or accepts another (a --templates folder may add labels for the
// documents it renders).
import { UserError } from '../source/errors.js';
import { words } from '../text/words.js';

export const PRINTABLE_LANGUAGES = ['ru', 'en', 'zh'] as const;

export function isPrintable(lang: string): boolean {
  return (PRINTABLE_LANGUAGES as readonly string[]).includes(lang);
}

/** The error for a language without labels, naming those that have them. */
export function notPrintable(lang: string, option = '--lang'): UserError {
  return new UserError(
    words('notPrintable', { lang, printable: PRINTABLE_LANGUAGES.join(', ') }),
    words('notPrintable.hint', { options: PRINTABLE_LANGUAGES.map((l) => `${option} ${l}`).join(', ') }),
    2,
  );
}

/** The language to print in when none is asked for: the visit's first printable language, else English. */
export function defaultPrintable(languages: readonly string[]): string {
  return languages.find(isPrintable) ?? 'en';
}
