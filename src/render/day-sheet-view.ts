// Day sheets: one per day for the whole delegation, or one per person per day with only that
// person's events.
import type { ItineraryEvent, Model } from '../model/types.js';
import { sheetShowsPersonalData, ViewBuilder, type DaySheetView, type DayView, type DocumentOptions } from './view.js';

/** The "contains personal data" notice goes only on a sheet that shows some. */
function marked(view: DaySheetView): DaySheetView {
  return { ...view, personal: sheetShowsPersonalData(view) };
}

export interface SheetSelection {
  /** Person ids: one sheet per person per day; empty or undefined for the whole delegation's sheets. */
  people?: readonly string[];
  /** Dates to print (YYYY-MM-DD); all days when empty or undefined. */
  dates?: readonly string[];
}

export interface SheetView {
  /** File name without extension: "2023-11-21" or "2023-11-21-rudenya". */
  name: string;
  view: DaySheetView;
}

export function daySheetViews(model: Model, options: DocumentOptions, selection: SheetSelection = {}): SheetView[] {
  const b = new ViewBuilder(model, options);
  const common = b.common();
  const days = model.days.filter((d) => !selection.dates?.length || selection.dates.includes(d.date));
  const sheets: SheetView[] = [];
  if (!selection.people?.length) {
    for (const day of days) {
      const view = b.day(day, day.events, undefined, true);
      sheets.push({ name: day.date, view: marked({ ...common, person: undefined, day: view, footer: hasFoot(view) }) });
    }
    return sheets;
  }
  // Each person's events of each day, in one pass over the programme (a forum has thousands of people).
  const wanted = new Set(selection.people);
  // For each day (as `days` lists them), each wanted person's events by id.
  const eventsOf = days.map((day) => {
    const byPerson = new Map<string, ItineraryEvent[]>();
    for (const event of day.events) {
      for (const person of event.people) {
        if (!wanted.has(person.id)) continue;
        const list = byPerson.get(person.id);
        if (list) list.push(event);
        else byPerson.set(person.id, [event]);
      }
    }
    return byPerson;
  });
  for (const id of selection.people) {
    const person = model.byId.people.get(id);
    if (!person) continue;
    for (const [d, day] of days.entries()) {
      const events = eventsOf[d]!.get(person.id) ?? [];
      if (events.length === 0) continue;
      const view = b.day(day, events, person, true);
      sheets.push({ name: `${day.date}-${person.id}`, view: marked({ ...common, person: b.person(person), day: view, footer: hasFoot(view) }) });
    }
  }
  return sheets;

  function hasFoot(day: DayView): boolean {
    return day.hotel !== undefined || common.contacts.length > 0;
  }
}
