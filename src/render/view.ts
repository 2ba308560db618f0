// The itinerary as a reader sees it: every name, time and label already chosen and formatted in the
// reader's language, private fields left out unless asked for. The templates only lay these out.
import { ridesOf } from '../model/seating.js';
import { textIn } from '../model/text.js';
import type { Day, ItineraryEvent, Model, Person, Place, Ride, TextValue, Vehicle } from '../model/types.js';
import { formatDate } from './dates.js';
import { fillLabel, labelsFor, type LabelSet, type Labels } from './labels.js';

export interface DocumentOptions {
  /** The reader's language; text fields use it, else their first variant. */
  lang: string;
  labels: LabelSet;
  /** Print passports, private phones and e-mails, diets. */
  includeSensitive?: boolean;
  /** Errors in the programme when the document is produced anyway (`--force`): stamps it unchecked. */
  uncheckedErrors?: number;
  /** Ids of people whose phone and e-mail are operational (duty contacts, officers in charge). */
  operational: ReadonlySet<string>;
}

export interface PlaceView {
  id: string;
  name: string;
  kind: string;
  city: string;
  address: string;
  /** The address in the local script, for drivers; empty when it is the same as `address`. */
  addressLocal: string;
  /** The language of `addressLocal`, for the `lang` attribute that picks its glyphs. */
  addressLocalLang: string;
  phone: string;
  phoneHref: string;
  notes: string;
}

export interface VehicleView {
  id: string;
  kind: string;
  plate: string;
  seats: number;
  driver: string;
  driverPhone: string;
  driverPhoneHref: string;
  notes: string;
  /** At an event with a seating mapping, on documents for the whole delegation: who rides in it, by precedence. */
  riders: string[];
}

export interface PersonView {
  id: string;
  name: string;
  position: string;
  organization: string;
  role: string;
  phone: string;
  phoneHref: string;
  email: string;
  emailHref: string;
  passport: string;
  /** The parts of `passport` (empty when it is), for layouts that isolate each. */
  passportName: string;
  passportNumber: string;
  passportExpires: string;
  diet: string;
  /** Shows personal data (passport, diet, a private phone or e-mail): the document says so. */
  personal: boolean;
}

/** At a meal on the delegation's sheets (with --include-sensitive): who needs what. */
export interface DietView {
  name: string;
  diet: string;
}

export interface EventView {
  id: string;
  kind: string;
  kindLabel: string;
  start: string;
  end: string;
  /** "next day" when the event ends after midnight. */
  endNote: string;
  /** "local times" when a move starts and ends in different zones. */
  zoneNote: string;
  /** Both notes together: "next day; local time at each end". */
  timeNote: string;
  title: string;
  place: PlaceView | undefined;
  from: PlaceView | undefined;
  to: PlaceView | undefined;
  isMove: boolean;
  flight: string;
  /** Delegation-side participants by precedence, the first few of a long list; empty when `wholeDelegation`. */
  delegation: PersonView[];
  /** "and 30 more (Business party)" when the list above is cut short. */
  delegationMore: string;
  wholeDelegation: boolean;
  /** The delegation side as the programme names it: groups, organizations, roles and people. */
  delegationGroups: string[];
  host: PersonView[];
  dress: string;
  gatherTime: string;
  gatherAt: string;
  officer: PersonView | undefined;
  vehicles: VehicleView[];
  agreements: string[];
  /** On a person's own sheet, at a meal (with --include-sensitive): their diet. */
  diet: string;
  /** On the delegation's sheets, at a meal (with --include-sensitive): everyone there with a diet. */
  diets: DietView[];
  notes: string;
  purpose: string;
  talkingPoints: string[];
  background: string;
  hasBrief: boolean;
}

export interface DayView {
  date: string;
  dateLong: string;
  dateShort: string;
  title: string;
  hotel: PlaceView | undefined;
  events: EventView[];
}

export interface CommonView {
  lang: string;
  labels: Labels;
  title: string;
  host: string;
  dates: string;
  revision: string;
  head: PersonView | undefined;
  unchecked: string;
  /** Sensitive fields were asked for (`--include-sensitive`). */
  sensitive: boolean;
  /** The document actually shows personal data: it carries the notice. Set once the view is built. */
  personal: boolean;
  contacts: PersonView[];
}

export interface CounterpartView extends PersonView {
  /** The name in every script given, other than the one shown as `name`. */
  otherNames: string[];
  bio: string;
}

export interface OrganizationView {
  id: string;
  name: string;
  kind: string;
  sector: string;
  city: string;
  people: PersonView[];
}

