// time-order: an event ends at or before its start (absolute time, zones applied).
import { duration, eventTitle, shortDate } from './describe.js';
import type { Rule } from './types.js';

/** The zones of an event that moves between two, each with a note when its place has no timezone of its own. */
const ZONES =
  "{zoned, select, yes { ({start} {startZone}{startUnzoned, select, yes {, {startPlace} has no timezone and is read in the visit's zone} other {}}" +
  " → {end} {endZone}{endUnzoned, select, yes {, {endPlace} has no timezone and is read in the visit's zone} other {}})} other {}}";

export const timeOrder: Rule = {
  id: 'time-order',
  defaultSeverity: 'error',
  description: 'An event ends at or before its start (absolute time, zones applied).',
  meta: {
    messages: {
      endsAtStart: `{event} on {date} ends at the moment it starts${ZONES}`,
      endsBeforeStart: `{event} on {date} ends {gap} before it starts${ZONES}`,
      checkTimesHint: 'Check the start and end times.',
      nextDayHint: 'Times are local at each place; an end on the next day is written with +1, e.g. 07:25+1.',
    },
    docs: { url: 'docs/rules/time-order.md' },
    tags: ['schedule'],
  },
  check({ model, report }) {
    for (const event of model.events) {
      if (event.startMs === undefined || event.endMs === undefined || event.endMs > event.startMs) continue;
      // A place without a zone of its own is read in the visit's zone: say so, it is often the slip.
      const unzoned = (place: typeof event.startPlace) => (place && place.timezone === undefined ? 'yes' : 'no');
      const gap = (event.startMs - event.endMs) / 60_000;
      report({
        path: [...event.path, 'end'],
        messageId: event.endMs === event.startMs ? 'endsAtStart' : 'endsBeforeStart',
        data: {
          event: eventTitle(event),
          date: shortDate(event.day.date),
          gap: duration(gap),
          zoned: event.startZone !== event.endZone ? 'yes' : 'no',
          start: event.start,
          startZone: event.startZone ?? '',
          startUnzoned: unzoned(event.startPlace),
          startPlace: event.startPlace?.id ?? '',
          end: event.end,
          endZone: event.endZone ?? '',
          endUnzoned: unzoned(event.endPlace),
          endPlace: event.endPlace?.id ?? '',
        },
        hintId: event.end.endsWith('+1') || event.startZone === event.endZone ? 'checkTimesHint' : 'nextDayHint',
      });
    }
  },
};
