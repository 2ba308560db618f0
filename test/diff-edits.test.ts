// The change notice misses no field: each single edit to the example programme appears with its old and
// new value, for exactly the people it affects, with the revision warning (the revision stays the same);
// and a random field of a random entry, changed, is always reported.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, parseDocument, type Document, type YAMLMap, type YAMLSeq } from 'yaml';
import { compareModels, diffItineraries } from '../src/commands/diff.js';
import { buildModel } from '../src/model/build.js';
import { compareStructure, fieldsOf, type Scope } from '../src/model/compare.js';
import { ridesOf } from '../src/model/seating.js';
import type { Model } from '../src/model/types.js';

const EXAMPLE_FILE = join(import.meta.dirname, '..', 'itineraries', 'liaoning-2023.yaml');
const EXAMPLE = readFileSync(EXAMPLE_FILE, 'utf8');
const model = buildModel(parse(EXAMPLE));
const dir = mkdtempSync(join(tmpdir(), 'diff-edits-'));

function edited(edit: (doc: Document) => void): string {
  const doc = parseDocument(EXAMPLE);
  edit(doc);
  return doc.toString();
}

let count = 0;
function diff(text: string, options: { person?: string; format?: 'text' | 'md' | 'json'; includeSensitive?: boolean } = {}) {
  const file = join(dir, `new-${++count}.yaml`);
  writeFileSync(file, text);
  return diffItineraries({ oldFile: EXAMPLE_FILE, newFile: file, format: options.format ?? 'text', lang: 'en', cwd: dir, person: options.person, includeSensitive: options.includeSensitive });
}

const indexIn = (doc: Document, key: string, id: string) => (doc.get(key) as YAMLSeq<YAMLMap>).items.findIndex((item) => item.get('id') === id);
function eventPath(doc: Document, id: string): (string | number)[] {
  const days = doc.get('days') as YAMLSeq<YAMLMap>;
  for (let d = 0; d < days.items.length; d++) {
    const events = days.items[d]!.get('events') as YAMLSeq<YAMLMap>;
    const e = events.items.findIndex((item) => item.get('id') === id);
    if (e !== -1) return ['days', d, 'events', e];
  }
  throw new Error(`no event ${id}`);
}

const ids = (people: readonly { id: string }[]) => [...new Set(people.map((p) => p.id))].sort();
const attendeesOf = (id: string) => ids(model.byId.events.get(id)!.people);
const atPlace = (m: Model, id: string) =>
  ids([
    ...m.events.filter((e) => e.place === id || e.from === id || e.to === id).flatMap((e) => e.people),
    ...m.days.filter((d) => d.hotel === id).flatMap((d) => d.events.flatMap((e) => e.people).filter((p) => p.side === 'delegation')),
  ]);

interface Case {
  name: string;
  edit: (doc: Document) => void;
  /** Lines the text notice must contain: the old and the new value. */
  shows: string[];
  people: () => string[];
}

