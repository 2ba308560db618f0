// The shape check (compiled from the JSON Schema, with the checks a JSON Schema cannot say) and the
// detailed zod schemas must accept exactly the same units, and give the same data for them: a unit the
// shape check passed but zod would reject would lose a finding. Checked on every shipped and fixture
// file, and on entries changed field by field.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { COLLECTION_SCHEMAS, DayShell, Event, ItineraryShell, Visit } from '../src/model/schema.js';
import { orderedField, shapeChecked, shapeFits } from '../src/model/shape-check.js';
import { SHAPE_UNITS, type ShapeUnit } from '../src/model/shape-schemas.js';
import { parseYaml } from '../src/source/parse.js';

const ROOT = join(import.meta.dirname, '..');
const ZOD: Record<ShapeUnit, z.ZodType> = { shell: ItineraryShell, visit: Visit, ...COLLECTION_SCHEMAS, day: DayShell, event: Event };

type Raw = Record<string, unknown>;
const isObject = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every unit of a file's value the builder checks, with its kind. */
function unitsOf(value: unknown): [ShapeUnit, unknown][] {
  if (!isObject(value)) return [];
  const out: [ShapeUnit, unknown][] = [['shell', value]];
  if (value.visit !== undefined) out.push(['visit', value.visit]);
  for (const key of ['organizations', 'people', 'groups', 'places', 'travel', 'vehicles', 'agreements'] as const) {
    for (const item of Array.isArray(value[key]) ? value[key] : []) out.push([key, item]);
  }
  for (const day of Array.isArray(value.days) ? value.days : []) {
    out.push(['day', day]);
    for (const event of isObject(day) && Array.isArray(day.events) ? day.events : []) out.push(['event', event]);
  }
  return out;
}

/** Both checks on one unit: the same verdict, and the same data (with the same key order) when accepted. */
function agree(unit: ShapeUnit, value: unknown, where: string): boolean {
  const fast = shapeChecked(unit, value);
  const detailed = ZOD[unit].safeParse(value);
  expect(fast !== undefined, `${where}: shape check ${fast ? 'accepts' : 'rejects'} what zod ${detailed.success ? 'accepts' : 'rejects'}`).toBe(detailed.success);
  if (fast !== undefined && detailed.success) {
    expect(fast, where).toEqual(detailed.data);
    expect(JSON.stringify(fast), where).toBe(JSON.stringify(detailed.data));
  }
  // The builder's way for events: the verdict without a copy, then the fields picked one by one.
  expect(shapeFits(unit, value), `${where}: shapeFits`).toBe(fast !== undefined);
  if (unit === 'event' && fast !== undefined && detailed.success) {
    const picked = Object.fromEntries(Object.keys(EVENT_KEYS).map((key) => [key, orderedField('event', key, (value as Raw)[key])]).filter(([, field]) => field !== undefined));
    expect(JSON.stringify(picked), `${where}: fields picked`).toBe(JSON.stringify(detailed.data));
  }
  return detailed.success;
}

/** An event's fields in the schema's order, as the builder picks them. */
const EVENT_KEYS = Event.shape;

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

const files = [...yamlFiles(join(ROOT, 'itineraries')), ...yamlFiles(join(ROOT, 'test', 'fixtures'))];

/** Values a field may be changed to: of every type, in and out of every range and form the format has. */
const ODD_VALUES: unknown[] = [
  null, true, 0, -1, 1, 1.5, 95, 200, 2 ** 60, NaN, Infinity, -Infinity, '', 'x', 'Tver Gov', 'tver-gov', '-x', 'ru', 'RU', 'rest', 'all', 'org:x',
  '2023-11-21', '2023-02-30', '2023-13-01', '09:30', '24:00', '07:25+1', '+7 900 000-00-01', 'meeting', 'flight', 'signing', 'head', 'hotel', 'bus',
  'delegation', 'government', [], ['x'], ['x', 'y'], [41.8, 123.4], [1, 2, 3], ['tver-gov', 1], [{}], {}, { ru: 'x' }, { en: 1 }, { EN: 'x' }, { ru: 'x', ' 10': null },
  { 'bus-1': ['rest'] }, { 'bus-1': [] }, { 'Bus 1': ['x'] }, { name: 'x' }, { name: 'x', number: '1', expires: '2030-01-01' },
  { name: 'x', number: 1, expires: '2030-02-30' }, { time: '09:00', at: 'lobby' }, { purpose: 'x', talking_points: ['a', { ru: 'b' }] },
];

