// Rules tell the usual clean entry without building paths, names or lists; these cases take each such
// fast path and, next to each, one that must not take it, with the exact findings.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Person } from '../src/model/types.js';
import { languageGap } from '../src/rules/interpreter-needed.js';
import { checkText } from './helpers/check.js';

const FILE = `format: delegation/1
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
  - { id: liaoning, name: { ru: Ляонин, en: Liaoning }, side: host, kind: government }
groups:
  - { id: team, name: { ru: Группа, en: Team }, members: [rudenya, all] }
people:
  - { id: rudenya, name: { ru: Игорь Руденя, en: Igor Rudenya }, org: tver, role: head, languages: [ru] }
  - { id: li, name: { ru: Ли Лэ, en: Li Le }, org: liaoning, role: head, languages: [zh, ru] }
places:
  - { id: hall, name: { ru: Зал, en: Hall }, kind: venue }
days:
  - date: 2023-11-20
    events:
      - id: talks
        start: "09:00"
        end: "10:00"
        title: { ru: Переговоры, en: Talks }
        kind: meeting
        place: hall
        attendees: [rudenya, li, all, group:team]
        brief:
          purpose: { ru: Цель, en: Purpose }
          talking_points:
            - { ru: Первое, en: First }
            - { ru: Второе, en: Second }
            - { ru: Третье, en: Third }
`;

const found = (text: string, rule: string) =>
  checkText(text).diagnostics.filter((d) => d.rule === rule).map((d) => `${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.message}`);

describe('missing-translation', () => {
  it('a file with every language: every text is told clean, nothing reported', () => {
    expect(checkText(FILE).diagnostics).toEqual([]);
  });

  it('a text lacking a language is still found with its path and name (a talking point of a list)', () => {
    const text = FILE.replace('{ ru: Второе, en: Second }', '{ ru: Второе }').replace('title: { ru: Зал, en: Hall }', 'title: Зал').replace("name: { ru: Зал, en: Hall }", 'name: Зал');
    expect(found(text, 'missing-translation')).toEqual([
      '19:23-19:26 the name of place hall "Зал" lacks en',
      '34:15-34:29 talking point 2 of event talks "Второе" lacks en',
    ]);
  });
});

describe('unknown-reference', () => {
  it('ids, `all` and prefixed selectors that name something are told clean', () => {
    expect(found(FILE, 'unknown-reference')).toEqual([]);
  });

  it('selectors that do not name something are each reported as before', () => {
    const text = FILE.replace('attendees: [rudenya, li, all, group:team]', 'attendees: [rudenya, org:nope, tver, role:heda, nobody, team, li]').replace(
      'members: [rudenya, all]',
      'members: [rudenya, ghost]',
    );
    expect(found(text, 'unknown-reference')).toEqual([
      '14:68-14:73 unknown person "ghost"',
      '29:30-29:38 unknown organization "nope"',
      '29:40-29:44 unknown person "tver"; did you mean the organization "org:tver"?',
      '29:46-29:55 unknown role "heda"; did you mean "role:head"?',
      '29:57-29:63 unknown person "nobody"',
      '29:65-29:69 unknown person "team"; did you mean the group "group:team"?',
    ]);
  });

  it('an unknown place, vehicle and responsible person of an event are reported at their keys', () => {
    const text = FILE.replace('        place: hall\n', '        place: hal\n        vehicles: [bus]\n        responsible: nobody\n');
    expect(found(text, 'unknown-reference')).toEqual([
      '28:16-28:19 unknown place "hal"; did you mean "hall"?',
      '29:20-29:23 unknown vehicle "bus"',
      '30:22-30:28 unknown person "nobody"',
    ]);
  });
});