export interface AgreementView {
  id: string;
  title: string;
  parties: string[];
  signatories: PersonView[];
  /** The signing events in one line of text, for layouts that print it whole. */
  signing: string;
  /** The same events in parts, so that HTML can isolate the user's words (title, place) one by one. */
  signings: { when: string; title: string; places: string[] }[];
  notes: string;
}

export interface GlanceRow {
  date: string;
  /** Every row carries its date (a table split across pages keeps it); `first` marks a day's first row. */
  first: boolean;
  rows: number;
  start: string;
  end: string;
  title: string;
  place: string;
  /** The place, or the start and end of a move: the parts of `place`. */
  places: string[];
}

export interface BriefView extends CommonView {
  notes: string;
  glance: GlanceRow[];
  days: DayView[];
  counterparts: CounterpartView[];
  delegation: PersonView[];
  organizations: OrganizationView[];
  agreements: AgreementView[];
  places: PlaceView[];
  vehicles: VehicleView[];
}

export interface DaySheetView extends CommonView {
  /** The person the sheet is for; undefined for the whole delegation's sheet. */
  person: PersonView | undefined;
  day: DayView;
  /** Something to print at the foot (the night's hotel, duty contacts). */
  footer: boolean;
}

/**
 * Shared pieces of every view, built once per document. A view of a person, place, vehicle or event is
 * built once and the same object handed out again: a forum prints thousands of sheets that repeat
 * them. Views are never changed once built (callers copy them to add fields).
 */
export class ViewBuilder {
  readonly labels: Labels;
  readonly lang: string;
  private readonly order = new Map<Person, number>();
  private readonly localLang: string;
  private readonly delegationSize: number;
  private readonly people = new Map<Person, PersonView>();
  private readonly places = new Map<Place, PlaceView>();
  private readonly vehicles = new Map<Vehicle, VehicleView>();
  private readonly dates = new Map<string, { long: string; short: string }>();
  /** Event views by event, then by what the sheet changes in them (vehicles shown, diets). */
  private readonly events = new Map<ItineraryEvent, Map<string, EventView>>();

  constructor(readonly model: Model, readonly options: DocumentOptions) {
    this.lang = options.lang;
    this.labels = labelsFor(options.labels, options.lang);
    model.people.forEach((p, i) => this.order.set(p, i));
    this.localLang = localLanguage(model);
    this.delegationSize = model.people.reduce((n, p) => (p.side === 'delegation' ? n + 1 : n), 0);
  }

  text(value: TextValue | undefined): string {
    return textIn(value, this.lang).trim();
  }

  common(): CommonView {
    const visit = this.model.visit;
    const head = visit ? this.model.byId.people.get(visit.head) : undefined;
    const labels = this.labels;
    const errors = this.options.uncheckedErrors;
    return {
      lang: this.lang,
      labels,
      title: this.text(visit?.title),
      host: this.text(visit?.host),
      dates: visit ? this.dateRange(visit.from, visit.to) : '',
      revision: visit?.revision === undefined ? '' : String(visit.revision),
      head: head ? this.person(head) : undefined,
      unchecked: errors !== undefined ? fillLabel(labels.uncheckedNote, { count: errors }) : '',
      sensitive: Boolean(this.options.includeSensitive),
      personal: false,
      contacts: (visit?.contacts ?? []).flatMap((id) => {
        const person = this.model.byId.people.get(id);
        return person ? [this.person(person)] : [];
      }),
    };
  }

  dateRange(from: string, to: string): string {
    const long = this.labels.dateLong;
    return from === to ? formatDate(from, long, this.lang) : `${formatDate(from, long, this.lang)}${this.labels.dateRangeSeparator}${formatDate(to, long, this.lang)}`;
  }

  byPrecedence(people: readonly Person[]): Person[] {
    const rank = (p: Person) => p.precedence ?? Number.MAX_SAFE_INTEGER;
    return [...people].sort((a, b) => rank(a) - rank(b) || (this.order.get(a) ?? 0) - (this.order.get(b) ?? 0));
  }

  person(person: Person): PersonView {
    return cached(this.people, person, () => this.buildPerson(person));
  }

