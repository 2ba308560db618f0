// The itinerary format v1 as zod schemas: the one definition behind the `schema` rule, the typed
// model and the published JSON Schema (schema/itinerary.schema.json).
import { z } from 'zod';
import { DATE, END_TIME, ID, LANG, TIME } from './patterns.js';
import { calendarDateFault, calendarDateProblem } from './time.js';
import { describeValue, foundValue, whatId, worded, wordedIssue } from './wording.js';
import {
  COMMA_SPLIT_MESSAGE, EVENT_KINDS, MOVE_KINDS, ORGANIZATION_KINDS, ORGANIZATION_SIDES, PLACE_KINDS, ROLES, VEHICLE_KINDS,
} from './format.js';

export {
  COMMA_SPLIT_MESSAGE, EVENT_KINDS, INFINITY_NOTE, MOVE_KINDS, NOT_A_NUMBER_NOTE, ORGANIZATION_KINDS, ORGANIZATION_SIDES, PLACE_KINDS, REST_SELECTOR, ROLES, TOO_LARGE_NOTE,
  VEHICLE_KINDS,
} from './format.js';
export { describeValue } from './wording.js';

/**
 * The keys an object schema knows, recorded for each object whose unknown keys it rejects: the model's
 * builder reads them by the object to suggest the nearest key. (A missing field needs no record: its
 * message is what the field holds, and the builder sees from the input that the key is absent.)
 */
const knownKeys = new WeakMap<object, readonly string[]>();

export function knownKeysOf(value: object): readonly string[] | undefined {
  return knownKeys.get(value);
}
type Issue = { code: string; input?: unknown };

const expected = (what: string) => (iss: Issue) => {
  const id = whatId(what);
  if (iss.input === undefined) return id ? worded(iss, what, { id: 'what', data: { what: { say: id } } }) : what;
  const text = `expected ${what}, found ${describeValue(iss.input)}`;
  return id ? worded(iss, text, { id: 'schemaExpected', data: { what: { say: id }, found: foundValue(iss.input) } }) : text;
};

/** A message of the schema rule's own, worded from its id and data (see wording.ts). */
const say = (iss: Issue, text: string, id: string, data: Record<string, string> = {}) => worded(iss, text, { id, data });

function strict<T extends z.ZodRawShape>(shape: T, what: string) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (iss) => {
      if (iss.code === 'unrecognized_keys') {
        if (typeof iss.input === 'object' && iss.input !== null) knownKeys.set(iss.input, known);
        return 'unknown keys';
      }
      return expected(what)(iss);
    },
  });
}

const str = (what: string) => z.string({ error: expected(what) });
const pattern = (re: RegExp, what: string) => z.string({ error: expected(what) }).regex(re, { error: expected(what) });

export const Id = pattern(ID, 'an id (lower-case letters, digits and dashes, e.g. "tver-gov")').meta({ id: 'Id' });
export const Ref = Id;
export const LanguageCode = pattern(LANG, 'a two-letter language code such as ru, en or zh').meta({ id: 'LanguageCode' });
export const DateString = pattern(DATE, 'a date YYYY-MM-DD, e.g. 2023-11-21').refine((s) => !DATE.test(s) || calendarDateProblem(s) === undefined, {
  error: (iss) => calendarDateMessage(iss, String(iss.input)) ?? worded(iss, `${describeValue(iss.input)} is not a date in the calendar`, { id: 'schemaNotCalendarDate', data: { found: foundValue(iss.input) } }),
});

/** A date in the form YYYY-MM-DD that is not in the calendar, worded from what is wrong with it. */
function calendarDateMessage(iss: Issue, value: string): string | undefined {
  const fault = calendarDateFault(value);
  const text = calendarDateProblem(value);
  if (!fault || text === undefined || fault.kind === 'form') return text;
  if (fault.kind === 'month') return worded(iss, text, { id: 'schemaNoSuchMonth', data: { value, month: fault.month } });
  return worded(iss, text, { id: 'schemaNoSuchDay', data: { day: fault.day, month: `m${fault.month}`, year: String(fault.year), days: fault.days } });
}
/** A date that is passport data: the message must not spell it out in other words either. */
const SensitiveDateString = pattern(DATE, 'a date YYYY-MM-DD, e.g. 2023-11-21').refine((s) => !DATE.test(s) || calendarDateProblem(s) === undefined, {
  error: (iss) => worded(iss, `${describeValue(iss.input)} is not a date in the calendar`, { id: 'schemaNotCalendarDate', data: { found: foundValue(iss.input) } }),
});
export const TimeString = pattern(TIME, 'a time HH:MM (24-hour), e.g. 09:30');
export const EndTimeString = pattern(END_TIME, 'a time HH:MM (24-hour), with +1 for the next day, e.g. 07:25+1');

