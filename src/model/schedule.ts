// Every person's and vehicle's events in order of absolute start, built once per model and shared
// by the rules that sweep a schedule (overlaps, travel times, long days, meal gaps).
import type { ItineraryEvent, Model, Person, Place, Vehicle } from './types.js';

/** An event whose places are known and whose absolute times are valid and in order. */
export interface TimedEvent extends ItineraryEvent {
  startMs: number;
  endMs: number;
  startPlace: Place;
  endPlace: Place;
}

/** Bits of `Schedule.flags`. */
export const MEAL_LIKE = 1;
export const FLIGHT = 2;
export const TRANSFER = 4;

/**
 * Lists of events are arrays of positions in `events` (ascending, so in order of start). What the
 * sweeps read of an event is copied into typed arrays by position: reading tens of thousands of
 * event objects in a person's order is what makes a naive sweep slow, not the arithmetic.
 */
export interface Schedule {
  /** Timed events sorted by absolute start; events that start together keep file order. */
  events: readonly TimedEvent[];
  starts: Float64Array;
  ends: Float64Array;
  /** Positions in `places` of each event's start and end place. */
  startPlaces: Int32Array;
  endPlaces: Int32Array;
  /** The distinct places of timed events, by position. */
  places: readonly Place[];
  /** `Day.index` of each event. */
  days: Int32Array;
  /** MEAL_LIKE (a meal or a flight), FLIGHT, TRANSFER. */
  flags: Uint8Array;
  /** Each person's timed events. */
  byPerson: ReadonlyMap<Person, readonly number[]>;
  /** Each vehicle's timed events. */
  byVehicle: ReadonlyMap<Vehicle, readonly number[]>;
  /**
   * Dates on which a person has an event left out of the schedule (unknown place, invalid zone, times
   * out of order, or an event the schema rejected). Findings that compare a person's consecutive events do not bridge such a date: the
   * event in between is where the person is, and its fault is reported by its own rule.
   */
  untimedDates: ReadonlyMap<Person, ReadonlySet<string>>;
  /** Each person's timed events split by `days[]` entry (built on first use). */
  personDays(person: Person): readonly (readonly number[])[];
}

const cache = new WeakMap<Model, Schedule>();

/**
 * Events with an unknown place or an invalid zone have no reliable time, and one that ends at or
 * before its start is reported by time-order: schedules leave all of them out.
 */
export function isTimed(event: ItineraryEvent): event is TimedEvent {
  return (
    event.startPlace !== undefined &&
    event.endPlace !== undefined &&
    event.startMs !== undefined &&
    event.endMs !== undefined &&
    event.endMs > event.startMs
  );
}

export function scheduleOf(model: Model): Schedule {
  let schedule = cache.get(model);
  if (!schedule) {
    schedule = buildSchedule(model);
    cache.set(model, schedule);
  }
  return schedule;
}

function buildSchedule(model: Model): Schedule {
  const timed = model.events.filter(isTimed);
  const events = inOrderOfStart(timed);
  const count = events.length;
  const starts = new Float64Array(count);
  const ends = new Float64Array(count);
  const startPlaces = new Int32Array(count);
  const endPlaces = new Int32Array(count);
  const dayOf = new Int32Array(count);
  const flags = new Uint8Array(count);
  const places: Place[] = [];
  const placeIndex = new Map<Place, number>();
  const indexOf = (place: Place) => {
    let index = placeIndex.get(place);
    if (index === undefined) {
      index = places.push(place) - 1;
      placeIndex.set(place, index);
    }
    return index;
  };
  const byPerson = new Map<Person, number[]>();
  const byVehicle = new Map<Vehicle, number[]>();
  events.forEach((event, index) => {
    starts[index] = event.startMs;
    ends[index] = event.endMs;
    startPlaces[index] = indexOf(event.startPlace);
    endPlaces[index] = indexOf(event.endPlace);
    dayOf[index] = event.day.index;
    flags[index] = (event.kind === 'meal' || event.kind === 'flight' ? MEAL_LIKE : 0) | (event.kind === 'flight' ? FLIGHT : 0) | (event.kind === 'transfer' ? TRANSFER : 0);
    for (const person of event.people) {
      const list = byPerson.get(person);
      if (list) list.push(index);
      else byPerson.set(person, [index]);
    }
    for (const vehicle of event.vehicleIds) {
      const found = model.byId.vehicles.get(vehicle);
      if (!found) continue;
      const list = byVehicle.get(found);
      if (list) list.push(index);
      else byVehicle.set(found, [index]);
    }
  });
  const days = new Map<Person, number[][]>();
  const personDays = (person: Person) => {
    let split = days.get(person);
    if (!split) {
      split = [];
      const byDay: (number[] | undefined)[] = [];
      for (const index of byPerson.get(person) ?? []) {
        const day = dayOf[index]!;
        let current = byDay[day];
        if (!current) {
          current = byDay[day] = [];
          split.push(current);
        }
        current.push(index);
      }
      days.set(person, split);
    }
    return split;
  };
  const untimedDates = untimedDatesOf(model);
  return { events, starts, ends, startPlaces, endPlaces, places, days: dayOf, flags, byPerson, byVehicle, untimedDates, personDays };
}

