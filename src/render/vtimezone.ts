// VTIMEZONE components (RFC 5545 §3.6.5) built from the same zone data that turned the programme's
// wall-clock times into instants, so a calendar reading the file lands on exactly those instants.
import { offsetMinutes } from '../model/time.js';

const MINUTE = 60_000;
const DAY = 86_400_000;

export interface Transition {
  /** First instant of the new offset. */
  at: number;
  from: number;
  to: number;
}

/** Offset changes of `zone` in [start, end), found by sampling daily and bisecting to the minute. */
export function zoneTransitions(zone: string, start: number, end: number): Transition[] {
  const out: Transition[] = [];
  let previous = offsetMinutes(zone, start);
  for (let t = start + DAY; t < end + DAY; t += DAY) {
    const current = offsetMinutes(zone, t);
    if (current === previous) continue;
    let lo = t - DAY;
    let hi = t;
    while (hi - lo > MINUTE) {
      const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
      if (mid === lo) break;
      if (offsetMinutes(zone, mid) === previous) lo = mid;
      else hi = mid;
    }
    out.push({ at: hi, from: previous, to: offsetMinutes(zone, hi) });
    previous = current;
  }
  return out;
}

/** The lines of a VTIMEZONE for `zone` that is exact over the years from `firstMs` to `lastMs`. */
export function vtimezoneLines(zone: string, firstMs: number, lastMs: number): string[] {
  const start = Date.UTC(new Date(firstMs).getUTCFullYear() - 1, 11, 31);
  const end = Date.UTC(new Date(lastMs).getUTCFullYear() + 1, 0, 2);
  const initial = offsetMinutes(zone, start);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`, `X-LIC-LOCATION:${zone}`];
  const observance = (kind: 'STANDARD' | 'DAYLIGHT', at: number, from: number, to: number) => {
    lines.push(`BEGIN:${kind}`, `DTSTART:${localStamp(at + from * MINUTE)}`, `TZOFFSETFROM:${offsetText(from)}`, `TZOFFSETTO:${offsetText(to)}`, `END:${kind}`);
  };
  observance('STANDARD', start, initial, initial);
  for (const t of zoneTransitions(zone, start, end)) observance(t.to > t.from ? 'DAYLIGHT' : 'STANDARD', t.at, t.from, t.to);
  lines.push('END:VTIMEZONE');
  return lines;
}

/** YYYYMMDDTHHMMSS of a wall-clock instant expressed as UTC milliseconds. */
export function localStamp(wallMs: number): string {
  return new Date(wallMs).toISOString().slice(0, 19).replace(/[-:]/g, '');
}

export function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}
