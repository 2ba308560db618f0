// The words every output prints around the itinerary's own texts, in one language: read from the label
// files (templates/labels/<lang>.json, which a --templates folder may override key by key). Documents,
// exports (iCalendar, CSV, agenda), change notices and the report's fixed words all take them from here;
// a word missing in a language falls back to English, so a partial file still works.
import type { EventKind, Role, Vehicle } from '../model/types.js';
import { resolveLabels, type CountedLabel, type LabelSet, type ReportLabels } from '../text/labels.js';

export { countLabel, fillLabel, type LabelSet } from '../text/labels.js';

export interface ExportLabels {
  kinds: Record<EventKind, string>;
  roles: Record<Role, string>;
  sides: { delegation: string; host: string };
  vehicleKinds: Record<Vehicle['kind'], string>;
  gather: string;
  dress: string;
  officer: string;
  notes: string;
  flight: string;
  from: string;
  to: string;
  vehicles: string;
  driver: string;
  participants: string;
  /** "and {count} more". */
  andMore: CountedLabel;
  /** Between the items of a list of names. */
  listSeparator: string;
  /** Between a time and a place ("14:30, hotel lobby"). */
  comma: string;
  /** A head count after a group's name: " ({count})". */
  count: CountedLabel;
  revision: string;
  agenda: AgendaLabels;
  /** CSV column headers and the few words of CSV cells. */
  csv: Record<string, string>;
}

export interface AgendaLabels {
  time: string;
  title: string;
  place: string;
  who: string;
  person: string;
  now: string;
  next: string;
  allDelegation: CountedLabel;
  free: string;
  notArrived: string;
  gone: string;
  lastSeen: string;
  until: string;
  noEvents: string;
  hotel: string;
  /** date-fns pattern of the weekday before a date. */
  weekday: string;
}

export interface NoticeLabels {
  /** Punctuation differs too: Chinese uses full-width marks and its own quotes. */
  colon: string;
  comma: string;
  /** Between names in a list. */
  list: string;
  quote: [string, string];
  heading: string;
  forPerson: string;
  revision: string;
  added: string;
  cancelled: string;
  moved: string;
  changed: string;
  when: string;
  place: string;
  route: string;
  title: string;
  attendeesAdded: string;
  attendeesRemoved: string;
  vehicles: string;
  gather: string;
  hotel: string;
  attending: string;
  affects: string;
  affected: string;
  delegation: string;
  host: string;
  none: string;
  noChanges: string;
  nextDay: string;
  /** date-fns pattern of an event's date. */
  date: string;
  throughout: string;
  removed: string;
  seats: string;
  /** Said first when something changed but the revision did not increase: {old}, {now}. */
  revisionWarning: string;
  noRevision: string;
  /** A sensitive field changed, its values not shown. */
  hidden: string;
  scopes: Record<'visit' | 'contacts' | 'organization' | 'person' | 'group' | 'place' | 'travel' | 'vehicle' | 'agreement' | 'day' | 'event', string>;
  /** Field names: `dress`, `driver.phone`, `gather.at` …; a field not listed is shown by its name. */
  fields: Record<string, string>;
}

export interface Labels {
  [key: string]: unknown;
  /** The language code these labels are in (for plural rules). */
  lang: string;
  dateLong: string;
  dateShort: string;
  dateRangeSeparator: string;
  uncheckedNote: string;
  kinds: Record<EventKind, string>;
  placeKinds: Record<string, string>;
  vehicleKinds: Record<string, string>;
  roles: Record<Role, string>;
  exports: ExportLabels;
  notice: NoticeLabels;
  report: ReportLabels;
}

/** The labels of `lang`, each missing key (nested ones too) taken from English. */
export function labelsFor(set: LabelSet, lang: string): Labels {
  return resolveLabels(set, lang) as Labels;
}
