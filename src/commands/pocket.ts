// `delegation pocket`: one self-contained page per person for the phone, and an index of them.
import type { Person } from '../model/types.js';
import { pocketEvents } from '../render/pocket-view.js';
import { renderPocket } from '../render/pocket.js';
import { UserError } from '../source/errors.js';
import { isPrepared, prepareDocuments, type DocumentCommandOptions, type DocumentsResult } from './documents.js';
import { findPerson } from './export-options.js';
import { words } from '../text/words.js';

export interface PocketCommandOptions extends DocumentCommandOptions {
  /** These people; by default (or with `allPeople`) every delegation-side person who attends anything. */
  people?: readonly string[];
  allPeople?: boolean;
  /** When the pages are produced (epoch ms): written on them, and the calendars' DTSTAMP. */
  stampMs: number;
}

export async function pocket(options: PocketCommandOptions): Promise<DocumentsResult> {
  if (options.allPeople && options.people?.length) {
    throw new UserError(words('personAndAllPeople'), words('personAndAllPeople.pocketHint'));
  }
  const prepared = await prepareDocuments(options);
  if (!isPrepared(prepared)) return { ...prepared, documents: [] };
  const { model, renderer, result } = prepared;
  let people: Person[];
  if (options.people?.length) {
    people = [...new Set(options.people)].map((id) => findPerson(model, id));
  } else {
    people = model.people.filter((p) => p.side === 'delegation' && pocketEvents(model, p).length > 0);
  }
  const documents = renderPocket(model, { ...prepared.options, stampMs: options.stampMs }, people, renderer);
  return { ...result, documents: documents.map((d) => ({ fileName: `${d.name}.html`, content: d.content })) };
}
