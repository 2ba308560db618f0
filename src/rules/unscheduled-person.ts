// unscheduled-person: a delegation-side person has nothing on a date of the visit strictly between the
// dates of their first and last event. Every such date counts, whether or not it has a days[] entry.
import type { DocPath } from '../diagnostics/types.js';
import type { Day, Person } from '../model/types.js';
import { peopleIds, peopleNames, shortDate } from './describe.js';
import type { Rule } from './types.js';

const DAY_MS = 86_400_000;

export const unscheduledPerson: Rule = {
  id: 'unscheduled-person',
  defaultSeverity: 'warning',
  description: 'A delegation-side person has nothing on a date of the visit between their first and last event.',
  meta: {
    messages: {
      idle: '{people} {count, plural, one {has} other {have}} nothing in the programme on {date}, a day between their first and last events',
      idleNoDay:
        '{people} {count, plural, one {has} other {have}} nothing in the programme on {date}, a day between their first and last events: the file has no day entry for {isoDate}',
      idleHint:
        "Add {count, plural, one {{ids}} other {them ({ids})}} to an event that day (free time counts), or check that the attendees of that day's events are complete.",
      idleNoDayHint: 'Add a day entry for {isoDate} with an event for {count, plural, one {{ids}} other {them ({ids})}} (free time counts).',
    },
    docs: { url: 'docs/rules/unscheduled-person.md' },
    tags: ['schedule'],
  },
  check({ model, report }) {
    // Each date with the first day entry that has it (two entries for one date are day-order's).
    const dayPaths = new Map<string, DocPath>();
    for (const day of model.days) if (!dayPaths.has(day.date)) dayPaths.set(day.date, [...day.path, 'date']);
    const entryDates = [...dayPaths.keys()].sort();
    if (entryDates.length === 0) return;

    // Calendar dates as day numbers (UTC midnight / one day): no zone can shift them.
    const base = dayNumber(entryDates[0]!);
    const count = dayNumber(entryDates[entryDates.length - 1]!) - base + 1;
    // Any event counts, even one whose time or place is broken: the person is in the programme that day.
    const busy = new Map<Person, Uint8Array>();
    // Events come day by day: the day number is worked out once per run of events of one day.
    let lastDay: Day | undefined;
    let day = 0;
    for (const event of model.events) {
      if (event.day !== lastDay) {
        lastDay = event.day;
        day = dayNumber(lastDay.date) - base;
      }
      for (const person of event.people) {
        if (person.side !== 'delegation') continue;
        let seen = busy.get(person);
        if (!seen) busy.set(person, (seen = new Uint8Array(count)));
        seen[day] = 1;
      }
    }

    // Only dates of the visit count; a day entry outside it is outside-visit's finding.
    const from = model.visit ? dayNumber(model.visit.from) - base : 0;
    const to = model.visit ? dayNumber(model.visit.to) - base : count - 1;
    const idle = new Map<number, Person[]>();
    for (const [person, seen] of busy) {
      const first = seen.indexOf(1);
      const last = seen.lastIndexOf(1);
      for (let day = Math.max(first + 1, from); day < last && day <= to; day++) {
        if (seen[day]) continue;
        const list = idle.get(day);
        if (list) list.push(person);
        else idle.set(day, [person]);
      }
    }
    for (const [day, people] of [...idle].sort((a, b) => a[0] - b[0])) {
      const date = dateOf(base + day);
      const entry = dayPaths.get(date);
      // A date without a day entry is reported at the entry of the next date that has one.
      const next = entry ?? dayPaths.get(entryDates.find((d) => d > date)!)!;
      report({
        path: next,
        messageId: entry ? 'idle' : 'idleNoDay',
        data: {
          people: peopleNames(model, people),
          count: people.length,
          date: shortDate(date),
          isoDate: date,
          ids: people.length === 1 ? people[0]!.id : peopleIds(model, people),
        },
        hintId: entry ? 'idleHint' : 'idleNoDayHint',
      });
    }
  },
};

function dayNumber(date: string): number {
  return Math.round(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS);
}

function dateOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
