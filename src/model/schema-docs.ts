// What each key of the format means, in English, for editors (hover and completion in VS Code through
// yaml-language-server): the one place the JSON Schema's titles, descriptions, examples and snippets
// come from. The generator (json-schema.ts) applies them by path, so the zod definitions stay about
// validation; a test fails when a property of the schema has no entry here. Wording from docs/format.md.

export interface PropertyDoc {
  title: string;
  description: string;
  /** A YAML example, shown under the description (markdownDescription). */
  example?: string;
  /** One sentence per enum value, in the order of the enum. */
  values?: Record<string, string>;
}

const TEXT = 'A plain string, or one string per language (`{ ru: …, en: …, zh: … }`); a plain string counts as written in the visit\'s first language.';
const SELECTORS = 'Selectors: a person id, `all` (every delegation-side person), `org:<organization-id>`, `role:<role>` or `group:<group-id>`.';

/** Paths from the root: keys joined by dots, `[]` for the items of a list. */
export const PROPERTY_DOCS: Record<string, PropertyDoc> = {
  format: { title: 'Format version', description: 'Which version of the itinerary format the file is written in: `delegation/1`.', example: 'format: delegation/1' },
  visit: { title: 'Visit', description: 'The visit as a whole: id, title, dates, time zone, head of the delegation and languages of the documents.' },
  'visit.id': { title: 'Visit id', description: 'An id for the visit: lower-case letters, digits and dashes.', example: 'id: tver-liaoning-2023' },
  'visit.title': { title: 'Visit title', description: `The title printed on every document. ${TEXT}`, example: 'title: { ru: Визит делегации Тверской области в провинцию Ляонин, en: Tver Region delegation to Liaoning }' },
  'visit.from': { title: 'First day', description: 'The first calendar day of the visit, travel days included (YYYY-MM-DD).', example: 'from: 2023-11-20' },
  'visit.to': { title: 'Last day', description: 'The last calendar day of the visit (YYYY-MM-DD).', example: 'to: 2023-11-24' },
  'visit.timezone': { title: 'Time zone', description: 'The IANA time zone of every time in the file, unless a place has its own `timezone`.', example: 'timezone: Asia/Shanghai' },
  'visit.head': { title: 'Head of the delegation', description: 'The id of the person who heads the delegation.', example: 'head: rudenya' },
  'visit.languages': { title: 'Languages', description: 'Languages of the documents, as two-letter codes; the first is the default language of plain-string texts.', example: 'languages: [ru, en, zh]' },
  'visit.host': { title: 'Host', description: `Who receives the delegation (optional). ${TEXT}`, example: 'host: { ru: Народное правительство провинции Ляонин }' },
  'visit.contacts': { title: 'Duty contacts', description: 'Ids of the duty officers, printed with their phones on every day sheet (optional).', example: 'contacts: [ivanova]' },
  'visit.revision': { title: 'Programme revision', description: 'The version of the programme (optional): a number or a string, printed on every document; raise it with every change sent out, so calendars update earlier imports.', example: 'revision: 3' },
  'visit.notes': { title: 'Notes', description: `Notes on the visit (optional). ${TEXT}` },

  organizations: { title: 'Organizations', description: 'Who takes part, on both sides: governments, enterprises, associations, media.' },
  'organizations[].id': { title: 'Organization id', description: 'An id for the organization, unique among organizations; people refer to it with `org:`.', example: 'id: tver-gov' },
  'organizations[].name': { title: 'Name', description: `The organization's name. ${TEXT}` },
  'organizations[].side': {
    title: 'Side', description: 'Which side the organization is on; its people are on the same side.',
    values: { delegation: 'The visiting delegation.', host: 'The hosts who receive the delegation.' },
  },
  'organizations[].kind': {
    title: 'Kind', description: 'What kind of organization it is.',
    values: { government: 'A government body.', enterprise: 'A company.', association: 'A business association, chamber or union.', media: 'A newspaper, agency or broadcaster.', other: 'Anything else.' },
  },
  'organizations[].sector': { title: 'Sector', description: `The branch of the economy (optional). ${TEXT}` },
  'organizations[].city': { title: 'City', description: `Where the organization is (optional). ${TEXT}` },
  'organizations[].country': { title: 'Country', description: 'The country, as an ISO 3166 alpha-2 code: two capital letters (optional).', example: 'country: RU' },
  'organizations[].inn': { title: 'INN', description: 'A Russian taxpayer number of 10 or 12 digits, in quotes (optional); its control digits are checked.', example: 'inn: "6902008908"' },
  'organizations[].notes': { title: 'Notes', description: `Notes on the organization (optional). ${TEXT}` },

  people: { title: 'People', description: 'Everyone who takes part, on both sides.' },
  'people[].id': { title: 'Person id', description: 'An id for the person, unique among people; events and groups refer to it.', example: 'id: rudenya' },
  'people[].name': { title: 'Name', description: `The person's name. ${TEXT}`, example: 'name: { ru: Игорь Руденя, en: Igor Rudenya }' },
  'people[].org': { title: 'Organization', description: 'The id of the person\'s organization; the person is on its side.', example: 'org: tver-gov' },
  'people[].role': {
    title: 'Role', description: 'The person\'s role in the visit.',
    values: {
      head: 'Heads the delegation or the host side.', official: 'An official.', business: 'A business representative.', staff: 'Staff: protocol, aides.',
      interpreter: 'An interpreter.', press: 'A journalist or press officer.', security: 'Security.', medical: 'A doctor or nurse.',
    },
  },
  'people[].position': { title: 'Position', description: `The person's position (optional). ${TEXT}`, example: 'position: { ru: Губернатор Тверской области, en: Governor of Tver Region }' },
  'people[].precedence': { title: 'Precedence', description: 'Protocol order within the person\'s side, 1 = highest (optional): orders lists and seating.', example: 'precedence: 1' },
  'people[].languages': { title: 'Languages', description: 'What the person speaks without an interpreter, as two-letter codes (optional).', example: 'languages: [ru]' },
  'people[].phone': { title: 'Phone', description: 'The person\'s phone, international format, in quotes (optional). Sensitive unless the person is a duty contact or an event\'s officer in charge.', example: 'phone: "+7 900 000-00-01"' },
  'people[].email': { title: 'E-mail', description: 'The person\'s e-mail (optional). Sensitive unless the person is a duty contact or an event\'s officer in charge.' },
  'people[].passport': { title: 'Passport', description: 'Passport data (optional). Sensitive: never in documents, exports or messages without `--include-sensitive`.', example: 'passport: { name: RUDENIA IGOR, number: "751234567", expires: 2030-01-10 }' },
  'people[].passport.name': { title: 'Name in the passport', description: 'The name in Latin letters exactly as printed in the passport.', example: 'name: RUDENIA IGOR' },
  'people[].passport.number': { title: 'Passport number', description: 'The passport number, in quotes.', example: 'number: "751234567"' },
  'people[].passport.expires': { title: 'Passport expires', description: 'The expiry date (YYYY-MM-DD); it must be at least 6 months after the visit.', example: 'expires: 2030-01-10' },
  'people[].diet': { title: 'Diet', description: `Dietary needs (optional). Sensitive. ${TEXT}` },
  'people[].bio': { title: 'Biography', description: `A short biography for the briefing pack (optional). ${TEXT}` },
  'people[].notes': { title: 'Notes', description: `Notes on the person (optional). ${TEXT}` },

  groups: { title: 'Groups', description: 'Named sets of people, used as `group:<id>` in attendees (optional).' },
  'groups[].id': { title: 'Group id', description: 'An id for the group, unique among groups.', example: 'id: official-party' },
  'groups[].name': { title: 'Name', description: `The group's name. ${TEXT}` },
  'groups[].members': { title: 'Members', description: `Who belongs to the group. ${SELECTORS}`, example: 'members: [rudenya, role:official, org:tver-gov]' },

  places: { title: 'Places', description: 'Where events happen: hotels, venues, offices, factories, airports, stations, restaurants.' },
  'places[].id': { title: 'Place id', description: 'An id for the place, unique among places.', example: 'id: shenyang-hotel' },
  'places[].name': { title: 'Name', description: `The place's name. ${TEXT}` },
  'places[].kind': {
    title: 'Kind', description: 'What kind of place it is.',
    values: {
      hotel: 'A hotel.', venue: 'A conference or event venue.', office: 'An office.', factory: 'A factory or plant.', airport: 'An airport.', station: 'A railway station.',
      restaurant: 'A restaurant.', other: 'Anything else.',
    },
  },
  'places[].city': { title: 'City', description: `The city (optional). ${TEXT}` },
  'places[].address': { title: 'Address', description: `The address (optional); the local variant goes on drivers' cards. ${TEXT}`, example: 'address: { zh: 沈阳市和平区…, en: "…, Heping District, Shenyang" }' },
  'places[].geo': { title: 'Coordinates', description: 'Latitude and longitude (optional): used to estimate road times.', example: 'geo: [41.80, 123.43]' },
  'places[].timezone': { title: 'Time zone', description: 'The IANA time zone of the place, when it is not the visit\'s (optional); times at the place are read in it.', example: 'timezone: Europe/Moscow' },
  'places[].capacity': { title: 'Capacity', description: 'How many people the place holds (optional).', example: 'capacity: 120' },
  'places[].phone': { title: 'Phone', description: 'The place\'s phone, international format, in quotes (optional).' },
  'places[].notes': { title: 'Notes', description: `Notes on the place (optional). ${TEXT}` },

  travel: { title: 'Road times', description: 'Road times you know between two places, in both directions (optional); without one, the time is estimated from `geo`.' },
  'travel[].between': { title: 'Between', description: 'The ids of the two places.', example: 'between: [shenyang-hotel, she-airport]' },
  'travel[].minutes': { title: 'Minutes', description: 'The road time in minutes.', example: 'minutes: 40' },

  vehicles: { title: 'Vehicles', description: 'Buses and cars for the delegation (optional).' },
  'vehicles[].id': { title: 'Vehicle id', description: 'An id for the vehicle, unique among vehicles.', example: 'id: bus-1' },
  'vehicles[].kind': {
    title: 'Kind', description: 'What kind of vehicle it is.',
    values: { bus: 'A bus.', minibus: 'A minibus.', car: 'A car.', van: 'A van.' },
  },
  'vehicles[].seats': { title: 'Seats', description: 'Passenger seats, the driver not counted.', example: 'seats: 40' },
  'vehicles[].plate': { title: 'Plate', description: 'The number plate (optional).', example: 'plate: "辽A 12345"' },
  'vehicles[].driver': { title: 'Driver', description: 'The driver (optional): name and phone.', example: 'driver: { name: { zh: 王师傅, ru: Ван }, phone: "+86 139 0000 0000" }' },
  'vehicles[].driver.name': { title: 'Driver\'s name', description: `The driver's name. ${TEXT}` },
  'vehicles[].driver.phone': { title: 'Driver\'s phone', description: 'The driver\'s phone, international format, in quotes (optional).' },
  'vehicles[].notes': { title: 'Notes', description: `Notes on the vehicle (optional). ${TEXT}` },

  agreements: { title: 'Agreements', description: 'Documents to be signed during the visit (optional).' },
  'agreements[].id': { title: 'Agreement id', description: 'An id for the agreement, unique among agreements; a signing event lists it.', example: 'id: memo-trade' },
  'agreements[].title': { title: 'Title', description: `The agreement's title. ${TEXT}` },
  'agreements[].parties': { title: 'Parties', description: 'The ids of the organizations that are parties to it.', example: 'parties: [tver-gov, ln-gov]' },
  'agreements[].signatories': { title: 'Signatories', description: 'The ids of the people who sign it.', example: 'signatories: [rudenya, li]' },
  'agreements[].notes': { title: 'Notes', description: `Notes on the agreement (optional). ${TEXT}` },

  days: { title: 'Days', description: 'One entry per calendar day of the programme, with its events.' },
  'days[].date': { title: 'Date', description: 'The calendar day (YYYY-MM-DD), between `visit.from` and `visit.to`.', example: 'date: 2023-11-21' },
  'days[].title': { title: 'Title', description: `A title for the day, e.g. the city (optional). ${TEXT}` },
  'days[].hotel': { title: 'Hotel', description: 'The id of the place where the delegation sleeps that night (optional; none on the day it leaves).', example: 'hotel: shenyang-hotel' },
  'days[].events': { title: 'Events', description: 'The day\'s events, in order of start.' },
  'days[].events[].id': { title: 'Event id', description: 'An id for the event, unique in the file.', example: 'id: talks-governor' },
  'days[].events[].start': { title: 'Start', description: 'The start, HH:MM in 24 hours, on the clock at the event\'s place (for a move: at `from`).', example: 'start: "10:00"' },
  'days[].events[].end': { title: 'End', description: 'The end, HH:MM in 24 hours, on the clock at the event\'s place (for a move: at `to`); add `+1` for the next day.', example: 'end: "07:25+1"' },
  'days[].events[].title': { title: 'Title', description: `What the event is. ${TEXT}`, example: 'title: { ru: Переговоры с губернатором, en: Talks with the Governor }' },
  'days[].events[].kind': {
    title: 'Kind', description: 'What kind of event it is. A `flight` or `transfer` has `from` and `to` and no `place`; every other kind has a `place`; a `signing` lists its `agreements`.',
    values: {
      arrival: 'The delegation arrives.', departure: 'The delegation leaves.', flight: 'A flight: `from` and `to` airports.', transfer: 'A road move: `from` and `to` places.',
      meeting: 'A meeting or talks.', conference: 'A conference or forum.', visit: 'A visit to a site.', signing: 'The signing of agreements.', ceremony: 'A ceremony.',
      meal: 'A breakfast, lunch or dinner.', briefing: 'An internal briefing.', press: 'A press event.', free: 'Free time.', other: 'Anything else.',
    },
  },
  'days[].events[].place': { title: 'Place', description: 'The id of the place where the event happens (every kind but `flight` and `transfer`).', example: 'place: ln-gov-office' },
  'days[].events[].from': { title: 'From', description: 'For a `flight` or `transfer`: the id of the place it leaves from.', example: 'from: she-airport' },
  'days[].events[].to': { title: 'To', description: 'For a `flight` or `transfer`: the id of the place it arrives at.', example: 'to: svo' },
  'days[].events[].attendees': { title: 'Attendees', description: `Who takes part. ${SELECTORS}`, example: 'attendees: [group:official-party, li, wang]' },
  'days[].events[].vehicles': {
    title: 'Vehicles',
    description: 'The vehicles of the event: a list of vehicle ids (the delegation-side attendees ride in them), or (1.1) a seating mapping `{ vehicle-id: [selectors] }` saying who rides in which; `rest` = every delegation-side attendee not seated in another vehicle.',
    example: 'vehicles: [bus-1]\n# or, saying who rides where:\nvehicles: { gov-car: [rudenya, aide-1], bus-1: [rest] }',
  },
  'days[].events[].agreements': { title: 'Agreements', description: 'For a `signing`: the ids of the agreements signed at it.', example: 'agreements: [memo-trade]' },
  'days[].events[].gather': { title: 'Gathering', description: 'When and where the delegation gathers before the event (optional).', example: 'gather: { time: "09:30", at: { ru: Холл отеля, en: Hotel lobby } }' },
  'days[].events[].gather.time': { title: 'Gathering time', description: 'HH:MM in 24 hours.', example: 'time: "09:30"' },
  'days[].events[].gather.at': { title: 'Gathering point', description: `Where to gather. ${TEXT}` },
  'days[].events[].dress': { title: 'Dress code', description: `The dress code (optional). ${TEXT}`, example: 'dress: { ru: Деловой костюм, en: Business suit }' },
  'days[].events[].responsible': { title: 'Officer in charge', description: 'The id of the person in charge of the event (optional); their phone is printed on the day sheets.', example: 'responsible: ivanova' },
  'days[].events[].flight': { title: 'Flight number', description: 'The flight number of a `flight` (optional).', example: 'flight: SU 204' },
  'days[].events[].notes': { title: 'Notes', description: `Notes on the event (optional). ${TEXT}` },
  'days[].events[].brief': { title: 'Brief', description: 'For the briefing pack only: purpose, talking points and background (optional).' },
  'days[].events[].brief.purpose': { title: 'Purpose', description: `What the event should achieve. ${TEXT}` },
  'days[].events[].brief.talking_points': { title: 'Talking points', description: 'The points to raise, each a text.', example: 'talking_points: [{ ru: Поставки льна }, { ru: Прямой авиарейс }]' },
  'days[].events[].brief.background': { title: 'Background', description: `What to know beforehand. ${TEXT}` },
};

