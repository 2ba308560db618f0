// person-overlap and vehicle-overlap against a brute-force reference (every pair of events) on random
// programmes: random people, selectors, places in several zones (one invalid), times, +1 ends.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../src/model/build.js';
import { isTimed, scheduleOf } from '../src/model/schedule.js';
import type { ItineraryEvent, Model } from '../src/model/types.js';
import { findPersonOverlaps, personOverlap } from '../src/rules/person-overlap.js';
import { DEFAULT_RULE_OPTIONS, type RuleFinding } from '../src/rules/index.js';
import { findVehicleOverlaps, vehicleOverlap } from '../src/rules/vehicle-overlap.js';

const ZONES = ['Asia/Shanghai', 'Europe/Moscow', 'Europe/London', 'America/New_York', 'Asia/Kolkata', 'Bad/Zone'];
// London and New York change their clocks in these weeks of March 2023.
const DATES = ['2023-03-11', '2023-03-12', '2023-03-13', '2023-03-25', '2023-03-26', '2023-03-27'];
const PLACES = [...ZONES.map((_, i) => `place-${i}`), 'atlantis'];
const VEHICLES = ['bus-0', 'bus-1', 'bus-2', 'van-9'];

const pad = (n: number) => String(n).padStart(2, '0');
const clock = (minutes: number) => `${pad(Math.floor(minutes / 60) % 24)}:${pad(minutes % 60)}`;

const eventArb = (people: number) =>
  fc.record({
    day: fc.integer({ min: 0, max: DATES.length - 1 }),
    // Quarter hours make equal starts and back-to-back events frequent.
    start: fc.integer({ min: 0, max: 95 }).map((q) => q * 15),
    length: fc.integer({ min: -4, max: 60 }).map((q) => q * 15),
    move: fc.boolean(),
    from: fc.constantFrom(...PLACES),
    to: fc.constantFrom(...PLACES),
    attendees: fc.array(
      fc.oneof(
        fc.integer({ min: 0, max: people - 1 }).map((i) => `p${i}`),
        fc.constantFrom('all', 'org:del', 'org:host', 'group:g', 'role:staff'),
      ),
      { minLength: 1, maxLength: 5 },
    ),
    vehicles: fc.option(fc.array(fc.constantFrom(...VEHICLES), { maxLength: 3 }), { nil: undefined }),
  });

const programmeArb = fc.integer({ min: 1, max: 7 }).chain((people) =>
  fc.record({
    sides: fc.array(fc.boolean(), { minLength: people, maxLength: people }),
    group: fc.subarray(Array.from({ length: people }, (_, i) => `p${i}`)),
    events: fc.array(eventArb(people), { maxLength: 30 }),
  }),
);

type Programme = typeof programmeArb extends fc.Arbitrary<infer P> ? P : never;

function toRaw(p: Programme) {
  const days = DATES.map((date) => ({ date, events: [] as Record<string, unknown>[] }));
  p.events.forEach((e, i) => {
    const endMinutes = Math.max(0, e.start + e.length);
    const event: Record<string, unknown> = {
      id: `e${i}`,
      start: clock(e.start),
      end: `${clock(endMinutes)}${endMinutes >= 1440 ? '+1' : ''}`,
      title: `Event ${i}`,
      kind: e.move ? 'transfer' : 'meeting',
      attendees: e.attendees,
    };
    if (e.move) Object.assign(event, { from: e.from, to: e.to });
    else event.place = e.from;
    if (e.vehicles) event.vehicles = e.vehicles;
    days[e.day]!.events.push(event);
  });
  return {
    format: 'delegation/1',
    visit: { id: 'v', title: 'V', from: DATES[0], to: DATES[DATES.length - 1], timezone: 'Asia/Shanghai', head: 'p0', languages: ['en'] },
    organizations: [
      { id: 'del', name: 'Delegation', side: 'delegation', kind: 'government' },
      { id: 'host', name: 'Host', side: 'host', kind: 'government' },
    ],
    people: p.sides.map((delegation, i) => ({ id: `p${i}`, name: `Person ${i}`, org: delegation ? 'del' : 'host', role: i % 2 ? 'staff' : 'official' })),
    groups: [{ id: 'g', name: 'G', members: p.group }],
    places: ZONES.map((zone, i) => ({ id: `place-${i}`, name: `Place ${i}`, kind: 'venue', timezone: zone })),
    vehicles: VEHICLES.slice(0, 3).map((id) => ({ id, kind: 'bus', seats: 10 })),
    days,
  };
}

/** The definition, written out without the sweep: every pair of events, both with a reliable time. */
function reliable(event: ItineraryEvent): boolean {
  return !!event.startPlace && !!event.endPlace && event.startMs !== undefined && event.endMs !== undefined && event.endMs > event.startMs;
}

