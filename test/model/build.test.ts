// The model's events: a well-formed event is read field by field from the parsed value and must come
// out as the detailed schema outputs it; its people are its attendees each once, in order of first
// mention; its times are read in its place's zone (or the visit's), and not for a place at odds with it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/model/build.js';
import { Event } from '../../src/model/schema.js';

const ROOT = join(import.meta.dirname, '..', '..');

/** A programme whose second day's events are given; `people` delegation members p01, p02, …. */
function programme(events: string, people = 3, places = ''): string {
  const members = Array.from({ length: people }, (_, i) => `  - { id: p${String(i + 1).padStart(2, '0')}, name: { ru: Гость ${i + 1} }, org: tver, role: ${i === 0 ? 'head' : 'business'} }`);
  return `format: delegation/1
visit:
  id: v
  title: { ru: Визит }
  from: 2023-11-20
  to: 2023-11-21
  timezone: Asia/Shanghai
  head: p01
  languages: [ru]
organizations:
  - { id: tver, name: { ru: Тверь }, side: delegation, kind: government }
people:
${members.join('\n')}
groups:
  - { id: firsts, name: { ru: Первые }, members: [p01, p02] }
places:
  - { id: hall, name: { ru: Зал }, kind: venue, geo: [41.8, 123.4] }
  - { id: moscow, name: { ru: Офис }, kind: office, city: Москва }
${places}days:
  - date: 2023-11-20
    events: []
  - date: 2023-11-21
    events:
${events}`;
}

const ids = (people: readonly { id: string }[]) => people.map((p) => p.id);