const CASES: Case[] = [
  {
    name: 'a dress code',
    edit: (doc) => doc.setIn([...eventPath(doc, 'd2-talks'), 'dress', 'en'], 'Black tie'),
    shows: ['Dress code: Dark business suit → Black tie'],
    people: () => attendeesOf('d2-talks'),
  },
  {
    name: 'a note',
    edit: (doc) => doc.setIn([...eventPath(doc, 'd1-transfer-svo'), 'notes', 'en'], 'M-11 motorway. Luggage is loaded into the buses at 14:00.'),
    shows: ['Notes: M-11 motorway. Luggage is loaded into the buses before the briefing. → M-11 motorway. Luggage is loaded into the buses at 14:00.'],
    people: () => attendeesOf('d1-transfer-svo'),
  },
  {
    name: 'a gathering point',
    edit: (doc) => doc.setIn([...eventPath(doc, 'd2-transfer-memorial'), 'gather', 'at', 'en'], 'Main entrance'),
    shows: ['Gathering: 13:35, Shangri-La hotel lobby → 13:35, Main entrance'],
    people: () => attendeesOf('d2-transfer-memorial'),
  },
  {
    name: "a place's address and phone",
    edit: (doc) => {
      const i = indexIn(doc, 'places', 'siasun-hq');
      doc.setIn(['places', i, 'address', 'en'], '18 Jinhui Street, Hunnan District, Shenyang');
      doc.setIn(['places', i, 'phone'], '+86 24 1111 2222');
    },
    shows: ['Address: 16 Jinhui Street, Hunnan District, Shenyang → 18 Jinhui Street, Hunnan District, Shenyang', 'Phone: none → +86 24 1111 2222'],
    people: () => atPlace(model, 'siasun-hq'),
  },
  {
    name: "a hotel's phone",
    edit: (doc) => doc.setIn(['places', indexIn(doc, 'places', 'hotel'), 'phone'], '+86 24 0000 0009'),
    shows: ['Phone: +86 24 0000 0001 → +86 24 0000 0009'],
    people: () => atPlace(model, 'hotel'),
  },
  {
    name: "a vehicle's driver and driver's phone",
    edit: (doc) => {
      const i = indexIn(doc, 'vehicles', 'cn-van-1');
      doc.setIn(['vehicles', i, 'driver', 'name', 'en'], 'Wang Lei');
      doc.setIn(['vehicles', i, 'driver', 'phone'], '+86 139 0000 0099');
    },
    shows: ['Driver: Meng Fan → Wang Lei', "Driver's phone: +86 139 0000 0091 → +86 139 0000 0099"],
    people: () => ids(model.events.flatMap((e) => e.rides.filter((r) => r.vehicleId === 'cn-van-1').flatMap((r) => r.riders))),
  },
  {
    name: 'a seat moved from the bus to a car',
    edit: (doc) => (doc.getIn([...eventPath(doc, 'd2-transfer-memorial'), 'vehicles', 'cn-van-1']) as YAMLSeq).add('kovalchuk'),
    shows: ['Seat: Marina Kovalchuk: cn-bus-2 → cn-van-1'],
    people: () => ['kovalchuk'],
  },
  {
    name: "a person's position",
    edit: (doc) => doc.setIn(['people', indexIn(doc, 'people', 'belov'), 'position', 'en'], 'First Deputy Chairman of the Government of Tver Region'),
    shows: ['Position: Deputy Chairman of the Government of Tver Region → First Deputy Chairman of the Government of Tver Region'],
    people: () => ['belov'],
  },
  {
    name: 'a signatory of an agreement',
    edit: (doc) => doc.setIn(['agreements', indexIn(doc, 'agreements', 'bau-road-machinery'), 'signatories', 0], 'baranov'),
    shows: ['Signatories: Oleg Panfilov, Deng Hao, Xie Peng → Yury Baranov, Deng Hao, Xie Peng'],
    people: () => ['baranov', 'panfilov'],
  },
  {
    name: 'a duty contact',
    edit: (doc) => doc.setIn(['visit', 'contacts', 1], 'laptev'),
    shows: ['Duty contacts: Marina Kovalchuk, Artyom Zhuravlev, Zhao Lina → Marina Kovalchuk, Sergey Laptev, Zhao Lina'],
    // Duty contacts are printed on every sheet: the whole delegation.
    people: () => ids(model.people.filter((p) => p.side === 'delegation')),
  },
];

