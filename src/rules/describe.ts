// How findings name things: people, events, places, times and lists. Each is a phrase, worded when the
// report is written and in its language (names in that language, else the visit's first, else any;
// dates, durations and lists the way the language writes them); the English words are PHRASES below,
// the other languages' are the label files' `findings.phrases`.
import type { Phrase, PhraseWords } from '../diagnostics/types.js';
import type { Agreement, Collection, ItineraryEvent, Model, Organization, Person, Place, Vehicle } from '../model/types.js';
import { instantToLocal, offsetMinutes } from '../model/time.js';
import { SCHEMA_MESSAGE_PHRASES, VALUE_PHRASES, WHAT_PHRASES } from '../model/wording.js';
import { YAML_PHRASES } from '../source/yaml-words.js';

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

/** The English words of the phrases (ICU templates); other languages have theirs in the label files. */
export const PHRASES: Readonly<Record<string, string>> = {
  /** A title in quotes. */
  quoted: '«{text}»',
  /** A person by name and id. */
  personRef: '{name} ({id})',
  personWithOrg: '{name} ({id}, {org})',
  organizationRef: '{name} ({id})',
  agreementRef: '«{title}» ({id})',
  vehicle: '{id} ({kind})',
  vehiclePlate: '{id} ({kind}, {plate})',
  /** A move's places. */
  route: '{from} → {to}',
  unknownPlace: 'unknown place',
  placeRef: '{name} ({id})',
  driver: 'the driver of {vehicle}',
  namedDriver: '{name}, the driver of {vehicle}',
  /** An event with its day, times and place. */
  eventLabel: '{title} ({when}, {where})',
  eventRef: '{title} [{id}] ({when}, {where})',
  /** The end of an event on the day after its start. */
  nextDay: '{time} next day',
  when: '{date} {start}–{end}',
  whenZone: '{date} {start}–{end} {zone}',
  whenZones: '{date} {start} {startZone} – {end} {endZone}',
  dateTime: '{date} {time}',
  minutes: '{minutes} min',
  hours: '{hours} h',
  hoursMinutes: '{hours} h {minutes} min',
  nobody: 'nobody',
  /** A text of an entry, for missing-translation. */
  textField:
    "{field, select, title {the title} host {the host} notes {the notes} name {the name} sector {the sector} city {the city} position {the position} diet {the diet} bio {the bio} address {the address} driverName {the driver's name} gather {the gathering place} dress {the dress code} purpose {the brief's purpose} background {the brief's background} other {talking point {n}}} of {owner, select, visit {the visit} organization {organization {id}} person {person {id}} group {group {id}} place {place {id}} vehicle {vehicle {id}} agreement {agreement {id}} day {day {id}} other {event {id}}}",
  /** Why a place without a zone lies in another, for invalid-timezone. */
  zoneClue:
    '{kind, select, names {its {field} names {part} ({zone}, {offset})} other {its coordinates ({where}) lie about {hours} h {direction, select, west {west} other {east}} of that zone}}',
  /** Attendees who speak the same languages, for interpreter-needed. */
  languageGroup: '{languages}: {people}',
  languageGroupSeparator: '; ',
  interpreterLanguages: '{person}: {languages}',
  /** More people than a message names: the first two and how many others. */
  peopleMore: '{first}, {second} and {count} others',
  /** A list cut short: the first items and how many more. */
  listMore: '{items} and {count} more',
  /** Between the items of a list cut short. */
  listSeparator: ', ',
  /** What a sensitive value is replaced with in a message. */
  theValue: 'the value',
  hiddenValue: '(hidden)',
  /** Schema findings: what a field holds, and the value found. */
  ...WHAT_PHRASES,
  ...VALUE_PHRASES,
  ...SCHEMA_MESSAGE_PHRASES,
  /** The YAML reader's problems and hints. */
  ...YAML_PHRASES,
};

/** A phrase worded by `write` in the report's language. */
export function phrase(write: (words: PhraseWords) => string): Phrase {
  return { phrase: write };
}

/** A phrase of the vocabulary above, its data worded too. */
export function say(id: string, data: Readonly<Record<string, string | number | Phrase>> = {}): Phrase {
  return phrase((w) => w.say(id, data));
}

/** A list of phrases (or plain texts) joined as the language joins a list. */
export function listOf(items: readonly (string | Phrase)[], max = items.length): Phrase {
  return phrase((w) => {
    const words = items.map((item) => (typeof item === 'string' ? item : item.phrase(w)));
    const shown = words.slice(0, max);
    const rest = words.length - shown.length;
    if (rest > 0) return w.say('listMore', { items: shown.join(w.say('listSeparator')), count: rest });
    return w.list(shown);
  });
}

export function personName(person: Person): Phrase {
  return phrase((w) => w.text(person.name) || person.id);
}

export function placeName(place: Place | undefined, fallbackId?: string): Phrase {
  return phrase((w) => (place ? w.text(place.name) || place.id : (fallbackId ?? w.say('unknownPlace'))));
}