export const Text = z
  .union([z.string(), z.record(z.string().regex(LANG), z.string())], { error: (iss) => textMessage(iss) })
  .meta({
    id: 'Text',
    description: 'A string in the visit\'s first language, or a map from a two-letter language code to a string.',
  });

function textMessage(iss: Issue): string {
  const input = iss.input;
  if (input === undefined) return worded(iss, 'a text', { id: 'what', data: { what: { say: 'whatText' } } });
  if (input && typeof input === 'object' && !Array.isArray(input)) {
    const entries = Object.entries(input as Record<string, unknown>);
    const stray = entries.filter(([, v]) => v === null).map(([k]) => k);
    if (stray.length > 0 && entries.some(([k, v]) => LANG.test(k) && typeof v === 'string')) {
      const keys = stray.map((k) => `"${k}"`).join(', ');
      return say(iss, `${COMMA_SPLIT_MESSAGE} into extra keys (${keys})`, 'schemaCommaSplit', { keys });
    }
    const badKey = entries.find(([k]) => !LANG.test(k));
    if (badKey) return say(iss, `expected a two-letter language code (ru, en, zh …) as key, found "${badKey[0]}"`, 'schemaTextLanguageKey', { key: badKey[0] });
    const badValue = entries.find(([, v]) => typeof v !== 'string');
    if (badValue) {
      return worded(iss, `the "${badValue[0]}" text must be a string, found ${describeValue(badValue[1])}`, {
        id: 'schemaTextNotString',
        data: { lang: badValue[0], found: foundValue(badValue[1]) },
      });
    }
  }
  return worded(iss, `expected a text (a string, or a map such as { ru: …, en: … }), found ${describeValue(input)}`, { id: 'schemaExpectedText', data: { found: foundValue(input) } });
}

/** A value YAML may have read as a number when it was meant as text (leading zeros lost). */
const digitsText = (what: string) =>
  z.string({
    error: (iss) =>
      typeof iss.input === 'number'
        ? worded(iss, `${what} must be written in quotes: unquoted, YAML reads it as a number and drops leading zeros`, { id: 'schemaUnquotedNumber', data: { what: { say: whatId(what)! } } })
        : expected(what)(iss),
  });

export const Phone = digitsText('a phone number').meta({ id: 'Phone', description: 'International format: + and 8–15 digits; spaces, dashes and brackets allowed.' });

export const Selector = pattern(/^(all|((org|role|group):)?[a-z0-9][a-z0-9-]*)$/, 'a selector: a person id, all, org:<id>, role:<role> or group:<id>').meta({
  id: 'Selector',
});

/**
 * Format 1.1: who rides in which vehicle of an event, `{ vehicle-id: [selectors] }`. Selectors are
 * those of attendees plus `rest`.
 */
export const Seating = z
  .record(
    Id,
    z
      .array(pattern(/^(all|rest|((org|role|group):)?[a-z0-9][a-z0-9-]*)$/, 'a selector: a person id, all, rest, org:<id>, role:<role> or group:<id>'), {
        error: expected('a list of selectors, e.g. [rudenya, aide-1] or [rest]'),
      })
      .min(1, { error: (iss) => say(iss, 'a vehicle in a seating mapping needs at least one selector (or [rest])', 'schemaSeatingNeedsSelector') }),
    { error: (iss) => (iss.code === 'invalid_key' ? say(iss, 'a vehicle id (lower-case letters, digits and dashes) is expected as key', 'schemaSeatingKey') : expected('a mapping from vehicle id to a list of selectors')(iss)) },
  )
  .meta({
    id: 'Seating',
    description: 'Who rides in which vehicle: vehicle id → selectors; `rest` = every delegation-side attendee not seated in another vehicle of the event.',
  });

