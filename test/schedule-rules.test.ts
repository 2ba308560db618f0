// The schedule rules beyond their fixtures: whole messages, grouping, thresholds from RuleOptions,
// the shared travel-time computation, and speed on a forum-size programme.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { forumProgramme } from '../bench/forum.js';
import { buildModel } from '../src/model/build.js';
import { travelMinutes } from '../src/model/travel.js';
import type { Place } from '../src/model/types.js';
import { findPersonOverlaps } from '../src/rules/person-overlap.js';
import { checkText } from './helpers/check.js';

const fixture = (rule: string, file: string) => readFileSync(join(import.meta.dirname, 'fixtures', 'rules', rule, file), 'utf8');
const messages = (text: string, rule: string, options?: Parameters<typeof checkText>[1]) =>
  checkText(text, options).diagnostics.filter((d) => d.rule === rule);

describe('messages name people, events, days, local times, places and figures', () => {
  it('person-overlap', () => {
    const [first, second] = messages(fixture('person-overlap', 'overlap.yaml'), 'person-overlap');
    expect(first!.message).toBe(
      'Igor Rudenya, Anna Ivanova and Petr Petrov are in «Conference» (21 Nov 09:30–12:30, Expo) and «Factory visit» (21 Nov 11:00–12:00, TVZ plant) at the same time (they overlap by 1 h)',
    );
    expect(first!.related).toMatchObject([{ line: 30, column: 16, message: '«Conference» starts here' }]);
    expect(second!.message).toBe('Zhou Tao is in «Lunch» (21 Nov 12:30–13:30, Expo) and «Talks» (21 Nov 13:00–14:00, Hotel) at the same time (they overlap by 30 min)');
  });

  it('person-overlap across zones gives the UTC offsets', () => {
    const [finding] = messages(fixture('person-overlap', 'zones.yaml'), 'person-overlap');
    expect(finding!.message).toBe(
      'Igor Rudenya is in «Video call» (21 Nov 10:00–12:00 UTC+3, Moscow office) and «Reception» (21 Nov 16:00–17:00 UTC+8, Hotel) at the same time (they overlap by 1 h)',
    );
  });

  it('travel-time: estimate, table, check-in, transfer', () => {
    const road = messages(fixture('travel-time', 'road.yaml'), 'travel-time').map((d) => d.message);
    expect(road).toEqual([
      'Igor Rudenya and Anna Ivanova: «Breakfast» (21 Nov 08:30–09:00 UTC+8, Shangri-La hotel) starts 5 min after «Flight SU204» (20 Nov 19:30 UTC+3 – 08:25 next day UTC+8, Sheremetyevo → Taoxian airport) ends; the road from Taoxian airport to Shangri-La hotel takes 40 min (from the travel table)',
      'Igor Rudenya, Anna Ivanova and Petr Petrov: «Factory visit» (21 Nov 11:30–13:00, TVZ plant) starts 30 min after «Conference» (21 Nov 09:30–11:00, Expo) ends; the road from Expo to TVZ plant takes about 1 h 4 min (estimated from coordinates: 41 km)',
      '«Transfer to the plant» (21 Nov 08:00–08:45, Shangri-La hotel → TVZ plant) lasts 45 min; the road from Shangri-La hotel to TVZ plant takes about 1 h 3 min (estimated from coordinates: 40 km)',
      '«Transfer to the airport» (21 Nov 14:00–14:30, Shangri-La hotel → Taoxian airport) lasts 30 min; the road from Shangri-La hotel to Taoxian airport takes 40 min (from the travel table)',
    ]);
    const checkIn = messages(fixture('travel-time', 'check-in.yaml'), 'travel-time').map((d) => d.message);
    expect(checkIn[0]).toBe(
      'Anna Ivanova: «Flight CZ6101» (23 Nov 12:09 UTC+8 – 18:00 UTC+3, Taoxian airport → Sheremetyevo) starts 2 h 9 min after «Farewell meeting» (23 Nov 08:00–10:00 UTC+8, Shangri-La hotel) ends; check-in needs 1 h 30 min plus the road from Shangri-La hotel to Taoxian airport, which takes 40 min (from the travel table): 2 h 10 min in all',
    );
    expect(checkIn[1]).toMatch(/starts 1 h 29 min after «Farewell meeting» \(23 Nov 09:00–11:00 UTC\+8, Taoxian airport\) ends; check-in needs 1 h 30 min$/);
    expect(checkIn[2]).toMatch(/check-in needs 1 h 30 min \(the road from Museum to Taoxian airport has no known time/);
  });

  it('capacity', () => {
    expect(messages(fixture('capacity', 'capacity.yaml'), 'capacity').map((d) => d.message)).toEqual([
      '«Talks» (21 Nov 09:00–10:00, Small salon) has 5 attendees; Small salon holds 4 (1 too many)',
      '«Transfer to the hotel» (21 Nov 10:30–11:00, Great hall → Hotel): 3 delegation members ride in car-1 (car) with 2 seats (1 short)',
      '«Transfer to dinner» (21 Nov 18:00–18:30, Hotel → Great hall): 3 people are seated in car-2 (car) with 1 seat (2 too many)',
    ]);
  });

  it('long-day, meal-gap and unscheduled-person', () => {
    expect(messages(fixture('long-day', 'long.yaml'), 'long-day')[0]!.message).toBe(
      'Igor Rudenya, Anna Ivanova and Petr Petrov: the day of 21 Nov runs 14 h 30 min, from «Breakfast» (21 Nov 07:00–08:00, Hotel) to «Banquet» (21 Nov 19:00–21:30, Hotel), more than 14 h',
    );
    expect(messages(fixture('meal-gap', 'gaps.yaml'), 'meal-gap')[0]!.message).toBe(
      'Igor Rudenya, Anna Ivanova and Petr Petrov: 6 h 30 min without a meal on 21 Nov (before the first meal), from the start of «Talks» (21 Nov 08:00–09:00, Expo) to the start of «Lunch» (21 Nov 14:30–15:30, Hotel), more than 6 h',
    );
    expect(messages(fixture('unscheduled-person', 'gaps.yaml'), 'unscheduled-person').map((d) => d.message)).toEqual([
      'Igor Rudenya and Anna Ivanova have nothing in the programme on 22 Nov, a day between their first and last events',
      'Petr Petrov has nothing in the programme on 23 Nov, a day between their first and last events',
    ]);
  });
});

describe('documentation', () => {
  it.each(['person-overlap', 'vehicle-overlap', 'travel-time', 'capacity', 'unscheduled-person', 'long-day', 'meal-gap'])('%s has a page with a failing and a fixed example', (id) => {
    const page = join(import.meta.dirname, '..', 'docs', 'rules', `${id}.md`);
    expect(existsSync(page)).toBe(true);
    const text = readFileSync(page, 'utf8');
    expect(text.startsWith(`# ${id}\n`)).toBe(true);
    expect(text).toContain('## Failing example');
    expect(text).toContain('## Fixed example');
  });
});

describe('grouping', () => {
  it('forty people with the same conflict make one finding', () => {
    const people = Array.from({ length: 40 }, (_, i) =>
      i === 0 ? '  - { id: rudenya, name: { en: Igor Rudenya }, org: tver, role: head }' : i === 1 ? '  - { id: ivanova, name: { en: Anna Ivanova }, org: tver, role: staff }' : `  - { id: p${i}, name: { en: Person ${i} }, org: tver, role: staff }`,
    ).join('\n');
    const text = `format: delegation/1
visit: { id: v, title: V, from: 2023-11-21, to: 2023-11-21, timezone: Asia/Shanghai, head: rudenya, languages: [en] }
organizations:
  - { id: tver, name: Tver, side: delegation, kind: government }
people:
${people}
places:
  - { id: expo, name: Expo, kind: venue }
days:
  - date: 2023-11-21
    events:
      - { id: a, start: "09:00", end: "11:00", title: Conference, kind: conference, place: expo, attendees: [all] }
      - { id: b, start: "10:00", end: "12:00", title: Talks, kind: meeting, place: expo, attendees: [all] }
`;
    const found = messages(text, 'person-overlap');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(/^Igor Rudenya, Anna Ivanova and 38 others are in «Conference»/);
    expect(found[0]!.hint).toBe('Move one of the events, or take these people off one of them: rudenya, ivanova, p2, p3, p4, p5, p6, p7, p8, p9 and 30 more.');
  });
});

describe('thresholds come from RuleOptions', () => {
  it('long-day, meal-gap and check-in follow the options', () => {
    const long = fixture('long-day', 'valid.yaml');
    expect(messages(long, 'long-day')).toHaveLength(0);
    expect(messages(long, 'long-day', { options: { longDayHours: 10 } }).length).toBeGreaterThan(0);
    const meals = fixture('meal-gap', 'valid.yaml');
    expect(messages(meals, 'meal-gap')).toHaveLength(0);
    expect(messages(meals, 'meal-gap', { options: { mealGapHours: 5 } }).length).toBeGreaterThan(0);
    const checkIn = fixture('travel-time', 'check-in.yaml');
    expect(messages(checkIn, 'travel-time')).toHaveLength(4);
    // Only the flight that starts before the previous event ends is still short of a 60-minute check-in.
    expect(messages(checkIn, 'travel-time', { options: { checkInMinutes: 60 } }).map((d) => d.path[3])).toEqual([7]);
  });

  it('road factor and speed change the estimate', () => {
    const road = fixture('travel-time', 'road.yaml');
    // At 100 km/h the Expo → plant road takes 32 min: 30 min are still too few; 200 km/h is enough.
    expect(messages(road, 'travel-time', { options: { roadSpeedKmh: 100 } }).map((d) => d.message).join('\n')).toContain('takes about 32 min');
    expect(messages(road, 'travel-time', { options: { roadSpeedKmh: 200, roadFactor: 1 } }).map((d) => d.message).join('\n')).not.toContain('TVZ plant) starts');
  });
});

describe('travelMinutes', () => {
  const model = buildModel({
    places: [
      { id: 'expo', name: 'Expo', kind: 'venue', geo: [41.75, 123.45] },
      { id: 'plant', name: 'Plant', kind: 'factory', geo: [41.9, 123.9] },
      { id: 'museum', name: 'Museum', kind: 'venue' },
      { id: 'hotel', name: 'Hotel', kind: 'hotel' },
    ],
    travel: [{ between: ['hotel', 'museum'], minutes: 25 }],
  });
  const place = (id: string) => model.byId.places.get(id) as Place;

  it('reads the table in both directions', () => {
    expect(travelMinutes(model, place('hotel'), place('museum'))).toMatchObject({ minutes: 25, source: 'table', path: ['travel', 0] });
    expect(travelMinutes(model, place('museum'), place('hotel'))).toMatchObject({ minutes: 25, source: 'table' });
  });

  it('estimates from coordinates: great circle × 1.3 at 50 km/h, rounded up', () => {
    const estimate = travelMinutes(model, place('expo'), place('plant'));
    expect(estimate?.source).toBe('estimate');
    expect(estimate?.minutes).toBe(64); // 40.85 km × 1.3 / 50 km/h = 63.7 min
    expect(estimate?.source === 'estimate' && estimate.km).toBeCloseTo(40.85, 1);
    expect(travelMinutes(model, place('expo'), place('plant'), { roadFactor: 1, roadSpeedKmh: 60 })?.minutes).toBe(41);
  });

  it('answers each set of options with its own figures, asked in turn, in the same options object changed, or in a new one', () => {
    const options = { roadFactor: 1, roadSpeedKmh: 60 };
    for (let round = 0; round < 2; round++) {
      expect(travelMinutes(model, place('expo'), place('plant'))?.minutes).toBe(64);
      expect(travelMinutes(model, place('expo'), place('plant'), options)?.minutes).toBe(41);
      expect(travelMinutes(model, place('expo'), place('plant'), { roadFactor: 1.3, roadSpeedKmh: 50 })?.minutes).toBe(64);
    }
    options.roadSpeedKmh = 30;
    expect(travelMinutes(model, place('expo'), place('plant'), options)?.minutes).toBe(82);
    expect(travelMinutes(model, place('expo'), place('museum'), options)).toBeUndefined();
    expect(travelMinutes(model, place('expo'), place('museum'), options)).toBeUndefined();
  });

  it('is unknown without table or geo on both ends, and zero to the same place', () => {
    expect(travelMinutes(model, place('expo'), place('museum'))).toBeUndefined();
    expect(travelMinutes(model, place('museum'), place('museum'))).toEqual({ minutes: 0, source: 'same-place' });
  });
});

describe('the sweep on a forum-size programme', () => {
  // How fast the rules run is measured by `npm run bench`, not here (no timed tests); here the sweep
  // that makes them fast must find exactly the pairs a check of every pair finds.
  it('person-overlap finds the same pairs as comparing every two events', { timeout: 90_000 }, () => {
    const model = buildModel(forumProgramme({ people: 200, events: 1500 }));
    const key = (a: { id: string; day: { date: string } }, b: { id: string; day: { date: string } }) => `${a.day.date}/${a.id} ${b.day.date}/${b.id}`;
    const swept = new Set(findPersonOverlaps(model).map(({ earlier, later }) => [key(earlier, later), key(later, earlier)].sort()[0]!));
    const timed = model.events.filter((e) => e.startMs !== undefined && e.endMs !== undefined);
    const naive = new Set<string>();
    for (let i = 0; i < timed.length; i++) {
      for (let j = i + 1; j < timed.length; j++) {
        const a = timed[i]!;
        const b = timed[j]!;
        if (!(a.startMs! < b.endMs! && b.startMs! < a.endMs!)) continue;
        if (!a.people.some((person) => b.people.includes(person))) continue;
        naive.add([key(a, b), key(b, a)].sort()[0]!);
      }
    }
    expect(naive.size).toBeGreaterThan(0);
    expect([...swept].sort()).toEqual([...naive].sort());
  });
});
