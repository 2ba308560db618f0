// travel-time: a person cannot get from one event to the next in time, a flight leaves no time for
// check-in (plus the road to the airport), or a transfer is shorter than the road it takes.
import { FLIGHT, scheduleOf, TRANSFER, type Schedule, type TimedEvent } from '../model/schedule.js';
import { DEFAULT_TRAVEL_OPTIONS, travelMinutes, type TravelTime } from '../model/travel.js';
import type { Model, Person } from '../model/types.js';
import type { Phrase } from '../diagnostics/types.js';
import { duration, eventLabel, eventTitle, peopleIds, peopleNames, placeName, zonesDiffer } from './describe.js';
import type { Rule, RuleContext } from './types.js';

interface Tight {
  previous: TimedEvent;
  next: TimedEvent;
  /** Minutes between the end of `previous` and the start of `next`. */
  gap: number;
  /** Undefined when the road time is unknown (only for a flight, where check-in is still checked). */
  travel: TravelTime | undefined;
  /** Check-in minutes a flight needs; 0 for other events. */
  checkIn: number;
  people: Person[];
}

/** "Zhou Tao: «Lunch» (…) starts 30 min after «Talks» (…) ends; " */
const TOO_SOON = '{people}: {next} starts {relation, select, same {right when} before {{gap} before} other {{gap} after}} {previous} ends; ';

/** "takes about 3 h 38 min (estimated from coordinates: 168 km)", "takes 1 h 10 min (from the travel table)" */
const ROAD_TAKES =
  'takes {roadSource, select, estimate {about } other {}}{roadTime} ' +
  '({roadSource, select, table {from the travel table} estimate {estimated from coordinates: {roadKm} km} other {same place}})';

/** The data of ROAD_TAKES. */
function roadData(travel: TravelTime | undefined): { roadSource: string; roadTime: string | Phrase; roadKm: number } {
  if (!travel) return { roadSource: 'none', roadTime: '', roadKm: 0 };
  return { roadSource: travel.source, roadTime: duration(travel.minutes), roadKm: travel.source === 'estimate' ? Math.round(travel.km) : 0 };
}

function bridges(dates: ReadonlySet<string>, from: string, to: string): boolean {
  for (const date of dates) if (date >= from && date <= to) return true;
  return false;
}