function bruteForce(model: Model, sharedBy: (a: ItineraryEvent, b: ItineraryEvent) => string[]): Set<string> {
  const out = new Set<string>();
  const events = model.events;
  for (let i = 0; i < events.length; i++) {
    for (let j = i + 1; j < events.length; j++) {
      const a = events[i]!;
      const b = events[j]!;
      if (!reliable(a) || !reliable(b)) continue;
      if (!(a.startMs! < b.endMs! && b.startMs! < a.endMs!)) continue;
      // The later is the one that starts later; on equal starts, the one further down the file.
      const [earlier, later] = b.startMs! < a.startMs! ? [b, a] : [a, b];
      for (const who of sharedBy(a, b)) out.add(`${earlier.id}>${later.id}:${who}`);
    }
  }
  return out;
}

const sharedPeople = (a: ItineraryEvent, b: ItineraryEvent) => a.people.filter((p) => b.people.includes(p)).map((p) => p.id);
const knownVehicles = (model: Model, e: ItineraryEvent) => new Set(e.vehicleIds.filter((v) => model.byId.vehicles.has(v)));
const sharedVehicles = (model: Model) => (a: ItineraryEvent, b: ItineraryEvent) => [...knownVehicles(model, a)].filter((v) => knownVehicles(model, b).has(v));

function findingsOf(model: Model, rule: typeof personOverlap): RuleFinding[] {
  const findings: RuleFinding[] = [];
  rule.check({ model, syntax: [], options: DEFAULT_RULE_OPTIONS, report: (f) => findings.push(f) });
  return findings;
}

describe('overlap sweeps match the pairwise definition', () => {
  it('person-overlap', () => {
    fc.assert(
      fc.property(programmeArb, (p) => {
        const model = buildModel(toRaw(p));
        const groups = findPersonOverlaps(model);
        const swept = new Set(groups.flatMap((g) => g.people.map((person) => `${g.earlier.id}>${g.later.id}:${person.id}`)));
        const expected = bruteForce(model, sharedPeople);
        expect([...swept].sort()).toEqual([...expected].sort());
        // One finding per pair of events, nobody named twice in it, at the later event's start.
        expect(groups.every((g) => new Set(g.people).size === g.people.length)).toBe(true);
        const findings = findingsOf(model, personOverlap);
        expect(findings.length).toBe(new Set([...expected].map((k) => k.split(':')[0])).size);
        expect(findings.map((f) => f.path.join('.')).sort()).toEqual(groups.map((g) => [...g.later.path, 'start'].join('.')).sort());
      }),
      { numRuns: 300 },
    );
  });

  it('vehicle-overlap', () => {
    fc.assert(
      fc.property(programmeArb, (p) => {
        const model = buildModel(toRaw(p));
        const groups = findVehicleOverlaps(model);
        const swept = new Set(groups.flatMap((g) => g.vehicles.map((v) => `${g.earlier.id}>${g.later.id}:${v.id}`)));
        expect([...swept].sort()).toEqual([...bruteForce(model, sharedVehicles(model))].sort());
        expect(findingsOf(model, vehicleOverlap).length).toBe(groups.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the schedule', () => {
  /** Timed events by start, file order among equal starts: the order every sweep relies on. */
  const reference = (model: Model) =>
    model.events
      .filter(isTimed)
      .map((event, position) => ({ event, position }))
      .sort((a, b) => a.event.startMs - b.event.startMs || a.position - b.position)
      .map(({ event }) => event.id);

  it('lists timed events by start, equal starts in file order', () => {
    fc.assert(
      fc.property(programmeArb, (p) => {
        const model = buildModel(toRaw(p));
        expect(scheduleOf(model).events.map((event) => event.id)).toEqual(reference(model));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps that order for starts that are not whole minutes or lie far from 1970', () => {
    // Starts no local time gives, set by hand: the schedule sorts them the general way.
    const oddStarts = [30_000, 1, -1, 2 ** 33 * 60_000, -(2 ** 33) * 60_000, 0.5];
    fc.assert(
      fc.property(programmeArb, fc.constantFrom(...oddStarts), fc.nat(), (p, odd, pick) => {
        const model = buildModel(toRaw(p));
        const timed = model.events.filter(isTimed);
        fc.pre(timed.length > 1);
        const event = timed[pick % timed.length]!;
        const length = event.endMs - event.startMs;
        event.startMs = Math.abs(odd) < 60_000 ? event.startMs + odd : odd;
        event.endMs = event.startMs + length;
        expect(scheduleOf(model).events.map((e) => e.id)).toEqual(reference(model));
      }),
      { numRuns: 200 },
    );
  });
});