  private buildPerson(person: Person): PersonView {
    const open = Boolean(this.options.includeSensitive) || this.options.operational.has(person.id);
    const phone = open ? (person.phone ?? '') : '';
    const email = open ? (person.email ?? '') : '';
    const passport = this.options.includeSensitive && person.passport ? `${person.passport.name} ${person.passport.number} (${person.passport.expires})` : '';
    const diet = this.options.includeSensitive ? this.text(person.diet) : '';
    const operational = this.options.operational.has(person.id);
    return {
      id: person.id,
      name: this.text(person.name) || person.id,
      position: this.text(person.position) || (this.labels.roles[person.role] ?? ''),
      organization: this.text(person.organization?.name),
      role: this.labels.roles[person.role] ?? person.role,
      phone,
      phoneHref: telHref(phone),
      email,
      emailHref: mailtoHref(email),
      passport,
      passportName: passport ? (person.passport?.name ?? '') : '',
      passportNumber: passport ? (person.passport?.number ?? '') : '',
      passportExpires: passport ? (person.passport?.expires ?? '') : '',
      diet,
      personal: passport !== '' || diet !== '' || (!operational && (phone !== '' || email !== '')),
    };
  }

  place(place: Place | undefined): PlaceView | undefined {
    if (!place) return undefined;
    return cached(this.places, place, () => this.buildPlace(place));
  }

  private buildPlace(place: Place): PlaceView {
    const address = this.text(place.address);
    const localLang = this.placeLanguage(place);
    const local = textIn(place.address, localLang).trim();
    return {
      id: place.id,
      name: this.text(place.name) || place.id,
      kind: this.labels.placeKinds[place.kind] ?? place.kind,
      city: this.text(place.city),
      address,
      addressLocal: local === address ? '' : local,
      addressLocalLang: local === address ? '' : variantLanguage(place.address, local, localLang),
      phone: place.phone ?? '',
      phoneHref: telHref(place.phone ?? ''),
      notes: this.text(place.notes),
    };
  }

  /** The language drivers read at a place: that of its own zone when it lies outside the visit's zone. */
  placeLanguage(place: Place): string {
    if (place.timezone && place.timezone !== this.model.visit?.timezone) return zoneLanguage(place.timezone) ?? this.localLang;
    return this.localLang;
  }

  vehicle(vehicle: Vehicle, riders: readonly Person[] = []): VehicleView {
    if (riders.length > 0) return this.buildVehicle(vehicle, riders);
    return cached(this.vehicles, vehicle, () => this.buildVehicle(vehicle, riders));
  }

  private buildVehicle(vehicle: Vehicle, riders: readonly Person[]): VehicleView {
    const phone = vehicle.driver?.phone ?? '';
    return {
      id: vehicle.id,
      kind: this.labels.vehicleKinds[vehicle.kind] ?? vehicle.kind,
      plate: vehicle.plate ?? '',
      seats: vehicle.seats,
      driver: this.text(vehicle.driver?.name),
      driverPhone: phone,
      driverPhoneHref: telHref(phone),
      notes: this.text(vehicle.notes),
      riders: this.byPrecedence(riders).map((person) => this.text(person.name) || person.id),
    };
  }

  /**
   * The vehicles shown with an event: on a person's sheet only the one they ride in (all of them when
   * seats are not assigned); otherwise every vehicle, with its riders where a seating mapping names them.
   */
  eventVehicles(event: ItineraryEvent, forPerson?: Person): VehicleView[] {
    return this.ridesShown(event, forPerson).flatMap((ride) => (ride.vehicle ? [this.vehicle(ride.vehicle, !forPerson && ride.assigned ? ride.riders : [])] : []));
  }

  /** Diets at a meal, with --include-sensitive: the person's own on their sheet, everyone's on the delegation's sheets. */
  private diets(event: ItineraryEvent, forPerson: Person | undefined, withDiets: boolean): { diet: string; diets: DietView[] } {
    if (!withDiets || !this.options.includeSensitive || event.kind !== 'meal') return { diet: '', diets: [] };
    if (forPerson) return { diet: this.text(forPerson.diet), diets: [] };
    const diets = this.byPrecedence(event.people)
      .map((p) => ({ name: this.text(p.name) || p.id, diet: this.text(p.diet) }))
      .filter((d) => d.diet !== '');
    return { diet: '', diets };
  }

  private ridesShown(event: ItineraryEvent, forPerson: Person | undefined): readonly Ride[] {
    return forPerson ? ridesOf(event, forPerson) : event.rides;
  }

