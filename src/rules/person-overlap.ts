// person-overlap: one person is in two events that overlap in absolute time (back to back is fine).
import { overlapsBy, scheduleOf, type TimedEvent } from '../model/schedule.js';
import type { Model, Person } from '../model/types.js';
import { duration, eventLabel, eventTitle, peopleIds, peopleNames, zonesDiffer } from './describe.js';
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
  return overlapsBy(schedule, schedule.byPerson).map(({ earlier, later, shared }) => ({ earlier, later, people: shared }));
}

export const personOverlap: Rule = {
  id: 'person-overlap',
  defaultSeverity: 'error',
  description: 'One person is in two events that overlap in absolute time.',
  meta: {
    messages: {
      overlap: '{people} {count, plural, one {is} other {are}} in {earlier} and {later} at the same time (they overlap by {overlap})',
      overlapHint: 'Move one of the events, or take {count, plural, one {{ids}} other {these people}} off one of them{count, plural, one {} other {: {ids}}}.',
      startsHere: '{event} starts here',
    },
    docs: { url: 'docs/rules/person-overlap.md' },
    tags: ['schedule'],
  },
  check({ model, report }) {
    for (const { earlier, later, people } of findPersonOverlaps(model)) {
      const zones = zonesDiffer(earlier, later) ? { zones: true } : {};
      const overlap = (Math.min(earlier.endMs, later.endMs) - later.startMs) / 60_000;
      report({
        path: [...later.path, 'start'],
        messageId: 'overlap',
        data: {
          people: peopleNames(model, people),
          count: people.length,
          earlier: eventLabel(earlier, zones),
          later: eventLabel(later, zones),
          overlap: duration(overlap),
          ids: people.length > 1 ? peopleIds(model, people) : people[0]!.id,
        },
        hintId: 'overlapHint',
        related: [{ path: [...earlier.path, 'start'], messageId: 'startsHere', data: { event: eventTitle(earlier) } }],
      });
    }
  },
};
