// An entry the schema rejects is still known by id, with the fields that did validate: the rules that
// do not need the rejected field report nothing about its absence (no unknown reference, no missing B2B
// meeting, no meal gap, no road time across it). Each slip gives its schema finding and nothing else.
import { describe, expect, it } from 'vitest';
import { checkText } from './helpers/check.js';

const CLEAN = `format: delegation/1
visit:
  id: v
  title: { ru: Визит, en: Visit }
  from: 2023-11-20
  to: 2023-11-21
  timezone: Asia/Shanghai
  head: rudenya
  languages: [ru, en]
organizations:
  - { id: tver, name: { ru: Тверь, en: Tver }, side: delegation, kind: government }
  - { id: tver-biz, name: { ru: Завод, en: Plant }, side: delegation, kind: enterprise }
  - { id: ln-biz, name: { ru: Компания, en: Company }, side: host, kind: enterprise }
people:
  - { id: rudenya, name: { ru: Игорь Руденя, en: Igor Rudenya }, org: tver, role: head, languages: [ru, zh] }
  - { id: ivanov, name: { ru: Иван Иванов, en: Ivan Ivanov }, org: tver-biz, role: business, languages: [ru, zh] }
  - { id: wang, name: { ru: Ван Мин, en: Wang Ming }, org: ln-biz, role: business, languages: [zh, ru] }
places:
  - id: svo
    name: { ru: Шереметьево, en: Sheremetyevo }
    kind: airport
    geo: [55.9726, 37.4146]
    timezone: Europe/Moscow
  - { id: she, name: { ru: Аэропорт, en: Airport }, kind: airport, geo: [41.6398, 123.4834] }
  - { id: hotel, name: { ru: Отель, en: Hotel }, kind: hotel, geo: [41.8057, 123.4315] }
  - { id: office, name: { ru: Офис, en: Office }, kind: office, geo: [41.8000, 123.4300] }
days:
  - date: 2023-11-20
    events:
      - { id: coffee, start: "07:00", end: "08:00", title: { ru: Кофе, en: Coffee }, kind: meal, place: svo, attendees: [all] }
      - id: flight
        start: "10:00"
        end: "22:00"
        title: { ru: Рейс, en: Flight }
        kind: flight
        from: svo
        to: she
        attendees: [all]
  - date: 2023-11-21
    events:
      - { id: breakfast, start: "08:00", end: "09:00", title: { ru: Завтрак, en: Breakfast }, kind: meal, place: hotel, attendees: [all] }
      - { id: b2b, start: "10:00", end: "11:00", title: { ru: Встреча, en: Meeting }, kind: meeting, place: office, attendees: [all, wang] }
      - { id: lunch, start: "12:30", end: "13:30", title: { ru: Обед, en: Lunch }, kind: meal, place: office, attendees: [all, wang] }
      - { id: rest, start: "15:00", end: "18:00", title: { ru: Отдых, en: Rest }, kind: free, place: hotel, attendees: [all] }
`;

const findings = (text: string) => checkText(text).diagnostics.map((d) => `${d.line}:${d.column} ${d.rule} ${d.message}`);

/** The finding the same programme gives when the entry is missing altogether: what the rejection must not bring. */
const without = (from: string) => findings(CLEAN.replace(from, ''));

