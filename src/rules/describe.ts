// How findings name things: people, events, places and times, in the words of the file.
import type { Agreement, ItineraryEvent, Model, Organization, Person, Place, Vehicle } from '../model/types.js';
import { textIn } from '../model/text.js';
import { instantToLocal } from '../model/time.js';

/** Messages are in English; names use the English variant when given, else the first one. */
const LANG = 'en';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function personName(person: Person): string {
  return textIn(person.name, LANG) || person.id;
}

export function placeName(place: Place | undefined, fallbackId?: string): string {
  return place ? textIn(place.name, LANG) || place.id : (fallbackId ?? 'unknown place');
}

export function vehicleName(vehicle: Vehicle): string {
  return vehicle.plate ? `${vehicle.id} (${vehicle.kind}, ${vehicle.plate})` : `${vehicle.id} (${vehicle.kind})`;
}

export function eventTitle(event: ItineraryEvent): string {
  return `«${textIn(event.title, LANG) || event.id}»`;
}

/** "21 Nov" from "2023-11-21". */
export function shortDate(date: string): string {
  return `${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1] ?? ''}`;
}

/** "21 Nov 09:30–12:30" in the event's own local times (a move: departure and arrival zones). */
export function eventWhen(event: ItineraryEvent): string {
  const end = event.end.endsWith('+1') ? `${event.end.slice(0, 5)} next day` : event.end;
  return `${shortDate(event.day.date)} ${event.start}–${end}`;
}

/** "«Conference» (21 Nov 09:30–12:30, Expo)" */
export function eventLabel(event: ItineraryEvent): string {
  const where = event.startPlace === event.endPlace ? placeName(event.startPlace, event.place) : `${placeName(event.startPlace, event.from)} → ${placeName(event.endPlace, event.to)}`;
  return `${eventTitle(event)} (${eventWhen(event)}, ${where})`;
}

/** A local time of an instant: "09:30", or "21 Nov 09:30" when the date differs from `onDate`. */
export function localTime(ms: number, zone: string, onDate?: string): string {
  const local = instantToLocal(ms, zone);
  return local.date === onDate ? local.time : `${shortDate(local.date)} ${local.time}`;
}

/** "3 h 38 min", "45 min" */
export function duration(minutes: number): string {
  const m = Math.round(minutes);
  if (m < 60) return `${m} min`;
  const h = Math.floor(m / 60);
  const rest = m % 60;
  return rest === 0 ? `${h} h` : `${h} h ${rest} min`;
}

export function visitLanguages(model: Model): string[] {
  return model.languages;
}

/** "Ivan Petrov (petrov)": a person by name and id. */
export function personRef(person: Person): string {
  const name = personName(person);
  return name === person.id ? person.id : `${name} (${person.id})`;
}

/** "Ivan Petrov (petrov, Tver Trade)": with the organization, where two people may share a name. */
export function personWithOrg(person: Person): string {
  const name = personName(person);
  const org = person.organization ? textIn(person.organization.name, LANG) || person.org : person.org;
  return `${name} (${person.id}, ${org})`;
}

/** "Tver Region Government (tver-gov)" */
export function organizationRef(organization: Organization): string {
  const name = textIn(organization.name, LANG);
  return name && name !== organization.id ? `${name} (${organization.id})` : organization.id;
}

/** "«Talks» [talks] (21 Nov 09:30–12:30, Expo)": an event by title, id, day, local times and place. */
export function eventRef(event: ItineraryEvent): string {
  const label = eventLabel(event);
  const title = eventTitle(event);
  return `${title} [${event.id}]${label.slice(title.length)}`;
}

/** "«Cooperation agreement» (coop)" */
export function agreementRef(agreement: Agreement): string {
  const title = textIn(agreement.title, LANG);
  return title ? `«${title}» (${agreement.id})` : agreement.id;
}

/** "a, b and c"; with more than `max` items: "a, b, c and 4 more". */
export function listOf(items: readonly string[], max = items.length): string {
  const shown = items.slice(0, max);
  const rest = items.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${rest} more`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/** "Ivan Petrov (petrov), Li Le (li) and 12 more": names only the first `max` people. */
export function peopleList(people: readonly Person[], max = 3): string {
  const shown = people.slice(0, max).map(personRef);
  const rest = people.length - shown.length;
  return rest > 0 ? `${shown.join(', ')} and ${rest} more` : listOf(shown);
}