  /**
   * An event as a document shows it. What a person's sheet changes in it is only the vehicles shown
   * and, at a meal with --include-sensitive, the diet: the view is built once for each combination.
   */
  event(event: ItineraryEvent, forPerson?: Person, withDiets = false): EventView {
    const rides = this.ridesShown(event, forPerson);
    const ownDiet = withDiets && forPerson !== undefined && Boolean(this.options.includeSensitive) && event.kind === 'meal';
    let key = `${forPerson ? 'p' : 'd'}${withDiets ? 1 : 0}${ownDiet ? `\u0000${forPerson.id}` : ''}`;
    for (const ride of rides) key += `\u0001${ride.vehicleId}`;
    const views = cached(this.events, event, () => new Map<string, EventView>());
    return cached(views, key, () => this.buildEvent(event, forPerson, withDiets));
  }

  private buildEvent(event: ItineraryEvent, forPerson: Person | undefined, withDiets: boolean): EventView {
    const labels = this.labels;
    const isMove = event.kind === 'flight' || event.kind === 'transfer';
    const ours = this.byPrecedence(event.people.filter((p) => p.side === 'delegation'));
    const theirs = this.byPrecedence(event.people.filter((p) => p.side === 'host'));
    const whole = this.delegationSize > 1 && ours.length === this.delegationSize;
    const shown = ours.length > LONG_LIST ? ours.slice(0, SHORT_LIST) : ours;
    const endNote = event.end.endsWith('+1') ? String(labels.nextDay) : '';
    const zoneNote = event.startZone && event.endZone && event.startZone !== event.endZone ? String(labels.localTimes) : '';
    const officer = event.responsible ? this.model.byId.people.get(event.responsible) : undefined;
    const talkingPoints = (event.brief?.talking_points ?? []).map((t) => this.text(t)).filter((t) => t !== '');
    const purpose = this.text(event.brief?.purpose);
    const background = this.text(event.brief?.background);
    return {
      id: event.id,
      kind: event.kind,
      kindLabel: labels.kinds[event.kind] ?? event.kind,
      start: event.start,
      end: event.end.slice(0, 5),
      endNote,
      zoneNote,
      timeNote: [endNote, zoneNote].filter(Boolean).join('; '),
      title: this.text(event.title) || event.id,
      place: isMove ? undefined : this.place(event.startPlace),
      from: isMove ? this.place(event.startPlace) : undefined,
      to: isMove ? this.place(event.endPlace) : undefined,
      isMove,
      flight: event.flight === undefined ? '' : String(event.flight),
      delegation: whole ? [] : shown.map((p) => this.person(p)),
      delegationMore: whole || shown.length === ours.length ? '' : fillLabel(String(labels.andMore), { count: ours.length - shown.length, groups: this.attendeeNames(event).join(', ') }),
      wholeDelegation: whole,
      delegationGroups: whole ? [] : this.attendeeNames(event),
      host: theirs.map((p) => this.person(p)),
      dress: this.text(event.dress),
      gatherTime: event.gather?.time ?? '',
      gatherAt: this.text(event.gather?.at),
      officer: officer ? this.person(officer) : undefined,
      vehicles: this.eventVehicles(event, forPerson),
      agreements: (event.agreements ?? []).flatMap((id) => {
        const agreement = this.model.byId.agreements.get(id);
        return agreement ? [this.text(agreement.title) || id] : [];
      }),
      ...this.diets(event, forPerson, withDiets),
      notes: this.text(event.notes),
      purpose,
      talkingPoints,
      background,
      hasBrief: purpose !== '' || talkingPoints.length > 0 || background !== '',
    };
  }

  /** Delegation-side selectors of an event by name: "Business party", "Volga-Mash JSC", "Igor Rudenya". */
  attendeeNames(event: ItineraryEvent): string[] {
    const names: string[] = [];
    for (const selector of event.attendees) {
      const [prefix, id] = selector.includes(':') ? (selector.split(':', 2) as [string, string]) : ['', selector];
      const side = this.model.resolveSelector(selector).some((p) => p.side === 'delegation');
      if (!side) continue;
      let name: string;
      if (selector === 'all') name = String(this.labels.wholeDelegation);
      else if (prefix === 'group') name = this.text(this.model.byId.groups.get(id)?.name) || id;
      else if (prefix === 'org') name = this.text(this.model.byId.organizations.get(id)?.name) || id;
      else if (prefix === 'role') name = this.labels.roles[id as keyof Labels['roles']] ?? id;
      else name = this.text(this.model.byId.people.get(id)?.name) || id;
      if (!names.includes(name)) names.push(name);
    }
    return names;
  }

