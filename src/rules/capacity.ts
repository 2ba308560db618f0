// capacity: attendees exceed a place's capacity, or delegation-side riders exceed the seats of the
// event's vehicles.
import type { Vehicle } from '../model/types.js';
import { eventLabel, listOf, placeName, vehicleName } from './describe.js';
import type { Rule } from './types.js';

export const capacity: Rule = {
  id: 'capacity',
  defaultSeverity: 'error',
  description: "Attendees exceed a place's capacity, or delegation-side riders exceed the seats of the event's vehicles.",
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

      if (!event.vehicles?.length) continue;
      const vehicles: Vehicle[] = [];
      for (const id of new Set(event.vehicles)) {
        const vehicle = model.byId.vehicles.get(id);
        // With a vehicle unknown the seat count is unknown too; unknown-reference reports it.
        if (!vehicle) break;
        vehicles.push(vehicle);
      }
      if (vehicles.length !== new Set(event.vehicles).size) continue;
      const riders = event.people.filter((person) => person.side === 'delegation').length;
      const seats = vehicles.reduce((sum, vehicle) => sum + vehicle.seats, 0);
      if (riders <= seats) continue;
      report({
        path: [...event.path, 'vehicles'],
        message:
          `${eventLabel(event)}: ${riders} delegation ${riders === 1 ? 'member rides' : 'members ride'} in ${listOf(vehicles.map(vehicleName))} ` +
          `with ${seats} ${seats === 1 ? 'seat' : 'seats'} (${riders - seats} short)`,
        hint: 'Add a vehicle or a larger one; seats count passengers, the driver excluded.',
      });
    }
  },
};
