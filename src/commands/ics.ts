// `delegation ics`: the programme as iCalendar files, whole or per person.
import { renderIcs, calendarEvents } from '../render/ics.js';
import { UserError } from '../source/errors.js';
import { exportInput, findPerson, type ExportOptions } from './export-options.js';
import type { LoadedItinerary } from './itinerary.js';
import { words } from '../text/words.js';

export interface IcsCommandOptions extends ExportOptions {
  people?: readonly string[];
  allPeople?: boolean;
  /** DTSTAMP (epoch ms). */
  stampMs: number;
}

export interface IcsCalendar {
  /** File name when writing one file per person. */
  fileName: string;
  personId?: string;
  events: number;
  content: string;
}

export function exportIcs(options: IcsCommandOptions): { loaded: LoadedItinerary; calendars: IcsCalendar[] } {
  if (options.allPeople && options.people?.length) throw new UserError(words('personAndAllPeople'), words('personAndAllPeople.icsHint'));
  const { loaded, model, lang, labels } = exportInput(options, 'calendar');
  const base = model.visit?.id ?? 'programme';
  if (options.allPeople) {
    const calendars = model.people
      .filter((p) => calendarEvents(model, [p]).length > 0)
      .map((p) => ({ fileName: `${p.id}.ics`, personId: p.id, events: calendarEvents(model, [p]).length, content: renderIcs(model, { lang, labels, stampMs: options.stampMs, people: [p] }) }));
    return { loaded, calendars };
  }
  const people = options.people?.length ? [...new Set(options.people)].map((id) => findPerson(model, id)) : undefined;
  const fileName = people?.length === 1 ? `${people[0]!.id}.ics` : `${base}.ics`;
  const content = renderIcs(model, { lang, labels, stampMs: options.stampMs, people });
  return { loaded, calendars: [{ fileName, events: calendarEvents(model, people).length, content, ...(people?.length === 1 ? { personId: people[0]!.id } : {}) }] };
}
