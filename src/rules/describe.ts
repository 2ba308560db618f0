// How findings name things: people, events, places and times, in the words of the file.
import type { Agreement, Collection, ItineraryEvent, Model, Organization, Person, Place, Vehicle } from '../model/types.js';
import { textIn } from '../model/text.js';
import { instantToLocal, offsetMinutes } from '../model/time.js';

/** What one entry of each collection is called in messages. */
export const COLLECTION_NOUN: Record<Collection, string> = {
  organizations: 'organization',
  people: 'person',
  groups: 'group',
  places: 'place',
  vehicles: 'vehicle',
  agreements: 'agreement',
  events: 'event',
};

/**
 * A collection noun inside a message template: the finding passes the COLLECTION_NOUN value as `noun`,
 * and each word stands whole in the template, for translation.
 */
export const NOUN = '{noun, select, organization {organization} person {person} group {group} place {place} vehicle {vehicle} agreement {agreement} other {event}}';

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

export interface WhenOptions {
  /** Give the UTC offset of the times ("09:30–12:30 UTC+3"): for findings that compare events in several zones. */
  zones?: boolean;
}

/** "21 Nov 09:30–12:30" in the event's own local times (a move: departure and arrival zones). */
export function eventWhen(event: ItineraryEvent, options: WhenOptions = {}): string {
  const end = event.end.endsWith('+1') ? `${event.end.slice(0, 5)} next day` : event.end;
  if (!options.zones) return `${shortDate(event.day.date)} ${event.start}–${end}`;
  if (event.startZone === event.endZone) return `${shortDate(event.day.date)} ${event.start}–${end} ${zoneLabel(event.startZone, event.startMs)}`;
  return `${shortDate(event.day.date)} ${event.start} ${zoneLabel(event.startZone, event.startMs)} – ${end} ${zoneLabel(event.endZone, event.endMs)}`;
}

/** "UTC+3" for `zone` at the instant `ms`; the zone's name when the instant is unknown. */
export function zoneLabel(zone: string | undefined, ms: number | undefined): string {
  if (zone === undefined) return '';
  if (ms === undefined) return zone;
  const offset = offsetMinutes(zone, ms);
  const sign = offset < 0 ? '−' : '+';
  const h = Math.floor(Math.abs(offset) / 60);
  const m = Math.abs(offset) % 60;
  return `UTC${sign}${h}${m ? `:${String(m).padStart(2, '0')}` : ''}`;
}

/** "Expo", or "Hotel → Airport" for a move. */
export function eventWhere(event: ItineraryEvent): string {
  return event.startPlace === event.endPlace && event.place !== undefined
    ? placeName(event.startPlace, event.place)
    : `${placeName(event.startPlace, event.from)} → ${placeName(event.endPlace, event.to)}`;
}

/** "«Conference» (21 Nov 09:30–12:30, Expo)" */
export function eventLabel(event: ItineraryEvent, options: WhenOptions = {}): string {
  return `${eventTitle(event)} (${eventWhen(event, options)}, ${eventWhere(event)})`;
}

/** Do two or more events use more than one zone? Then findings comparing them name the zones. */
export function zonesDiffer(...events: ItineraryEvent[]): boolean {
  const zones = new Set<string | undefined>();
  for (const event of events) zones.add(event.startZone).add(event.endZone);
  return zones.size > 1;
}

/**
 * "Zhou Tao", "Zhou Tao and Anna Ivanova", "A, B and C", "A, B and 38 others": people who share one
 * finding, in the order of the file's people list.
 */
export function peopleNames(model: Model, people: readonly Person[]): string {
  const names = sortPeople(model, people).map(personName);
  if (names.length === 0) return 'nobody';
  if (names.length <= 3) return listOf(names);
  return `${names.slice(0, 2).join(', ')} and ${names.length - 2} others`;
}

/** Ids for a hint, in file order: all of them up to ten, else the first ten and how many more. */
export function peopleIds(model: Model, people: readonly Person[]): string {
  return listOf(sortPeople(model, people).map((p) => p.id), 10);
}

const peopleOrder = new WeakMap<Model, Map<Person, number>>();

export function sortPeople(model: Model, people: readonly Person[]): Person[] {
  let order = peopleOrder.get(model);
  if (!order) {
    order = new Map(model.people.map((person, index) => [person, index]));
    peopleOrder.set(model, order);
  }
  const rank = order;
  return [...people].sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
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
