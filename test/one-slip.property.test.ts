// One slip, one finding: each slip of a catalogue of hand-editing mistakes, planted in a clean
// programme, gives findings only inside (or about) the entry it was planted in; nothing elsewhere
// changes. The total number of findings over the catalogue is printed for the record.
import { describe, expect, it } from 'vitest';
import type { DocPath } from '../src/diagnostics/types.js';
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
  - { id: tver, name: { ru: Тверь, en: Tver }, side: delegation, kind: government, country: RU, inn: "6905003320" }
  - { id: liaoning, name: { ru: Ляонин, en: Liaoning }, side: host, kind: government }
people:
  - id: rudenya
    name: { ru: Игорь Руденя, en: Igor Rudenya }
    org: tver
    role: head
    languages: [ru, zh]
    phone: "+7 900 000-00-01"
    passport: { name: RUDENIA IGOR, number: "750000001", expires: 2030-01-01 }
  - { id: li, name: { ru: Ли Лэ, en: Li Le }, org: liaoning, role: official, languages: [zh] }
places:
  - { id: hotel, name: { ru: Отель, en: Hotel }, kind: hotel, geo: [41.8057, 123.4315] }
  - { id: hall, name: { ru: Зал, en: Hall }, kind: venue, geo: [41.8000, 123.4300] }
  - { id: she, name: { ru: Аэропорт, en: Airport }, kind: airport, geo: [41.6398, 123.4834] }
  - id: svo
    name: { ru: Шереметьево, en: Sheremetyevo }
    kind: airport
    geo: [55.9726, 37.4146]
    timezone: Europe/Moscow
days:
  - date: 2023-11-20
    hotel: hotel
    events:
      - id: breakfast
        start: "08:00"
        end: "09:00"
        title: { ru: Завтрак, en: Breakfast }
        kind: meal
        place: hotel
        attendees: [all]
      - { id: talks, start: "10:00", end: "12:00", title: { ru: Переговоры, en: Talks }, kind: meeting, place: hall, attendees: [all, li] }
      - { id: lunch, start: "12:30", end: "13:30", title: { ru: Обед, en: Lunch }, kind: meal, place: hall, attendees: [all, li] }
      - { id: rest, start: "15:00", end: "18:00", title: { ru: Отдых, en: Rest }, kind: free, place: hotel, attendees: [all] }
  - date: 2023-11-21
    events:
      - { id: breakfast-2, start: "07:00", end: "07:30", title: { ru: Завтрак, en: Breakfast }, kind: meal, place: hotel, attendees: [all] }
      - id: flight
        start: "10:00"
        end: "13:25"
        title: { ru: Рейс, en: Flight }
        kind: flight
        from: she
        to: svo
        attendees: [all]
