// capacity: attendees exceed a place's capacity, or riders exceed the seats of the event's vehicles
// (all delegation-side riders against all seats; with a seating mapping, each vehicle on its own).
import type { Vehicle } from '../model/types.js';
import { eventLabel, listOf, placeName, vehicleName } from './describe.js';
import type { Rule } from './types.js';

export const capacity: Rule = {
  id: 'capacity',
  defaultSeverity: 'error',
  description: "Attendees exceed a place's capacity, or riders exceed the seats of the event's vehicles (with a seating mapping: of each vehicle).",
  meta: {
    messages: {
      placeFull: '{event} has {attendees} attendees; {place} holds {capacity} ({over} too many)',
      placeFullHint: 'Choose a larger place, or send fewer people (each person counts once, however many selectors name them).',
      placeCapacity: 'capacity of {place}',
      vehicleFull:
        '{event}: {riders, plural, one {{riders} person is} other {{riders} people are}} seated in {vehicle} with {seats, plural, one {{seats} seat} other {{seats} seats}} ({over} too many)',
      vehicleFullHint: 'Seat some of them in another vehicle, or use a larger one; seats count passengers, the driver excluded.',
      vehicleSeats: 'seats of {vehicle}',
      vehiclesFull:
        '{event}: {riders} delegation {riders, plural, one {member rides} other {members ride}} in {vehicles} with {seats, plural, one {{seats} seat} other {{seats} seats}} ({short} short)',
      vehiclesFullHint: 'Add a vehicle or a larger one; seats count passengers, the driver excluded.',
    },
    docs: { url: 'docs/rules/capacity.md' },
    tags: ['protocol'],
  },
  check({ model, report }) {
    for (const event of model.events) {
      const place = event.place !== undefined ? event.startPlace : undefined;
      if (place?.capacity !== undefined && event.people.length > place.capacity) {
        report({
          path: [...event.path, 'attendees'],
          messageId: 'placeFull',
          data: { event: eventLabel(event), attendees: event.people.length, place: placeName(place), capacity: place.capacity, over: event.people.length - place.capacity },
          hintId: 'placeFullHint',
          related: [{ path: [...place.path, 'capacity'], messageId: 'placeCapacity', data: { place: placeName(place) } }],
        });
      }

      if (event.rides.length === 0) continue;
      if (event.seats) {
        for (const ride of event.rides) {
          // With a vehicle unknown the seat count is unknown too; unknown-reference reports it.
          if (!ride.vehicle || ride.riders.length <= ride.vehicle.seats) continue;
          const riders = ride.riders.length;
          const vehicle = vehicleName(ride.vehicle);
          report({
            path: ride.path,
            messageId: 'vehicleFull',
            data: { event: eventLabel(event), riders, vehicle, seats: ride.vehicle.seats, over: riders - ride.vehicle.seats },
            hintId: 'vehicleFullHint',
            related: [{ path: [...ride.vehicle.path, 'seats'], messageId: 'vehicleSeats', data: { vehicle } }],
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
        messageId: 'vehiclesFull',
        data: { event: eventLabel(event), riders, vehicles: listOf((vehicles as Vehicle[]).map(vehicleName)), seats, short: riders - seats },
        hintId: 'vehiclesFullHint',
      });
    }
  },
};
