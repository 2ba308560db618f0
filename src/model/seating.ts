// Who rides in which vehicle of an event: the seating mapping of format 1.1 resolved into riders,
// and the accessors renderers and rules read it through.
import { REST_SELECTOR } from './format.js';
import type { ItineraryEvent, Model, Person, Ride, Seat } from './types.js';

/** Fills `vehicleIds`, `seats` and `rides` of an event whose attendees are already resolved. */
export function resolveSeating(model: Model, event: ItineraryEvent): void {
  const vehicles = event.vehicles;
  if (vehicles === undefined) return;
  const delegation = event.people.filter((person) => person.side === 'delegation');
  if (Array.isArray(vehicles)) {
    event.vehicleIds = [...new Set(vehicles)];
    event.rides = event.vehicleIds.map((vehicleId) => ({
      vehicleId,
      vehicle: model.byId.vehicles.get(vehicleId),
      path: [...event.path, 'vehicles', vehicles.indexOf(vehicleId)],
      assigned: false,
      riders: delegation,
    }));
    return;
  }
  event.vehicleIds = Object.keys(vehicles);
  const seats: Seat[] = [];
  // Explicit selectors first: `rest` is whoever they leave out, wherever it is written.
  const explicitVehicles = new Map<Person, Set<string>>();
  for (const [vehicleId, selectors] of Object.entries(vehicles)) {
    selectors.forEach((selector, index) => {
      const seat: Seat = { vehicleId, selector, path: [...event.path, 'vehicles', vehicleId, index], people: [] };
      if (selector !== REST_SELECTOR) {
        seat.people = model.resolveSelector(selector).slice();
        for (const person of seat.people) {
          const set = explicitVehicles.get(person) ?? new Set<string>();
          set.add(vehicleId);
          explicitVehicles.set(person, set);
        }
      }
      seats.push(seat);
    });
  }
  for (const seat of seats) {
    if (seat.selector !== REST_SELECTOR) continue;
    seat.people = delegation.filter((person) => {
      const elsewhere = explicitVehicles.get(person);
      return !elsewhere || (elsewhere.size === 1 && elsewhere.has(seat.vehicleId));
    });
  }
  event.seats = seats;
  event.rides = event.vehicleIds.map((vehicleId) => {
    const riders = new Set<Person>();
    for (const seat of seats) if (seat.vehicleId === vehicleId) for (const person of seat.people) riders.add(person);
    return {
      vehicleId,
      vehicle: model.byId.vehicles.get(vehicleId),
      path: [...event.path, 'vehicles', vehicleId],
      assigned: true,
      riders: [...riders],
    };
  });
}

/** True when the event says who sits in which vehicle (format 1.1 seating mapping). */
export function hasSeating(event: ItineraryEvent): boolean {
  return event.seats !== undefined;
}

/**
 * The vehicles a person rides in at an event: with a seating mapping, the one(s) they are seated in;
 * with a plain list, every vehicle of the event when they are a delegation-side attendee (seats are
 * not assigned); otherwise none.
 */
export function ridesOf(event: ItineraryEvent, person: Person): Ride[] {
  return event.rides.filter((ride) => ride.riders.includes(person));
}

/** The people of an event with a seating mapping who are delegation-side attendees but have no seat. */
export function unseated(event: ItineraryEvent): Person[] {
  if (!event.seats) return [];
  const seated = new Set(event.seats.flatMap((seat) => seat.people));
  return event.people.filter((person) => person.side === 'delegation' && !seated.has(person));
}
