// The change notice: what changed in the programme and for whom, as plain text (a message to the
// delegation), Markdown (a pull-request comment) or JSON, with labels in Russian, English or Chinese.
import { textIn } from '../model/text.js';
import { safeText } from '../text/safe.js';
import type { Side, TextValue } from '../model/types.js';
import { formatDate } from './dates.js';
import { fillLabel, type Labels, type NoticeLabels } from './labels.js';

export type NoticeFormat = 'text' | 'md' | 'json';
export const NOTICE_FORMATS: readonly NoticeFormat[] = ['text', 'md', 'json'];

export interface NamedRef {
  id: string;
  name: TextValue;
}

export interface PersonRef extends NamedRef {
  side: Side | undefined;
  precedence?: number;
}

export interface EventSnapshot {
  id: string;
  title: TextValue;
  kind: string;
  date: string;
  start: string;
  end: string;
  place?: NamedRef;
  from?: NamedRef;
  to?: NamedRef;
  vehicles: NamedRef[];
  gather?: { time: string; at: TextValue };
}

export type Scope = 'visit' | 'contacts' | 'organization' | 'person' | 'group' | 'place' | 'travel' | 'vehicle' | 'agreement' | 'day' | 'event';

/** One field's old and new value. References (a place, a person) come as a NamedRef. */
export interface ValueChange {
  /** Dotted path in the entity: `dress`, `driver.phone`, `passport.number`. */
  field: string;
  before: unknown;
  after: unknown;
  /** Passport, diet, a private phone or e-mail: compared, but its values shown only on request. */
  sensitive: boolean;
}

/** A person whose vehicle at an event changed (seats moved, or vehicles changed). */
export interface SeatMove {
  person: PersonRef;
  before: string[];
  after: string[];
}

export interface NoticeChange {
  scope: Scope;
  /** Id of the entity (a day: its date; a road time: `a~b`). */
  key: string;
  action: 'added' | 'removed' | 'changed';
  /** An event with a new date, time, place or route. */
  moved: boolean;
  /** Events and days: the date they are listed under. Undefined: a change throughout the visit. */
  date?: string;
  start?: string;
  /** What changed, by name: an event's title, a person's or place's name. */
  name: TextValue;
  /** Events: their time, place and vehicles before and after. */
  event?: { before?: EventSnapshot; after?: EventSnapshot };
  fields: ValueChange[];
  attendeesAdded: PersonRef[];
  attendeesRemoved: PersonRef[];
  seats: SeatMove[];
  /** Everyone this change affects. */
  people: PersonRef[];
}

export interface ChangeNotice {
  title: TextValue | undefined;
  old: { label: string; revision?: string | number };
  new: { label: string; revision?: string | number };
  /** Set when the notice is for one person. */
  person?: PersonRef;
  /** Something changed but the revision did not increase. */
  revisionWarning: boolean;
  /** Values of sensitive fields are printed. */
  includeSensitive: boolean;
  changes: NoticeChange[];
  /** Everyone affected by at least one change: delegation first, by precedence. */
  affected: PersonRef[];
}

type Words = Omit<NoticeLabels, 'date'> & { date: (date: string) => string };

export interface NoticeOptions {
  format: NoticeFormat;
  /** Language of names (a name without that variant is shown in its first one). */
  lang: string;
  /** The notice's words, in `lang`. */
  labels: Labels;
}

/** A field's name in the reader's language; a field without a label is shown by its name in the file. */
export function fieldLabel(field: string, fields: Record<string, string>): string {
  const label = fields[field] ?? (field.startsWith('passport.') ? fields.passport : undefined) ?? fields[field.split('.')[0]!];
  if (!label) return field;
  // A nested field under a known one that has no label of its own: "Vehicles (gov-car)".
  const nested = !fields[field] && field.includes('.') && !field.startsWith('passport.') ? ` (${field.split('.').slice(1).join('.')})` : '';
  return label + nested;
}

export function formatChangeNotice(notice: ChangeNotice, options: NoticeOptions): string {
  const words = options.labels.notice;
  if (options.format === 'json') return JSON.stringify(noticeJson(notice, options.lang, words), null, 2) + '\n';
  return formatText(notice, options.lang, words, options.format === 'md');
}

/** One change of the notice: the kind of change, then its details. */
interface Entry {
  date: string | undefined;
  verb: string;
  headline: string;
  details: [label: string, value: string][];
}

