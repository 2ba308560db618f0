// What a delegate's pocket page shows: their own days and events with everything needed on the way
// (gathering, dress, vehicle, officer's phone), a driver card per place, hotels, duty contacts and
// their calendar; and the protocol office's index of the pages. Pure: the model in, views out.
import { ridesOf } from '../model/seating.js';
import { textIn, textLanguage } from '../model/text.js';
import { instantToLocal } from '../model/time.js';
import type { ItineraryEvent, Model, Person, Place, TextValue } from '../model/types.js';
import { formatDate } from './dates.js';
import { calendarEvents, renderIcs } from './ics.js';
import { ViewBuilder, sortEvents, telHref, type CommonView, type DocumentOptions, type EventView, type PersonView, type PlaceView } from './view.js';

export interface PocketOptions extends DocumentOptions {
  /** When the pages are produced (epoch ms): written on every page and the calendar's DTSTAMP. */
  stampMs: number;
}

export interface DriverCardView {
  id: string;
  /** Anchors: the card in the list, and its full-screen "show to the driver" view. */
  anchor: string;
  fullAnchor: string;
  kind: string;
  /** The place's name for the reader, and in the local script (empty when the same). */
  name: string;
  nameLang: string;
  localName: string;
  /** The address in the local script, shown large; and for the reader when it differs. */
  address: string;
  readerAddress: string;
  readerAddressLang: string;
  /** The language of the local script (the `lang` attribute of the local name and address). */
  localLang: string;
  /** "Please take me to this address." in the driver's language. */
  driverAsk: string;
  phone: string;
  phoneHref: string;
}

export interface PocketEventView extends EventView {
  anchor: string;
  dayAnchor: string;
  /** Absolute start and end (epoch ms) and their zones, for the page's clock; empty when unknown. */
  startMs: string;
  endMs: string;
  startZone: string;
  endZone: string;
  /** The language of the title when it is not the reader's (a missing translation). */
  titleLang: string;
  /** One line: the place, or "from → to". */
  where: string;
  whereFrom: string;
  whereTo: string;
  placeCard: string;
  fromCard: string;
  toCard: string;
  /** True when a seating mapping puts the reader in the one vehicle shown ("My vehicle"). */
  ownVehicle: boolean;
}

export interface PocketDayView {
  date: string;
  anchor: string;
  dateLong: string;
  dateShort: string;
  title: string;
  hotel: PlaceView | undefined;
  hotelCard: string;
  events: PocketEventView[];
}

export interface ContactView extends PersonView {
  nameLang: string;
}

export interface PocketView extends CommonView {
  person: PersonView;
  personLang: string;
  /** Date and time the page was produced, in the visit's zone. */
  produced: string;
  days: PocketDayView[];
  eventCount: number;
  driverCards: DriverCardView[];
  hotels: DriverCardView[];
  dutyContacts: ContactView[];
  /** The person's calendar (the same file as `delegation ics --person`) as a data: link. */
  icsHref: string;
  icsFileName: string;
}

export interface PocketIndexEntry {
  href: string;
  name: string;
  nameLang: string;
  position: string;
  organization: string;
  events: number;
}

export interface PocketIndexView extends CommonView {
  produced: string;
  pages: PocketIndexEntry[];
}

/** The events a person attends, in programme order: the same set as their calendar. */
export function pocketEvents(model: Model, person: Person): ItineraryEvent[] {
  return calendarEvents(model, [person]);
}

export class PocketViewBuilder {
  private readonly b: ViewBuilder;
  private readonly first: string;

  constructor(readonly model: Model, readonly options: PocketOptions) {
    this.b = new ViewBuilder(model, options);
    this.first = model.languages[0] ?? options.lang;
  }

  /** The `lang` attribute a text needs inside the page: empty when it is in the reader's language. */
  private langOf(value: TextValue | undefined): string {
    const lang = textLanguage(value, this.options.lang, this.first);
    return lang === this.options.lang ? '' : lang;
  }

  produced(): string {
    const zone = this.model.visit?.timezone ?? 'UTC';
    const local = instantToLocal(this.options.stampMs, zone);
    return `${formatDate(local.date, this.b.labels.dateLong, this.options.lang)}${String(this.b.labels.comma ?? ', ')}${local.time}`;
  }

