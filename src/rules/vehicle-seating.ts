// vehicle-seating: with a seating mapping, a person is seated in two vehicles of one event, or seated
// but not an attendee (errors); a delegation-side attendee has no seat (warning).
import { unseated } from '../model/seating.js';
import type { Person } from '../model/types.js';
import { eventRef, isAre, listOf, peopleList } from './describe.js';
import type { Rule } from './types.js';

export const vehicleSeating: Rule = {
  id: 'vehicle-seating',
  defaultSeverity: 'error',
  description: 'With a seating mapping: a person seated in two vehicles of one event or seated without attending (error); a delegation-side attendee without a seat (warning).',
  check({ model, report }) {
    for (const event of model.events) {
      if (!event.seats) continue;
      const attending = new Set(event.people);
      const firstSeat = new Map<Person, (typeof event.seats)[number]>();
      for (const seat of event.seats) {
        const absent = seat.people.filter((person) => !attending.has(person));
        if (absent.length > 0) {
          report({
            path: seat.path,
            message: `${peopleList(absent)} ${absent.length === 1 ? 'is' : 'are'} seated in ${seat.vehicleId} for ${eventRef(event)} but ${absent.length === 1 ? 'does' : 'do'} not attend it`,
            hint: `Add ${listOf(absent.map((person) => person.id), 3)} to the attendees of ${event.id}, or take ${absent.length === 1 ? 'the seat' : 'the seats'} away.`,
            related: [{ path: [...event.path, 'attendees'], message: `the attendees of ${event.id}` }],
          });
        }
        const twice = seat.people.filter((person) => {
          const first = firstSeat.get(person);
          return first !== undefined && first.vehicleId !== seat.vehicleId;
        });
        for (const person of seat.people) if (!firstSeat.has(person)) firstSeat.set(person, seat);
        if (twice.length === 0) continue;
        const others = [...new Set(twice.map((person) => firstSeat.get(person)!.vehicleId))];
        report({
          path: seat.path,
          message: `${peopleList(twice)} ${isAre(twice)} seated in two vehicles for ${eventRef(event)}: ${listOf(others)} and ${seat.vehicleId}`,
          hint: seat.selector === 'rest' ? '`rest` seats everyone not seated elsewhere: give it to one vehicle only.' : 'Seat each person in one vehicle of the event.',
          related: [...new Set(twice.map((person) => firstSeat.get(person)!))].slice(0, 3).map((first) => ({
            path: first.path,
            message: `${peopleList(twice.filter((person) => firstSeat.get(person) === first))} first seated in ${first.vehicleId}`,
          })),
        });
      }
      const missing = unseated(event);
      if (missing.length === 0) continue;
      report({
        path: [...event.path, 'vehicles'],
        atKey: true,
        severity: 'warning',
        message: `${peopleList(missing)} ${missing.length === 1 ? 'attends' : 'attend'} ${eventRef(event)} but ${missing.length === 1 ? 'has' : 'have'} no seat in its vehicles`,
        hint: 'Seat them in a vehicle, or give one vehicle `rest` to seat everyone not seated elsewhere.',
      });
    }
  },
};
