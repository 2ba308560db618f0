// A place without a timezone of its own is read in the visit's zone. When its city, address or
// coordinates say it lies in another zone, its times would be read hours off (a deleted
// `timezone: Europe/Moscow` on Sheremetyevo in a visit to China): that is one finding, and the times
// at the place are not used by the schedule checks until it is fixed.
import { tzOffset } from '@date-fns/tz';
import type { Place } from './types.js';
import { allVariants } from './text.js';
import { greatCircleKm } from './travel.js';
import { isValidTimeZone, zoneOfPlace } from './zones.js';

/** Hours between a place's solar time (longitude / 15) and its zone beyond which the zone cannot be its own. */
const SOLAR_HOURS = 3.5;
/** A place with a zone of its own this near (km) is taken as the zone the place most likely has. */
const NEIGHBOUR_KM = 300;

export interface ZoneAtOdds {
  /** The zone the place is read in (the visit's). */
  readIn: string;
  /** What says otherwise, in words: "its city names Тверь (Europe/Moscow)", "its coordinates …". */
  evidence: string;
  /** The zone the place most likely has, when a name or a neighbouring place tells. */
  likely?: string;
  /** The evidence as data, for findings worded in other languages. */
  clue: ZoneClue;
}

/** A city or address that names a place in another zone, or coordinates hours away from the zone. */
export type ZoneClue =
  | { kind: 'names'; field: 'city' | 'address'; part: string; zone: string; offset: string }
  | { kind: 'coordinates'; where: string; hours: number; direction: 'west' | 'east' };

/** UTC offset in hours of `zone` at noon UTC of `date` (YYYY-MM-DD). */
function offsetHours(zone: string, date: string): number {
  const offset = tzOffset(zone, new Date(`${date}T12:00:00Z`));
  return Number.isNaN(offset) ? 0 : offset / 60;
}

export function utcLabel(hours: number): string {
  const sign = hours < 0 ? '−' : '+';
  const abs = Math.abs(hours);
  const whole = Math.floor(abs);
  const minutes = Math.round((abs - whole) * 60);
  return `UTC${sign}${whole}${minutes ? `:${String(minutes).padStart(2, '0')}` : ''}`;
}

const cache = new WeakMap<Place, Map<string, ZoneAtOdds | null>>();

/**
 * Why `place`, which has no timezone and is read in `zone` on `date`, lies in another zone; undefined
 * when nothing says so (no city, address or coordinates that disagree) or the place has a zone.
 * `others` are the places to take a neighbour's zone from.
 */
export function zoneAtOdds(place: Place, zone: string, date: string, others: readonly Place[]): ZoneAtOdds | undefined {
  if (place.timezone !== undefined || !isValidTimeZone(zone)) return undefined;
  let byZone = cache.get(place);
  if (!byZone) cache.set(place, (byZone = new Map()));
  const key = `${zone}|${date}`;
  let answer = byZone.get(key);
  if (answer === undefined) {
    answer = compute(place, zone, date, others) ?? null;
    byZone.set(key, answer);
  }
  return answer ?? undefined;
}

function compute(place: Place, zone: string, date: string, others: readonly Place[]): ZoneAtOdds | undefined {
  const here = offsetHours(zone, date);
  // A city or a part of the address that names a place in a zone with another offset.
  for (const [field, value] of [['city', place.city], ['address', place.address]] as const) {
    for (const text of allVariants(value)) {
      for (const part of [text, ...text.split(/[,;()]/)]) {
        const named = zoneOfPlace(part.replace(/^\s*(г\.|город|city of)\s*/i, '').trim());
        if (named && offsetHours(named, date) !== here) {
          const offset = utcLabel(offsetHours(named, date));
          return {
            readIn: zone,
            likely: named,
            evidence: `its ${field} names ${part.trim()} (${named}, ${offset})`,
            clue: { kind: 'names', field, part: part.trim(), zone: named, offset },
          };
        }
      }
    }
  }
  if (!place.geo) return undefined;
  const [lat, lon] = place.geo;
  const solar = lon / 15;
  if (Math.abs(solar - here) <= SOLAR_HOURS) return undefined;
  let likely: string | undefined;
  let best = NEIGHBOUR_KM;
  for (const other of others) {
    if (other === place || !other.geo || !other.timezone || !isValidTimeZone(other.timezone)) continue;
    const km = greatCircleKm(place.geo, other.geo);
    if (km <= best) {
      best = km;
      likely = other.timezone;
    }
  }
  const where = `${Math.abs(lat).toFixed(2)}° ${lat < 0 ? 'S' : 'N'}, ${Math.abs(lon).toFixed(2)}° ${lon < 0 ? 'W' : 'E'}`;
  const hours = Math.round(Math.abs(solar - here));
  const direction = solar < here ? 'west' : 'east';
  return {
    readIn: zone,
    ...(likely ? { likely } : {}),
    evidence: `its coordinates (${where}) lie about ${hours} h ${direction} of that zone`,
    clue: { kind: 'coordinates', where, hours, direction },
  };
}
