// unscheduled-person: a delegation-side person has nothing on a day (a days[] entry) between their
// first and last event.
import type { DocPath } from '../diagnostics/types.js';
import type { Person } from '../model/types.js';
import { peopleNames, shortDate } from './describe.js';
import type { Rule } from './types.js';

export const unscheduledPerson: Rule = {
  id: 'unscheduled-person',
  defaultSeverity: 'warning',
  description: 'A delegation-side person has nothing on a day between their first and last event.',
  check({ model, report }) {
    // Any event counts, even one whose time or place is broken: the person is in the programme that day.
    const dates = new Map<Person, Set<string>>();
    for (const event of model.events) {
      for (const person of event.people) {
        if (person.side !== 'delegation') continue;
        const set = dates.get(person);
        if (set) set.add(event.day.date);
        else dates.set(person, new Set([event.day.date]));
      }
    }
    const dayPaths = new Map<string, DocPath>();
    for (const day of model.days) if (!dayPaths.has(day.date)) dayPaths.set(day.date, [...day.path, 'date']);
    const allDates = [...dayPaths.keys()].sort();

    const idle = new Map<string, Person[]>();
    for (const [person, own] of dates) {
      const sorted = [...own].sort();
      const first = sorted[0]!;
      const last = sorted[sorted.length - 1]!;
      for (const date of allDates) {
        if (date <= first || date >= last || own.has(date)) continue;
        const list = idle.get(date);
        if (list) list.push(person);
        else idle.set(date, [person]);
      }
    }
    for (const [date, people] of idle) {
      report({
        path: dayPaths.get(date)!,
        message: `${peopleNames(model, people)} ${people.length === 1 ? 'has' : 'have'} nothing in the programme on ${shortDate(date)}, a day between their first and last events`,
        hint: `Add ${people.length === 1 ? people[0]!.id : `them (${people.map((p) => p.id).join(', ')})`} to an event that day (free time counts), or check that the attendees of that day's events are complete.`,
      });
    }
  },
};
