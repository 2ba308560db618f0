// The tool's own sentences (refusals, I/O errors, "wrote …" lines, the wizard's questions) as a
// message id and its data, turned into text in a language only when they are shown. Their templates
// are ICU MessageFormat, kept in the label files (templates/labels/<lang>.json: "messages", "wizard"),
// and formatted by text/words-format.ts, which only the code that shows them loads.
import type { IcuValue } from './icu.js';

/** The values a sentence fills in: numbers, strings, other sentences (shown in the same language; a list one per line, indented). */
export type WordsData = Readonly<Record<string, IcuValue | Words | readonly Words[]>>;

/** A sentence of the tool's: a message id and the values its template fills in. */
export interface Words {
  readonly id: string;
  readonly data?: WordsData;
}

export function words(id: string, data?: WordsData): Words {
  return data === undefined ? { id } : { id, data };
}

export function isWords(value: unknown): value is Words {
  return typeof value === 'object' && value !== null && typeof (value as Words).id === 'string';
}