describe('diff reports each edit to the example for exactly the people it affects', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const result = diff(edited(c.edit));
      for (const line of c.shows) expect(result.output).toContain(line);
      expect(result.notice.changes.length).toBeGreaterThan(0); // --exit-code exits 1
      expect(ids(result.notice.affected)).toEqual(c.people());
      // The revision stayed at 3: the notice starts with the warning, in every format.
      expect(result.output.split('\n')[0]).toMatch(/^Warning: the programme changed but its revision did not increase \(3 → 3\)/);
      expect(diff(edited(c.edit), { format: 'md' }).output.split('\n')[0]).toMatch(/^> \*\*Warning: the programme changed/);
      expect((JSON.parse(diff(edited(c.edit), { format: 'json' }).output) as { warnings: string[] }).warnings).toHaveLength(1);
    });
  }

  it('with a new revision there is no warning', () => {
    const result = diff(edited((doc) => {
      doc.setIn(['visit', 'revision'], 4);
      doc.setIn([...eventPath(doc, 'd2-talks'), 'dress', 'en'], 'Black tie');
    }));
    expect(result.notice.revisionWarning).toBe(false);
    expect(result.output).not.toContain('Warning');
  });

  it('--person keeps exactly the changes that affect that person', () => {
    const text = edited((doc) => {
      for (const c of CASES) c.edit(doc);
    });
    const all = diff(text).notice.changes;
    for (const person of ['kovalchuk', 'chernova', 'belov', 'deng-hao']) {
      const own = diff(text, { person }).notice.changes;
      expect(own.map((c) => `${c.scope}:${c.key}`)).toEqual(all.filter((c) => c.people.some((p) => p.id === person)).map((c) => `${c.scope}:${c.key}`));
    }
    expect(diff(text, { person: 'belov' }).notice.changes.some((c) => c.scope === 'person' && c.key === 'belov')).toBe(true);
    expect(diff(text, { person: 'chernova' }).notice.changes.some((c) => c.scope === 'person')).toBe(false);
  });

  it('sensitive fields are compared, their values printed only with --include-sensitive', () => {
    const text = edited((doc) => {
      const i = indexIn(doc, 'people', 'rudenya');
      doc.setIn(['people', i, 'passport', 'number'], '750000999');
      doc.setIn(['people', i, 'diet'], 'Vegetarian');
    });
    const hidden = diff(text);
    expect(hidden.output).toContain('Passport data: changed (not shown');
    expect(hidden.output).toContain('Diet: changed (not shown');
    expect(hidden.output).not.toContain('750000999');
    expect(hidden.output).not.toContain('Vegetarian');
    expect(diff(text, { format: 'json' }).output).not.toContain('750000999');
    const shown = diff(text, { includeSensitive: true });
    expect(shown.output).toContain('→ 750000999');
    expect(shown.output).toContain('Diet: none → Vegetarian');
    expect(ids(hidden.notice.affected)).toEqual(['rudenya']);
  });

  it('no change, no notice entries', () => {
    const result = diff(EXAMPLE);
    expect(result.notice.changes).toEqual([]);
    expect(result.notice.revisionWarning).toBe(false);
    expect(result.output).toContain('No changes.');
  });
});