  page(person: Person): PocketView {
    const b = this.b;
    const events = pocketEvents(this.model, person);
    const mine = new Set(events);
    const cards = new Map<string, DriverCardView>();
    const card = (place: Place | undefined): string => {
      if (!place) return '';
      if (!cards.has(place.id)) cards.set(place.id, this.driverCard(place));
      return cards.get(place.id)!.anchor;
    };
    const hotels = new Map<string, DriverCardView>();
    const days: PocketDayView[] = [];
    for (const day of this.model.days) {
      const own = sortEvents(day.events.filter((e) => mine.has(e)));
      if (own.length === 0) continue;
      const anchor = `d-${day.date}`;
      const dayView = b.day(day, []);
      const hotelPlace = day.hotel ? this.model.byId.places.get(day.hotel) : undefined;
      const eventViews = own.map((event) => this.event(event, anchor, card, person));
      const hotelCard = card(hotelPlace);
      if (hotelPlace) hotels.set(hotelPlace.id, cards.get(hotelPlace.id)!);
      days.push({ date: day.date, anchor, dateLong: dayView.dateLong, dateShort: dayView.dateShort, title: dayView.title, hotel: dayView.hotel, hotelCard, events: eventViews });
    }
    const common = b.common();
    const ics = renderIcs(this.model, { lang: this.options.lang, labels: this.b.labels, stampMs: this.options.stampMs, people: [person] });
    return {
      ...common,
      person: b.person(person),
      personLang: this.langOf(person.name),
      produced: this.produced(),
      days,
      eventCount: events.length,
      driverCards: [...cards.values()],
      hotels: [...hotels.values()],
      dutyContacts: this.dutyContacts(),
      icsHref: `data:text/calendar;charset=utf-8;base64,${Buffer.from(ics, 'utf8').toString('base64')}`,
      icsFileName: `${person.id}.ics`,
    };
  }

  index(people: readonly Person[], fileName: (person: Person) => string): PocketIndexView {
    return {
      ...this.b.common(),
      produced: this.produced(),
      pages: people.map((person) => {
        const view = this.b.person(person);
        return {
          href: fileName(person),
          name: view.name,
          nameLang: this.langOf(person.name),
          position: view.position,
          organization: view.organization,
          events: pocketEvents(this.model, person).length,
        };
      }),
    };
  }

  private dutyContacts(): ContactView[] {
    return (this.model.visit?.contacts ?? []).flatMap((id) => {
      const person = this.model.byId.people.get(id);
      return person ? [{ ...this.b.person(person), nameLang: this.langOf(person.name) }] : [];
    });
  }

  private event(event: ItineraryEvent, dayAnchor: string, card: (place: Place | undefined) => string, person: Person): PocketEventView {
    // The person's own vehicle only, where a seating mapping says which (model/seating.ts).
    const view = this.b.event(event, person);
    const name = (p: Place | undefined, id: string | undefined) => (p ? this.b.text(p.name) || p.id : (id ?? ''));
    const whereFrom = name(event.startPlace, view.isMove ? event.from : event.place);
    const whereTo = view.isMove ? name(event.endPlace, event.to) : '';
    return {
      ...view,
      anchor: `e-${event.id}`,
      dayAnchor,
      startMs: event.startMs === undefined ? '' : String(event.startMs),
      endMs: event.endMs === undefined ? '' : String(event.endMs),
      startZone: event.startZone ?? '',
      endZone: event.endZone ?? '',
      titleLang: this.langOf(event.title),
      where: view.isMove ? `${whereFrom} → ${whereTo}` : whereFrom,
      whereFrom,
      whereTo,
      placeCard: view.isMove ? '' : card(event.startPlace),
      fromCard: view.isMove ? card(event.startPlace) : '',
      toCard: view.isMove ? card(event.endPlace) : '',
      ownVehicle: ridesOf(event, person).some((ride) => ride.assigned),
    };
  }

  private driverCard(place: Place): DriverCardView {
    const localLang = this.b.placeLanguage(place);
    const name = this.b.text(place.name) || place.id;
    const localName = textIn(place.name, localLang).trim();
    const address = textIn(place.address, localLang).trim();
    const readerAddress = this.b.text(place.address);
    return {
      id: place.id,
      anchor: `card-${place.id}`,
      fullAnchor: `driver-${place.id}`,
      kind: this.b.labels.placeKinds[place.kind] ?? place.kind,
      name,
      nameLang: this.langOf(place.name),
      localName: localName === name ? '' : localName,
      address,
      readerAddress: readerAddress === address ? '' : readerAddress,
      readerAddressLang: this.langOf(place.address),
      localLang: textLanguage(place.address ?? place.name, localLang, this.first),
      // Only in a language the label files have: an English request does not help a driver in Shenyang.
      driverAsk: String((this.options.labels[localLang]?.pocket as Record<string, unknown> | undefined)?.driverAsk ?? ''),
      phone: place.phone ?? '',
      phoneHref: telHref(place.phone ?? ''),
    };
  }
}
