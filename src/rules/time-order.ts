// time-order: an event ends at or before its start (absolute time, zones applied).
import { duration, eventTitle, shortDate } from './describe.js';
import type { Rule } from './types.js';

export const timeOrder: Rule = {
  id: 'time-order',
  defaultSeverity: 'error',
  description: 'An event ends at or before its start (absolute time, zones applied).',
  check({ model, report }) {
    for (const event of model.events) {
      if (event.startMs === undefined || event.endMs === undefined || event.endMs > event.startMs) continue;
      // A place without a zone of its own is read in the visit's zone: say so, it is often the slip.
      const readIn = (place: typeof event.startPlace) =>
        place && place.timezone === undefined ? `, ${place.id} has no timezone and is read in the visit's zone` : '';
      const zones =
        event.startZone !== event.endZone
          ? ` (${event.start} ${event.startZone}${readIn(event.startPlace)} → ${event.end} ${event.endZone}${readIn(event.endPlace)})`
          : '';
      const gap = (event.startMs - event.endMs) / 60_000;
      report({
        path: [...event.path, 'end'],
        message:
          event.endMs === event.startMs
            ? `${eventTitle(event)} on ${shortDate(event.day.date)} ends at the moment it starts${zones}`
            : `${eventTitle(event)} on ${shortDate(event.day.date)} ends ${duration(gap)} before it starts${zones}`,
        hint: event.end.endsWith('+1') || event.startZone === event.endZone
          ? 'Check the start and end times.'
          : 'Times are local at each place; an end on the next day is written with +1, e.g. 07:25+1.',
      });
    }
  },
};
