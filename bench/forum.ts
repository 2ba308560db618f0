// A generated forum-size programme (thousands of people, tens of thousands of events) as the plain
// value a YAML file parses to, for timing the schedule rules. Deterministic for a given seed.
//
// Like a real forum: each day is a grid of time slots with many parallel sessions on one campus; each
// person attends one session per slot (or none), lunch and dinner are meals, transfers and flights
// come and go, and a small share of people is double-booked or given too little time to move.

export interface ForumSize {
  people: number;
  events: number;
  days?: number;
  seed?: number;
  /** Share of attendances that land in a second, parallel session (a double booking). */
  conflicts?: number;
}

/** A small linear congruential generator: the same seed gives the same programme on every machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
const hhmm = (minutes: number) => `${pad(Math.floor(minutes / 60) % 24)}:${pad(minutes % 60)}${minutes >= 1440 ? '+1' : ''}`;

/** Slots of a day (start minute, length, kind): sessions with breaks, lunch and dinner. */
const SLOTS: [number, number, string][] = [
  [8 * 60, 60, 'briefing'], [9 * 60 + 15, 90, 'conference'], [11 * 60, 75, 'meeting'], [12 * 60 + 30, 60, 'meal'],
  [13 * 60 + 45, 90, 'visit'], [15 * 60 + 30, 75, 'meeting'], [17 * 60, 60, 'press'], [18 * 60 + 30, 120, 'meal'],
];

export function forumProgramme({ people, events, days = 5, seed = 1, conflicts = 0.01 }: ForumSize): Record<string, unknown> {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const orgCount = 60;
  const organizations = Array.from({ length: orgCount }, (_, i) => ({
    id: `org-${i}`,
    name: { en: `Organization ${i}`, ru: `Организация ${i}` },
    side: i < orgCount - 10 ? 'delegation' : 'host',
    kind: i % 3 === 0 ? 'government' : 'enterprise',
  }));
  const roles = ['official', 'business', 'staff', 'interpreter', 'press'];
  const persons = Array.from({ length: people }, (_, i) => ({
    id: i === 0 ? 'head' : `p-${i}`,
    name: { en: `Person ${i}`, ru: `Участник ${i}` },
    org: `org-${i % orgCount}`,
    role: i === 0 ? 'head' : pick(roles),
  }));
  // One campus (halls a few hundred metres apart), a few sites out of town, and the airport.
  const places: Record<string, unknown>[] = Array.from({ length: 300 }, (_, i) => ({
    id: `hall-${i}`,
    name: { en: `Hall ${i}`, ru: `Зал ${i}` },
    kind: 'venue',
    geo: [41.80 + next() * 0.004, 123.43 + next() * 0.004],
    capacity: 30 + Math.floor(next() * 300),
  }));
  for (let i = 0; i < 20; i++) places.push({ id: `site-${i}`, name: { en: `Site ${i}` }, kind: 'factory', geo: [41.5 + next() * 0.6, 123.1 + next() * 0.7] });
  places.push({ id: 'she', name: { en: 'Taoxian airport' }, kind: 'airport', geo: [41.6398, 123.4834] });
  places.push({ id: 'svo', name: { en: 'Sheremetyevo' }, kind: 'airport', timezone: 'Europe/Moscow', geo: [55.9726, 37.4146] });
  const travel = [{ between: ['she', 'hall-0'], minutes: 40 }];
  const vehicles = Array.from({ length: 80 }, (_, i) => ({ id: `bus-${i}`, kind: 'bus', seats: 10 + Math.floor(next() * 40) }));

  const dayList = Array.from({ length: days }, (_, d) => ({ date: `2024-06-${pad(10 + d)}`, events: [] as Record<string, unknown>[] }));
  const perSlot = Math.max(1, Math.floor(events / (days * SLOTS.length)));
  let id = 0;
  for (const day of dayList) {
    for (const [start, length, kind] of SLOTS) {
      const sessions = Array.from({ length: perSlot }, () => {
        const event: Record<string, unknown> = {
          id: `e-${id++}`, start: hhmm(start), end: hhmm(start + length), title: { en: `Session ${id}`, ru: `Сессия ${id}` }, kind,
          place: next() < 0.02 ? pick(places.slice(300, 320)).id : `hall-${Math.floor(next() * 300)}`,
          attendees: [] as string[],
        };
        if (next() < 0.05) event.vehicles = [`bus-${Math.floor(next() * 80)}`];
        day.events.push(event);
        return event;
      });
      for (const person of persons) {
        if (next() < 0.15) continue;
        (pick(sessions).attendees as string[]).push(person.id);
        if (next() < conflicts) (pick(sessions).attendees as string[]).push(person.id);
      }
      // Plenary sessions for everyone now and then.
      if (kind === 'conference' && next() < 0.2) (sessions[0]!.attendees as string[]).push('all');
    }
    // Departures: a flight from the airport in the evening for a few.
    day.events.push({
      id: `e-${id++}`, start: '21:00', end: '23:00', title: { en: 'Flight home' }, kind: 'flight', from: 'she', to: 'svo',
      attendees: Array.from({ length: 5 }, () => pick(persons).id),
    });
  }
  for (const day of dayList) {
    day.events = day.events.filter((e) => (e.attendees as string[]).length > 0);
    for (const event of day.events) event.attendees = [...new Set(event.attendees as string[])];
  }
  return {
    format: 'delegation/1',
    visit: {
      id: 'forum', title: { en: 'Forum', ru: 'Форум' }, from: dayList[0]!.date, to: dayList[dayList.length - 1]!.date,
      timezone: 'Asia/Shanghai', head: 'head', languages: ['ru', 'en'],
    },
    organizations, people: persons, places, travel, vehicles, days: dayList,
  };
}