export const travelTime: Rule = {
  id: 'travel-time',
  defaultSeverity: 'error',
  description: 'Consecutive events leave less time than the road between them, a flight less than check-in plus the road, or a transfer is shorter than its road.',
  meta: {
    messages: {
      road: `${TOO_SOON}the road from {from} to {to} ${ROAD_TAKES}`,
      checkIn: `${TOO_SOON}check-in needs {checkIn}`,
      checkInUnknownRoad: `${TOO_SOON}check-in needs {checkIn} (the road from {from} to {to} has no known time: add a travel entry or geo to both places)`,
      checkInRoad: `${TOO_SOON}check-in needs {checkIn} plus the road from {from} to {to}, which ${ROAD_TAKES}: {total} in all`,
      roadHint: 'Leave at least {total} between the events, or move one of them{count, plural, one {} other { (for {ids})}}.',
      checkInHint: 'Leave at least {total} between the end of {previousTitle} and the flight{count, plural, one {} other { (for {ids})}}.',
      endsHere: '{event} ends here',
      transferShort: `{event} lasts {length}; the road from {from} to {to} ${ROAD_TAKES}`,
      transferShortHint: 'Give the transfer at least {total}.',
      travelEntry: 'the travel entry for this road',
    },
    docs: { url: 'docs/rules/travel-time.md' },
    options: {
      checkInMinutes: { name: 'check-in-minutes', default: 90, schema: { type: 'integer', minimum: 0, maximum: 600 }, unit: 'minutes' },
      roadFactor: { name: 'road-factor', default: DEFAULT_TRAVEL_OPTIONS.roadFactor, schema: { type: 'number', minimum: 1, maximum: 5 }, unit: '(road distance / straight-line distance)' },
      roadSpeedKmh: { name: 'road-speed-kmh', default: DEFAULT_TRAVEL_OPTIONS.roadSpeedKmh, schema: { type: 'number', minimum: 5, maximum: 200 }, unit: 'km/h' },
    },
    tags: ['schedule'],
  },
  check({ model, options, report }) {
    const { byPerson, events, starts, ends, startPlaces, endPlaces, places, flags, untimedDates } = scheduleOf(model);
    const tight = new Map<number, Tight>();
    const roadMinutes = roadMinutesCache(model, places, options);

    for (const [person, list] of byPerson) {
      const untimed = untimedDates.get(person);
      for (let i = 1; i < list.length; i++) {
        const previous = list[i - 1]!;
        const next = list[i]!;
        // An event of the person with a fault in its place or times lies between these two, or may:
        // the road is not from one to the other, and guessing it gives a bogus finding.
        if (untimed && bridges(untimed, events[previous]!.day.date, events[next]!.day.date)) continue;
        const from = endPlaces[previous]!;
        const to = startPlaces[next]!;
        const checkIn = flags[next]! & FLIGHT ? options.checkInMinutes : 0;
        // Overlapping events are person-overlap's finding; the road between them adds nothing. A flight's
        // check-in is a separate requirement, so it is still checked.
        if (checkIn === 0 && starts[next]! < ends[previous]!) continue;
        if (checkIn === 0 && from === to) continue;
        const minutes = from === to ? 0 : roadMinutes(from, to);
        if (checkIn === 0 && minutes < 0) continue;
        const gap = (starts[next]! - ends[previous]!) / 60_000;
        if (gap >= checkIn + Math.max(0, minutes)) continue;
        const key = previous * events.length + next;
        const found = tight.get(key);
        if (found) {
          found.people.push(person);
          continue;
        }
        const travel = from === to ? undefined : travelMinutes(model, places[from]!, places[to]!, options);
        tight.set(key, { previous: events[previous]!, next: events[next]!, gap, travel, checkIn, people: [person] });
      }
    }

    for (const { previous, next, gap, travel, checkIn, people } of tight.values()) {
      const zones = zonesDiffer(previous, next) ? { zones: true } : {};
      const data = {
        people: peopleNames(model, people),
        count: people.length,
        ids: peopleIds(model, people),
        next: eventLabel(next, zones),
        previous: eventLabel(previous, zones),
        previousTitle: eventTitle(previous),
        relation: gap === 0 ? 'same' : gap < 0 ? 'before' : 'after',
        gap: duration(Math.abs(gap)),
        from: placeName(previous.endPlace),
        to: placeName(next.startPlace),
        checkIn: duration(checkIn),
        total: duration(checkIn + (travel?.minutes ?? 0)),
        ...roadData(travel),
      };
      const messageId = checkIn === 0 ? 'road' : previous.endPlace === next.startPlace ? 'checkIn' : travel ? 'checkInRoad' : 'checkInUnknownRoad';
      report({
        path: [...next.path, 'start'],
        messageId,
        data,
        hintId: checkIn > 0 ? 'checkInHint' : 'roadHint',
        related: [{ path: [...previous.path, 'end'], messageId: 'endsHere', data: { event: eventTitle(previous) } }],
      });
    }

    checkTransfers(model, options, report);
  },
};

/**
 * Road minutes between two places by their position in the schedule, -1 when unknown, computed once
 * per pair; the full answer is looked up again only for the few pairs that make a finding.
 */
function roadMinutesCache(model: Model, places: Schedule['places'], options: RuleContext['options']): (from: number, to: number) => number {
  const size = places.length;
  const dense = size <= 1024 ? new Float32Array(size * size).fill(Number.NaN) : undefined;
  const sparse = new Map<number, number>();
  return (from, to) => {
    const key = from * size + to;
    let minutes = dense ? dense[key]! : (sparse.get(key) ?? Number.NaN);
    if (Number.isNaN(minutes)) {
      minutes = travelMinutes(model, places[from]!, places[to]!, options)?.minutes ?? -1;
      if (dense) dense[key] = minutes;
      else sparse.set(key, minutes);
    }
    return minutes;
  };
}

/** A transfer shorter than the road it takes. */
function checkTransfers(model: Model, options: RuleContext['options'], report: RuleContext['report']): void {
  const { events, flags } = scheduleOf(model);
  for (let index = 0; index < events.length; index++) {
    if (!(flags[index]! & TRANSFER)) continue;
    const event = events[index]!;
    const travel = travelMinutes(model, event.startPlace, event.endPlace, options);
    const length = (event.endMs - event.startMs) / 60_000;
    if (!travel || length >= travel.minutes) continue;
    const zones = zonesDiffer(event) ? { zones: true } : {};
    report({
      path: [...event.path, 'end'],
      messageId: 'transferShort',
      data: { event: eventLabel(event, zones), length: duration(length), from: placeName(event.startPlace), to: placeName(event.endPlace), total: duration(travel.minutes), ...roadData(travel) },
      hintId: 'transferShortHint',
      related: travel.source === 'table' ? [{ path: travel.path, messageId: 'travelEntry' }] : undefined,
    });
  }
}
