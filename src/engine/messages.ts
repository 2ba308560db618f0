// Turns a rule's message id and data into text, in a language: the template is the label files'
// `findings.<rule>.<messageId>` for that language, else (English) the rule's own `meta.messages`; the
// data's phrases (names, times, lists) are worded in the same language. Formatted by text/icu.ts.
import type { MessageValue, NeutralData, PhraseWords } from '../diagnostics/types.js';
import type { RuleMeta } from '../rules/index.js';
import { PHRASES } from '../rules/describe.js';
import { formatIcu } from '../text/icu.js';

/** The findings' words of one language, as the label files give them. */
export interface FindingLanguage {
  lang: string;
  /** `findings` of the language's label file: texts by rule id (and `phrases`), then by message id. */
  texts: Readonly<Record<string, Readonly<Record<string, string>> | undefined>>;
  /** The documents' labels of the language, for the words findings share with them (vehicle kinds). */
  labels: Readonly<Record<string, unknown>>;
}

/** English as the rules write it, with no label file's changes. */
export const ENGLISH: FindingLanguage = { lang: 'en', texts: {}, labels: {} };

/** The findings' words of `lang` from a label file's content (its `findings` section). */
export function findingLanguage(lang: string, labels: Readonly<Record<string, unknown>>): FindingLanguage {
  const texts = labels.findings;
  return { lang, texts: typeof texts === 'object' && texts !== null ? (texts as FindingLanguage['texts']) : {}, labels };
}

/** Does the language change anything of the rules' own English? */
export function isPlainEnglish(language: FindingLanguage): boolean {
  return language.lang === 'en' && Object.keys(language.texts).length === 0;
}

/** The template of message `id`: the language's, else the rule's English (then `lang` is en). */
export function messageTemplate(ruleId: string, meta: Pick<RuleMeta, 'messages'>, id: string, language: FindingLanguage): { template: string; lang: string } {
  const own = language.texts[ruleId]?.[id];
  if (typeof own === 'string') return { template: own, lang: language.lang };
  const template = meta.messages[id];
  if (template === undefined) throw new Error(`rule ${ruleId} has no message "${id}"`);
  return { template, lang: 'en' };
}

/** The text of message `id` of a rule; a template the rule does not declare is a programming error. */
export function formatMessage(ruleId: string, meta: Pick<RuleMeta, 'messages'>, id: string, data: NeutralData = {}, language: FindingLanguage = ENGLISH, firstLanguage?: string): string {
  const { template, lang } = messageTemplate(ruleId, meta, id, language);
  const words = phraseWords(lang === language.lang ? language : ENGLISH, firstLanguage);
  return formatIcu(template, lang, resolveData(data, words));
}

/** The data with its phrases worded. */
export function resolveData(data: NeutralData, words: PhraseWords): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(data)) out[key] = word(value, words);
  return out;
}

function word(value: MessageValue, words: PhraseWords): string | number {
  return typeof value === 'object' ? value.phrase(words) : value;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const listFormats = new Map<string, Intl.ListFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** How phrases are worded in a language; names missing in it are taken in `firstLanguage`, else any. */
export function phraseWords(language: FindingLanguage, firstLanguage?: string): PhraseWords {
  const { lang } = language;
  const words: PhraseWords = {
    lang,
    say(id, data = {}) {
      const own = language.texts.phrases?.[id];
      const template = typeof own === 'string' ? own : PHRASES[id];
      if (template === undefined) throw new Error(`no phrase "${id}"`);
      return formatIcu(template, typeof own === 'string' ? lang : 'en', resolveData(data, words));
    },
    text(value) {
      if (value === undefined) return '';
      if (typeof value === 'string') return value;
      const exact = value[lang] ?? (firstLanguage === undefined ? undefined : value[firstLanguage]);
      if (exact !== undefined) return exact;
      for (const variant of Object.values(value)) return variant;
      return '';
    },
    list(items) {
      if (lang === 'en') return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
      let format = listFormats.get(lang);
      if (!format) listFormats.set(lang, (format = new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' })));
      return format.format(items);
    },
    date(iso, year = false) {
      const day = Number(iso.slice(8, 10));
      const month = Number(iso.slice(5, 7));
      if (lang === 'en') return `${day} ${MONTHS[month - 1] ?? ''}${year ? ` ${iso.slice(0, 4)}` : ''}`;
      const key = `${lang}${year}`;
      let format = dateFormats.get(key);
      if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', ...(year ? { year: 'numeric' } : {}), timeZone: 'UTC' })));
      return format.format(Date.UTC(Number(iso.slice(0, 4)), month - 1, day, 12));
    },
    label(key) {
      let at: unknown = language.labels;
      for (const part of key.split('.')) at = typeof at === 'object' && at !== null ? (at as Record<string, unknown>)[part] : undefined;
      return typeof at === 'string' ? at : undefined;
    },
  };
  return words;
}

/** `text` without the values of a sensitive field: quoted, they become "the value"; bare, "(hidden)". */
export function hideVariants(text: string, variants: readonly string[], words: PhraseWords): string {
  let out = text;
  for (const variant of variants) out = out.split(`"${variant}"`).join(words.say('theValue')).split(variant).join(words.say('hiddenValue'));
  return out;
}