describe('no field is silently dropped (property)', () => {
  const raw = parse(EXAMPLE) as Record<string, unknown>;
  const collections: [Scope, string][] = [
    ['organization', 'organizations'], ['person', 'people'], ['group', 'groups'], ['place', 'places'], ['travel', 'travel'],
    ['vehicle', 'vehicles'], ['agreement', 'agreements'],
  ];
  type Target = { scope: Scope; key: string; entry: Record<string, unknown> };
  const targets: Target[] = [];
  const keyOf = (scope: Scope, entry: Record<string, unknown>) => (scope === 'travel' ? [...(entry.between as string[])].sort().join('~') : String(entry.id));
  for (const [scope, key] of collections) for (const entry of (raw[key] as Record<string, unknown>[] | undefined) ?? []) targets.push({ scope, key: keyOf(scope, entry), entry });
  for (const day of raw.days as Record<string, unknown>[]) {
    targets.push({ scope: 'day', key: String(day.date), entry: day });
    for (const event of day.events as Record<string, unknown>[]) targets.push({ scope: 'event', key: String(event.id), entry: event });
  }
  targets.push({ scope: 'visit', key: 'visit', entry: raw.visit as Record<string, unknown> });

  /** A different value of the same shape where one is easy to make; the entry may become invalid, which must be reported too. */
  function mutate(value: unknown, pick: number): unknown {
    if (typeof value === 'number') return value + 1;
    if (typeof value === 'string') {
      const time = /^(\d\d):(\d\d)(\+1)?$/.exec(value);
      if (time) return `${time[1]}:${time[2] === '59' ? '58' : String(Number(time[2]) + 1).padStart(2, '0')}${time[3] ?? ''}`;
      return `${value}-x`;
    }
    if (Array.isArray(value)) return [...value, value[0] ?? 'x'];
    if (value && typeof value === 'object') {
      const keys = Object.keys(value);
      const key = keys[pick % keys.length]!;
      return { ...(value as Record<string, unknown>), [key]: mutate((value as Record<string, unknown>)[key], pick) };
    }
    return 'x';
  }

  it('a random field of a random entry changed is reported, under that entry', () => {
    fc.assert(
      fc.property(fc.nat(targets.length - 1), fc.nat(1000), fc.nat(1000), (t, f, pick) => {
        const target = targets[t]!;
        const fields = (target.scope === 'visit' ? fieldsOf('visit') : fieldsOf(target.scope as Exclude<Scope, 'contacts'>)).filter((name) => name !== 'date' && name !== 'events' && target.entry[name] !== undefined);
        if (fields.length === 0) return;
        const field = fields[f % fields.length]!;
        const copy = structuredClone(raw);
        const entry = findEntry(copy, target);
        entry[field] = mutate(entry[field], pick);
        const after = buildModel(copy);
        const changes = compareStructure(model, after);
        // A changed id (or a travel pair) shows as the entry removed and another added.
        const hit = changes.filter((c) => c.scope === target.scope && (target.scope === 'visit' || c.key === target.key || (c.action === 'added' && (target.scope === 'travel' || c.key === `${entry.id}`))));
        expect(hit.length, `${target.scope} ${target.key}.${field}`).toBeGreaterThan(0);
        const changed = hit.find((c) => c.action === 'changed');
        if (changed) expect(changed.fields.some((x) => x.field === field || x.field.startsWith(`${field}.`))).toBe(true);
        // The notice keeps it: nothing is lost between the comparison and what people read.
        const notice = compareModels(model, after, { oldLabel: 'a', newLabel: 'b' });
        expect(notice.changes.some((c) => c.scope === target.scope)).toBe(true);
        expect(notice.revisionWarning).toBe(true);
      }),
      { numRuns: 150, examples: [[246, 569, 0], [targets.length - 1, 0, 0], [targets.length - 1, 1, 0], [targets.length - 1, 2, 0], [targets.length - 1, 3, 0], [targets.length - 1, 4, 0], [targets.length - 1, 5, 0], [targets.length - 1, 6, 0], [targets.length - 1, 7, 0], [targets.length - 1, 8, 0], [targets.length - 1, 9, 0]] },
    );
  });

  function findEntry(copy: Record<string, unknown>, target: Target): Record<string, unknown> {
    if (target.scope === 'visit') return copy.visit as Record<string, unknown>;
    if (target.scope === 'day') return (copy.days as Record<string, unknown>[]).find((d) => d.date === target.key)!;
    if (target.scope === 'event') return (copy.days as { events: Record<string, unknown>[] }[]).flatMap((d) => d.events).find((e) => e.id === target.key)!;
    const list = copy[collections.find(([s]) => s === target.scope)![1]] as Record<string, unknown>[];
    return list.find((e) => keyOf(target.scope, e) === target.key)!;
  }
});

describe('seat changes reach the people moved', () => {
  it('ridesOf follows the seating mapping', () => {
    const memorial = model.byId.events.get('d2-transfer-memorial')!;
    expect(ridesOf(memorial, model.byId.people.get('rudenya')!).map((r) => r.vehicleId)).toEqual(['cn-van-1']);
    expect(ridesOf(memorial, model.byId.people.get('kovalchuk')!).map((r) => r.vehicleId)).toEqual(['cn-bus-2']);
  });
});