export const EventVehicles = z.union([z.array(Ref), Seating], {
  error: (iss) =>
    iss.input !== null && typeof iss.input === 'object' && !Array.isArray(iss.input)
      ? say(iss, 'a seating mapping gives each vehicle a list of selectors, e.g. { gov-car: [rudenya, aide-1], bus-1: [rest] }', 'schemaSeatingLists')
      : expected('a list of vehicle ids, or a seating mapping { vehicle-id: [selectors] }')(iss),
});

const oneOf = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, {
    error: (iss) =>
      iss.input === undefined
        ? worded(iss, what, { id: 'what', data: { what: { say: whatId(what)! } } })
        : worded(iss, `expected ${what}: one of ${values.join(', ')}; found ${describeValue(iss.input)}`, {
          id: 'schemaExpectedOneOf',
          data: { what: { say: whatId(what)! }, values: values.join(', '), found: foundValue(iss.input) },
        }),
  });

/** A number as written: not .nan or .inf, and not so large that it cannot be held exactly. */
const exactNumber = (what: string) => z.number().refine((n) => Number.isFinite(n) && Math.abs(n) <= Number.MAX_SAFE_INTEGER, { error: expected(what) });

const positiveInt = (what: string) =>
  z.number({ error: expected(what) }).int({ error: expected(what) }).min(0, { error: expected(what) });

export const Visit = strict(
  {
    id: Id,
    title: Text,
    from: DateString,
    to: DateString,
    timezone: str('an IANA time zone such as Asia/Shanghai'),
    head: Ref,
    languages: z.array(LanguageCode, { error: expected('a list of language codes, e.g. [ru, en, zh]') }).min(1, { error: (iss) => say(iss, 'at least one language is required', 'schemaLanguageRequired') }),
    host: Text.optional(),
    contacts: z.array(Ref, { error: expected('a list of person ids') }).optional(),
    revision: z.union([exactNumber('a revision number or text').int({ error: expected('a revision number or text') }), z.string()], { error: expected('a revision number or text') }).optional(),
    notes: Text.optional(),
  },
  'the visit: a mapping with id, title, from, to, timezone, head and languages',
);

export const Organization = strict(
  {
    id: Id,
    name: Text,
    side: oneOf(ORGANIZATION_SIDES, 'a side'),
    kind: oneOf(ORGANIZATION_KINDS, 'a kind'),
    sector: Text.optional(),
    city: Text.optional(),
    country: pattern(/^[A-Z]{2}$/, 'a two-letter country code in capitals, e.g. RU or CN').optional(),
    inn: digitsText('an INN').optional(),
    notes: Text.optional(),
  },
  'an organization: a mapping with id, name, side and kind',
);

export const Passport = strict(
  {
    name: str('the name as printed in the passport, in Latin letters'),
    number: digitsText('a passport number'),
    expires: SensitiveDateString,
  },
  'a passport: a mapping with name, number and expires',
);

export const Person = strict(
  {
    id: Id,
    name: Text,
    org: Ref,
    role: oneOf(ROLES, 'a role'),
    position: Text.optional(),
    precedence: z.number({ error: expected('a whole number, 1 = highest') }).int({ error: expected('a whole number, 1 = highest') }).min(1, { error: expected('a whole number, 1 = highest') }).optional(),
    languages: z.array(LanguageCode, { error: expected('a list of language codes, e.g. [ru, en]') }).optional(),
    phone: Phone.optional(),
    email: str('an e-mail address').optional(),
    passport: Passport.optional(),
    diet: Text.optional(),
    bio: Text.optional(),
    notes: Text.optional(),
  },
  'a person: a mapping with id, name, org and role',
);

export const Group = strict(
  {
    id: Id,
    name: Text,
    members: z.array(Selector, { error: expected('a list of selectors') }),
  },
  'a group: a mapping with id, name and members',
);

export const Place = strict(
  {
    id: Id,
    name: Text,
    kind: oneOf(PLACE_KINDS, 'a kind'),
    city: Text.optional(),
    address: Text.optional(),
    geo: z
      .tuple(
        [
          z.number({ error: expected('a latitude from -90 to 90') }).min(-90, { error: expected('a latitude from -90 to 90') }).max(90, { error: expected('a latitude from -90 to 90') }),
          z.number({ error: expected('a longitude from -180 to 180') }).min(-180, { error: expected('a longitude from -180 to 180') }).max(180, { error: expected('a longitude from -180 to 180') }),
        ],
        { error: expected('[latitude, longitude], e.g. [41.80, 123.43]') },
      )
      .optional(),
    timezone: str('an IANA time zone such as Asia/Shanghai').optional(),
    capacity: positiveInt('a whole number of people').optional(),
    phone: Phone.optional(),
    notes: Text.optional(),
  },
  'a place: a mapping with id, name and kind',
);

