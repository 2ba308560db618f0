// person-overlap: one person is in two events that overlap in absolute time (back to back is fine).
import { forEachOverlap, scheduleOf, type TimedEvent } from '../model/schedule.js';
import type { Model, Person } from '../model/types.js';
import { duration, eventLabel, eventTitle, isAre, peopleIds, peopleNames, zonesDiffer } from './describe.js';
import type { Rule } from './types.js';

export interface PersonOverlap {
  /** The event that starts first (file order on equal starts). */
  earlier: TimedEvent;
  later: TimedEvent;
  /** Everyone in both events. */
  people: Person[];
}

/** Overlapping pairs of events with the people they double-book: one entry per pair of events. */
export function findPersonOverlaps(model: Model): PersonOverlap[] {
  const schedule = scheduleOf(model);
  const { events } = schedule;
  const pairs = new Map<number, PersonOverlap>();
  for (const [person, list] of schedule.byPerson) {
    forEachOverlap(schedule, list, (earlier, later) => {
      const key = earlier * events.length + later;
      const pair = pairs.get(key);
      if (pair) pair.people.push(person);
      else pairs.set(key, { earlier: events[earlier]!, later: events[later]!, people: [person] });
    });
  }
  return [...pairs.values()];
}

export const personOverlap: Rule = {
  id: 'person-overlap',
  defaultSeverity: 'error',
  description: 'One person is in two events that overlap in absolute time.',
  check({ model, report }) {
    for (const { earlier, later, people } of findPersonOverlaps(model)) {
      const zones = zonesDiffer(earlier, later) ? { zones: true } : {};
      const overlap = (Math.min(earlier.endMs, later.endMs) - later.startMs) / 60_000;
      report({
        path: [...later.path, 'start'],
        message:
          `${peopleNames(model, people)} ${isAre(people)} in ${eventLabel(earlier, zones)} and ${eventLabel(later, zones)} at the same time` +
          ` (they overlap by ${duration(overlap)})`,
        hint:
          people.length > 1
            ? `Move one of the events, or take these people off one of them: ${peopleIds(model, people)}.`
            : `Move one of the events, or take ${people[0]!.id} off one of them.`,
        related: [{ path: [...earlier.path, 'start'], message: `${eventTitle(earlier)} starts here` }],
      });
    }
  },
};