/** The shared definitions ($defs) that have no property path of their own. */
export const DEFINITION_DOCS: Record<string, { title: string; description: string }> = {
  Itinerary: { title: 'Delegation itinerary', description: 'The programme of an official delegation visit (format delegation/1). See docs/format.md.' },
  Id: { title: 'Id', description: 'Lower-case letters, digits and dashes, e.g. `tver-gov`; unique in its list.' },
  Text: { title: 'Text', description: TEXT },
  LanguageCode: { title: 'Language', description: 'A two-letter language code such as ru, en or zh.' },
  Phone: { title: 'Phone', description: 'International format: + and 8–15 digits; spaces, dashes and brackets allowed. In quotes.' },
  Selector: { title: 'Selector', description: SELECTORS },
  Seating: { title: 'Seating (1.1)', description: 'Who rides in which vehicle: vehicle id → selectors; `rest` = every delegation-side attendee not seated in another vehicle of the event.' },
};

/** Completion snippets (yaml-language-server's defaultSnippets) for a new entry of a list. */
export const SNIPPETS: Record<string, { label: string; description: string; body: Record<string, unknown> }[]> = {
  'people[]': [{
    label: 'person',
    description: 'A person: id, name, organization, role, position, precedence',
    body: { id: '${1:person-id}', name: { ru: '${2:Имя Фамилия}', en: '${3:Name Surname}' }, org: '${4:organization-id}', role: '${5|head,official,business,staff,interpreter,press,security,medical|}', position: { ru: '${6:Должность}', en: '${7:Position}' }, precedence: 1 },
  }],
  'days[]': [{
    label: 'day',
    description: 'A day: date, hotel and its first event',
    body: { date: '${1:2023-11-21}', hotel: '${2:hotel-id}', events: [{ id: '${3:event-id}', start: '${4:10:00}', end: '${5:11:00}', title: { ru: '${6:Название}', en: '${7:Title}' }, kind: 'meeting', place: '${8:place-id}', attendees: ['all'] }] },
  }],
  'days[].events[]': [
    {
      label: 'event',
      description: 'An event at a place: id, start, end, title, kind, place, attendees',
      body: { id: '${1:event-id}', start: '${2:10:00}', end: '${3:11:00}', title: { ru: '${4:Название}', en: '${5:Title}' }, kind: '${6|meeting,conference,visit,signing,ceremony,meal,briefing,press,free,other,arrival,departure|}', place: '${7:place-id}', attendees: ['${8:all}'] },
    },
    {
      label: 'move (flight or transfer)',
      description: 'A move: from and to instead of place, vehicles',
      body: { id: '${1:event-id}', start: '${2:09:00}', end: '${3:09:40}', title: { ru: '${4:Переезд}', en: '${5:Transfer}' }, kind: '${6|transfer,flight|}', from: '${7:place-id}', to: '${8:place-id}', attendees: ['all'], vehicles: ['${9:vehicle-id}'] },
    },
  ],
};
