// The change notice: what changed in the programme and for whom, as plain text (a message to the
// delegation), Markdown (a pull-request comment) or JSON, with labels in Russian, English or Chinese.
import { textIn } from '../model/text.js';
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
  throughout: string;
  removed: string;
  seats: string;
  /** Said first when something changed but the revision did not increase. */
  revisionWarning: (old: string, now: string) => string;
  noRevision: string;
  /** A sensitive field changed, its values not shown. */
  hidden: string;
  scopes: Record<Scope, string>;
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
    noChanges: 'No changes.',
    nextDay: 'next day',
    throughout: 'Throughout the visit',
    removed: 'Removed',
    seats: 'Seat',
    revisionWarning: (old, now) => `Warning: the programme changed but its revision did not increase (${old} → ${now}); calendars that imported it will not update.`,
    noRevision: 'none',
    hidden: 'changed (not shown: personal data; --include-sensitive shows it)',
    scopes: {
      visit: 'Visit', contacts: 'Duty contacts', organization: 'Organization', person: 'Person', group: 'Group', place: 'Place',
      travel: 'Road time', vehicle: 'Vehicle', agreement: 'Agreement', day: 'Day', event: 'Event',
    },
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
    noChanges: 'Изменений нет.',
    nextDay: 'след. день',
    throughout: 'На весь визит',
    removed: 'Удалено',
    seats: 'Место в транспорте',
    revisionWarning: (old, now) => `Внимание: программа изменилась, а номер редакции не увеличен (${old} → ${now}); импортированные календари не обновятся.`,
    noRevision: 'нет',
    hidden: 'изменено (не показано: персональные данные; покажет --include-sensitive)',
    scopes: {
      visit: 'Визит', contacts: 'Дежурные контакты', organization: 'Организация', person: 'Участник', group: 'Группа', place: 'Место',
      travel: 'Время в пути', vehicle: 'Транспорт', agreement: 'Соглашение', day: 'День', event: 'Мероприятие',
    },
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
    noChanges: '无变更。',
    nextDay: '次日',
    throughout: '整个访问期间',
    removed: '删除',
    seats: '乘车',
    revisionWarning: (old, now) => `注意：日程已变更，但版本号未增加（${old} → ${now}）；已导入的日历不会更新。`,
    noRevision: '无',
    hidden: '已变更（个人信息不显示；使用 --include-sensitive 显示）',
    scopes: {
      visit: '访问', contacts: '值班联系人', organization: '单位', person: '人员', group: '小组', place: '地点',
      travel: '路程时间', vehicle: '车辆', agreement: '协议', day: '日期', event: '活动',
    },
    date: (date) => {
      const { m, d, weekday } = parts(date);
      return `${m}月${d}日 ${ZH_DAYS[weekday]}`;
    },
  },
};

