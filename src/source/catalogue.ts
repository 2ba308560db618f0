// The tool's own sentences from the label files: the "messages" (refusals, I/O errors, the lines
// commands print) and the "wizard" (init's and add's questions) sections of
// templates/labels/<lang>.json, the shipped file and, over it, a protocol office's own
// (--templates DIR), as source/label-files.ts reads them. Read only when a sentence is shown, and
// only the languages asked for.
import type { Words } from '../text/words.js';
import { formatWords, type Catalogue } from '../text/words-format.js';
import { setEnglishWords } from './errors.js';
import { findShippedTemplates, layeredLabels } from './label-files.js';
import { VALUE_PHRASES } from './value-words.js';
import { YAML_PHRASES } from './yaml-words.js';

export type CatalogueSection = 'messages' | 'wizard';

/**
 * The words of `lang`, the office's over the shipped. A missing or broken label file has no sentences:
 * English (or the id) is shown instead; the commands that read label files for their output say what
 * is wrong with it.
 */
function labelsOf(lang: string, overrideDir?: string): Record<string, unknown> | undefined {
  const dirs = [findShippedTemplates(), overrideDir].filter((d): d is string => d !== undefined);
  return layeredLabels(lang, dirs, () => undefined);
}

/** The sentences of one section in `lang`: the shipped ones, each replaced by the office's own, if any. */
export function readCatalogue(lang: string, section: CatalogueSection, overrideDir?: string): Catalogue {
  const out: Record<string, string> = {};
  const labels = labelsOf(lang, overrideDir);
  const found = labels?.[section];
  if (typeof found === 'object' && found !== null) {
    for (const [id, text] of Object.entries(found)) if (typeof text === 'string') out[id] = text;
  }
  if (section === 'messages') Object.assign(out, yamlPhrases(lang, labels));
  return out;
}

/**
 * The YAML reader's phrases (yaml-words.ts) and the words of a value found (value-words.ts), as
 * `yaml.<id>`, for a sentence that quotes a problem of a file (a file that cannot be decoded, the
 * configuration file): English from the code, the other languages from the `findings.phrases` of
 * their label file, as findings have them; each text is written once per language.
 */
const SERVED_PHRASES: Readonly<Record<string, string>> = { ...YAML_PHRASES, ...VALUE_PHRASES };

function yamlPhrases(lang: string, labels: Record<string, unknown> | undefined): Record<string, string> {
  const findings = labels?.findings as { phrases?: Record<string, unknown> } | undefined;
  const own: Readonly<Record<string, unknown>> = lang === 'en' ? SERVED_PHRASES : (findings?.phrases ?? {});
  const out: Record<string, string> = {};
  for (const id of Object.keys(SERVED_PHRASES)) {
    const text = own[id];
    if (typeof text === 'string') out[`yaml.${id}`] = text;
  }
  return out;
}

/** One word of the documents' labels in `lang` (`["placeKinds", "hotel"]`), the office's over the shipped. */
export function readLabelEntry(lang: string, path: readonly string[], overrideDir?: string): string | undefined {
  let node: unknown = labelsOf(lang, overrideDir);
  for (const key of path) node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined;
  return typeof node === 'string' ? node : undefined;
}

/** The shipped English sentences, read once: the text of every error's `message`. */
let english: Catalogue | undefined;

/** `w` in English from the shipped label file: the text of an error's `message` in code and tests. */
export function englishWords(w: Words): string {
  english ??= readCatalogue('en', 'messages');
  return formatWords(w, 'en', english, english);
}

setEnglishWords(englishWords);
