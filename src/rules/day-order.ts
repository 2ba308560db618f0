// day-order: two days share a date (error); days, or events in a day, out of order (warning). Only the
// fewest entries are reported: those outside the longest run that is already in order, so one event
// moved to the wrong time gives one finding, at that event.
import { eventTitle } from './describe.js';
import type { Rule } from './types.js';

export const dayOrder: Rule = {
  id: 'day-order',
  defaultSeverity: 'error',
  description: 'Two days share a date (error); days, or events within a day, are out of order (warning).',
  meta: {
    messages: {
      dateTwice: 'the date {date} has two day entries',
      dateTwiceHint: 'Merge the events into one day entry.',
      firstEntry: 'first entry for {date}',
      dayAfter: 'the day {date} comes after {other} in the file',
      dayBefore: 'the day {date} comes before {other} in the file',
      dayOrderHint: 'Keep days in date order so that people reading the file see the programme as it happens.',
      eventAbove: '{event} starts at {start}, before {other} listed above it ({otherStart})',
      eventBelow: '{event} starts at {start}, after {other} listed below it ({otherStart})',
      eventOrderHint: 'List the events of a day in order of their start.',
    },
    docs: { url: 'docs/rules/day-order.md' },
    tags: ['structure'],
  },
  check({ model, report }) {
    const seen = new Map<string, (string | number)[]>();
    const unique: (typeof model.days)[number][] = [];
    for (const day of model.days) {
      const earlier = seen.get(day.date);
      if (earlier) {
        report({
          path: [...day.path, 'date'],
          severity: 'error',
          messageId: 'dateTwice',
          data: { date: day.date },
          hintId: 'dateTwiceHint',
          related: [{ path: earlier, messageId: 'firstEntry', data: { date: day.date } }],
        });
      } else {
        seen.set(day.date, [...day.path, 'date']);
        unique.push(day);
      }
    }

    const dayKept = inOrderRun(unique, (a, b) => a.date <= b.date);
    unique.forEach((day, i) => {
      if (dayKept[i]) return;
      const { other, above } = neighbour(unique, dayKept, i, (a, b) => a.date < b.date);
      report({
        path: [...day.path, 'date'],
        severity: 'warning',
        messageId: above ? 'dayAfter' : 'dayBefore',
        data: { date: day.date, other: other.date },
        hintId: 'dayOrderHint',
      });
    });

    for (const day of model.days) {
      const events = day.events;
      const kept = inOrderRun(events, (a, b) => !isBefore(b, a));
      events.forEach((event, i) => {
        if (kept[i]) return;
        const { other, above } = neighbour(events, kept, i, isBefore);
        report({
          path: [...event.path, 'start'],
          severity: 'warning',
          messageId: above ? 'eventAbove' : 'eventBelow',
          data: { event: eventTitle(event), start: event.start, other: eventTitle(other), otherStart: other.start },
          hintId: 'eventOrderHint',
        });
      });
    }
  },
};

/**
 * Which items form the longest run already in order (`inOrder(a, b)`: a may come before b); among runs
 * of that length, the one that keeps the earliest-listed items. The others are the ones out of place.
 */
export function inOrderRun<T>(items: readonly T[], inOrder: (a: T, b: T) => boolean): boolean[] {
  const n = items.length;
  const kept = new Array<boolean>(n).fill(false);
  if (n === 0) return kept;
  // longest[i]: the longest in-order run that starts at item i.
  const longest = new Array<number>(n).fill(1);
  for (let i = n - 2; i >= 0; i--) {
    for (let j = i + 1; j < n; j++) {
      if (longest[j]! + 1 > longest[i]! && inOrder(items[i]!, items[j]!)) longest[i] = longest[j]! + 1;
    }
  }
  let need = Math.max(...longest);
  let previous: T | undefined;
  for (let i = 0; i < n && need > 0; i++) {
    if (longest[i] === need && (previous === undefined || inOrder(previous, items[i]!))) {
      kept[i] = true;
      previous = items[i];
      need--;
    }
  }
  return kept;
}

/** The kept item an out-of-place item is compared with: the nearest above that should come after it, else below. */
function neighbour<T>(items: readonly T[], kept: readonly boolean[], index: number, before: (a: T, b: T) => boolean): { other: T; above: boolean } {
  const item = items[index]!;
  for (let i = index - 1; i >= 0; i--) if (kept[i] && before(item, items[i]!)) return { other: items[i]!, above: true };
  for (let i = index + 1; i < items.length; i++) if (kept[i] && before(items[i]!, item)) return { other: items[i]!, above: false };
  // Not reached: an item outside the longest run is out of order with some item of it.
  return { other: items[index === 0 ? 1 : 0]!, above: index !== 0 };
}

function isBefore(a: { startMs: number | undefined; start: string }, b: { startMs: number | undefined; start: string }): boolean {
  if (a.startMs !== undefined && b.startMs !== undefined) return a.startMs < b.startMs;
  return a.start < b.start;
}
