// unscheduled-person: a delegation-side person has nothing on a day (a days[] entry) between their
// first and last event.
import type { DocPath } from '../diagnostics/types.js';
import type { Person } from '../model/types.js';
import { peopleIds, peopleNames, shortDate } from './describe.js';
import type { Rule } from './types.js';

export const unscheduledPerson: Rule = {
  id: 'unscheduled-person',
  defaultSeverity: 'warning',
  description: 'A delegation-side person has nothing on a day between their first and last event.',
  check({ model, report }) {
    // Dates in order, each with the first day entry that has it (two entries for one date are day-order's).
    const dayPaths = new Map<string, DocPath>();
    for (const day of model.days) if (!dayPaths.has(day.date)) dayPaths.set(day.date, [...day.path, 'date']);
    const dates = [...dayPaths.keys()].sort();
    const ordinal = new Map(dates.map((date, i) => [date, i]));
    const dayOrdinal = model.days.map((day) => ordinal.get(day.date)!);

    // Any event counts, even one whose time or place is broken: the person is in the programme that day.
    const busy = new Map<Person, Uint8Array>();
    for (const event of model.events) {
      const day = dayOrdinal[event.day.index]!;
      for (const person of event.people) {
        if (person.side !== 'delegation') continue;
        let seen = busy.get(person);
        if (!seen) busy.set(person, (seen = new Uint8Array(dates.length)));
        seen[day] = 1;
      }
    }

    const idle = new Map<number, Person[]>();
    for (const [person, seen] of busy) {
      const first = seen.indexOf(1);
      const last = seen.lastIndexOf(1);
      for (let day = first + 1; day < last; day++) {
        if (seen[day]) continue;
        const list = idle.get(day);
        if (list) list.push(person);
        else idle.set(day, [person]);
      }
    }
    for (const [day, people] of [...idle].sort((a, b) => a[0] - b[0])) {
      const date = dates[day]!;
      report({
        path: dayPaths.get(date)!,
        message: `${peopleNames(model, people)} ${people.length === 1 ? 'has' : 'have'} nothing in the programme on ${shortDate(date)}, a day between their first and last events`,
        hint: `Add ${people.length === 1 ? people[0]!.id : `them (${peopleIds(model, people)})`} to an event that day (free time counts), or check that the attendees of that day's events are complete.`,
      });
    }
  },
};
