// The schema's texts as message ids with data, so that a report words them in its language: the
// English words of what a field holds and of the value found (phrases), and how a zod issue carries the
// id and data its message was worded from (its params). A text without a wording stays as the builder
// wrote it (English, whole).
import { formatIcu } from '../text/icu.js';
import { VALUE_PHRASES } from '../source/value-words.js';

/** A phrase of the report's vocabulary (rules/describe.ts PHRASES) with its data. */
export interface WordedPhrase {
  say: string;
  data?: Readonly<Record<string, string | number>>;
}

/** A schema message as the schema rule's message id and data. */
export interface Wording {
  id: string;
  data: Readonly<Record<string, string | number | WordedPhrase>>;
}

/** What a field holds, by phrase id: the English descriptions of src/model/schema.ts. */
export const WHAT_PHRASES: Readonly<Record<string, string>> = {
  whatText: 'a text',
  whatId: 'an id (lower-case letters, digits and dashes, e.g. "tver-gov")',
  whatLanguageCode: 'a two-letter language code such as ru, en or zh',
  whatDate: 'a date YYYY-MM-DD, e.g. 2023-11-21',
  whatTime: 'a time HH:MM (24-hour), e.g. 09:30',
  whatEndTime: 'a time HH:MM (24-hour), with +1 for the next day, e.g. 07:25+1',
  whatPhone: 'a phone number',
  whatPassportNumber: 'a passport number',
  whatInn: 'an INN',
  whatSelector: 'a selector: a person id, all, org:<id>, role:<role> or group:<id>',
  whatSeatSelector: 'a selector: a person id, all, rest, org:<id>, role:<role> or group:<id>',
  whatSeatList: 'a list of selectors, e.g. [rudenya, aide-1] or [rest]',
  whatSide: 'a side',
  whatKind: 'a kind',
  whatRole: 'a role',
  whatTimeZone: 'an IANA time zone such as Asia/Shanghai',
  whatVisitLanguages: 'a list of language codes, e.g. [ru, en, zh]',
  whatPersonLanguages: 'a list of language codes, e.g. [ru, en]',
  whatPersonIds: 'a list of person ids',
  whatRevision: 'a revision number or text',
  whatCountry: 'a two-letter country code in capitals, e.g. RU or CN',
  whatPassportName: 'the name as printed in the passport, in Latin letters',
  whatPrecedence: 'a whole number, 1 = highest',
  whatEmail: 'an e-mail address',
  whatSelectors: 'a list of selectors',
  whatLatitude: 'a latitude from -90 to 90',
  whatLongitude: 'a longitude from -180 to 180',
  whatGeo: '[latitude, longitude], e.g. [41.80, 123.43]',
  whatCapacity: 'a whole number of people',
  whatBetween: 'two place ids, e.g. [hotel, airport]',
  whatMinutes: 'a whole number of minutes',
  whatSeats: 'a whole number of passenger seats',
  whatPlate: 'a plate number',
  whatOrganizationIds: 'a list of organization ids',
  whatTexts: 'a list of texts',
  whatAttendees: 'a list of selectors (person ids, all, org:…, role:…, group:…)',
  whatAgreementIds: 'a list of agreement ids',
  whatFlight: 'a flight or train number',
  whatEvents: 'a list of events',
  whatOrganizations: 'a list of organizations',
  whatPeople: 'a list of people',
  whatGroups: 'a list of groups',
  whatPlaces: 'a list of places',
  whatTravelEntries: 'a list of travel entries',
  whatVehicles: 'a list of vehicles',
  whatEventVehicles: "a list of vehicle ids, or a seating mapping '{' vehicle-id: [selectors] '}'",
  whatSeatingMapping: 'a mapping from vehicle id to a list of selectors',
  whatAgreements: 'a list of agreements',
  whatDays: 'a list of days',
  whatVisitEntry: 'the visit: a mapping with id, title, from, to, timezone, head and languages',
  whatOrganizationEntry: 'an organization: a mapping with id, name, side and kind',
  whatPassportEntry: 'a passport: a mapping with name, number and expires',
  whatPersonEntry: 'a person: a mapping with id, name, org and role',
  whatGroupEntry: 'a group: a mapping with id, name and members',
  whatPlaceEntry: 'a place: a mapping with id, name and kind',
  whatTravelEntry: 'a travel entry: a mapping with between and minutes',
  whatVehicleEntry: 'a vehicle: a mapping with id, kind and seats',
  whatDriverEntry: 'a driver: a mapping with name and phone',
  whatAgreementEntry: 'an agreement: a mapping with id, title, parties and signatories',
  whatGatherEntry: 'a gathering: a mapping with time and at',
  whatBriefEntry: 'a brief: a mapping with purpose, talking_points and background',
  whatEventEntry: 'an event: a mapping with id, start, end, title, kind and attendees',
  whatDayEntry: 'a day: a mapping with date and events',
  whatItinerary: 'an itinerary: a mapping with format, visit, organizations, people, places and days',
};

