// The tool's own sentences in the language of the run: `--lang` (wherever it stands on the command
// line), else DELEGATION_LANG, else the locale, else English (text/lang.ts). Their texts come from
// the "messages" and "wizard" sections of the label files, with a `--templates` folder's over the
// shipped ones; they are read the first time a sentence is shown, in that language and English only.
import { readCatalogue, readLabelEntry, type CatalogueSection } from '../source/catalogue.js';
import type { UserError } from '../source/errors.js';
import type { MessageLanguage } from '../text/lang.js';
import type { Words, WordsData } from '../text/words.js';
import { formatWords, type Catalogue } from '../text/words-format.js';
import { safeText } from '../text/safe.js';
import { runArguments, toolLanguage } from './language.js';

let language: MessageLanguage | undefined;
/** The run the language and texts were read for: a new run in the same process reads them anew. */
let readFor: ReturnType<typeof runArguments> | undefined;

function sameRun(): void {
  if (readFor === runArguments()) return;
  readFor = runArguments();
  language = undefined;
  catalogues.clear();
}

/** The language of the tool's words in this run. */
export function runLanguage(): MessageLanguage {
  sameRun();
  return (language ??= toolLanguage(runArguments().lang));
}

const catalogues = new Map<string, Catalogue>();

function catalogue(lang: string, section: CatalogueSection): Catalogue {
  sameRun();
  const key = `${lang}\0${section}`;
  let found = catalogues.get(key);
  if (!found) {
    found = readCatalogue(lang, section, runArguments().templates);
    catalogues.set(key, found);
  }
  return found;
}

function inLanguage(w: Words, section: CatalogueSection): string {
  const lang = runLanguage();
  const english = catalogue('en', section);
  return formatWords(w, lang, lang === 'en' ? english : catalogue(lang, section), english);
}

/** A sentence of the "messages" section in the run's language. */
export function say(id: string, data?: WordsData): string {
  return inLanguage({ id, data }, 'messages');
}

/** Sentences made elsewhere (an answer's problem, say) in the run's language. */
export function sayWords(w: Words): string {
  return inLanguage(w, 'messages');
}

/** A question, choice or note of the wizard ("wizard" section) in the run's language. */
export function wizardText(id: string, data?: WordsData): string {
  return inLanguage({ id, data }, 'wizard');
}

/** A word of the documents' labels (`["placeKinds", "hotel"]`) in the run's language, if it has one. */
export function documentLabel(path: readonly string[]): string | undefined {
  return readLabelEntry(runLanguage(), path, runArguments().templates);
}

/** An error's message and hint in the run's language (plain-text ones as they are). */
export function errorText(error: UserError): { message: string; hint?: string } {
  const message = error.words ? inLanguage(error.words, 'messages') : error.message;
  const hint = error.hintWords ? inLanguage(error.hintWords, 'messages') : error.hint;
  return hint ? { message, hint } : { message };
}

/** How an output path is named in a "wrote …" line. */
export function outputName(path: string): string {
  return path === '-' ? say('standardOutput') : path;
}

/** A sentence as a printed line: user text in it (paths, ids) shown, not sent (text/safe.ts). */
export function sayLine(id: string, data?: WordsData): string {
  return `${safeText(say(id, data), 'text')}\n`;
}
