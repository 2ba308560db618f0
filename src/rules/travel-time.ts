// travel-time: a person cannot get from one event to the next in time, a flight leaves no time for
// check-in (plus the road to the airport), or a transfer is shorter than the road it takes.
import { scheduleOf, type TimedEvent } from '../model/schedule.js';
import { travelMinutes, type TravelTime } from '../model/travel.js';
import type { Person } from '../model/types.js';
import { duration, eventLabel, eventTitle, peopleNames, placeName, roadTakes, zonesDiffer } from './describe.js';
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

export const travelTime: Rule = {
  id: 'travel-time',
  defaultSeverity: 'error',
  description: 'Consecutive events leave less time than the road between them, a flight less than check-in plus the road, or a transfer is shorter than its road.',
  check({ model, options, report }) {
    const { byPerson, events } = scheduleOf(model);
    const tight = new Map<number, Tight>();

    for (const [person, list] of byPerson) {
      for (let i = 1; i < list.length; i++) {
        const previousIndex = list[i - 1]!;
        const nextIndex = list[i]!;
        const previous = events[previousIndex]!;
        const next = events[nextIndex]!;
        // Overlapping events are person-overlap's finding; the road between them adds nothing.
        if (next.startMs < previous.endMs) continue;
        const gap = (next.startMs - previous.endMs) / 60_000;
        const from = previous.endPlace;
        const to = next.startPlace;
        const travel = travelMinutes(model, from, to, options);
        const checkIn = next.kind === 'flight' ? options.checkInMinutes : 0;
        if (checkIn === 0 && (travel === undefined || travel.source === 'same-place')) continue;
        if (gap >= checkIn + (travel?.minutes ?? 0)) continue;
        const key = previousIndex * events.length + nextIndex;
        const found = tight.get(key);
        if (found) found.people.push(person);
        else tight.set(key, { previous, next, gap, travel, checkIn, people: [person] });
      }
    }

    for (const { previous, next, gap, travel, checkIn, people } of tight.values()) {
      const zones = zonesDiffer(previous, next) ? { zones: true } : {};
      const who = `${peopleNames(model, people)}: `;
      const after = gap === 0 ? 'right when' : `${duration(gap)} after`;
      const road = `the road from ${placeName(previous.endPlace)} to ${placeName(next.startPlace)}`;
      let need: string;
      let hint: string;
      if (checkIn > 0) {
        const roadPart = !travel
          ? ` (${road} has no known time: add a travel entry or geo to both places)`
          : travel.source === 'same-place'
            ? ''
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
        hint: people.length > 1 ? `${hint} (for ${people.map((p) => p.id).join(', ')}).` : `${hint}.`,
        related: [{ path: [...previous.path, 'end'], message: `${eventTitle(previous)} ends here` }],
      });
    }

    for (const event of events) {
      if (event.kind !== 'transfer') continue;
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
