// The change notice: what changed in the programme and for whom, as plain text (a message to the
// delegation), Markdown (a pull-request comment) or JSON, with labels in Russian, English or Chinese.
import { textIn } from '../model/text.js';
import { safeText } from '../text/safe.js';
import type { Side, TextValue } from '../model/types.js';
import { formatDate } from './dates.js';
import type { Labels, NoticeLabels } from './labels.js';

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

export type EventChange =
  | { type: 'added' | 'cancelled'; event: EventSnapshot; people: PersonRef[] }
  | {
      type: 'changed';
      before: EventSnapshot;
      after: EventSnapshot;
      time: boolean;
      place: boolean;
      vehicles: boolean;
      gather: boolean;
      title: boolean;
      attendeesAdded: PersonRef[];
      attendeesRemoved: PersonRef[];
      /** Everyone whose day this changes. */
      people: PersonRef[];
    }
  | { type: 'hotel'; date: string; before?: NamedRef; after?: NamedRef; people: PersonRef[] };

export interface ChangeNotice {
  title: TextValue | undefined;
  old: { label: string; revision?: string | number };
  new: { label: string; revision?: string | number };
  /** Set when the notice is for one person. */
  person?: PersonRef;
  changes: EventChange[];
  /** Everyone affected by at least one change: delegation first, by precedence. */
  affected: PersonRef[];
}

export interface NoticeOptions {
  format: NoticeFormat;
  /** Language of names (a name without that variant is shown in its first one). */
  lang: string;
  /** The notice's words, in `lang`. */
  labels: Labels;
}

export function formatChangeNotice(notice: ChangeNotice, options: NoticeOptions): string {
  if (options.format === 'json') return JSON.stringify(noticeJson(notice, options.lang), null, 2) + '\n';
  return formatText(notice, options.lang, options.labels.notice, options.format === 'md');
}

/** One line of the notice: the kind of change, then its details. */
interface Entry {
  date: string;
  verb: string;
  headline: string;
  details: [label: string, value: string][];
}