export function vehicleName(vehicle: Vehicle): Phrase {
  const kind = phrase((w) => (w.lang === 'en' ? vehicle.kind : (w.label(`vehicleKinds.${vehicle.kind}`)?.toLocaleLowerCase(w.lang) ?? vehicle.kind)));
  return vehicle.plate ? say('vehiclePlate', { id: vehicle.id, kind, plate: vehicle.plate }) : say('vehicle', { id: vehicle.id, kind });
}

export function eventTitle(event: ItineraryEvent): Phrase {
  return say('quoted', { text: phrase((w) => w.text(event.title) || event.id) });
}

/** "21 Nov" from "2023-11-21". */
export function shortDate(date: string): Phrase {
  return phrase((w) => w.date(date));
}

/** "21 Nov 2023" from "2023-11-21". */
export function longDate(date: string): Phrase {
  return phrase((w) => w.date(date, true));
}

export interface WhenOptions {
  /** Give the UTC offset of the times ("09:30–12:30 UTC+3"): for findings that compare events in several zones. */
  zones?: boolean;
}

/** "21 Nov 09:30–12:30" in the event's own local times (a move: departure and arrival zones). */
export function eventWhen(event: ItineraryEvent, options: WhenOptions = {}): Phrase {
  const end = event.end.endsWith('+1') ? say('nextDay', { time: event.end.slice(0, 5) }) : event.end;
  const date = shortDate(event.day.date);
  if (!options.zones) return say('when', { date, start: event.start, end });
  if (event.startZone === event.endZone) return say('whenZone', { date, start: event.start, end, zone: zoneLabel(event.startZone, event.startMs) });
  return say('whenZones', { date, start: event.start, startZone: zoneLabel(event.startZone, event.startMs), end, endZone: zoneLabel(event.endZone, event.endMs) });
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
export function eventWhere(event: ItineraryEvent): Phrase {
  return event.startPlace === event.endPlace && event.place !== undefined
    ? placeName(event.startPlace, event.place)
    : say('route', { from: placeName(event.startPlace, event.from), to: placeName(event.endPlace, event.to) });
}

/** "«Conference» (21 Nov 09:30–12:30, Expo)" */
export function eventLabel(event: ItineraryEvent, options: WhenOptions = {}): Phrase {
  return say('eventLabel', { title: eventTitle(event), when: eventWhen(event, options), where: eventWhere(event) });
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
export function peopleNames(model: Model, people: readonly Person[]): Phrase {
  const names = sortPeople(model, people).map(personName);
  if (names.length === 0) return say('nobody');
  if (names.length <= 3) return listOf(names);
  return say('peopleMore', { first: names[0]!, second: names[1]!, count: names.length - 2 });
}

/** Ids for a hint, in file order: all of them up to ten, else the first ten and how many more. */
export function peopleIds(model: Model, people: readonly Person[]): Phrase {
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
export function localTime(ms: number, zone: string, onDate?: string): string | Phrase {
  const local = instantToLocal(ms, zone);
  return local.date === onDate ? local.time : say('dateTime', { date: shortDate(local.date), time: local.time });
}

/** "3 h 38 min", "45 min" */
export function duration(minutes: number): Phrase {
  const m = Math.round(minutes);
  if (m < 60) return say('minutes', { minutes: m });
  const h = Math.floor(m / 60);
  const rest = m % 60;
  return rest === 0 ? say('hours', { hours: h }) : say('hoursMinutes', { hours: h, minutes: rest });
}

/** "Ivan Petrov (petrov)": a person by name and id. */
export function personRef(person: Person): Phrase {
  return phrase((w) => {
    const name = w.text(person.name) || person.id;
    return name === person.id ? person.id : w.say('personRef', { name, id: person.id });
  });
}

/** "Ivan Petrov (petrov, Tver Trade)": with the organization, where two people may share a name. */
export function personWithOrg(person: Person): Phrase {
  const org = phrase((w) => (person.organization ? w.text(person.organization.name) || person.org : person.org));
  return say('personWithOrg', { name: personName(person), id: person.id, org });
}

/** "Tver Region Government (tver-gov)" */
export function organizationRef(organization: Organization): Phrase {
  return phrase((w) => {
    const name = w.text(organization.name);
    return name && name !== organization.id ? w.say('organizationRef', { name, id: organization.id }) : organization.id;
  });
}

/** "«Talks» [talks] (21 Nov 09:30–12:30, Expo)": an event by title, id, day, local times and place. */
export function eventRef(event: ItineraryEvent): Phrase {
  return say('eventRef', { title: eventTitle(event), id: event.id, when: eventWhen(event), where: eventWhere(event) });
}

/** "«Cooperation agreement» (coop)" */
export function agreementRef(agreement: Agreement): Phrase {
  return phrase((w) => {
    const title = w.text(agreement.title);
    return title ? w.say('agreementRef', { title, id: agreement.id }) : agreement.id;
  });
}

/** "Ivan Petrov (petrov), Li Le (li) and 12 more": names only the first `max` people. */
export function peopleList(people: readonly Person[], max = 3): Phrase {
  return listOf(people.map(personRef), max);
}