export const Travel = strict(
  {
    between: z.tuple([Ref, Ref], { error: expected('two place ids, e.g. [hotel, airport]') }),
    minutes: positiveInt('a whole number of minutes'),
  },
  'a travel entry: a mapping with between and minutes',
);

export const Vehicle = strict(
  {
    id: Id,
    kind: oneOf(VEHICLE_KINDS, 'a kind'),
    seats: positiveInt('a whole number of passenger seats'),
    plate: str('a plate number').optional(),
    driver: strict({ name: Text, phone: Phone.optional() }, 'a driver: a mapping with name and phone').optional(),
    notes: Text.optional(),
  },
  'a vehicle: a mapping with id, kind and seats',
);

export const Agreement = strict(
  {
    id: Id,
    title: Text,
    parties: z.array(Ref, { error: expected('a list of organization ids') }).min(2, { error: (iss) => say(iss, 'an agreement needs two or more parties', 'schemaAgreementParties') }),
    signatories: z.array(Ref, { error: expected('a list of person ids') }),
    notes: Text.optional(),
  },
  'an agreement: a mapping with id, title, parties and signatories',
);

export const Gather = strict({ time: TimeString, at: Text }, 'a gathering: a mapping with time and at');

export const Brief = strict(
  {
    purpose: Text.optional(),
    talking_points: z.array(Text, { error: expected('a list of texts') }).optional(),
    background: Text.optional(),
  },
  'a brief: a mapping with purpose, talking_points and background',
);

export const Event = strict(
  {
    id: Id,
    start: TimeString,
    end: EndTimeString,
    title: Text,
    kind: oneOf(EVENT_KINDS, 'a kind'),
    place: Ref.optional(),
    from: Ref.optional(),
    to: Ref.optional(),
    attendees: z.array(Selector, { error: expected('a list of selectors (person ids, all, org:…, role:…, group:…)') }).min(1, {
      error: (iss) => say(iss, 'attendees must name at least one person or selector', 'schemaAttendeesNeedOne'),
    }),
    vehicles: EventVehicles.optional(),
    agreements: z.array(Ref, { error: expected('a list of agreement ids') }).optional(),
    gather: Gather.optional(),
    dress: Text.optional(),
    responsible: Ref.optional(),
    flight: z.union([z.string(), exactNumber('a flight or train number')], { error: expected('a flight or train number') }).optional(),
    notes: Text.optional(),
    brief: Brief.optional(),
  },
  'an event: a mapping with id, start, end, title, kind and attendees',
).superRefine((event, ctx) => {
  const move = (MOVE_KINDS as readonly string[]).includes(event.kind);
  if (move) {
    if (event.place !== undefined) ctx.addIssue({ code: 'custom', path: ['place'], ...wordedIssue(`a ${event.kind} has no place: give from and to instead`, { id: 'schemaMoveHasPlace', data: { kind: event.kind } }) });
    if (event.from === undefined) ctx.addIssue({ code: 'custom', path: ['from'], ...wordedIssue(`a ${event.kind} needs from: the place id it leaves from`, { id: 'schemaMoveNeedsFrom', data: { kind: event.kind } }) });
    if (event.to === undefined) ctx.addIssue({ code: 'custom', path: ['to'], ...wordedIssue(`a ${event.kind} needs to: the place id it goes to`, { id: 'schemaMoveNeedsTo', data: { kind: event.kind } }) });
  } else {
    if (event.place === undefined) ctx.addIssue({ code: 'custom', path: ['place'], ...wordedIssue(`place is required for a ${event.kind} event (only flights and transfers have from and to instead)`, { id: 'schemaPlaceRequired', data: { kind: event.kind } }) });
    if (event.from !== undefined) ctx.addIssue({ code: 'custom', path: ['from'], ...wordedIssue(`from and to are only for flights and transfers; a ${event.kind} event has a place`, { id: 'schemaFromToForMoves', data: { kind: event.kind } }) });
    else if (event.to !== undefined) ctx.addIssue({ code: 'custom', path: ['to'], ...wordedIssue(`from and to are only for flights and transfers; a ${event.kind} event has a place`, { id: 'schemaFromToForMoves', data: { kind: event.kind } }) });
  }
  if (event.kind === 'signing' && (event.agreements === undefined || event.agreements.length === 0)) {
    ctx.addIssue({ code: 'custom', path: ['agreements'], ...wordedIssue('a signing event needs agreements: the ids of the agreements signed at it', { id: 'schemaSigningNeedsAgreements', data: {} }) });
  }
});