  day(day: Day, events: readonly ItineraryEvent[] = day.events, forPerson?: Person, withDiets = false): DayView {
    const hotel = day.hotel ? this.model.byId.places.get(day.hotel) : undefined;
    const dates = cached(this.dates, day.date, () => ({ long: formatDate(day.date, this.labels.dateLong, this.lang), short: formatDate(day.date, this.labels.dateShort, this.lang) }));
    return {
      date: day.date,
      dateLong: dates.long,
      dateShort: dates.short,
      title: this.text(day.title),
      hotel: this.place(hotel),
      events: sortEvents(events).map((e) => this.event(e, forPerson, withDiets)),
    };
  }

  /** A place's name for one-line listings: "from → to" for moves. */
  where(event: ItineraryEvent): string {
    return this.wherePlaces(event).join(' → ');
  }

  /** The names `where` joins, one by one (HTML isolates each). */
  wherePlaces(event: ItineraryEvent): string[] {
    const name = (p: Place | undefined, id: string | undefined) => (p ? this.text(p.name) || p.id : (id ?? ''));
    if (event.kind === 'flight' || event.kind === 'transfer') return [name(event.startPlace, event.from), name(event.endPlace, event.to)];
    return [name(event.startPlace, event.place)];
  }
}

/**
 * Does a day sheet show personal data? On a sheet people appear by name (the officer in charge and
 * duty contacts with their operational phones); what is personal is a diet at a meal.
 */
export function sheetShowsPersonalData(view: DaySheetView): boolean {
  return view.day.events.some((e) => e.diet !== '' || e.diets.length > 0);
}

/** Longer delegation lists in the briefing pack show only their first SHORT_LIST people. */
const LONG_LIST = 12;
const SHORT_LIST = 8;

/** Events of a day in the order they happen (by absolute start, then file order). */
export function sortEvents(events: readonly ItineraryEvent[]): ItineraryEvent[] {
  return [...events].sort((a, b) => (a.startMs ?? 0) - (b.startMs ?? 0) || a.index - b.index);
}

/**
 * The language of addresses for drivers: the language most host-side people list first, else the
 * language of the visit's zone, else the visit's first language.
 */
export function localLanguage(model: Model): string {
  const counts = new Map<string, number>();
  for (const person of model.people) {
    const first = person.side === 'host' ? person.languages?.[0] : undefined;
    if (first) counts.set(first, (counts.get(first) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [lang, count] of counts) if (best === undefined || count > (counts.get(best) ?? 0)) best = lang;
  if (best) return best;
  return zoneLanguage(model.visit?.timezone ?? '') ?? model.languages[0] ?? 'en';
}

function zoneLanguage(zone: string): string | undefined {
  return ZONE_LANGUAGES.find(([prefix]) => zone.startsWith(prefix))?.[1];
}

const ZONE_LANGUAGES: [string, string][] = [
  ['Asia/Shanghai', 'zh'], ['Asia/Harbin', 'zh'], ['Asia/Chongqing', 'zh'], ['Asia/Urumqi', 'zh'], ['Asia/Hong_Kong', 'zh'], ['Asia/Taipei', 'zh'],
  ['Europe/Moscow', 'ru'], ['Asia/Yekaterinburg', 'ru'], ['Asia/Novosibirsk', 'ru'], ['Asia/Vladivostok', 'ru'], ['Europe/Minsk', 'ru'],
  ['Asia/Tokyo', 'ja'], ['Asia/Seoul', 'ko'], ['Europe/Berlin', 'de'], ['Europe/Paris', 'fr'], ['Europe/London', 'en'], ['America/', 'en'],
];

/** The language of the variant of `value` that reads `shown` (the fallback variant when `lang` has none). */
function variantLanguage(value: TextValue | undefined, shown: string, lang: string): string {
  if (value === undefined || typeof value === 'string') return lang;
  if (value[lang]?.trim() === shown) return lang;
  return Object.entries(value).find(([, v]) => v.trim() === shown)?.[0] ?? lang;
}

/** A `tel:` link for a phone number, or '' when it holds nothing dialable. */
export function telHref(phone: string): string {
  const dial = phone.replace(/[^\d+]/g, '');
  return /^\+?\d{3,}$/.test(dial) ? `tel:${dial}` : '';
}

/** A `mailto:` link for a plain address, or '' for anything else. */
export function mailtoHref(email: string): string {
  return /^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/.test(email) ? `mailto:${email}` : '';
}

/** The value kept for `key`, built and kept on first use. */
function cached<K, V>(cache: Map<K, V>, key: K, build: () => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = build();
    cache.set(key, value);
  }
  return value;
}
