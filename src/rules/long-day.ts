// long-day: a delegation-side person's day (first start to last end of their events in one days[]
// entry, absolute time) spans more than the configured hours (14 by default).
import { scheduleOf, type TimedEvent } from '../model/schedule.js';
import type { Person } from '../model/types.js';
import { duration, eventLabel, eventTitle, peopleNames, shortDate, zonesDiffer } from './describe.js';
import type { Rule } from './types.js';

export const longDay: Rule = {
  id: 'long-day',
  defaultSeverity: 'warning',
  description: "A delegation-side person's day spans more than 14 hours from the first start to the last end.",
  meta: {
    messages: {
      oneEvent: '{people}: the day of {date} runs {span} with {first}, more than {limit} h',
      longDay: '{people}: the day of {date} runs {span}, from {first} to {last}, more than {limit} h',
      longDayHint: 'Start later, end earlier, or leave some of these people out of the first or last event.',
      dayStarts: 'the day starts with {event}',
    },
    docs: { url: 'docs/rules/long-day.md' },
    options: {
      longDayHours: { name: 'long-day-hours', default: 14, schema: { type: 'number', minimum: 1, maximum: 48 }, unit: 'hours' },
    },
    tags: ['schedule'],
  },
  check({ model, options, report }) {
    const { byPerson, personDays, events, starts, ends } = scheduleOf(model);
    const limit = options.longDayHours * 3_600_000;
    const days = new Map<number, { first: TimedEvent; last: TimedEvent; people: Person[] }>();
    for (const person of byPerson.keys()) {
      if (person.side !== 'delegation') continue;
      for (const list of personDays(person)) {
        const first = list[0]!;
        let last = first;
        for (const index of list) if (ends[index]! >= ends[last]!) last = index;
        if (ends[last]! - starts[first]! <= limit) continue;
        const key = first * events.length + last;
        const found = days.get(key);
        if (found) found.people.push(person);
        else days.set(key, { first: events[first]!, last: events[last]!, people: [person] });
      }
    }
    for (const { first, last, people } of days.values()) {
      const zones = zonesDiffer(first, last) ? { zones: true } : {};
      const span = (last.endMs - first.startMs) / 60_000;
      report({
        path: [...last.path, 'end'],
        messageId: first === last ? 'oneEvent' : 'longDay',
        data: { people: peopleNames(model, people), date: shortDate(first.day.date), span: duration(span), first: eventLabel(first, zones), last: eventLabel(last, zones), limit: options.longDayHours },
        hintId: 'longDayHint',
        related: first === last ? undefined : [{ path: [...first.path, 'start'], messageId: 'dayStarts', data: { event: eventTitle(first) } }],
      });
    }
  },
};
