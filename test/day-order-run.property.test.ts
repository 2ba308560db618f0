// day-order keeps the longest run already in order and reports the rest. The run is found in one pass
// when everything is in order, and in O(n log n) when keys order the items; both must keep exactly the
// items the plain pairwise search keeps.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Model } from '../src/model/types.js';
import { dayOrder, inOrderRun, inOrderRunByKey } from '../src/rules/day-order.js';
import type { RuleFinding } from '../src/rules/types.js';

/** The pairwise search, kept here as the reference: longest run from each item, then the earliest such run. */
function reference<T>(items: readonly T[], inOrder: (a: T, b: T) => boolean): boolean[] {
  const n = items.length;
  const kept = new Array<boolean>(n).fill(false);
  if (n === 0) return kept;
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

const byNumber = (a: number, b: number) => !(b < a);
const byString = (a: string, b: string) => a <= b;

describe('inOrderRun', () => {
  it('keeps everything when the items are already in order', () => {
    let calls = 0;
    const counted = (a: number, b: number) => (calls++, a <= b);
    expect(inOrderRun([1, 2, 2, 5, 9], counted)).toEqual([true, true, true, true, true]);
    // One comparison per neighbouring pair: the pairwise search was not run.
    expect(calls).toBe(4);
  });

  it('searches when one item is out of place', () => {
    let calls = 0;
    const counted = (a: number, b: number) => (calls++, a <= b);
    expect(inOrderRun([1, 2, 9, 3, 4], counted)).toEqual([true, true, false, true, true]);
    expect(calls).toBeGreaterThan(4);
  });

  it('keeps what the pairwise search keeps, for any relation (even one that is not transitive)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 40 }), fc.integer({ min: 0, max: 3 }), (items, slack) => {
        // "a may come before b" when b is at most `slack` below a: not transitive.
        const loose = (a: number, b: number) => b >= a - slack;
        expect(inOrderRun(items, loose)).toEqual(reference(items, loose));
        expect(inOrderRun(items, byNumber)).toEqual(reference(items, byNumber));
      }),
      { numRuns: 500 },
    );
  });
});

describe('inOrderRunByKey', () => {
  it('keeps everything when the keys are already in order', () => {
    let calls = 0;
    const counted = (a: number, b: number) => (calls++, !(b < a));
    expect(inOrderRunByKey([3, 3, 4], [3, 3, 4], counted)).toEqual([true, true, true]);
    expect(calls).toBe(2);
  });

  it('keeps what the pairwise search keeps, with many equal keys', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 8 }), { maxLength: 60 }), (items) => {
        expect(inOrderRunByKey(items, items, byNumber)).toEqual(reference(items, byNumber));
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps what the pairwise search keeps, for nearly sorted lists', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1000 }), { maxLength: 80 }), fc.array(fc.nat(), { maxLength: 4 }), (values, moves) => {
        const items = [...values].sort((a, b) => a - b);
        for (const move of moves) if (items.length > 0) items.push(items.splice(move % items.length, 1)[0]!);
        expect(inOrderRunByKey(items, items, byNumber)).toEqual(reference(items, byNumber));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps what the pairwise search keeps, for strings (dates and written times)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('2023-11-20', '2023-11-21', '2023-11-22', '09:00', '10:30', '9:00', ''), { maxLength: 40 }), (items) => {
        expect(inOrderRunByKey(items, items, byString)).toEqual(reference(items, byString));
      }),
      { numRuns: 500 },
    );
  });

  it('falls back to the pairwise search without keys', () => {
    const loose = (a: number, b: number) => b >= a - 1;
    const items = [5, 4, 3, 9, 1, 2];
    expect(inOrderRunByKey(undefined, items, loose)).toEqual(reference(items, loose));
  });
});

/** A day of events with the fields day-order reads; `startMs` undefined stands for an event whose zone is broken. */
interface FakeEvent {
  id: string;
  title: string;
  start: string;
  startMs: number | undefined;
  path: (string | number)[];
}

function modelOf(days: { date: string; events: { start: number; timed: boolean }[] }[]): Model {
  return {
    days: days.map((day, d) => ({
      date: day.date,
      path: ['days', d],
      events: day.events.map((e, i): FakeEvent => ({
        id: `e${i}`,
        title: `E${i}`,
        // Written times sort differently from absolute ones (another zone): a mixed day is not keyed.
        start: `${String((e.start * 7) % 24).padStart(2, '0')}:00`,
        startMs: e.timed ? e.start * 3_600_000 : undefined,
        path: ['days', d, 'events', i],
      })),
    })),
  } as unknown as Model;
}

function isBefore(a: FakeEvent, b: FakeEvent): boolean {
  if (a.startMs !== undefined && b.startMs !== undefined) return a.startMs < b.startMs;
  return a.start < b.start;
}

describe('day-order over days of events', () => {
  const event = fc.record({ start: fc.integer({ min: 0, max: 12 }), timed: fc.boolean() });
  const timedEvent = fc.record({ start: fc.integer({ min: 0, max: 12 }), timed: fc.constant(true) });
  const untimedEvent = fc.record({ start: fc.integer({ min: 0, max: 12 }), timed: fc.constant(false) });
  const dayOf = (events: fc.Arbitrary<{ start: number; timed: boolean }>) =>
    fc.record({ date: fc.constantFrom('2023-11-20', '2023-11-21', '2023-11-22', '2023-11-23'), events: fc.array(events, { maxLength: 12 }) });

  it('reports exactly the events and days outside the run the pairwise search keeps', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(dayOf(event), dayOf(timedEvent), dayOf(untimedEvent)), { maxLength: 5 }), (days) => {
        const model = modelOf(days);
        const found: RuleFinding[] = [];
        dayOrder.check({ model, syntax: [], options: {} as never, report: (f) => found.push(f) });
        const expected: string[] = [];
        const seen = new Set<string>();
        const unique = model.days.filter((day) => (seen.has(day.date) ? (expected.push(`${day.path.join('.')}.date dateTwice`), false) : (seen.add(day.date), true)));
        reference(unique, (a, b) => a.date <= b.date).forEach((kept, i) => {
          if (!kept) expected.push(`${unique[i]!.path.join('.')}.date day`);
        });
        for (const day of model.days) {
          const events = day.events as unknown as FakeEvent[];
          reference(events, (a, b) => !isBefore(b, a)).forEach((kept, i) => {
            if (!kept) expected.push(`${events[i]!.path.join('.')}.start event`);
          });
        }
        const actual = found.map((f) => `${f.path.join('.')} ${f.messageId.replace(/^(day|event)(After|Before|Above|Below)$/, '$1')}`);
        expect(actual).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('reports nothing for days and events already in order', () => {
    const model = modelOf([
      { date: '2023-11-20', events: [{ start: 1, timed: true }, { start: 1, timed: true }, { start: 3, timed: true }] },
      { date: '2023-11-21', events: [{ start: 0, timed: false }, { start: 1, timed: false }] },
    ]);
    const found: RuleFinding[] = [];
    dayOrder.check({ model, syntax: [], options: {} as never, report: (f) => found.push(f) });
    expect(found).toEqual([]);
  });
});