/** Each unit changed one field at a time: removed, set to each odd value, and one unknown key added. */
function* mutations(value: Raw): Generator<[string, Raw]> {
  yield ['unknown key', { ...value, extra_key: 'x' }];
  for (const key of Object.keys(value)) {
    const { [key]: _removed, ...rest } = value;
    yield [`without ${key}`, rest];
    for (const odd of ODD_VALUES) yield [`${key}: ${JSON.stringify(odd)}`, { ...value, [key]: odd }];
    // One level down (a passport, a driver, a gathering, a brief, a text, a seating mapping).
    const inner = value[key];
    if (isObject(inner)) {
      for (const [nested, changed] of mutations(inner)) yield [`${key}.${nested}`, { ...value, [key]: changed }];
    }
  }
}

describe('the shape check and the zod schemas', () => {
  it('checks every unit the builder checks', () => {
    expect([...SHAPE_UNITS].sort()).toEqual(Object.keys(ZOD).sort());
  });

  it('agree on every unit of every shipped and fixture file', () => {
    expect(files.length).toBeGreaterThan(50);
    let accepted = 0;
    let rejected = 0;
    for (const file of files) {
      const parsed = parseYaml(readFileSync(file, 'utf8'));
      if (parsed.problems.length > 0) continue;
      for (const [unit, value] of unitsOf(parsed.value)) {
        if (agree(unit, value, `${file} ${unit}`)) accepted++;
        else rejected++;
      }
    }
    // Both outcomes occur: the fixtures hold well-formed and malformed units.
    expect(accepted).toBeGreaterThan(500);
    expect(rejected).toBeGreaterThan(20);
  });

  it('orders the mappings inside an event written in another order, and leaves the others as written', () => {
    const event = {
      brief: { background: 'c', talking_points: ['b'], purpose: 'a' }, gather: { at: 'lobby', time: '09:00' }, kind: 'meeting', title: { zh: '会谈', ru: 'Встреча' },
      end: '10:00', start: '09:30', id: 'e1', place: 'hall', attendees: ['all'],
    };
    expect(shapeFits('event', event)).toBe(true);
    expect(JSON.stringify(orderedField('event', 'gather', event.gather))).toBe('{"time":"09:00","at":"lobby"}');
    expect(JSON.stringify(orderedField('event', 'brief', event.brief))).toBe('{"purpose":"a","talking_points":["b"],"background":"c"}');
    // A language map is not closed: its keys stay in the order written, and the value itself is kept.
    expect(orderedField('event', 'title', event.title)).toBe(event.title);
    expect(orderedField('event', 'gather', undefined)).toBeUndefined();
    agree('event', event, 'event written out of order');
    expect(shapeFits('event', { ...event, from: 'hall' })).toBe(false);
  });

  it('agree on entries changed field by field', () => {
    const example = parseYaml(readFileSync(join(ROOT, 'itineraries', 'liaoning-2023.yaml'), 'utf8')).value;
    // A few units of each kind, the events of every kind among them.
    const seen = new Map<string, number>();
    let checked = 0;
    for (const [unit, value] of unitsOf(example)) {
      if (!isObject(value) || unit === 'shell') continue;
      const kind = unit === 'event' ? `event:${String(value.kind)}:${'vehicles' in value}:${'brief' in value}` : unit;
      if ((seen.get(kind) ?? 0) >= (unit === 'event' ? 1 : 3)) continue;
      seen.set(kind, (seen.get(kind) ?? 0) + 1);
      for (const [change, mutated] of mutations(value)) {
        agree(unit, mutated, `${unit} ${String(value.id ?? value.date ?? '')} ${change}`);
        checked++;
      }
    }
    for (const [change, mutated] of mutations({ format: 'delegation/1', visit: {}, organizations: [], people: [], places: [], days: [] })) {
      agree('shell', mutated, `shell ${change}`);
      checked++;
    }
    expect(checked).toBeGreaterThan(5000);
  });
});
