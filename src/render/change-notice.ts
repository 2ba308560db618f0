// The change notice: what changed in the programme and for whom, as plain text (a message to the
// delegation), Markdown (a pull-request comment) or JSON, with labels in Russian, English or Chinese.
import { textIn } from '../model/text.js';
import { safeText } from '../text/safe.js';
import type { Side, TextValue } from '../model/types.js';

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

interface Labels {
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
  date: (date: string) => string;
}

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const EN_DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const RU_MONTHS = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const RU_DAYS = ['вс', 'пн', 'вт', 'ср', 'чт', 'пт', 'сб'];
const ZH_DAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

const parts = (date: string) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return { m, d, weekday: new Date(Date.UTC(y, m - 1, d)).getUTCDay() };
};

export const NOTICE_LABELS: Record<'en' | 'ru' | 'zh', Labels> = {
  en: {
    colon: ': ',
    comma: ', ',
    list: ', ',
    quote: ['«', '»'],
    heading: 'Programme changes',
    forPerson: 'For',
    revision: 'revision',
    added: 'Added',
    cancelled: 'Cancelled',
    moved: 'Moved',
    changed: 'Changed',
    when: 'Time',
    place: 'Place',
    route: 'Route',
    title: 'Title',
    attendeesAdded: 'Now attending',
    attendeesRemoved: 'No longer attending',
    vehicles: 'Vehicles',
    gather: 'Gathering',
    hotel: 'Hotel for the night',
    attending: 'Attending',
    affects: 'Affects',
    affected: 'Affected',
    delegation: 'Delegation',
    host: 'Host side',
    none: 'none',
    noChanges: 'No changes to events, attendees, vehicles, gathering points or hotels.',
    nextDay: 'next day',
    date: (date) => {
      const { m, d, weekday } = parts(date);
      return `${EN_DAYS[weekday]} ${d} ${EN_MONTHS[m - 1]}`;
    },
  },
  ru: {
    colon: ': ',
    comma: ', ',
    list: ', ',
    quote: ['«', '»'],
    heading: 'Изменения в программе',
    forPerson: 'Для',
    revision: 'редакция',
    added: 'Добавлено',
    cancelled: 'Отменено',
    moved: 'Перенесено',
    changed: 'Изменено',
    when: 'Время',
    place: 'Место',
    route: 'Маршрут',
    title: 'Название',
    attendeesAdded: 'Добавлены участники',
    attendeesRemoved: 'Больше не участвуют',
    vehicles: 'Транспорт',
    gather: 'Сбор',
    hotel: 'Гостиница на ночь',
    attending: 'Участники',
    affects: 'Касается',
    affected: 'Затронуты',
    delegation: 'Делегация',
    host: 'Принимающая сторона',
    none: 'нет',
    noChanges: 'Изменений в мероприятиях, участниках, транспорте, местах сбора и гостиницах нет.',
    nextDay: 'след. день',
    date: (date) => {
      const { m, d, weekday } = parts(date);
      return `${RU_DAYS[weekday]}, ${d} ${RU_MONTHS[m - 1]}`;
    },
  },
  zh: {
    colon: '：',
    comma: '，',
    list: '、',
    quote: ['“', '”'],
    heading: '日程变更',
    forPerson: '人员',
    revision: '版本',
    added: '新增',
    cancelled: '取消',
    moved: '调整',
    changed: '变更',
    when: '时间',
    place: '地点',
    route: '路线',
    title: '名称',
    attendeesAdded: '新增参加人员',
    attendeesRemoved: '不再参加',
    vehicles: '车辆',
    gather: '集合',
    hotel: '当晚住宿',
    attending: '参加人员',
    affects: '涉及',
    affected: '涉及人员',
    delegation: '代表团',
    host: '接待方',
    none: '无',
    noChanges: '活动、参加人员、车辆、集合地点和住宿均无变更。',
    nextDay: '次日',
    date: (date) => {
      const { m, d, weekday } = parts(date);
      return `${m}月${d}日 ${ZH_DAYS[weekday]}`;
    },
  },
};

export function labelsFor(lang: string): Labels {
  return (NOTICE_LABELS as Record<string, Labels>)[lang] ?? NOTICE_LABELS.en;
}

export interface NoticeOptions {
  format: NoticeFormat;
  /** Language of labels and of names (a name without that variant is shown in its first one). */
  lang: string;
}

export function formatChangeNotice(notice: ChangeNotice, options: NoticeOptions): string {
  if (options.format === 'json') return JSON.stringify(noticeJson(notice, options.lang), null, 2) + '\n';
  return formatText(notice, options.lang, options.format === 'md');
}

/** One line of the notice: the kind of change, then its details. */
interface Entry {
  date: string;
  verb: string;
  headline: string;
  details: [label: string, value: string][];
}

function formatText(notice: ChangeNotice, lang: string, md: boolean): string {
  const L = labelsFor(lang);
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
  L: Labels,
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
