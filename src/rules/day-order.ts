// day-order: two days share a date (error); days, or events in a day, out of order (warning). Only the
// fewest entries are reported: those outside the longest run that is already in order, so one event
// moved to the wrong time gives one finding, at that event.
import { eventTitle } from './describe.js';
import type { Model } from '../model/types.js';
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
    const seen = new Map<string, Day>();
    const unique: Day[] = [];
    for (const day of model.days) {
      const earlier = seen.get(day.date);
      if (earlier) {
        report({
          path: [...day.path, 'date'],
          severity: 'error',
          messageId: 'dateTwice',
          data: { date: day.date },
          hintId: 'dateTwiceHint',
          related: [{ path: [...earlier.path, 'date'], messageId: 'firstEntry', data: { date: day.date } }],
        });
      } else {
        seen.set(day.date, day);
        unique.push(day);
      }
    }

    if (!allInOrder(unique, dayInOrder)) {
      const dayKept = inOrderRunByKey(dayKeys(unique), unique, dayInOrder);
      for (let i = 0; i < unique.length; i++) {
        if (dayKept[i]) continue;
        const day = unique[i]!;
        const { other, above } = neighbour(unique, dayKept, i, (a, b) => a.date < b.date);
        report({
          path: [...day.path, 'date'],
          severity: 'warning',
          messageId: above ? 'dayAfter' : 'dayBefore',
          data: { date: day.date, other: other.date },
          hintId: 'dayOrderHint',
        });
      }
    }

    for (const day of model.days) {
      const events = day.events;
      if (allInOrder(events, eventInOrder)) continue;
      const kept = inOrderRunByKey(eventKeys(events), events, eventInOrder);
      for (let i = 0; i < events.length; i++) {
        if (kept[i]) continue;
        const event = events[i]!;
        const { other, above } = neighbour(events, kept, i, isBefore);
        report({
          path: [...event.path, 'start'],
          severity: 'warning',
          messageId: above ? 'eventAbove' : 'eventBelow',
          data: { event: eventTitle(event), start: event.start, other: eventTitle(other), otherStart: other.start },
          hintId: 'eventOrderHint',
        });
      }
    }
  },
};

type Day = Model['days'][number];
type DayEvent = Day['events'][number];

function dayInOrder(a: Day, b: Day): boolean {
  return a.date <= b.date;
}

/** The dates as keys of `inOrderRunByKey`, when every one is a string. */
function dayKeys(days: readonly Day[]): string[] | undefined {
  for (const day of days) if (typeof day.date !== 'string') return undefined;
  return days.map((day) => day.date);
}

function eventInOrder(a: DayEvent, b: DayEvent): boolean {
  return !isBefore(b, a);
}

/**
 * Keys that order a day's events exactly as `eventInOrder` does, when there are such: every start in
 * absolute time, or none (then the written times). A day that mixes the two is compared pair by pair.
 */
function eventKeys(events: readonly DayEvent[]): number[] | string[] | undefined {
  let timed = 0;
  for (const event of events) {
    const ms = event.startMs;
    if (ms === undefined) continue;
    if (Number.isNaN(ms)) return undefined;
    timed++;
  }
  if (timed === events.length) return events.map((event) => event.startMs!);
  if (timed > 0) return undefined;
  for (const event of events) if (typeof event.start !== 'string') return undefined;
  return events.map((event) => event.start);
}

/**
 * Which items form the longest run already in order (`inOrder(a, b)`: a may come before b); among runs
 * of that length, the one that keeps the earliest-listed items. The others are the ones out of place.
 */
export function inOrderRun<T>(items: readonly T[], inOrder: (a: T, b: T) => boolean): boolean[] {
  const n = items.length;
  const kept = new Array<boolean>(n).fill(false);
  if (n === 0) return kept;
  if (allInOrder(items, inOrder)) return kept.fill(true);
  // longest[i]: the longest in-order run that starts at item i.
  const longest = new Array<number>(n).fill(1);
  for (let i = n - 2; i >= 0; i--) {
    for (let j = i + 1; j < n; j++) {
      if (longest[j]! + 1 > longest[i]! && inOrder(items[i]!, items[j]!)) longest[i] = longest[j]! + 1;
    }
  }
  return pick(items, longest, inOrder);
}

/**
 * `inOrderRun` in O(n log n) for an order given by keys: `inOrder(a, b)` must be exactly
 * `!(key(b) < key(a))`. Without keys (undefined) it falls back to `inOrderRun`. Same choice of items.
 */
export function inOrderRunByKey<T>(keys: readonly number[] | readonly string[] | undefined, items: readonly T[], inOrder: (a: T, b: T) => boolean): boolean[] {
  if (keys === undefined) return inOrderRun(items, inOrder);
  const n = items.length;
  if (n === 0) return [];
  if (allInOrder(items, inOrder)) return new Array<boolean>(n).fill(true);
  const k = keys as readonly (number | string)[];
  // best[l - 1]: the greatest key of an item (among those after the current one) that starts an
  // in-order run of length l. It never grows with l, so a binary search finds the longest run an
  // item can start: the last l whose best key is at or after the item's key.
  const longest = new Array<number>(n);
  const best: (number | string)[] = [];
  for (let i = n - 1; i >= 0; i--) {
    const key = k[i]!;
    let low = 0;
    let high = best.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (best[middle]! < key) high = middle;
      else low = middle + 1;
    }
    // `low` runs start at or after this key: this item starts one more.
    longest[i] = low + 1;
    if (low === best.length) best.push(key);
    else if (best[low]! < key) best[low] = key;
  }
  return pick(items, longest, inOrder);
}

/** Every item may come after the one listed above it (the usual day: nothing to search). */
function allInOrder<T>(items: readonly T[], inOrder: (a: T, b: T) => boolean): boolean {
  for (let i = 1; i < items.length; i++) if (!inOrder(items[i - 1]!, items[i]!)) return false;
  return true;
}

/** The earliest-listed longest run, from the longest run that starts at each item. */
function pick<T>(items: readonly T[], longest: readonly number[], inOrder: (a: T, b: T) => boolean): boolean[] {
  const n = items.length;
  const kept = new Array<boolean>(n).fill(false);
  let need = 0;
  for (let i = 0; i < n; i++) if (longest[i]! > need) need = longest[i]!;
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