describe('the events of the model', () => {
  it('come out of every example and fixture file as the detailed schema outputs them', () => {
    const files = [
      ...readdirSync(join(ROOT, 'itineraries')).filter((f) => f.endsWith('.yaml')).map((f) => join(ROOT, 'itineraries', f)),
      ...readdirSync(join(ROOT, 'test', 'fixtures', 'rules'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml')).map((f) => join(ROOT, 'test', 'fixtures', 'rules', f)),
    ];
    let compared = 0;
    for (const file of files) {
      let value: unknown;
      try {
        value = parse(readFileSync(file, 'utf8'), { schema: 'core', version: '1.2', logLevel: 'silent' });
      } catch {
        continue;
      }
      const model = buildModel(value);
      for (const event of model.events) {
        const raw = (value as { days: { events: unknown[] }[] }).days[event.path[1] as number]!.events[event.index];
        const detailed = Event.safeParse(raw);
        if (!detailed.success) continue;
        const fields = Object.fromEntries(Object.keys(Event.shape).map((key) => [key, event[key as keyof typeof event]]).filter(([, v]) => v !== undefined));
        expect(JSON.stringify(fields), `${file} ${event.id}`).toBe(JSON.stringify(detailed.data));
        expect(event.path, `${file} ${event.id}`).toEqual(['days', event.path[1], 'events', event.index]);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(200);
  });

  it('take a gathering and a brief written out of order in the schema order', () => {
    const model = buildModel(
      parse(
        programme(`      - { id: e1, start: "09:00", end: "10:00", title: { ru: Встреча }, kind: meeting, place: hall, attendees: [p01], gather: { at: lobby, time: "08:45" }, brief: { background: b, purpose: a } }\n`),
      ),
    );
    const [event] = model.events;
    expect(JSON.stringify(event!.gather)).toBe('{"time":"08:45","at":"lobby"}');
    expect(JSON.stringify(event!.brief)).toBe('{"purpose":"a","background":"b"}');
    expect(model.schemaIssues).toEqual([]);
  });

  it('keep an event the shape check refuses to the detailed check, which says why', () => {
    const model = buildModel(parse(programme(`      - { id: e1, start: "09:00", end: "10:00", title: { ru: Встреча }, kind: meeting, place: hall, attendees: [p01], gather: { time: "08:45", where: lobby } }\n`)));
    expect(model.schemaIssues.map((issue) => issue.path)).toEqual([
      ['days', 1, 'events', 0, 'gather', 'at'],
      ['days', 1, 'events', 0, 'gather', 'where'],
    ]);
    expect(model.declared.events).toEqual([{ id: 'e1', path: ['days', 1, 'events', 0, 'id'] }]);
  });

  it.each([
    ['one selector', '[p02]', ['p02']],
    ['a few selectors that repeat people', '[p03, group:firsts, p01, p03]', ['p03', 'p01', 'p02']],
    ['all and then each again', '[p02, all, p05, p01]', ['p02', 'p01', 'p03', 'p04', 'p05', 'p06', 'p07', 'p08', 'p09', 'p10', 'p11', 'p12', 'p13', 'p14', 'p15', 'p16', 'p17', 'p18', 'p19', 'p20']],
    ['more people than are looked through one by one', '[all, group:firsts, p20, all]', Array.from({ length: 20 }, (_, i) => `p${String(i + 1).padStart(2, '0')}`)],
    ['an unknown selector among them', '[nobody, p04, p04]', ['p04']],
  ])('have their attendees as people each once, in order of first mention (%s)', (_what, attendees, expected) => {
    const model = buildModel(parse(programme(`      - { id: e1, start: "09:00", end: "10:00", title: { ru: Встреча }, kind: meeting, place: hall, attendees: ${attendees} }\n`, 20)));
    const [event] = model.events;
    expect(ids(event!.people)).toEqual(expected);
    // The people are the event's own list, not a list the model shares.
    expect(Object.isFrozen(event!.people)).toBe(false);
    expect(event!.people).not.toBe(model.resolveSelector(String(parse(`v: ${attendees}`).v[0])));
  });

  it('read times in the zone of the place, the visit otherwise, and not at a place at odds with the visit', () => {
    const model = buildModel(
      parse(
        programme(
          [
            `      - { id: here, start: "09:00", end: "00:30+1", title: { ru: А }, kind: meeting, place: hall, attendees: [p01] }`,
            `      - { id: there, start: "09:00", end: "10:00", title: { ru: Б }, kind: meeting, place: moscow, attendees: [p01] }`,
            `      - { id: flown, start: "09:00", end: "13:00", title: { ru: В }, kind: flight, from: svo, to: hall, attendees: [p01] }`,
            `      - { id: again, start: "09:00", end: "10:00", title: { ru: Г }, kind: meeting, place: moscow, attendees: [p02] }`,
            '',
          ].join('\n'),
          3,
          '  - { id: svo, name: { ru: Аэропорт }, kind: airport, timezone: Europe/Moscow }\n',
        ),
      ),
    );
    const at = (id: string) => model.byId.events.get(id)!;
    expect(at('here').startMs).toBe(Date.parse('2023-11-21T01:00:00Z'));
    expect(at('here').endMs).toBe(Date.parse('2023-11-21T16:30:00Z'));
    expect(at('flown').startZone).toBe('Europe/Moscow');
    expect(at('flown').startMs).toBe(Date.parse('2023-11-21T06:00:00Z'));
    expect(at('flown').endMs).toBe(Date.parse('2023-11-21T05:00:00Z'));
    // A city in Moscow read in Shanghai's zone: no times, for every event there.
    for (const id of ['there', 'again']) {
      expect(at(id).startZone).toBe('Asia/Shanghai');
      expect(at(id).startMs).toBeUndefined();
      expect(at(id).endMs).toBeUndefined();
    }
  });

  it('know which selectors name something written in the file, a rejected entry too', () => {
    const text = programme(`      - { id: e1, start: "09:00", end: "10:00", title: { ru: Встреча }, kind: meeting, place: hall, attendees: [p01] }\n`, 3)
      .replace('people:\n', 'people:\n  - { id: broken, name: { ru: Сломан }, org: tver, role: 12 }\n');
    const model = buildModel(parse(text));
    expect(model.byId.people.has('broken')).toBe(false);
    const cases: [string, boolean][] = [
      ['all', true], ['role:anything', true], ['p01', true], ['p03', true], ['broken', true], ['p04', false], ['', false],
      ['org:tver', true], ['org:other', false], ['org:', false], ['group:firsts', true], ['group:lasts', false], ['firsts', false], ['tver', false],
    ];
    for (const [selector, exists] of cases) expect(model.selectorExists(selector), selector).toBe(exists);
    // Asked again, the same answers.
    for (const [selector, exists] of cases) expect(model.selectorExists(selector), selector).toBe(exists);
  });
});
