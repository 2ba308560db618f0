// travel-time: a person cannot get from one event to the next in time, a flight leaves no time for
// check-in (plus the road to the airport), or a transfer is shorter than the road it takes.
import { FLIGHT, scheduleOf, TRANSFER, type TimedEvent } from '../model/schedule.js';
import { travelMinutes, type TravelTime } from '../model/travel.js';
import type { Person } from '../model/types.js';
import { duration, eventLabel, eventTitle, peopleIds, peopleNames, placeName, roadTakes, zonesDiffer } from './describe.js';
import type { Rule } from './types.js';

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

function bridges(dates: ReadonlySet<string>, from: string, to: string): boolean {
  for (const date of dates) if (date >= from && date <= to) return true;
  return false;
}

export const travelTime: Rule = {
  id: 'travel-time',
  defaultSeverity: 'error',
  description: 'Consecutive events leave less time than the road between them, a flight less than check-in plus the road, or a transfer is shorter than its road.',
  check({ model, options, report }) {
    const { byPerson, events, starts, ends, startPlaces, endPlaces, places, flags, untimedDates } = scheduleOf(model);
    const tight = new Map<number, Tight>();
    // Road minutes between two places by position, -1 when unknown; the full answer is looked up again
    // only for the few pairs that make a finding.
    const size = places.length;
    const dense = size <= 1024 ? new Float32Array(size * size).fill(Number.NaN) : undefined;
    const sparse = new Map<number, number>();
    const roadMinutes = (from: number, to: number): number => {
      const key = from * size + to;
      let minutes = dense ? dense[key]! : (sparse.get(key) ?? Number.NaN);
      if (Number.isNaN(minutes)) {
        minutes = travelMinutes(model, places[from]!, places[to]!, options)?.minutes ?? -1;
        if (dense) dense[key] = minutes;
        else sparse.set(key, minutes);
      }
      return minutes;
    };

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
      const who = `${peopleNames(model, people)}: `;
      const after = gap === 0 ? 'right when' : gap < 0 ? `${duration(-gap)} before` : `${duration(gap)} after`;
      const road = `the road from ${placeName(previous.endPlace)} to ${placeName(next.startPlace)}`;
      let need: string;
      let hint: string;
      if (checkIn > 0) {
        const roadPart =
          previous.endPlace === next.startPlace
            ? ''
            : !travel
              ? ` (${road} has no known time: add a travel entry or geo to both places)`
              : ` plus ${road}, which ${roadTakes(travel)}: ${duration(checkIn + travel.minutes)} in all`;
        need = `check-in needs ${duration(checkIn)}${roadPart}`;
        hint = `Leave at least ${duration(checkIn + (travel?.minutes ?? 0))} between the end of ${eventTitle(previous)} and the flight`;
      } else {
        need = `${road} ${roadTakes(travel!)}`;
        hint = `Leave at least ${duration(travel!.minutes)} between the events, or move one of them`;
      }
      report({
        path: [...next.path, 'start'],
        message: `${who}${eventLabel(next, zones)} starts ${after} ${eventLabel(previous, zones)} ends; ${need}`,
        hint: people.length > 1 ? `${hint} (for ${peopleIds(model, people)}).` : `${hint}.`,
        related: [{ path: [...previous.path, 'end'], message: `${eventTitle(previous)} ends here` }],
      });
    }

    for (let index = 0; index < events.length; index++) {
      if (!(flags[index]! & TRANSFER)) continue;
      const event = events[index]!;
      const travel = travelMinutes(model, event.startPlace, event.endPlace, options);
      const length = (event.endMs - event.startMs) / 60_000;
      if (!travel || length >= travel.minutes) continue;
      const zones = zonesDiffer(event) ? { zones: true } : {};
      report({
        path: [...event.path, 'end'],
        message: `${eventLabel(event, zones)} lasts ${duration(length)}; the road from ${placeName(event.startPlace)} to ${placeName(event.endPlace)} ${roadTakes(travel)}`,
        hint: `Give the transfer at least ${duration(travel.minutes)}.`,
        related: travel.source === 'table' ? [{ path: travel.path, message: 'the travel entry for this road' }] : undefined,
      });
    }
  },
};