`;

interface Slip {
  name: string;
  from: string;
  to: string;
  /** Where findings may be: the slipped entry, and what depends on it. */
  within: DocPath[];
  /** How many findings the slip gives, when not one. */
  count?: number;
}

const TALKS: DocPath = ['days', 0, 'events', 1];
const BREAKFAST: DocPath = ['days', 0, 'events', 0];
const FLIGHT: DocPath = ['days', 1, 'events', 1];
const RUDENYA: DocPath = ['people', 0];
const SVO: DocPath = ['places', 3];
const YAML: DocPath = [];

const CATALOGUE: Slip[] = [
  // YAML slips: one yaml-syntax finding, about the text (no path).
  { name: 'colon in a plain value', from: 'kind: meal\n        place: hotel\n        attendees: [all]\n      - { id: talks', to: 'kind: meal\n        place: hotel\n        attendees: [all]\n        notes: Стол: 5\n      - { id: talks', within: [YAML] },
  { name: 'colon inside { … }', from: 'title: { ru: Переговоры, en: Talks }', to: 'title: { ru: Переговоры: итоги, en: Talks }', within: [YAML] },
  { name: 'tab indentation', from: '        kind: meal\n        place: hotel', to: '\tkind: meal\n        place: hotel', within: [YAML] },
  { name: 'key one space too far', from: '        kind: meal\n        place: hotel', to: '         kind: meal\n        place: hotel', within: [YAML] },
  { name: 'key one space too little', from: '        kind: meal\n        place: hotel', to: '       kind: meal\n        place: hotel', within: [YAML] },
  { name: 'no space after colon', from: '    role: head', to: '    role:head', within: [YAML] },
  { name: 'no space after dash', from: '      - id: breakfast\n', to: '      -id: breakfast\n', within: [YAML] },
  { name: 'unclosed double quote', from: 'end: "09:00"', to: 'end: "09:00', within: [YAML] },
  { name: 'unclosed brace', from: "kind: venue, geo: [41.8000, 123.4300] }", to: 'kind: venue, geo: [41.8000, 123.4300]', within: [YAML] },
  { name: 'unclosed bracket', from: '    languages: [ru, zh]', to: '    languages: [ru, zh', within: [YAML] },
  { name: 'text after a closing quote', from: 'start: "08:00"', to: 'start: "08:00" утра', within: [YAML] },
  { name: 'duplicate key', from: '    role: head\n', to: '    role: head\n    role: official\n', within: [YAML] },
  { name: 'value cut by a comment', from: 'phone: "+7 900 000-00-01"', to: 'phone: +7 900 000-00-01 #2', within: [YAML] },
  { name: 'value starting with @', from: '        kind: flight\n', to: '        kind: flight\n        notes: @gate\n', within: [YAML] },
  // Slips the schema and rules see: findings at the entry, or at what reads it.
  { name: 'misspelt zone', from: 'timezone: Europe/Moscow', to: 'timezone: Europe/Moskow', within: [SVO] },
  { name: 'deleted timezone', from: '    timezone: Europe/Moscow\n', to: '', within: [SVO] },
  { name: 'flight end without +1', from: 'end: "13:25"', to: 'end: "03:25"', within: [FLIGHT] },
  { name: 'unquoted INN', from: 'inn: "6905003320"', to: 'inn: 6905003320', within: [['organizations', 0]] },
  { name: 'misspelt key', from: 'title: { ru: Переговоры, en: Talks }, kind: meeting', to: 'titel: { ru: Переговоры, en: Talks }, kind: meeting', within: [TALKS] },
  { name: 'misspelt place reference', from: 'kind: meeting, place: hall', to: 'kind: meeting, place: hal', within: [TALKS] },
  { name: 'misspelt kind', from: 'kind: meeting, place: hall', to: 'kind: meating, place: hall', within: [TALKS] },
  { name: 'date that does not exist', from: 'expires: 2030-01-01', to: 'expires: 2030-02-30', within: [RUDENYA] },
  { name: 'phone without +', from: 'phone: "+7 900 000-00-01"', to: 'phone: "8 900 000-00-01"', within: [RUDENYA] },
  { name: 'event moved to the wrong time', from: 'start: "08:00"\n        end: "09:00"', to: 'start: "11:00"\n        end: "11:30"', within: [BREAKFAST, TALKS], count: 2 },
  { name: 'misspelt attendee', from: 'attendees: [all, li] }\n      - { id: lunch', to: 'attendees: [all, lee] }\n      - { id: lunch', within: [TALKS] },
];

const inside = (path: DocPath, prefix: DocPath) => prefix.every((p, i) => path[i] === p);

describe('one slip, one finding', () => {
  it('the clean programme has no findings', () => {
    expect(checkText(CLEAN).diagnostics.map((d) => `${d.line}:${d.column} ${d.rule} ${d.message}`)).toEqual([]);
  });

  it('the catalogue has at least 20 kinds of slip', () => expect(CATALOGUE.length).toBeGreaterThanOrEqual(20));

  let total = 0;
  for (const slip of CATALOGUE) {
    it(slip.name, () => {
      expect(CLEAN, slip.name).toContain(slip.from);
      const findings = checkText(CLEAN.replace(slip.from, slip.to)).diagnostics;
      total += findings.length;
      expect(findings.length, slip.name).toBeGreaterThan(0);
      const unexplained = findings.filter((d) => !slip.within.some((prefix) => (prefix.length === 0 ? d.rule === 'yaml-syntax' : inside(d.path, prefix))));
      expect(unexplained.map((d) => `${d.line}:${d.column} ${d.rule} ${d.message}`)).toEqual([]);
      expect(findings, slip.name).toHaveLength(slip.count ?? 1);
    });
  }

  it('the whole catalogue gives 26 findings: one per slip, and the overlap a moved event also makes', () => {
    expect(total).toBe(26);
  });
});
