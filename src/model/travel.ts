// Door-to-door road time between two places: the `travel` table first (both directions), else an
// estimate from coordinates (great-circle distance × road factor at a road speed); else unknown.
import type { Model, Place } from './types.js';

export interface TravelOptions {
  /** Roads are longer than the great circle by this factor. */
  roadFactor: number;
  roadSpeedKmh: number;
}

/** The format's figures: distance × 1.3 at 50 km/h. */
export const DEFAULT_TRAVEL_OPTIONS: TravelOptions = { roadFactor: 1.3, roadSpeedKmh: 50 };

export type TravelTime =
  | { minutes: number; source: 'same-place' }
  | { minutes: number; source: 'table'; path: readonly (string | number)[] }
  | { minutes: number; source: 'estimate'; km: number };

const EARTH_RADIUS_KM = 6371.0088;
const tables = new WeakMap<Model, Map<string, { minutes: number; path: readonly (string | number)[] }>>();
/** Answers per model, options and pair of places: schedule sweeps ask for the same roads many times. */
const answers = new WeakMap<Model, Map<string, Map<Place, Map<Place, TravelTime | undefined>>>>();

function travelTable(model: Model) {
  let table = tables.get(model);
  if (!table) {
    table = new Map();
    for (const entry of model.travel) {
      const [a, b] = entry.between;
      // The first entry for a pair wins, in either direction.
      const value = { minutes: entry.minutes, path: entry.path };
      if (!table.has(`${a}\u0000${b}`)) table.set(`${a}\u0000${b}`, value);
      if (!table.has(`${b}\u0000${a}`)) table.set(`${b}\u0000${a}`, value);
    }
    tables.set(model, table);
  }
  return table;
}

/** Great-circle distance in km (haversine). */
export function greatCircleKm(a: readonly [number, number], b: readonly [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (b[0] - a[0]) * rad;
  const dLon = (b[1] - a[1]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[0] * rad) * Math.cos(b[0] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Minutes by road from one place to another and where the figure comes from; undefined when neither
 * the table nor coordinates on both ends give it.
 */
export function travelMinutes(model: Model, fromPlace: Place, toPlace: Place, options: TravelOptions = DEFAULT_TRAVEL_OPTIONS): TravelTime | undefined {
  let byOptions = answers.get(model);
  if (!byOptions) answers.set(model, (byOptions = new Map()));
  const optionsKey = keyOf(options);
  let byFrom = byOptions.get(optionsKey);
  if (!byFrom) byOptions.set(optionsKey, (byFrom = new Map()));
  let byTo = byFrom.get(fromPlace);
  if (!byTo) byFrom.set(fromPlace, (byTo = new Map()));
  const known = byTo.get(toPlace);
  if (known !== undefined || byTo.has(toPlace)) return known;
  const answer = computeTravel(model, fromPlace, toPlace, options);
  byTo.set(toPlace, answer);
  return answer;
}

/** The options last asked with and their key: a sweep asks thousands of times with the same options. */
let lastOptions: { factor: number; speed: number; key: string } | undefined;

function keyOf(options: TravelOptions): string {
  const { roadFactor: factor, roadSpeedKmh: speed } = options;
  if (lastOptions?.factor !== factor || lastOptions.speed !== speed) lastOptions = { factor, speed, key: `${factor}/${speed}` };
  return lastOptions.key;
}

function computeTravel(model: Model, fromPlace: Place, toPlace: Place, options: TravelOptions): TravelTime | undefined {
  if (fromPlace.id === toPlace.id) return { minutes: 0, source: 'same-place' };
  const entry = travelTable(model).get(`${fromPlace.id}\u0000${toPlace.id}`);
  if (entry) return { minutes: entry.minutes, source: 'table', path: entry.path };
  if (!fromPlace.geo || !toPlace.geo) return undefined;
  const km = greatCircleKm(fromPlace.geo, toPlace.geo);
  const exact = ((km * options.roadFactor) / options.roadSpeedKmh) * 60;
  // Round away float noise first, so that an exact 60.000000001 stays 60 before rounding up.
  const minutes = Math.ceil(Math.round(exact * 1e6) / 1e6);
  return { minutes, source: 'estimate', km };
}