/** The value found, by phrase id (foundValue's words); a number or string is shown as written. */
export { VALUE_PHRASES };

/** The schema's messages, by phrase id: `what` and `found` are the phrases above. */
export const SCHEMA_MESSAGE_PHRASES: Readonly<Record<string, string>> = {
  schemaExpected: 'expected {what}, found {found}',
  schemaExpectedOneOf: 'expected {what}: one of {values}; found {found}',
  schemaMissingField: 'missing "{field}": {what}',
  schemaMissingItem: 'missing {what}',
  schemaMissingVisit: 'missing "visit": the visit as a whole (id, title, from, to, timezone, head, languages)',
  schemaNotCalendarDate: '{found} is not a date in the calendar',
  schemaNoSuchMonth: '{value}: there is no month {month} (months are 01 to 12)',
  schemaNoSuchDay:
    '{day} {month, select, m1 {January} m2 {February} m3 {March} m4 {April} m5 {May} m6 {June} m7 {July} m8 {August} m9 {September} m10 {October} m11 {November} other {December}} {year} does not exist: ' +
    '{month, select, m1 {January} m2 {February} m3 {March} m4 {April} m5 {May} m6 {June} m7 {July} m8 {August} m9 {September} m10 {October} m11 {November} other {December}} {year} has {days} days',
  schemaUnquotedNumber: '{what} must be written in quotes: unquoted, YAML reads it as a number and drops leading zeros',
  schemaListBound: 'expected a list of {bound, select, min {{limit} or more} above {more than {limit}} max {{limit} or less} other {less than {limit}}} entries',
  schemaTextBound: 'expected a text of {bound, select, min {{limit} or more} above {more than {limit}} max {{limit} or less} other {less than {limit}}} characters',
  schemaNumberBound: 'expected a number, {bound, select, min {{limit} or more} above {more than {limit}} max {{limit} or less} other {less than {limit}}}',
  schemaNotAllowed: 'this value is not one the format allows here',
  schemaSeatingNeedsSelector: 'a vehicle in a seating mapping needs at least one selector (or [rest])',
  schemaSeatingLists: "a seating mapping gives each vehicle a list of selectors, e.g. '{' gov-car: [rudenya, aide-1], bus-1: [rest] '}'",
  schemaLanguageRequired: 'at least one language is required',
  schemaAgreementParties: 'an agreement needs two or more parties',
  schemaAttendeesNeedOne: 'attendees must name at least one person or selector',
  schemaMoveHasPlace: 'a {kind} has no place: give from and to instead',
  schemaMoveNeedsFrom: 'a {kind} needs from: the place id it leaves from',
  schemaMoveNeedsTo: 'a {kind} needs to: the place id it goes to',
  schemaPlaceRequired: 'place is required for a {kind} event (only flights and transfers have from and to instead)',
  schemaFromToForMoves: 'from and to are only for flights and transfers; a {kind} event has a place',
  schemaCommaSplit: "the value contains a comma inside '{' … '}', so YAML split it into extra keys ({keys})",
  schemaExpectedText: "expected a text (a string, or a map such as '{' ru: …, en: … '}'), found {found}",
  schemaTextLanguageKey: 'expected a two-letter language code (ru, en, zh …) as key, found "{key}"',
  schemaTextNotString: 'the "{lang}" text must be a string, found {found}',
  schemaFileEmpty: 'the file is empty',
  schemaFileBlank: 'the file is empty (only blank lines)',
  schemaFileOnlyComments: 'the file holds only comments: there is no itinerary in it',
  schemaFileEmptyDocument: 'the file holds no itinerary (an empty YAML document)',
  schemaStartHint: "An itinerary starts with `format: delegation/1`, then visit, organizations, people, places and days. `delegation init` writes a skeleton.",
  schemaNotAMappingFile: 'expected a mapping with format, visit, organizations, people, places and days; the file holds {found}',
  schemaFormatMissing: 'missing "format": write `format: delegation/1` at the top',
  schemaFormatWrong: 'expected format: delegation/1, found {found}',
  schemaSeatingKey: 'a vehicle id (lower-case letters, digits and dashes) is expected as key',
  schemaQuoteHint: 'Put the value in double quotes, e.g. {example}.',
  schemaCommaSplitHint: 'Put the whole value in quotes, e.g. \'{\' ru: "Тверь, Советская улица, 10" \'}\'.',
  schemaSpecialNumberHint: 'YAML reads .nan and .inf as special numbers: write an ordinary number, or put text in quotes.',
  schemaTooLargeHint: 'Write a smaller number; a code or number to be printed as written goes in quotes, e.g. "123456789012345678901".',
  schemaSigningNeedsAgreements: 'a signing event needs agreements: the ids of the agreements signed at it',
};

