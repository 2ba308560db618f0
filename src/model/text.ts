// Reading Text values (a string or a map of language variants) in a given language.
import type { TextValue } from './schema.js';

/** The variant in `lang`, else the first variant given; a plain string is returned as is. */
export function textIn(text: TextValue | undefined, lang: string): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  const exact = text[lang];
  if (exact !== undefined) return exact;
  for (const value of Object.values(text)) return value;
  return '';
}

/** Is `lang` given explicitly? A plain string counts as the visit's first language. */
export function hasLanguage(text: TextValue, lang: string, firstLanguage: string): boolean {
  if (typeof text === 'string') return lang === firstLanguage;
  return typeof text[lang] === 'string' && text[lang]!.trim() !== '';
}

/** Every variant of a text, for matching in any language. */
export function allVariants(text: TextValue | undefined): string[] {
  if (text === undefined) return [];
  return typeof text === 'string' ? [text] : Object.values(text);
}

/** The language of the variant `textIn` picks: `lang`, else the first given; a plain string is in `firstLanguage`. */
export function textLanguage(text: TextValue | undefined, lang: string, firstLanguage: string): string {
  if (text === undefined || typeof text === 'string') return firstLanguage;
  if (text[lang] !== undefined) return lang;
  return Object.keys(text)[0] ?? firstLanguage;
}
