// ICU MessageFormat templates ("{count, plural, one {# ошибка} few {# ошибки} other {# ошибок}}"),
// formatted by intl-messageformat in the language given. Every text of the tool's own that is filled
// with data goes through here: findings, hints, refusals, questions. Templates are compiled once per
// language; numbers print without grouping ("1500", as the file writes them).
import { IntlMessageFormat } from 'intl-messageformat';

export type IcuValue = string | number;

const compiled = new Map<string, IntlMessageFormat>();

const formatters = {
  getNumberFormat: (locales?: string | string[], options?: Intl.NumberFormatOptions) => new Intl.NumberFormat(locales, { ...options, useGrouping: false }),
  getDateTimeFormat: (...args: ConstructorParameters<typeof Intl.DateTimeFormat>) => new Intl.DateTimeFormat(...args),
  getPluralRules: (...args: ConstructorParameters<typeof Intl.PluralRules>) => new Intl.PluralRules(...args),
};

/** The compiled template: a template that does not parse is a programming (or label file) error. */
export function compileIcu(template: string, lang: string): IntlMessageFormat {
  const key = `${lang}\0${template}`;
  let format = compiled.get(key);
  if (!format) {
    format = new IntlMessageFormat(template, lang, undefined, { ignoreTag: true, formatters });
    compiled.set(key, format);
  }
  return format;
}

/** `template` in `lang` with `data` filled in. */
export function formatIcu(template: string, lang: string, data: Readonly<Record<string, IcuValue>> = {}): string {
  return String(compileIcu(template, lang).format(data as Record<string, IcuValue>));
}