let whatIds: Map<string, string> | undefined;

/** The phrase id of a description of what a field holds, if it has one. */
export function whatId(what: string): string | undefined {
  whatIds ??= new Map(Object.entries(WHAT_PHRASES).map(([id, template]) => [formatIcu(template, 'en'), id]));
  return whatIds.get(what);
}

/** The value found as a phrase, or as written (a number or a string in quotes). */
export function foundValue(input: unknown): string | WordedPhrase {
  if (input === undefined) return { say: 'valueNothing' };
  if (input === null) return { say: 'valueEmpty' };
  if (Array.isArray(input)) return { say: 'valueList' };
  if (typeof input === 'object') return { say: 'valueMapping' };
  if (typeof input === 'number') {
    if (Number.isNaN(input)) return { say: 'valueNaN' };
    if (!Number.isFinite(input)) return { say: 'valueInfinity', data: { sign: input < 0 ? '-' : '' } };
    if (Math.abs(input) > Number.MAX_SAFE_INTEGER) return { say: 'valueTooLarge', data: { number: String(input) } };
    return String(input);
  }
  if (typeof input === 'boolean') return { say: 'valueYesNo', data: { value: String(input) } };
  return `"${String(input).length > 40 ? String(input).slice(0, 40) + '…' : String(input)}"`;
}

/** The value found in English, for the English text of a message ("found a list"). */
export function describeValue(input: unknown): string {
  const found = foundValue(input);
  return typeof found === 'string' ? found : formatIcu(VALUE_PHRASES[found.say]!, 'en', found.data);
}

/** A zod issue as the schemas' error functions see it: the wording of its message goes in its params. */
interface WordedIssue {
  params?: Readonly<Record<string, unknown>>;
}

/**
 * `text`, the English of `wording`, as the message of zod's issue `iss`: the wording goes on the issue
 * itself (`params.wording`, which zod keeps on the issue it reports), where the builder reads it.
 */
export function worded(iss: object, text: string, wording: Wording): string {
  const issue = iss as { params?: Record<string, unknown> };
  issue.params = { ...issue.params, wording };
  return text;
}

/** An issue to add in a check of a whole entry (superRefine): its message and the wording it came from. */
export function wordedIssue(text: string, wording: Wording): { message: string; params: { wording: Wording } } {
  return { message: text, params: { wording } };
}

/** The wording of an issue's message, when the schema gave it one. */
export function wordingOf(issue: object): Wording | undefined {
  const wording = (issue as WordedIssue).params?.wording;
  return typeof wording === 'object' && wording !== null && typeof (wording as Wording).id === 'string' ? (wording as Wording) : undefined;
}
