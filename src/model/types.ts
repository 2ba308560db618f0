// The typed itinerary the rules and renderers read: the file's data plus where each entity stands in
// it (a path), with selectors resolved and times made absolute.
import type { DocPath } from '../diagnostics/types.js';
import type { Wording } from './wording.js';
import type {
  AgreementData, DayHeaderData, EventData, GroupData, OrganizationData, PersonData, PlaceData, TravelData, VehicleData, VisitData,
} from './schema.js';

export type { TextValue, EventKind, Role } from './schema.js';

export interface Located {
  /** Path of the entity in the YAML document, e.g. ['people', 3]. */
  path: DocPath;
}

export type Side = 'delegation' | 'host';
export type Visit = VisitData & Located;
export type Organization = OrganizationData &
  Located & {
    /** `inn` was written without quotes, so YAML read it as a number (inn-checksum reports it). */
    innUnquoted?: boolean;
  };
export interface Person extends PersonData, Located {
  /** The side of the person's organization; undefined when the organization is unknown. */
  side: Side | undefined;
  organization: Organization | undefined;
}
export type Group = GroupData & Located;
export type Place = PlaceData & Located;
export type TravelEntry = TravelData & Located;
export type Vehicle = VehicleData & Located;
export type Agreement = AgreementData & Located;

export interface Day extends DayHeaderData, Located {
  index: number;
  events: ItineraryEvent[];
}

export interface ItineraryEvent extends EventData, Located {
  day: Day;
  /** Index within its day. */
  index: number;
  /** Everyone the attendees' selectors resolve to, without repeats, in order of first mention. */
  people: Person[];
  /** Where the event starts and ends: `place` for most events, `from` and `to` for moves. */
  startPlace: Place | undefined;
  endPlace: Place | undefined;
  startZone: string | undefined;
  endZone: string | undefined;
  /** Absolute start and end (epoch ms); undefined when a zone is invalid. */
  startMs: number | undefined;
  endMs: number | undefined;
  /** The ids of the event's vehicles, each once, in the order written (list or seating mapping). */
  vehicleIds: string[];
  /** Each selector of a seating mapping and whom it seats; undefined when `vehicles` is a plain list. */
  seats: Seat[] | undefined;
  /** Who rides in which vehicle, one entry per vehicle id (see model/seating.ts). */
  rides: Ride[];
}

/** One selector of a seating mapping: `vehicles: { bus-1: [rest] }` → { vehicleId: 'bus-1', selector: 'rest' }. */
export interface Seat {
  vehicleId: string;
  selector: string;
  /** Path of the selector in the document. */
  path: DocPath;
  /** Whom the selector seats (for `rest`: the delegation-side attendees seated in no other vehicle). */
  people: Person[];
}

/** A vehicle of an event and its riders. */
export interface Ride {
  vehicleId: string;
  /** Undefined when the id names no vehicle (unknown-reference reports it). */
  vehicle: Vehicle | undefined;
  /** Path of the vehicle's entry: the list item, or the seating mapping's value for the vehicle. */
  path: DocPath;
  /**
   * True when a seating mapping says who rides in this vehicle; false for a plain list, where the
   * event's delegation-side attendees ride in its vehicles without assigned seats.
   */
  assigned: boolean;
  /** With seats assigned: the people seated in it, each once; without: every delegation-side attendee. */
  riders: Person[];
}

export type Collection = 'organizations' | 'people' | 'groups' | 'places' | 'vehicles' | 'agreements' | 'events';

/** A structural problem found while building the model, reported by the `schema` rule. */
export interface SchemaIssue {
  path: DocPath;
  /** What kind of problem: a field the entry lacks, a key the format does not know, or a value of the wrong type or form. */
  code: 'missing' | 'unknown-key' | 'invalid';
  message: string;
  hint?: string;
  /** Report at the mapping key rather than its value (unknown keys). */
  atKey?: boolean;
  /** The message's data, when the schema rule words it from a template of its own (an unknown key). */
  data?: Readonly<Record<string, string>>;
  /** The schema rule's message id of the hint, when it is worded from a template of its own. */
  hintId?: string;
  /** The message as the schema rule's message id and data, when it is worded from a template of its own. */
  wording?: Wording;
  /** The hint as the schema's phrase id and data, when it is worded from one. */
  hintWording?: Wording;
}

/** An entry the schema rejected as a whole: its id and the fields that validated on their own. */
export interface RejectedEntry {
  collection: Collection;
  path: DocPath;
  id: string | undefined;
  /** The fields that are valid on their own (an unknown field is absent). */
  fields: Readonly<Record<string, unknown>>;
  /** For an event: the date of its day, when the day is known. */
  date?: string;
}

export interface Model {
  /** Undefined when the visit block is missing or malformed. */
  visit: Visit | undefined;
  /** `visit.languages`, or ['ru'] when the visit is unusable. */
  languages: string[];
  organizations: Organization[];
  people: Person[];
  groups: Group[];
  places: Place[];
  travel: TravelEntry[];
  vehicles: Vehicle[];
  agreements: Agreement[];
  days: Day[];
  /** All events of all days, in file order. */
  events: ItineraryEvent[];
  /** Well-formed entities by id (the first of duplicates). */
  byId: {
    organizations: Map<string, Organization>;
    people: Map<string, Person>;
    groups: Map<string, Group>;
    places: Map<string, Place>;
    vehicles: Map<string, Vehicle>;
    agreements: Map<string, Agreement>;
    events: Map<string, ItineraryEvent>;
  };
  /**
   * Every id written in each collection with its path, well-formed entry or not: references to an
   * entry with a schema problem are not "unknown".
   */
  declared: Record<Collection, { id: string; path: DocPath }[]>;
  /**
   * Entries the schema rejected and that could not be kept without the rejected fields (a required
   * field is missing or wrong): known by id, with the fields that did validate, so that rules that do
   * not need the rejected field do not report the entry's absence (a meal gap, a missing B2B meeting).
   */
  rejected: RejectedEntry[];
  schemaIssues: SchemaIssue[];
  /** The people a selector stands for (cached); empty for an unknown selector. */
  resolveSelector(selector: string): readonly Person[];
  /** Does the selector name something that exists? */
  selectorExists(selector: string): boolean;
}
