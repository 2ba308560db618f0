// Wall-clock times at a place to absolute instants, independent of the machine's time zone.
// A local time that occurs twice (clocks turned back) means the first; one that does not exist
// (clocks turned forward) moves forward by the gap, as in iCalendar (RFC 5545 §3.3.5).
import { tzOffset } from '@date-fns/tz';

const MINUTE = 60_000;
const QUARTER_HOUR = 15 * MINUTE;
const DAY = 86_400_000;

/** Per zone, the offset in force in each quarter hour asked about (numbered from the epoch). */
const offsetCache = new Map<string, Map<number, number>>();

/** Offset of `zone` from UTC in minutes at the instant `ms`. */
export function offsetMinutes(zone: string, ms: number): number {
  // Transitions fall on quarter hours in every zone in use; cache per quarter hour.
  let byQuarter = offsetCache.get(zone);
  if (byQuarter === undefined) offsetCache.set(zone, (byQuarter = new Map()));
  const quarter = Math.floor(ms / QUARTER_HOUR);
  let offset = byQuarter.get(quarter);
  if (offset === undefined) {
    offset = tzOffset(zone, new Date(ms));
    if (Number.isNaN(offset)) offset = 0;
    if (byQuarter.size > 200_000) byQuarter.clear();
    byQuarter.set(quarter, offset);
  }
  return offset;
}

export { isValidTimeZone } from './zones.js';

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Why a YYYY-MM-DD text is no calendar date: a month that does not exist, or a day its month lacks. */
export type CalendarDateFault =
  | { kind: 'form' }
  | { kind: 'month'; month: number }
  | { kind: 'day'; day: number; month: number; year: number; days: number };

/** What is wrong with `value` as a calendar date, or undefined when it is one. */
export function calendarDateFault(value: string): CalendarDateFault | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return { kind: 'form' };
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (m < 1 || m > 12) return { kind: 'month', month: m };
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d < 1 || d > days) return { kind: 'day', day: d, month: m, year: y, days };
  return undefined;
}

/**
 * Why `value` is no calendar date, in English words ("30 February 2024 does not exist: February 2024
 * has 29 days"), or undefined when it is one. Written in the form YYYY-MM-DD but not in the calendar
 * is said so, not "a date is YYYY-MM-DD". Reports word the same fault in their language from
 * `calendarDateFault`.
 */
export function calendarDateProblem(value: string): string | undefined {
  const fault = calendarDateFault(value);
  if (!fault) return undefined;
  if (fault.kind === 'form') return 'a date is YYYY-MM-DD, e.g. 2023-11-21';
  if (fault.kind === 'month') return `${value}: there is no month ${fault.month} (months are 01 to 12)`;
  const month = MONTH_NAMES[fault.month - 1]!;
  return `${fault.day} ${month} ${fault.year} does not exist: ${month} ${fault.year} has ${fault.days} days`;
}

/** Days since 1970-01-01 of the dates asked about: a programme has few dates and many events on each. */
const dayNumbers = new Map<string, number>();

/** Days since 1970-01-01 of a YYYY-MM-DD date. */
export function dayNumber(date: string): number {
  let day = dayNumbers.get(date);
  if (day === undefined) {
    day = Math.floor(Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / DAY);
    if (dayNumbers.size > 100_000) dayNumbers.clear();
    dayNumbers.set(date, day);
  }
  return day;
}

export function dateOfDayNumber(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/** Minutes since midnight of "HH:MM" (a "+1" suffix is ignored here). */
export function minutesOfTime(time: string): number {
  // Four digits around a colon, the form every valid time has, read without making substrings.
  const h1 = time.charCodeAt(0) - 48;
  const h2 = time.charCodeAt(1) - 48;
  const m1 = time.charCodeAt(3) - 48;
  const m2 = time.charCodeAt(4) - 48;
  if (time.charCodeAt(2) === 58 && h1 >= 0 && h1 <= 9 && h2 >= 0 && h2 <= 9 && m1 >= 0 && m1 <= 9 && m2 >= 0 && m2 <= 9) return (h1 * 10 + h2) * 60 + m1 * 10 + m2;
  return +time.slice(0, 2) * 60 + +time.slice(3, 5);
}

/** Per zone, the instant of each wall-clock minute asked about (numbered from the epoch). */
const instantCache = new Map<string, Map<number, number>>();

/** The instant (epoch ms) of wall-clock `date` + `time` in `zone`, plus `addDays` days. */
export function localToInstant(date: string, time: string, zone: string, addDays = 0): number {
  const wall = (dayNumber(date) + addDays) * DAY + minutesOfTime(time) * MINUTE;
  let byWall = instantCache.get(zone);
  if (byWall === undefined) instantCache.set(zone, (byWall = new Map()));
  const key = wall / MINUTE;
  let instant = byWall.get(key);
  if (instant === undefined) {
    instant = wallToInstant(wall, zone);
    if (byWall.size > 200_000) byWall.clear();
    byWall.set(key, instant);
  }
  return instant;
}

function wallToInstant(wall: number, zone: string): number {
  const before = offsetMinutes(zone, wall - DAY);
  const after = offsetMinutes(zone, wall + DAY);
  // The offsets in force a day before and a day after; each is right when the instant it gives has it.
  const early = wall - before * MINUTE;
  // The same offset on both sides: no change near this day, the instant is that offset's.
  if (before === after) return early;
  const earlyFits = offsetMinutes(zone, early) === before;
  const late = wall - after * MINUTE;
  const lateFits = offsetMinutes(zone, late) === after;
  if (earlyFits && lateFits) return Math.min(early, late);
  if (earlyFits) return early;
  if (lateFits) return late;
  // In a gap: read the wall time with the offset in force before the change, which lands after it.
  return early;
}

/** The wall-clock date and time ("YYYY-MM-DD", "HH:MM") of an instant in `zone`. */
export function instantToLocal(ms: number, zone: string): { date: string; time: string } {
  const wall = ms + offsetMinutes(zone, ms) * MINUTE;
  const iso = new Date(wall).toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}