const MINUTE = 60_000;
/** Positions below this fit beside a start in minutes in one exact number (see inOrderOfStart). */
const POSITIONS = 2 ** 20;

/** Timed events by absolute start; events that start together keep file order. */
function inOrderOfStart(timed: readonly TimedEvent[]): TimedEvent[] {
  const count = timed.length;
  // Starts in whole minutes (as every local time is) within 2^32 minutes of 1970 and positions below
  // 2^20 make one exact number each, start × 2^20 + position, whose plain numeric sort is the order
  // wanted, without calling a comparison for every pair the sort looks at.
  const keys = new Float64Array(count);
  let packed = count < POSITIONS;
  for (let i = 0; packed && i < count; i++) {
    const minutes = timed[i]!.startMs / MINUTE;
    if (Number.isInteger(minutes) && Math.abs(minutes) < 2 ** 32) keys[i] = minutes * POSITIONS + i;
    else packed = false;
  }
  if (packed) {
    keys.sort();
    const events: TimedEvent[] = [];
    for (const key of keys) events.push(timed[key - Math.floor(key / POSITIONS) * POSITIONS]!);
    return events;
  }
  // Any other start: sort positions rather than objects, comparing starts, then positions.
  const starts = Float64Array.from(timed, (event) => event.startMs);
  return Array.from(timed, (_, i) => i)
    .sort((a, b) => starts[a]! - starts[b]! || a - b)
    .map((i) => timed[i]!);
}

/** The dates on which each person has an event without times (or one the schema rejected). */
function untimedDatesOf(model: Model): Map<Person, Set<string>> {
  const untimedDates = new Map<Person, Set<string>>();
  for (const event of model.events) {
    if (isTimed(event)) continue;
    for (const person of event.people) {
      const dates = untimedDates.get(person);
      if (dates) dates.add(event.day.date);
      else untimedDates.set(person, new Set([event.day.date]));
    }
  }
  // An event the schema rejected is still where its people are that day: those whose attendance it
  // names, or everyone when its attendees are at fault.
  for (const entry of model.rejected) {
    if (entry.collection !== 'events' || entry.date === undefined) continue;
    const attendees = Array.isArray(entry.fields.attendees) ? (entry.fields.attendees as string[]) : undefined;
    const people = attendees ? new Set(attendees.flatMap((selector) => [...model.resolveSelector(selector)])) : model.people;
    for (const person of people) {
      const dates = untimedDates.get(person);
      if (dates) dates.add(entry.date);
      else untimedDates.set(person, new Set([entry.date]));
    }
  }
  return untimedDates;
}

/**
 * Pairs of overlapping events in a list of positions (ascending): each starts before the other
 * ends, so back-to-back events do not overlap. A sweep keeps the events still running; `visit`
 * gets the earlier event (by start) first.
 */
export function forEachOverlap(schedule: Schedule, list: readonly number[], visit: (earlier: number, later: number) => void): void {
  const { starts, ends } = schedule;
  const running: number[] = [];
  for (const index of list) {
    const start = starts[index]!;
    let kept = 0;
    for (const other of running) {
      if (ends[other]! <= start) continue;
      running[kept++] = other;
      visit(other, index);
    }
    running.length = kept;
    running.push(index);
  }
}

/** Two overlapping events and who or what (people, vehicles) is in both. */
export interface Overlap<T> {
  /** The event that starts first (file order on equal starts). */
  earlier: TimedEvent;
  later: TimedEvent;
  shared: T[];
}

/**
 * Overlapping pairs of events among the lists of `byKey` (each person's or each vehicle's events):
 * one entry per pair of events, with every key both events share.
 */
export function overlapsBy<T>(schedule: Schedule, byKey: ReadonlyMap<T, readonly number[]>): Overlap<T>[] {
  const { events } = schedule;
  const pairs = new Map<number, Overlap<T>>();
  for (const [key, list] of byKey) {
    forEachOverlap(schedule, list, (earlier, later) => {
      const pairKey = earlier * events.length + later;
      const pair = pairs.get(pairKey);
      if (pair) pair.shared.push(key);
      else pairs.set(pairKey, { earlier: events[earlier]!, later: events[later]!, shared: [key] });
    });
  }
  return [...pairs.values()];
}
