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
  const gaps: { from: IndexEdge; to: IndexEdge }[] = [];
  eachMealGap(schedule, day, (fromIndex, fromAt, toIndex, toAt) => gaps.push({ from: { index: fromIndex, at: fromAt }, to: { index: toIndex, at: toAt } }));
  return gaps;
}

/** The gaps of `mealGaps`, in the same order, as plain values: nothing is allocated per gap. */
export function eachMealGap(schedule: Schedule, day: readonly number[], gap: (fromIndex: number, fromAt: 'start' | 'end', toIndex: number, toAt: 'start' | 'end') => void): void {
  const { flags, starts, ends } = schedule;
  const first = day[0]!;
  let last = first;
  for (const index of day) if (ends[index]! >= ends[last]!) last = index;
  let fromIndex = first;
  let fromAt: 'start' | 'end' = 'start';
  let fromMs = starts[first]!;
  for (const index of day) {
    if (!(flags[index]! & MEAL_LIKE)) continue;
    gap(fromIndex, fromAt, index, 'start');
    if (fromAt === 'start' || ends[index]! > fromMs) {
      fromIndex = index;
      fromAt = 'end';
      fromMs = ends[index]!;
    }
  }
  gap(fromIndex, fromAt, last, 'end');
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
    const at = (index: number, edge: 'start' | 'end') => (edge === 'start' ? starts[index]! : ends[index]!);
    const limit = options.mealGapHours * 3_600_000;
    const found = new Map<string, Gap>();
    // The person whose days are walked; one callback for all of them.
    let person: Person | undefined;
    const onGap = (fromIndex: number, fromAt: 'start' | 'end', toIndex: number, toAt: 'start' | 'end') => {
      if (at(toIndex, toAt) - at(fromIndex, fromAt) <= limit) return;
      const key = `${fromIndex}${fromAt}${toIndex}${toAt}`;
      const gap = found.get(key);
      if (gap) gap.people.push(person!);
      else found.set(key, { from: { event: events[fromIndex]!, at: fromAt }, to: { event: events[toIndex]!, at: toAt }, people: [person!] });
    };
    for (const candidate of schedule.byPerson.keys()) {
      if (candidate.side !== 'delegation') continue;
      person = candidate;
      const untimed = schedule.untimedDates.get(candidate);
      for (const day of schedule.personDays(candidate)) {
        // A meal whose place or times are at fault is still a meal: a day with such an event is not judged.
        if (untimed?.has(events[day[0]!]!.day.date)) continue;
        eachMealGap(schedule, day, onGap);
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
