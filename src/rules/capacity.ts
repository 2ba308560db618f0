// capacity: attendees exceed a place's capacity, or riders exceed the seats of the event's vehicles
// (all delegation-side riders against all seats; with a seating mapping, each vehicle on its own).
import type { Vehicle } from '../model/types.js';
import { eventLabel, listOf, placeName, vehicleName } from './describe.js';
import type { Rule } from './types.js';

export const capacity: Rule = {
  id: 'capacity',
  defaultSeverity: 'error',
  description: "Attendees exceed a place's capacity, or riders exceed the seats of the event's vehicles (with a seating mapping: of each vehicle).",
  check({ model, report }) {
    for (const event of model.events) {
      const place = event.place !== undefined ? event.startPlace : undefined;
      if (place?.capacity !== undefined && event.people.length > place.capacity) {
        report({
          path: [...event.path, 'attendees'],
          message: `${eventLabel(event)} has ${event.people.length} attendees; ${placeName(place)} holds ${place.capacity} (${event.people.length - place.capacity} too many)`,
          hint: 'Choose a larger place, or send fewer people (each person counts once, however many selectors name them).',
          related: [{ path: [...place.path, 'capacity'], message: `capacity of ${placeName(place)}` }],
        });
      }

      if (event.rides.length === 0) continue;
      if (event.seats) {
        for (const ride of event.rides) {
          // With a vehicle unknown the seat count is unknown too; unknown-reference reports it.
          if (!ride.vehicle || ride.riders.length <= ride.vehicle.seats) continue;
          const riders = ride.riders.length;
          report({
            path: ride.path,
            message:
              `${eventLabel(event)}: ${riders} ${riders === 1 ? 'person is' : 'people are'} seated in ${vehicleName(ride.vehicle)} ` +
              `with ${ride.vehicle.seats} ${ride.vehicle.seats === 1 ? 'seat' : 'seats'} (${riders - ride.vehicle.seats} too many)`,
            hint: 'Seat some of them in another vehicle, or use a larger one; seats count passengers, the driver excluded.',
            related: [{ path: [...ride.vehicle.path, 'seats'], message: `seats of ${vehicleName(ride.vehicle)}` }],
          });
        }
        continue;
      }
      const vehicles = event.rides.map((ride) => ride.vehicle);
      if (vehicles.some((vehicle) => vehicle === undefined)) continue;
      const riders = event.people.filter((person) => person.side === 'delegation').length;
      const seats = (vehicles as Vehicle[]).reduce((sum, vehicle) => sum + vehicle.seats, 0);
      if (riders <= seats) continue;
      report({
        path: [...event.path, 'vehicles'],
        message:
          `${eventLabel(event)}: ${riders} delegation ${riders === 1 ? 'member rides' : 'members ride'} in ${listOf((vehicles as Vehicle[]).map(vehicleName))} ` +
          `with ${seats} ${seats === 1 ? 'seat' : 'seats'} (${riders - seats} short)`,
        hint: 'Add a vehicle or a larger one; seats count passengers, the driver excluded.',
      });
    }
  },
};
