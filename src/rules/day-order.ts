// day-order: two days share a date (error); days, or events in a day, out of order (warning).
import { eventTitle } from './describe.js';
import type { Rule } from './types.js';

export const dayOrder: Rule = {
  id: 'day-order',
  defaultSeverity: 'error',
  description: 'Two days share a date (error); days, or events within a day, are out of order (warning).',
  check({ model, report }) {
    const seen = new Map<string, (string | number)[]>();
    let previous: string | undefined;
    for (const day of model.days) {
      const earlier = seen.get(day.date);
      if (earlier) {
        report({
          path: [...day.path, 'date'],
          severity: 'error',
          message: `the date ${day.date} has two day entries`,
          hint: 'Merge the events into one day entry.',
          related: [{ path: earlier, message: `first entry for ${day.date}` }],
        });
      } else {
        seen.set(day.date, [...day.path, 'date']);
        if (previous !== undefined && day.date < previous) {
          report({
            path: [...day.path, 'date'],
            severity: 'warning',
            message: `the day ${day.date} comes after ${previous} in the file`,
            hint: 'Keep days in date order so that people reading the file see the programme as it happens.',
          });
        }
        if (previous === undefined || day.date > previous) previous = day.date;
      }
      let last: (typeof day.events)[number] | undefined;
      for (const event of day.events) {
        if (last && isBefore(event, last)) {
          report({
            path: [...event.path, 'start'],
            severity: 'warning',
            message: `${eventTitle(event)} starts at ${event.start}, before ${eventTitle(last)} listed above it (${last.start})`,
            hint: 'List the events of a day in order of their start.',
          });
        } else {
          last = event;
        }
      }
    }
  },
};

function isBefore(a: { startMs: number | undefined; start: string }, b: { startMs: number | undefined; start: string }): boolean {
  if (a.startMs !== undefined && b.startMs !== undefined) return a.startMs < b.startMs;
  return a.start < b.start;
}
