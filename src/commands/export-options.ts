// Option checks the export commands share: the language, and people named by id.
import { nearest } from '../model/suggest.js';
import type { Model, Person } from '../model/types.js';
import { defaultPrintable, isPrintable, notPrintable } from '../render/printable-languages.js';
import { UserError } from '../source/errors.js';

/** The documents' language: one of the visit's, defaulting to its first. */
export function chooseLanguage(model: Model, lang: string | undefined): string {
  if (lang === undefined) return defaultPrintable(model.languages);
  if (!isPrintable(lang)) throw notPrintable(lang);
  const known = model.languages;
  if (known.includes(lang)) return lang;
  const suggestion = nearest(lang, known);
  throw new UserError(
    `unknown language "${lang}": this visit is written in ${known.join(', ')}`,
    suggestion ? `Did you mean --lang ${suggestion}?` : `Use one of: ${known.map((l) => `--lang ${l}`).join(', ')}.`,
  );
}

export function findPerson(model: Model, id: string): Person {
  const person = model.byId.people.get(id);
  if (person) return person;
  const suggestion = nearest(id, model.byId.people.keys());
  throw new UserError(
    `no person with id "${id}" in the itinerary`,
    suggestion ? `Did you mean --person ${suggestion}?` : 'Person ids are the `id:` values in the people list.',
  );
}