/** The warning said first when the content changed but the revision did not increase. */
export function revisionWarningText(notice: ChangeNotice, words: NoticeLabels): string | undefined {
  if (!notice.revisionWarning) return undefined;
  const show = (r: string | number | undefined) => (r === undefined ? words.noRevision : String(r));
  return fillLabel(words.revisionWarning, { old: show(notice.old.revision), now: show(notice.new.revision) });
}

function formatText(notice: ChangeNotice, lang: string, words: NoticeLabels, md: boolean): string {
  const L: Words = { ...words, date: (date: string) => formatDate(date, words.date, lang) };
  // Names and titles reach a terminal or a message: one line each, control characters shown.
  const t = (text: TextValue | undefined, fallback = '') => safeText(textIn(text, lang) || fallback);
  const esc = md ? escapeMarkdown : (s: string) => s;
  const names = (people: readonly PersonRef[]) => (people.length === 0 ? L.none : people.map((p) => esc(t(p.name, p.id))).join(L.list));
  const out: string[] = [];
  const warning = revisionWarningText(notice, words);
  if (warning) out.push(md ? `> **${esc(warning)}**` : warning, '');
  const title = t(notice.title);
  out.push(md ? `## ${L.heading}${title ? `${L.colon}${esc(title)}` : ''}` : `${L.heading}${title ? `${L.colon}${title}` : ''}`);
  if (notice.person) {
    const who = esc(t(notice.person.name, notice.person.id));
    out.push(md ? `**${L.forPerson}${L.colon}${who}**` : `${L.forPerson}${L.colon}${who}`);
  }
  const version = (v: ChangeNotice['old']) => `${md ? `\`${v.label}\`` : v.label}${v.revision !== undefined ? ` (${L.revision} ${v.revision})` : ''}`;
  out.push(`${version(notice.old)} → ${version(notice.new)}`, '');
  if (notice.changes.length === 0) {
    out.push(L.noChanges);
    return safeText(out.join('\n'), 'text') + '\n';
  }
  const entries = notice.changes.map((c) => entryOf(c, L, lang, t, esc, names, notice.includeSensitive));
  let section: string | undefined = '';
  for (const entry of entries) {
    if (entry.date !== section) {
      if (section !== '') out.push('');
      section = entry.date;
      const heading = entry.date === undefined ? L.throughout : L.date(entry.date);
      out.push(md ? `### ${heading}` : heading);
    }
    if (md) {
      out.push(`- **${entry.verb}** ${entry.headline}`);
      for (const [label, value] of entry.details) out.push(`  - ${label}${L.colon}${value}`);
    } else {
      out.push(`  ${entry.verb}${L.colon}${entry.headline}`);
      for (const [label, value] of entry.details) out.push(`      ${label}${L.colon}${value}`);
    }
  }
  if (!notice.person) {
    out.push('');
    const delegation = notice.affected.filter((p) => p.side === 'delegation');
    const others = notice.affected.filter((p) => p.side !== 'delegation');
    out.push(md ? `**${L.affected} (${notice.affected.length})**` : `${L.affected} (${notice.affected.length})${L.colon.trimEnd()}`);
    const line = (label: string, people: PersonRef[]) => (md ? `- ${label}${L.colon}${names(people)}` : `  ${label}${L.colon}${names(people)}`);
    if (delegation.length > 0) out.push(line(L.delegation, delegation));
    if (others.length > 0) out.push(line(L.host, others));
  }
  // File labels and plates are the user's text too: nothing in the notice is a control character.
  return safeText(out.join('\n'), 'text') + '\n';
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isNamedRef = (value: unknown): value is NamedRef => isRecord(value) && typeof value.id === 'string' && 'name' in value && Object.keys(value).length === 2;
const isTextMap = (value: Record<string, unknown>) => Object.entries(value).every(([k, v]) => /^[a-z]{2}$/.test(k) && typeof v === 'string');

/** A value as the reader sees it: a text in their language, a reference by name, a list joined. */
export function showValue(value: unknown, lang: string, none: string, list: string): string {
  if (value === undefined || value === null) return none;
  if (isNamedRef(value)) return textIn(value.name as TextValue, lang) || value.id;
  if (Array.isArray(value)) return value.length === 0 ? none : value.map((v) => showValue(v, lang, none, list)).join(list);
  if (isRecord(value)) {
    if (isTextMap(value)) return textIn(value as TextValue, lang);
    return Object.entries(value).map(([k, v]) => `${k}: ${showValue(v, lang, none, list)}`).join('; ');
  }
  return String(value);
}

