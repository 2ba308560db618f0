// meal-gap: within a delegation-side person's day, more than the configured hours (6 by default) pass
// without a meal; a flight counts as a meal.
import { MEAL_LIKE, scheduleOf, type Schedule, type TimedEvent } from '../model/schedule.js';
import type { Person } from '../model/types.js';
import { duration, eventLabel, eventTitle, peopleNames, shortDate, zonesDiffer } from './describe.js';
import type { Rule } from './types.js';

/** One end of a gap: the start or the end of an event. */
interface Edge {
  event: TimedEvent;
  at: 'start' | 'end';
}

interface Gap {
  from: Edge;
  to: Edge;
  people: Person[];
}

const ms = (edge: Edge) => (edge.at === 'start' ? edge.event.startMs : edge.event.endMs);

/** One end of a gap as positions in the schedule, for grouping equal gaps cheaply. */
interface IndexEdge {
  index: number;
  at: 'start' | 'end';
}

/**
 * The gaps of one person's day, all measured in absolute time: from the start of the day's first
 * event to the start of its first meal; from the end of each meal (the latest end so far, should
 * meals overlap) to the start of the next; from the end of the last meal to the end of the day's
 * last-ending event. A day without a meal is one gap, from its first start to its last end.
 */
export function mealGaps(schedule: Schedule, day: readonly number[]): { from: IndexEdge; to: IndexEdge }[] {
  const { flags, starts, ends } = schedule;
  const first = day[0]!;
  let last = first;
  for (const index of day) if (ends[index]! >= ends[last]!) last = index;
  const gaps: { from: IndexEdge; to: IndexEdge }[] = [];
  let from: IndexEdge = { index: first, at: 'start' };
  let fromMs = starts[first]!;
  for (const index of day) {
    if (!(flags[index]! & MEAL_LIKE)) continue;
    gaps.push({ from, to: { index, at: 'start' } });
    if (from.at === 'start' || ends[index]! > fromMs) {
      from = { index, at: 'end' };
      fromMs = ends[index]!;
    }
  }
  gaps.push({ from, to: { index: last, at: 'end' } });
  return gaps;
}

export const mealGap: Rule = {
  id: 'meal-gap',
  defaultSeverity: 'warning',
  description: "Within a delegation-side person's day, more than 6 hours pass without a meal (a flight counts as one).",
  meta: {
    messages: {
      oneEvent: '{people}: {gap} without a meal on {date} in {event}, more than {limit} h',
      gap:
        '{people}: {gap} without a meal on {date} ({what, select, between {between meals} after {after the last meal} before {before the first meal} other {no meal all day}}), ' +
        'from the {fromAt, select, start {start} other {end}} of {from} to the {toAt, select, start {start} other {end}} of {to}, more than {limit} h',
      gapHint: 'Add a meal (or a coffee break of kind meal) within the gap.',
      gapStarts: 'the gap starts at the {at, select, start {start} other {end}} of {event}',
    },
    docs: { url: 'docs/rules/meal-gap.md' },
    options: {
      mealGapHours: { name: 'meal-gap-hours', default: 6, schema: { type: 'number', minimum: 1, maximum: 24 }, unit: 'hours' },
    },
    tags: ['schedule'],
  },
  check({ model, options, report }) {
    const schedule = scheduleOf(model);
    const { events, starts, ends } = schedule;
    const at = (edge: IndexEdge) => (edge.at === 'start' ? starts[edge.index]! : ends[edge.index]!);
    const limit = options.mealGapHours * 3_600_000;
    const found = new Map<string, Gap>();
    for (const person of schedule.byPerson.keys()) {
      if (person.side !== 'delegation') continue;
      const untimed = schedule.untimedDates.get(person);
      for (const day of schedule.personDays(person)) {
        // A meal whose place or times are at fault is still a meal: a day with such an event is not judged.
        if (untimed?.has(events[day[0]!]!.day.date)) continue;
        for (const { from, to } of mealGaps(schedule, day)) {
          if (at(to) - at(from) <= limit) continue;
          const key = `${from.index}${from.at}${to.index}${to.at}`;
          const gap = found.get(key);
          if (gap) gap.people.push(person);
          else found.set(key, { from: { event: events[from.index]!, at: from.at }, to: { event: events[to.index]!, at: to.at }, people: [person] });
        }
      }
    }
    for (const { from, to, people } of found.values()) {
      const zones = zonesDiffer(from.event, to.event) ? { zones: true } : {};
      const minutes = (ms(to) - ms(from)) / 60_000;
      const what = from.at === 'end' ? (to.at === 'start' ? 'between' : 'after') : to.at === 'start' ? 'before' : 'none';
      report({
        path: [...to.event.path, to.at],
        messageId: from.event === to.event ? 'oneEvent' : 'gap',
        data: {
          people: peopleNames(model, people),
          gap: duration(minutes),
          date: shortDate(from.event.day.date),
          event: eventLabel(from.event, zones),
          what,
          fromAt: from.at,
          from: eventLabel(from.event, zones),
          toAt: to.at,
          to: eventLabel(to.event, zones),
          limit: options.mealGapHours,
        },
        hintId: 'gapHint',
        related: from.event === to.event ? undefined : [{ path: [...from.event.path, from.at], messageId: 'gapStarts', data: { at: from.at, event: eventTitle(from.event) } }],
      });
    }
  },
};
