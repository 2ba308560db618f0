// long-day: a delegation-side person's day (first start to last end of their events in one days[]
// entry, absolute time) spans more than the configured hours (14 by default).
import { eventsByDay, scheduleOf, type TimedEvent } from '../model/schedule.js';
import type { Person } from '../model/types.js';
import { duration, eventLabel, eventTitle, peopleNames, shortDate, zonesDiffer } from './describe.js';
import type { Rule } from './types.js';

export const longDay: Rule = {
  id: 'long-day',
  defaultSeverity: 'warning',
  description: "A delegation-side person's day spans more than 14 hours from the first start to the last end.",
  check({ model, options, report }) {
    const { byPerson, rank } = scheduleOf(model);
    const limit = options.longDayHours * 3_600_000;
    const width = rank.size;
    const days = new Map<number, { first: TimedEvent; last: TimedEvent; people: Person[] }>();
    for (const [person, events] of byPerson) {
      if (person.side !== 'delegation') continue;
      for (const list of eventsByDay(events).values()) {
        const first = list[0]!;
        let last = first;
        for (const event of list) if (event.endMs >= last.endMs) last = event;
        if (last.endMs - first.startMs <= limit) continue;
        const key = rank.get(first)! * width + rank.get(last)!;
        const found = days.get(key);
        if (found) found.people.push(person);
        else days.set(key, { first, last, people: [person] });
      }
    }
    for (const { first, last, people } of days.values()) {
      const zones = zonesDiffer(first, last) ? { zones: true } : {};
      const span = (last.endMs - first.startMs) / 60_000;
      report({
        path: [...last.path, 'end'],
        message:
          first === last
            ? `${peopleNames(model, people)}: the day of ${shortDate(first.day.date)} runs ${duration(span)} with ${eventLabel(first, zones)}, more than ${options.longDayHours} h`
            : `${peopleNames(model, people)}: the day of ${shortDate(first.day.date)} runs ${duration(span)}, from ${eventLabel(first, zones)} to ${eventLabel(last, zones)}, more than ${options.longDayHours} h`,
        hint: 'Start later, end earlier, or leave some of these people out of the first or last event.',
        related: first === last ? undefined : [{ path: [...first.path, 'start'], message: `the day starts with ${eventTitle(first)}` }],
      });
    }
  },
};
