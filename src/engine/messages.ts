// Turns a rule's message id and data into text: the rule's ICU MessageFormat template, formatted by
// intl-messageformat. Templates are compiled once; numbers print without grouping ("1500", as the file
// writes them).
import { IntlMessageFormat } from 'intl-messageformat';
import type { MessageData, RuleMeta } from '../rules/index.js';

const LOCALE = 'en';
const compiled = new Map<string, IntlMessageFormat>();

const formatters = {
  getNumberFormat: (locales?: string | string[], options?: Intl.NumberFormatOptions) => new Intl.NumberFormat(locales, { ...options, useGrouping: false }),
  getDateTimeFormat: (...args: ConstructorParameters<typeof Intl.DateTimeFormat>) => new Intl.DateTimeFormat(...args),
  getPluralRules: (...args: ConstructorParameters<typeof Intl.PluralRules>) => new Intl.PluralRules(...args),
};

/** The text of message `id` of a rule; a template the rule does not declare is a programming error. */
export function formatMessage(ruleId: string, meta: Pick<RuleMeta, 'messages'>, id: string, data: MessageData = {}): string {
  const key = `${ruleId}\0${id}`;
  let format = compiled.get(key);
  if (!format) {
    const template = meta.messages[id];
    if (template === undefined) throw new Error(`rule ${ruleId} has no message "${id}"`);
    format = new IntlMessageFormat(template, LOCALE, undefined, { ignoreTag: true, formatters });
    compiled.set(key, format);
  }
  return String(format.format(data as Record<string, string | number>));
}
