// Formats the tool's sentences (text/words.ts) in a language with their ICU templates (text/icu.ts).
import { formatIcu, type IcuValue } from './icu.js';
import { isWords, type Words } from './words.js';

/** Message templates by id, for one language. */
export type Catalogue = Readonly<Record<string, string>>;

/**
 * `w` in `lang`: its template from `own` (the language's catalogue), else from `english`; an id
 * neither knows prints as itself, so that a missing text shows rather than hides the message.
 */
export function formatWords(w: Words, lang: string, own: Catalogue, english: Catalogue): string {
  const data: Record<string, IcuValue> = {};
  for (const [key, value] of Object.entries(w.data ?? {})) {
    data[key] = Array.isArray(value) ? value.map((v: Words) => formatWords(v, lang, own, english)).join('\n  ') : isWords(value) ? formatWords(value, lang, own, english) : (value as IcuValue);
  }
  const template = own[w.id];
  if (template !== undefined) {
    try {
      return formatIcu(template, lang, data);
    } catch {
      // A template of an office's label file that does not parse, or wants data it is not given:
      // the shipped English says it instead.
    }
  }
  const fallback = english[w.id];
  return fallback === undefined ? w.id : formatIcu(fallback, 'en', data);
}