describe('interpreter-needed: languageGap', () => {
  const person = (id: string, languages: string[], role: Person['role'] = 'official') => ({ id, languages, role }) as unknown as Person;

  it('a language every speaker shares covers them, interpreters or not', () => {
    expect(languageGap([person('a', ['ru', 'en']), person('b', ['zh', 'en']), person('i', ['ru', 'zh'], 'interpreter')])).toBeUndefined();
    expect(languageGap([person('a', ['ru']), person('b', [])])).toBeUndefined();
  });

  it('is covered exactly when one connected set of languages reaches every speaker (random attendees)', () => {
    const LANGS = ['ru', 'en', 'zh', 'de', 'fr'];
    /** Reference: languages joined by each interpreter; covered when one group of them reaches every speaker. */
    const covered = (people: Person[]) => {
      const speakers = people.filter((p) => p.languages?.length && p.role !== 'interpreter');
      if (speakers.length < 2) return true;
      const group = new Map(LANGS.map((l) => [l, l]));
      const root = (l: string): string => (group.get(l) === l ? l : root(group.get(l)!));
      for (const p of people) if (p.role === 'interpreter' && p.languages?.length) for (const l of p.languages) group.set(root(l), root(p.languages[0]!));
      return LANGS.some((g) => speakers.every((p) => p.languages!.some((l) => root(l) === root(g))));
    };
    const attendee = fc.record({ languages: fc.uniqueArray(fc.constantFrom(...LANGS), { maxLength: 3 }), interpreter: fc.boolean() });
    fc.assert(
      fc.property(fc.array(attendee, { maxLength: 6 }), (list) => {
        const people = list.map((a, i) => person(`p${i}`, a.languages, a.interpreter ? 'interpreter' : 'official'));
        expect(languageGap(people) === undefined).toBe(covered(people));
      }),
      { numRuns: 1000 },
    );
  });

  it('without a shared language, an interpreter bridges them or the gap is described', () => {
    expect(languageGap([person('a', ['ru']), person('b', ['zh']), person('i', ['ru', 'zh'], 'interpreter')])).toBeUndefined();
    const gap = languageGap([person('a', ['ru']), person('b', ['zh']), person('c', ['zh']), person('i', ['ru', 'en'], 'interpreter')]);
    expect(gap?.groups.map((g) => `${g.languages.join('+')}: ${g.people.map((p) => p.id).join(',')}`)).toEqual(['zh: b,c', 'ru: a']);
    expect(gap?.interpreters.map((p) => p.id)).toEqual(['i']);
    expect(gap?.suggest).toEqual(['zh', 'ru']);
  });
});

describe('duplicate-person: name paths made only for what is reported', () => {
  it('a name shared in one language variant is reported once, at that variant, with the first holder', () => {
    const text = FILE.replace(
      '  - { id: li, name: { ru: Ли Лэ, en: Li Le }, org: liaoning, role: head, languages: [zh, ru] }\n',
      '  - { id: li, name: { ru: Ли Лэ, en: Li Le }, org: liaoning, role: head, languages: [zh, ru] }\n' +
        '  - { id: li-2, name: { en: Li  le, ru: Ли Лэ }, org: tver, role: staff }\n' +
        '  - { id: igor, name: Игорь  Руденя, org: tver, role: staff }\n' +
        '  - { id: wang, name: { ru: Ван, en: Wang }, org: liaoning, role: official }\n',
    );
    const found = checkText(text).diagnostics.filter((d) => d.rule === 'duplicate-person');
    expect(found.map((d) => [d.line, d.column, d.path, d.message, d.related?.map((r) => [r.line, r.column, r.path, r.message])])).toEqual([
      [18, 29, ['people', 2, 'name', 'en'], 'Li  le (li-2, Tver) has the same name "Li  le" as Li Le (li, Liaoning)', [[17, 38, ['people', 1, 'name', 'en'], 'Li Le (li, Liaoning) is listed first']]],
      [19, 23, ['people', 3, 'name'], 'Игорь  Руденя (igor, Tver) has the same name "Игорь  Руденя" as Igor Rudenya (rudenya, Tver)', [[16, 32, ['people', 0, 'name', 'ru'], 'Igor Rudenya (rudenya, Tver) is listed first']]],
    ]);
  });

  it('different names are told without a finding', () => {
    expect(checkText(FILE).diagnostics.filter((d) => d.rule === 'duplicate-person')).toEqual([]);
  });
});

describe('duplicate-id and unknown-reference: one index of declared ids', () => {
  it('every later use of an id points at its first declaration; references to it are known', () => {
    const text = FILE.replace(
      '  - { id: hall, name: { ru: Зал, en: Hall }, kind: venue }\n',
      '  - { id: hall, name: { ru: Зал, en: Hall }, kind: venue }\n  - { id: hall, name: { ru: Зал 2, en: Hall 2 }, kind: venue }\n  - { id: hall, name: { ru: Зал 3, en: Hall 3 }, kind: venue }\n',
    );
    const found = checkText(text).diagnostics;
    expect(found.map((d) => [d.rule, d.line, d.column, d.path, d.message, d.related?.map((r) => [r.line, r.column, r.path])])).toEqual([
      ['duplicate-id', 20, 11, ['places', 1, 'id'], 'place id "hall" is already used by an earlier place', [[19, 11, ['places', 0, 'id']]]],
      ['duplicate-id', 21, 11, ['places', 2, 'id'], 'place id "hall" is already used by an earlier place', [[19, 11, ['places', 0, 'id']]]],
    ]);
  });
});