/** Field names in each language; a field not listed here is shown by its name in the file. */
const FIELD_LABELS: Record<string, [en: string, ru: string, zh: string]> = {
  id: ['Id', 'Идентификатор', '标识'],
  title: ['Title', 'Название', '名称'],
  name: ['Name', 'Имя', '姓名'],
  from: ['From', 'Откуда', '出发'],
  to: ['To', 'Куда', '到达'],
  timezone: ['Time zone', 'Часовой пояс', '时区'],
  head: ['Head of delegation', 'Руководитель делегации', '团长'],
  languages: ['Languages', 'Языки', '语言'],
  host: ['Host', 'Принимающая сторона', '接待方'],
  notes: ['Notes', 'Примечания', '备注'],
  contacts: ['Duty contacts', 'Дежурные контакты', '值班联系人'],
  side: ['Side', 'Сторона', '方'],
  kind: ['Kind', 'Вид', '类型'],
  sector: ['Sector', 'Отрасль', '行业'],
  city: ['City', 'Город', '城市'],
  country: ['Country', 'Страна', '国家'],
  inn: ['INN', 'ИНН', '税号'],
  org: ['Organization', 'Организация', '单位'],
  role: ['Role', 'Роль', '角色'],
  position: ['Position', 'Должность', '职务'],
  precedence: ['Precedence', 'Протокольный порядок', '礼宾顺序'],
  phone: ['Phone', 'Телефон', '电话'],
  email: ['E-mail', 'Эл. почта', '电子邮件'],
  passport: ['Passport data', 'Паспортные данные', '护照信息'],
  diet: ['Diet', 'Питание', '饮食要求'],
  bio: ['Biography', 'Биография', '简历'],
  members: ['Members', 'Состав', '成员'],
  address: ['Address', 'Адрес', '地址'],
  geo: ['Coordinates', 'Координаты', '坐标'],
  capacity: ['Capacity', 'Вместимость', '容量'],
  between: ['Between', 'Между', '之间'],
  minutes: ['Minutes by road', 'Минут в пути', '路程分钟'],
  seats: ['Seats', 'Мест', '座位'],
  plate: ['Plate', 'Госномер', '车牌'],
  driver: ['Driver', 'Водитель', '司机'],
  'driver.name': ['Driver', 'Водитель', '司机'],
  'driver.phone': ['Driver\'s phone', 'Телефон водителя', '司机电话'],
  parties: ['Parties', 'Стороны', '签约方'],
  signatories: ['Signatories', 'Подписанты', '签字人'],
  date: ['Date', 'Дата', '日期'],
  hotel: ['Hotel for the night', 'Гостиница на ночь', '当晚住宿'],
  start: ['Start', 'Начало', '开始'],
  end: ['End', 'Окончание', '结束'],
  place: ['Place', 'Место', '地点'],
  attendees: ['Attendees', 'Участники', '参加人员'],
  vehicles: ['Vehicles', 'Транспорт', '车辆'],
  agreements: ['Agreements signed', 'Подписываемые соглашения', '签署协议'],
  gather: ['Gathering', 'Сбор', '集合'],
  'gather.time': ['Gathering time', 'Время сбора', '集合时间'],
  'gather.at': ['Gathering point', 'Место сбора', '集合地点'],
  dress: ['Dress code', 'Форма одежды', '着装'],
  responsible: ['Officer in charge', 'Ответственный', '负责人'],
  flight: ['Flight', 'Рейс', '航班'],
  brief: ['Brief', 'Справка', '简报'],
  'brief.purpose': ['Purpose', 'Цель', '目的'],
  'brief.talking_points': ['Talking points', 'Тезисы', '谈话要点'],
  'brief.background': ['Background', 'Справочно', '背景'],
};

export function fieldLabel(field: string, lang: string): string {
  const index = lang === 'ru' ? 1 : lang === 'zh' ? 2 : 0;
  const entry = FIELD_LABELS[field] ?? (field.startsWith('passport.') ? FIELD_LABELS.passport : undefined) ?? FIELD_LABELS[field.split('.')[0]!];
  if (!entry) return field;
  // A nested field under a known one that has no label of its own: "Vehicles (gov-car)".
  const nested = !FIELD_LABELS[field] && field.includes('.') && !field.startsWith('passport.') ? ` (${field.split('.').slice(1).join('.')})` : '';
  return entry[index] + nested;
}

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

/** One change of the notice: the kind of change, then its details. */
interface Entry {
  date: string | undefined;
  verb: string;
  headline: string;
  details: [label: string, value: string][];
}

/** The warning said first when the content changed but the revision did not increase. */
export function revisionWarningText(notice: ChangeNotice, lang: string): string | undefined {
  if (!notice.revisionWarning) return undefined;
  const L = labelsFor(lang);
  const show = (r: string | number | undefined) => (r === undefined ? L.noRevision : String(r));
  return L.revisionWarning(show(notice.old.revision), show(notice.new.revision));
}

function formatText(notice: ChangeNotice, lang: string, md: boolean): string {
  const L = labelsFor(lang);
  const t = (text: TextValue | undefined, fallback = '') => textIn(text, lang) || fallback;
  const esc = md ? escapeMarkdown : (s: string) => s;
  const names = (people: readonly PersonRef[]) => (people.length === 0 ? L.none : people.map((p) => esc(t(p.name, p.id))).join(L.list));
  const out: string[] = [];
  const warning = revisionWarningText(notice, lang);
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
    return out.join('\n') + '\n';
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
  return out.join('\n') + '\n';
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
  L: Labels,
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
      const label = fieldLabel(f.field, lang);
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
  if (change.scope === 'event') {
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

function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>|#~])/g, '\\$1');
}

function noticeJson(notice: ChangeNotice, lang: string): unknown {
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
  const warning = revisionWarningText(notice, lang);
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