function formatText(notice: ChangeNotice, lang: string, words: NoticeLabels, md: boolean): string {
  const L = { ...words, date: (date: string) => formatDate(date, words.date, lang) };
  // Names and titles reach a terminal or a message: one line each, control characters shown.
  const t = (text: TextValue | undefined, fallback = '') => safeText(textIn(text, lang) || fallback);
  const esc = md ? escapeMarkdown : (s: string) => s;
  const names = (people: readonly PersonRef[]) => (people.length === 0 ? L.none : people.map((p) => esc(t(p.name, p.id))).join(L.list));
  const out: string[] = [];
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
  const entries = notice.changes.map((c) => entryOf(c, L, t, esc, names));
  let day = '';
  for (const entry of entries) {
    if (entry.date !== day) {
      if (day !== '') out.push('');
      day = entry.date;
      out.push(md ? `### ${L.date(day)}` : L.date(day));
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

function entryOf(
  change: EventChange,
  L: Omit<NoticeLabels, 'date'> & { date: (date: string) => string },
  t: (text: TextValue | undefined, fallback?: string) => string,
  esc: (s: string) => string,
  names: (people: readonly PersonRef[]) => string,
): Entry {
  const span = (e: EventSnapshot) => `${e.start}–${e.end.endsWith('+1') ? `${e.end.slice(0, 5)} (${L.nextDay})` : e.end}`;
  const where = (e: EventSnapshot) => (e.place ? esc(t(e.place.name, e.place.id)) : `${esc(t(e.from?.name, e.from?.id))} → ${esc(t(e.to?.name, e.to?.id))}`);
  const title = (e: EventSnapshot) => `${L.quote[0]}${esc(t(e.title, e.id))}${L.quote[1]}`;
  switch (change.type) {
    case 'added':
    case 'cancelled': {
      const e = change.event;
      return {
        date: e.date,
        verb: change.type === 'added' ? L.added : L.cancelled,
        headline: [title(e), span(e), where(e)].join(L.comma),
        details: [[change.type === 'added' ? L.attending : L.affects, names(change.people)]],
      };
    }
    case 'hotel':
      return {
        date: change.date,
        verb: L.changed,
        headline: `${L.hotel}${L.colon}${change.before ? esc(t(change.before.name, change.before.id)) : L.none} → ${change.after ? esc(t(change.after.name, change.after.id)) : L.none}`,
        details: [[L.affects, names(change.people)]],
      };
    case 'changed': {
      const { before: a, after: b } = change;
      const details: [string, string][] = [];
      if (change.title) details.push([L.title, `${title(a)} → ${title(b)}`]);
      if (change.time) {
        const from = a.date === b.date ? span(a) : `${L.date(a.date)} ${span(a)}`;
        const to = a.date === b.date ? span(b) : `${L.date(b.date)} ${span(b)}`;
        details.push([L.when, `${from} → ${to}`]);
      }
      if (change.place) details.push([a.place && b.place ? L.place : L.route, `${where(a)} → ${where(b)}`]);
      if (change.vehicles) {
        const list = (e: EventSnapshot) => (e.vehicles.length === 0 ? L.none : e.vehicles.map((v) => esc(v.id === t(v.name) ? v.id : `${v.id} (${t(v.name)})`)).join(L.list));
        details.push([L.vehicles, `${list(a)} → ${list(b)}`]);
      }
      if (change.gather) {
        const g = (e: EventSnapshot) => (e.gather ? `${e.gather.time}${L.comma}${esc(t(e.gather.at))}` : L.none);
        details.push([L.gather, `${g(a)} → ${g(b)}`]);
      }
      if (change.attendeesAdded.length > 0) details.push([L.attendeesAdded, names(change.attendeesAdded)]);
      if (change.attendeesRemoved.length > 0) details.push([L.attendeesRemoved, names(change.attendeesRemoved)]);
      details.push([L.affects, names(change.people)]);
      const moved = change.time || change.place;
      const headline = [title(b), ...(change.time ? [] : [span(b)]), ...(change.place ? [] : [where(b)])].join(L.comma);
      return { date: b.date, verb: moved ? L.moved : L.changed, headline, details };
    }
  }
}

function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>|#~])/g, '\\$1');
}

function noticeJson(notice: ChangeNotice, lang: string): unknown {
  const t = (text: TextValue | undefined) => (text === undefined ? undefined : textIn(text, lang));
  const person = (p: PersonRef) => ({ id: p.id, name: t(p.name), side: p.side ?? null });
  const ref = (r: NamedRef | undefined) => (r ? { id: r.id, name: t(r.name) } : null);
  const event = (e: EventSnapshot) => ({
    id: e.id,
    title: t(e.title),
    kind: e.kind,
    date: e.date,
    start: e.start,
    end: e.end,
    ...(e.place ? { place: ref(e.place) } : { from: ref(e.from), to: ref(e.to) }),
    vehicles: e.vehicles.map((v) => v.id),
    gather: e.gather ? { time: e.gather.time, at: t(e.gather.at) } : null,
  });
  return {
    title: t(notice.title) ?? null,
    old: { label: notice.old.label, revision: notice.old.revision ?? null },
    new: { label: notice.new.label, revision: notice.new.revision ?? null },
    person: notice.person ? person(notice.person) : null,
    changes: notice.changes.map((c) => {
      switch (c.type) {
        case 'added':
        case 'cancelled':
          return { type: c.type, event: event(c.event), people: c.people.map(person) };
        case 'hotel':
          return { type: c.type, date: c.date, before: ref(c.before), after: ref(c.after), people: c.people.map(person) };
        case 'changed': {
          const fields: string[] = (['time', 'place', 'vehicles', 'gather', 'title'] as const).filter((f) => c[f]);
          if (c.attendeesAdded.length + c.attendeesRemoved.length > 0) fields.push('attendees');
          return {
            type: c.time || c.place ? 'moved' : 'changed',
            fields,
            before: event(c.before),
            after: event(c.after),
            attendeesAdded: c.attendeesAdded.map(person),
            attendeesRemoved: c.attendeesRemoved.map(person),
            people: c.people.map(person),
          };
        }
      }
    }),
    affected: notice.affected.map(person),
  };
}
