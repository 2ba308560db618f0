// vehicle-seating: with a seating mapping, a person is seated in two vehicles of one event, or seated
// but not an attendee (errors); a delegation-side attendee has no seat (warning).
import { unseated } from '../model/seating.js';
import type { Person } from '../model/types.js';
import { eventRef, listOf, peopleList } from './describe.js';
import type { Rule } from './types.js';

export const vehicleSeating: Rule = {
  id: 'vehicle-seating',
  defaultSeverity: 'error',
  description: 'With a seating mapping: a person seated in two vehicles of one event or seated without attending (error); a delegation-side attendee without a seat (warning).',
  meta: {
    messages: {
      notAttending:
        '{people} {count, plural, one {is} other {are}} seated in {vehicle} for {event} but {count, plural, one {does} other {do}} not attend it',
      notAttendingHint: 'Add {ids} to the attendees of {eventId}, or take {count, plural, one {the seat} other {the seats}} away.',
      attendees: 'the attendees of {eventId}',
      seatedTwice: '{people} {count, plural, one {is} other {are}} seated in two vehicles for {event}: {others} and {vehicle}',
      restTwiceHint: '`rest` seats everyone not seated elsewhere: give it to one vehicle only.',
      seatedTwiceHint: 'Seat each person in one vehicle of the event.',
      firstSeated: '{people} first seated in {vehicle}',
      noSeat: '{people} {count, plural, one {attends} other {attend}} {event} but {count, plural, one {has} other {have}} no seat in its vehicles',
      noSeatHint: 'Seat them in a vehicle, or give one vehicle `rest` to seat everyone not seated elsewhere.',
    },
    docs: { url: 'docs/rules/vehicle-seating.md' },
    tags: ['protocol'],
  },
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
            messageId: 'notAttending',
            data: { people: peopleList(absent), count: absent.length, vehicle: seat.vehicleId, event: eventRef(event), ids: listOf(absent.map((person) => person.id), 3), eventId: event.id },
            hintId: 'notAttendingHint',
            related: [{ path: [...event.path, 'attendees'], messageId: 'attendees', data: { eventId: event.id } }],
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
          messageId: 'seatedTwice',
          data: { people: peopleList(twice), count: twice.length, event: eventRef(event), others: listOf(others), vehicle: seat.vehicleId },
          hintId: seat.selector === 'rest' ? 'restTwiceHint' : 'seatedTwiceHint',
          related: [...new Set(twice.map((person) => firstSeat.get(person)!))].slice(0, 3).map((first) => ({
            path: first.path,
            messageId: 'firstSeated',
            data: { people: peopleList(twice.filter((person) => firstSeat.get(person) === first)), vehicle: first.vehicleId },
          })),
        });
      }
      const missing = unseated(event);
      if (missing.length === 0) continue;
      report({
        path: [...event.path, 'vehicles'],
        atKey: true,
        severity: 'warning',
        messageId: 'noSeat',
        data: { people: peopleList(missing), count: missing.length, event: eventRef(event) },
        hintId: 'noSeatHint',
      });
    }
  },
};