function entryOf(
  change: NoticeChange,
  L: Words,
  lang: string,
  t: (text: TextValue | undefined, fallback?: string) => string,
  esc: (s: string) => string,
  names: (people: readonly PersonRef[]) => string,
  includeSensitive: boolean,
): Entry {
  const span = (e: EventSnapshot) => `${e.start}–${e.end.endsWith('+1') ? `${e.end.slice(0, 5)} (${L.nextDay})` : e.end}`;
  const where = (e: EventSnapshot) => (e.place ? esc(t(e.place.name, e.place.id)) : `${esc(t(e.from?.name, e.from?.id))} → ${esc(t(e.to?.name, e.to?.id))}`);
  const title = (e: EventSnapshot) => `${L.quote[0]}${esc(t(e.title, e.id))}${L.quote[1]}`;
  const show = (v: unknown) => esc(showValue(v, lang, L.none, L.list));
  const fieldLines = (fields: readonly ValueChange[]): [string, string][] => {
    const lines: [string, string][] = [];
    for (const f of fields) {
      const label = fieldLabel(f.field, L.fields);
      if (f.sensitive && !includeSensitive) {
        if (!lines.some(([l]) => l === label)) lines.push([label, L.hidden]);
        continue;
      }
      lines.push([label, `${show(f.before)} → ${show(f.after)}`]);
    }
    return lines;
  };
  const verb = change.action === 'added' ? L.added : change.action === 'removed' ? (change.scope === 'event' ? L.cancelled : L.removed) : change.moved ? L.moved : L.changed;

  if (change.scope === 'event' && change.action !== 'changed') {
    const e = (change.event?.after ?? change.event?.before)!;
    return {
      date: change.date,
      verb,
      headline: [title(e), span(e), where(e)].join(L.comma),
      details: [[change.action === 'added' ? L.attending : L.affects, names(change.people)]],
    };
  }
  if (change.scope === 'event') return changedEventEntry(change, verb, { L, t, esc, names, span, where, title, fieldLines });
  if (change.scope === 'day' && change.action === 'changed' && change.fields.length === 1 && change.fields[0]!.field === 'hotel') {
    const f = change.fields[0]!;
    return { date: change.date, verb, headline: `${L.hotel}${L.colon}${show(f.before)} → ${show(f.after)}`, details: [[L.affects, names(change.people)]] };
  }
  const name = change.scope === 'contacts' ? '' : change.scope === 'day' ? ` ${L.quote[0]}${esc(t(change.name, L.date(change.key)))}${L.quote[1]}` : ` ${L.quote[0]}${esc(t(change.name, change.key))}${L.quote[1]}`;
  return {
    date: change.date,
    verb,
    headline: `${L.scopes[change.scope]}${name}`,
    details: [...fieldLines(change.fields), [L.affects, names(change.people)]],
  };
}

/** How a notice shows the parts of an entry, in the notice's language and markup. */
interface EntryShow {
  L: Words;
  t: (text: TextValue | undefined, fallback?: string) => string;
  esc: (s: string) => string;
  names: (people: readonly PersonRef[]) => string;
  span: (e: EventSnapshot) => string;
  where: (e: EventSnapshot) => string;
  title: (e: EventSnapshot) => string;
  fieldLines: (fields: readonly ValueChange[]) => [string, string][];
}