describe('an entry the schema rejects is still known', () => {
  it('the clean programme has no findings', () => expect(findings(CLEAN)).toEqual([]));

  it('a meeting with a misspelt key: no "no B2B meeting" warning', () => {
    const line = '      - { id: b2b, start: "10:00", end: "11:00", title:';
    expect(without(`${line} { ru: Встреча, en: Meeting }, kind: meeting, place: office, attendees: [all, wang] }\n`).join('\n')).toContain('no-b2b');
    expect(findings(CLEAN.replace(`${line} {`, '      - { id: b2b, start: "10:00", end: "11:00", titel: {'))).toEqual([
      '42:50 schema unknown key "titel"; did you mean "title"?',
    ]);
  });

  it('a meal with a misspelt key: no meal gap', () => {
    expect(without('      - { id: lunch, start: "12:30", end: "13:30", title: { ru: Обед, en: Lunch }, kind: meal, place: office, attendees: [all, wang] }\n').join('\n')).toContain('meal-gap');
    expect(findings(CLEAN.replace('id: lunch, start: "12:30", end: "13:30", title:', 'id: lunch, start: "12:30", end: "13:30", titel:'))).toEqual([
      '43:52 schema unknown key "titel"; did you mean "title"?',
    ]);
  });

  it('a meal whose start is malformed: no meal gap', () => {
    expect(findings(CLEAN.replace('id: lunch, start: "12:30"', 'id: lunch, start: "12.30"'))).toEqual([
      '43:29 schema expected a time HH:MM (24-hour), e.g. 09:30, found "12.30"',
    ]);
  });

  it('a flight with a misspelt key: no road time from Sheremetyevo to Shenyang', () => {
    const flight = / {6}- id: flight\n[\s\S]*?attendees: \[all\]\n/.exec(CLEAN)![0];
    expect(without(flight).join('\n')).toContain('travel-time');
    expect(findings(CLEAN.replace('        title: { ru: Рейс, en: Flight }', '        titel: { ru: Рейс, en: Flight }'))).toEqual([
      '34:9 schema unknown key "titel"; did you mean "title"?',
    ]);
  });

  it('a place with a bad kind: no unknown reference, no road time or meal gap at it', () => {
    expect(findings(CLEAN.replace('kind: office, geo', 'kind: ofice, geo'))).toEqual([
      '26:57 schema expected a kind: one of hotel, venue, office, factory, airport, station, restaurant, other; found "ofice"',
    ]);
  });

  it('a place with a misspelt key: no unknown reference', () => {
    expect(findings(CLEAN.replace('{ id: office, name:', '{ id: office, nmae:'))).toEqual([
      '26:19 schema unknown key "nmae"; did you mean "name"?',
    ]);
  });

  it('a host-side enterprise with a bad side: no "no B2B meeting" warning', () => {
    expect(findings(CLEAN.replace('side: host, kind: enterprise', 'side: hots, kind: enterprise'))).toEqual([
      '13:62 schema expected a side: one of delegation, host; found "hots"',
    ]);
  });

  it('a host-side enterprise with a misspelt kind: no "no B2B meeting" warning', () => {
    expect(findings(CLEAN.replace('side: host, kind: enterprise', 'side: host, kind: enterprize'))).toEqual([
      '13:74 schema expected a kind: one of government, enterprise, association, media, other; found "enterprize"',
    ]);
  });

  it('a host-side person with a misspelt key: no unknown reference, no "no B2B meeting" warning', () => {
    expect(findings(CLEAN.replace('{ id: wang, name:', '{ id: wang, nmae:'))).toEqual([
      '17:17 schema unknown key "nmae"; did you mean "name"?',
    ]);
  });

  it('a delegation person with a misspelt key: no empty organization, no "no B2B meeting" warning', () => {
    expect(findings(CLEAN.replace('{ id: ivanov, name:', '{ id: ivanov, nmae:'))).toEqual([
      '16:19 schema unknown key "nmae"; did you mean "name"?',
    ]);
  });

  it('the rejected entry keeps its id and the fields that validated', async () => {
    const { buildModel } = await import('../src/model/build.js');
    const { parse } = await import('yaml');
    const model = buildModel(parse(CLEAN.replace('id: lunch, start: "12:30", end: "13:30", title:', 'id: lunch, start: "12:30", end: "13:30", titel:')));
    expect(model.rejected).toEqual([
      {
        collection: 'events',
        path: ['days', 1, 'events', 2],
        id: 'lunch',
        date: '2023-11-21',
        fields: { id: 'lunch', start: '12:30', end: '13:30', kind: 'meal', place: 'office', attendees: ['all', 'wang'] },
      },
    ]);
  });
});
