// vehicle-overlap: one vehicle serves two events that overlap in absolute time.
import { overlapsBy, scheduleOf, type TimedEvent } from '../model/schedule.js';
import type { Model, Vehicle } from '../model/types.js';
import { duration, eventLabel, eventTitle, listOf, vehicleName, zonesDiffer } from './describe.js';
import type { Rule } from './types.js';

export interface VehicleOverlap {
  earlier: TimedEvent;
  later: TimedEvent;
  vehicles: Vehicle[];
}

/** Overlapping pairs of events with the vehicles both of them list: one entry per pair of events. */
export function findVehicleOverlaps(model: Model): VehicleOverlap[] {
  const schedule = scheduleOf(model);
  return overlapsBy(schedule, schedule.byVehicle).map(({ earlier, later, shared }) => ({ earlier, later, vehicles: shared }));
}

export const vehicleOverlap: Rule = {
  id: 'vehicle-overlap',
  defaultSeverity: 'error',
  description: 'One vehicle serves two events that overlap in absolute time.',
  meta: {
    messages: {
      overlap:
        '{count, plural, one {vehicle} other {vehicles}} {vehicles} {count, plural, one {serves} other {serve}} {earlier} and {later} at the same time (they overlap by {overlap})',
      overlapHint: 'Assign another vehicle to one of the events, or move one of them.',
      startsHere: '{event} starts here',
    },
    docs: { url: 'docs/rules/vehicle-overlap.md' },
    tags: ['schedule'],
  },
  check({ model, report }) {
    for (const { earlier, later, vehicles } of findVehicleOverlaps(model)) {
      const zones = zonesDiffer(earlier, later) ? { zones: true } : {};
      const overlap = (Math.min(earlier.endMs, later.endMs) - later.startMs) / 60_000;
      report({
        path: [...later.path, 'start'],
        messageId: 'overlap',
        data: { count: vehicles.length, vehicles: listOf(vehicles.map(vehicleName)), earlier: eventLabel(earlier, zones), later: eventLabel(later, zones), overlap: duration(overlap) },
        hintId: 'overlapHint',
        related: [{ path: [...earlier.path, 'start'], messageId: 'startsHere', data: { event: eventTitle(earlier) } }],
      });
    }
  },
};
