// `delegation agenda`: the programme at a glance, or where everyone is at one moment.
import { dateOfDayNumber, dayNumber, instantToLocal, localToInstant } from '../model/time.js';
import type { Model } from '../model/types.js';
import { buildAgenda, whereAt, type Agenda, type WhereAt } from '../render/agenda.js';
import { UserError } from '../source/errors.js';
import type { Labels } from '../render/labels.js';
import { exportInput, findPerson, type ExportOptions } from './export-options.js';
import type { LoadedItinerary } from './itinerary.js';
import { words } from '../text/words.js';

export interface AgendaCommandOptions extends ExportOptions {
  /** YYYY-MM-DD, `today` or `tomorrow` (in the visit's zone). */
  date?: string;
  person?: string;
  /** `now`, HH:MM (on --date, or today), or YYYY-MM-DDTHH:MM: local time of that day's programme. */
  at?: string;
  nowMs: number;
}

export type AgendaResult =
  | { loaded: LoadedItinerary; labels: Labels; kind: 'agenda'; agenda: Agenda }
  | { loaded: LoadedItinerary; labels: Labels; kind: 'where'; where: WhereAt };

export function agenda(options: AgendaCommandOptions): AgendaResult {
  const { loaded, model, labels } = exportInput(options, 'agenda');
  const person = options.person !== undefined ? findPerson(model, options.person) : undefined;
  const visitZone = model.visit?.timezone ?? 'UTC';
  const today = instantToLocal(options.nowMs, visitZone).date;
  const date = options.date === undefined ? undefined : resolveDate(model, options.date, today);
  if (options.at === undefined) return { loaded, labels, kind: 'agenda', agenda: buildAgenda(model, { labels, date, person }) };

  if (options.at === 'now') {
    return { loaded, labels, kind: 'where', where: whereAt(model, { atMs: options.nowMs, zone: zoneOfDay(model, today), labels, person }) };
  }
  const match = /^(?:(\d{4}-\d{2}-\d{2})[T ])?([01]\d|2[0-3]):([0-5]\d)$/.exec(options.at);
  if (!match) throw new UserError(words('badAt', { value: options.at }), words('badAt.hint'));
  const day = match[1] !== undefined ? resolveDate(model, match[1], today) : (date ?? resolveDate(model, 'today', today));
  const zone = zoneOfDay(model, day);
  const atMs = localToInstant(day, `${match[2]}:${match[3]}`, zone);
  return { loaded, labels, kind: 'where', where: whereAt(model, { atMs, zone, labels, person }) };
}

/** The zone a day's programme is read in: that of its first event, else the visit's. */
function zoneOfDay(model: Model, date: string): string {
  const day = model.days.find((d) => d.date === date);
  return day?.events.find((e) => e.startZone)?.startZone ?? model.visit?.timezone ?? 'UTC';
}

function resolveDate(model: Model, value: string, today: string): string {
  let date = value;
  if (value === 'today') date = today;
  else if (value === 'tomorrow') date = dateOfDayNumber(dayNumber(today) + 1);
  else if (value === 'yesterday') date = dateOfDayNumber(dayNumber(today) - 1);
  else if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new UserError(words('badDate', { value }), words('badDate.hint'));
  if (!model.days.some((d) => d.date === date)) {
    const first = model.days[0]?.date;
    const last = model.days.at(-1)?.date;
    const said = value === date ? date : `${value} (${date})`;
    throw new UserError(first ? words('noSuchDaySpan', { day: said, first, last: last ?? first }) : words('noSuchDay', { day: said }), words('noSuchDay.hint'));
  }
  return date;
}
