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

/**
 * Lists of events are arrays of positions in `events` (ascending, so in order of start): sweeps
 * compare numbers instead of looking events up, which keeps forum-size programmes fast.
 */
export interface Schedule {
  /** Timed events sorted by absolute start; events that start together keep file order. */
  events: readonly TimedEvent[];
  starts: Float64Array;
  ends: Float64Array;
  /** Each person's timed events. */
  byPerson: ReadonlyMap<Person, readonly number[]>;
  /** Each vehicle's timed events. */
  byVehicle: ReadonlyMap<Vehicle, readonly number[]>;
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
  const events = model.events.filter(isTimed);
  // Array.prototype.sort is stable: equal starts keep file order.
  events.sort((a, b) => a.startMs - b.startMs);
  const starts = new Float64Array(events.length);
  const ends = new Float64Array(events.length);
  const byPerson = new Map<Person, number[]>();
  const byVehicle = new Map<Vehicle, number[]>();
  events.forEach((event, index) => {
    starts[index] = event.startMs;
    ends[index] = event.endMs;
    for (const person of event.people) {
      const list = byPerson.get(person);
      if (list) list.push(index);
      else byPerson.set(person, [index]);
    }
    if (!event.vehicles) return;
    for (const vehicle of new Set(event.vehicles)) {
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
        const day = events[index]!.day.index;
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
  return { events, starts, ends, byPerson, byVehicle, personDays };
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