/** A changed event: what changed, each as before → after, then who it affects. */
function changedEventEntry(change: NoticeChange, verb: string, show: EntryShow): Entry {
  const { L, t, esc, names, span, where, title, fieldLines } = show;
  const a = change.event!.before!;
  const b = change.event!.after!;
  const has = (...names: string[]) => change.fields.some((f) => names.includes(f.field) || names.some((n) => f.field.startsWith(`${n}.`)));
  const details: [string, string][] = [];
  const time = has('date', 'start', 'end');
  const place = has('place', 'from', 'to');
  if (has('title')) details.push([L.title, `${title(a)} → ${title(b)}`]);
  if (time) {
    const from = a.date === b.date ? span(a) : `${L.date(a.date)} ${span(a)}`;
    const to = a.date === b.date ? span(b) : `${L.date(b.date)} ${span(b)}`;
    details.push([L.when, `${from} → ${to}`]);
  }
  if (place) details.push([a.place && b.place ? L.place : L.route, `${where(a)} → ${where(b)}`]);
  const vehicleIds = (e: EventSnapshot) => e.vehicles.map((v) => v.id).join(',');
  if (has('vehicles') && vehicleIds(a) !== vehicleIds(b)) {
    const list = (e: EventSnapshot) => (e.vehicles.length === 0 ? L.none : e.vehicles.map((v) => esc(v.id === t(v.name) ? v.id : `${v.id} (${t(v.name)})`)).join(L.list));
    details.push([L.vehicles, `${list(a)} → ${list(b)}`]);
  } else if (has('vehicles') && change.seats.length === 0) {
    details.push(...fieldLines(change.fields.filter((f) => f.field === 'vehicles' || f.field.startsWith('vehicles.'))));
  }
  for (const seat of change.seats) {
    details.push([L.seats, `${esc(t(seat.person.name, seat.person.id))}${L.colon}${seat.before.join(L.list) || L.none} → ${seat.after.join(L.list) || L.none}`]);
  }
  if (has('gather')) {
    const g = (e: EventSnapshot) => (e.gather ? `${e.gather.time}${L.comma}${esc(t(e.gather.at))}` : L.none);
    details.push([L.gather, `${g(a)} → ${g(b)}`]);
  }
  const handled = ['title', 'date', 'start', 'end', 'place', 'from', 'to', 'vehicles', 'gather'];
  const attendeesShown = change.attendeesAdded.length + change.attendeesRemoved.length > 0;
  details.push(...fieldLines(change.fields.filter((f) => !handled.includes(f.field.split('.')[0]!) && !(f.field === 'attendees' && attendeesShown))));
  if (change.attendeesAdded.length > 0) details.push([L.attendeesAdded, names(change.attendeesAdded)]);
  if (change.attendeesRemoved.length > 0) details.push([L.attendeesRemoved, names(change.attendeesRemoved)]);
  details.push([L.affects, names(change.people)]);
  const headline = [title(b), ...(time ? [] : [span(b)]), ...(place ? [] : [where(b)])].join(L.comma);
  return { date: change.date, verb, headline, details };
}

function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>|#~])/g, '\\$1');
}

function noticeJson(notice: ChangeNotice, lang: string, words: NoticeLabels): unknown {
  const t = (text: TextValue | undefined) => (text === undefined ? undefined : textIn(text, lang));
  const person = (p: PersonRef) => ({ id: p.id, name: t(p.name), side: p.side ?? null });
  const ref = (r: NamedRef | undefined) => (r ? { id: r.id, name: t(r.name) } : null);
  const event = (e: EventSnapshot | undefined) =>
    e
      ? {
          id: e.id,
          title: t(e.title),
          kind: e.kind,
          date: e.date,
          start: e.start,
          end: e.end,
          ...(e.place ? { place: ref(e.place) } : { from: ref(e.from), to: ref(e.to) }),
          vehicles: e.vehicles.map((v) => v.id),
          gather: e.gather ? { time: e.gather.time, at: t(e.gather.at) } : null,
        }
      : null;
  const value = (v: unknown): unknown => {
    if (v === undefined) return null;
    if (isNamedRef(v)) return { id: v.id, name: t(v.name as TextValue) };
    if (Array.isArray(v)) return v.map(value);
    if (isRecord(v)) return isTextMap(v) ? t(v as TextValue) : Object.fromEntries(Object.entries(v).map(([k, x]) => [k, value(x)]));
    return v;
  };
  const warning = revisionWarningText(notice, words);
  return {
    warnings: warning ? [warning] : [],
    title: t(notice.title) ?? null,
    old: { label: notice.old.label, revision: notice.old.revision ?? null },
    new: { label: notice.new.label, revision: notice.new.revision ?? null },
    person: notice.person ? person(notice.person) : null,
    changes: notice.changes.map((c) => ({
      scope: c.scope,
      id: c.key,
      type: c.scope === 'event' ? (c.action === 'removed' ? 'cancelled' : c.action === 'added' ? 'added' : c.moved ? 'moved' : 'changed') : c.action,
      date: c.date ?? null,
      name: t(c.name) ?? c.key,
      ...(c.event ? { before: event(c.event.before), after: event(c.event.after) } : {}),
      fields: c.fields.map((f) =>
        f.sensitive && !notice.includeSensitive
          ? { field: f.field, sensitive: true, before: null, after: null }
          : { field: f.field, ...(f.sensitive ? { sensitive: true } : {}), before: value(f.before), after: value(f.after) },
      ),
      attendeesAdded: c.attendeesAdded.map(person),
      attendeesRemoved: c.attendeesRemoved.map(person),
      seats: c.seats.map((s) => ({ person: person(s.person), before: s.before, after: s.after })),
      people: c.people.map(person),
    })),
    affected: notice.affected.map(person),
  };
}