export const DayHeader = {
  date: DateString,
  title: Text.optional(),
  hotel: Ref.optional(),
};

export const Day = strict(
  { ...DayHeader, events: z.array(Event, { error: expected('a list of events') }) },
  'a day: a mapping with date and events',
);

const list = <T extends z.ZodType>(item: T, what: string) => z.array(item, { error: expected(`a list of ${what}`) });

export const Itinerary = strict(
  {
    format: z.literal('delegation/1', { error: (iss) => (iss.input === undefined
      ? say(iss, 'missing "format": write `format: delegation/1` at the top', 'schemaFormatMissing')
      : worded(iss, `expected format: delegation/1, found ${describeValue(iss.input)}`, { id: 'schemaFormatWrong', data: { found: foundValue(iss.input) } })) }),
    visit: Visit,
    organizations: list(Organization, 'organizations'),
    people: list(Person, 'people'),
    groups: list(Group, 'groups').optional(),
    places: list(Place, 'places'),
    travel: list(Travel, 'travel entries').optional(),
    vehicles: list(Vehicle, 'vehicles').optional(),
    agreements: list(Agreement, 'agreements').optional(),
    days: list(Day, 'days'),
  },
  'an itinerary: a mapping with format, visit, organizations, people, places and days',
).meta({ id: 'Itinerary', title: 'delegation itinerary, format v1' });

/** The top level without its collections, to check the shell of a file separately from its entries. */
export const ItineraryShell = strict(
  {
    format: Itinerary.shape.format,
    visit: z.custom<unknown>((value) => value !== undefined, { error: (iss) => say(iss, 'missing "visit": the visit as a whole (id, title, from, to, timezone, head, languages)', 'schemaMissingVisit') }),
    organizations: z.array(z.unknown(), { error: expected('a list of organizations') }),
    people: z.array(z.unknown(), { error: expected('a list of people') }),
    groups: z.array(z.unknown(), { error: expected('a list of groups') }).optional(),
    places: z.array(z.unknown(), { error: expected('a list of places') }),
    travel: z.array(z.unknown(), { error: expected('a list of travel entries') }).optional(),
    vehicles: z.array(z.unknown(), { error: expected('a list of vehicles') }).optional(),
    agreements: z.array(z.unknown(), { error: expected('a list of agreements') }).optional(),
    days: z.array(z.unknown(), { error: expected('a list of days') }),
  },
  'an itinerary: a mapping with format, visit, organizations, people, places and days',
);

export const DayShell = strict(
  { ...DayHeader, events: z.array(z.unknown(), { error: expected('a list of events') }) },
  'a day: a mapping with date and events',
);

export const COLLECTION_SCHEMAS = {
  organizations: Organization,
  people: Person,
  groups: Group,
  places: Place,
  travel: Travel,
  vehicles: Vehicle,
  agreements: Agreement,
} as const;

export type TextValue = z.infer<typeof Text>;
export type VisitData = z.infer<typeof Visit>;
export type OrganizationData = z.infer<typeof Organization>;
export type PersonData = z.infer<typeof Person>;
export type GroupData = z.infer<typeof Group>;
export type PlaceData = z.infer<typeof Place>;
export type TravelData = z.infer<typeof Travel>;
export type VehicleData = z.infer<typeof Vehicle>;
export type AgreementData = z.infer<typeof Agreement>;
export type EventData = z.infer<typeof Event>;
export type DayHeaderData = { date: string; title?: TextValue; hotel?: string };
export type EventKind = (typeof EVENT_KINDS)[number];
export type Role = (typeof ROLES)[number];
export type SeatingData = z.infer<typeof Seating>;
