// What the export commands share: the options every one takes, the language, people named by id, and
// reading the itinerary (refused when it has errors, unless forced) with the words of the chosen language.
import { loadLabels } from '../io/templates.js';
import { nearest } from '../model/suggest.js';
import type { Model, Person } from '../model/types.js';
import { labelsFor, type Labels } from '../render/labels.js';
import { defaultPrintable, isPrintable, notPrintable } from '../render/printable-languages.js';
import { UserError } from '../source/errors.js';
import type { ConfigChoice } from './config.js';
import { loadItinerary, usableModel, type LoadedItinerary, type RequireOptions } from './itinerary.js';
import { words } from '../text/words.js';

/** The options every export command takes. */
export interface ExportOptions {
  file: string;
  cwd: string;
  force?: boolean;
  config?: ConfigChoice;
  lang?: string;
  /** The language of the findings shown when the itinerary is refused (the run's, not the reader's). */
  messageLang?: string;
  /** A folder whose labels/<lang>.json files replace the shipped words. */
  templatesDir?: string;
}

export interface ExportInput {
  loaded: LoadedItinerary;
  model: Model;
  lang: string;
  labels: Labels;
}

/** Read and check the itinerary, refuse it when it has errors (unless forced), and pick the words. */
export function exportInput(options: ExportOptions, refusal: RequireOptions['refusal']): ExportInput {
  const labelSet = loadLabels(options.templatesDir);
  const loaded = loadItinerary(options.file, { cwd: options.cwd, config: options.config, labels: labelSet, lang: options.messageLang });
  const model = usableModel(loaded, { force: options.force, refusal });
  const lang = chooseLanguage(model, options.lang);
  return { loaded, model, lang, labels: labelsFor(labelSet, lang) };
}

/** The documents' language: one of the visit's, defaulting to its first. */
export function chooseLanguage(model: Model, lang: string | undefined): string {
  if (lang === undefined) return defaultPrintable(model.languages);
  const known = model.languages;
  // A typo of one of the visit's languages is told as such; a real language without labels is refused.
  if (known.includes(lang) || !nearest(lang, known)) {
    if (!isPrintable(lang)) throw notPrintable(lang);
    if (known.includes(lang)) return lang;
  }
  const suggestion = nearest(lang, known);
  throw new UserError(
    words('unknownLanguage', { lang, known: known.join(', ') }),
    suggestion ? words('didYouMeanOption', { option: '--lang', value: suggestion }) : words('useOneOf', { options: known.map((l) => `--lang ${l}`).join(', ') }),
  );
}

export function findPerson(model: Model, id: string): Person {
  const person = model.byId.people.get(id);
  if (person) return person;
  const suggestion = nearest(id, model.byId.people.keys());
  throw new UserError(
    words('noSuchPersonId', { id }),
    suggestion ? words('didYouMeanOption', { option: '--person', value: suggestion }) : words('noSuchPersonId.hint'),
  );
}
