// Every person's and vehicle's events in order of absolute start, built once per model and shared
// by the rules that sweep a schedule (overlaps, travel times, long days, meal gaps).
import type { Day, ItineraryEvent, Model, Person, Place, Vehicle } from './types.js';

/** An event whose places are known and whose absolute times are valid and in order. */
export interface TimedEvent extends ItineraryEvent {
  startMs: number;
  endMs: number;
  startPlace: Place;
  endPlace: Place;
}

export interface Schedule {
  /** Timed events sorted by absolute start; events that start together keep file order. */
  events: readonly TimedEvent[];
  /** Each person's timed events, sorted as `events`. */
  byPerson: ReadonlyMap<Person, readonly TimedEvent[]>;
  /** Each vehicle's timed events, sorted as `events`. */
  byVehicle: ReadonlyMap<Vehicle, readonly TimedEvent[]>;
  /** Position of an event in `events`: compare two events by start with it. */
  rank: ReadonlyMap<ItineraryEvent, number>;
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
  const rank = new Map<ItineraryEvent, number>();
  const byPerson = new Map<Person, TimedEvent[]>();
  const byVehicle = new Map<Vehicle, TimedEvent[]>();
  events.forEach((event, index) => {
    rank.set(event, index);
    for (const person of event.people) {
      const list = byPerson.get(person);
      if (list) list.push(event);
      else byPerson.set(person, [event]);
    }
    for (const vehicle of new Set(event.vehicles ?? [])) {
      const found = model.byId.vehicles.get(vehicle);
      if (!found) continue;
      const list = byVehicle.get(found);
      if (list) list.push(event);
      else byVehicle.set(found, [event]);
    }
  });
  return { events, byPerson, byVehicle, rank };
}

/** A person's timed events split by their `days[]` entry, in order of absolute start. */
export function eventsByDay(events: readonly TimedEvent[]): Map<Day, TimedEvent[]> {
  const out = new Map<Day, TimedEvent[]>();
  for (const event of events) {
    const list = out.get(event.day);
    if (list) list.push(event);
    else out.set(event.day, [event]);
  }
  return out;
}

/**
 * Pairs of overlapping events in a list sorted by start: each starts before the other ends, so
 * back-to-back events do not overlap. A sweep keeps the events still running; `visit` gets the
 * earlier event (by start) first.
 */
export function forEachOverlap(events: readonly TimedEvent[], visit: (earlier: TimedEvent, later: TimedEvent) => void): void {
  let running: TimedEvent[] = [];
  for (const event of events) {
    if (running.length > 0) {
      running = running.filter((other) => other.endMs > event.startMs);
      for (const other of running) visit(other, event);
    }
    running.push(event);
  }
}
