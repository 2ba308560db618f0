// The algorithms behind the protocol rules (INN control digits, ICAO transliteration, interpreter
// bridging, calendar months, phone checks) and what their findings say.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Person } from '../src/model/types.js';
import { innControlDigits } from '../src/rules/inn-checksum.js';
import { languageGap } from '../src/rules/interpreter-needed.js';
import { addCalendarMonths } from '../src/rules/passport-expiry.js';
import { expectedPassportNames } from '../src/rules/passport-name.js';
import { transliterate } from '../src/text/transliterate.js';
import { suggestId } from '../src/commands/add-entry.js';
import { formatMessage } from '../src/engine/messages.js';
import { phoneFormat, phoneProblem } from '../src/rules/phone-format.js';
import { checkText } from './helpers/check.js';

describe('INN control digits', () => {
  it.each([
    ['7707083893', '3'], // Sberbank
    ['6901067107', '7'],
    ['500100732259', '59'],
    ['7830002293', '3'],
  ])('%s ends in %s', (inn, digits) => {
    expect(innControlDigits(inn)).toBe(digits);
    // The control digits come from the digits before them alone.
    expect(innControlDigits(inn.slice(0, -digits.length) + '0'.repeat(digits.length))).toBe(digits);
  });

  it('a swapped pair of digits changes the control digit', () => {
    expect(innControlDigits('7707038893')).not.toBe('3');
  });
});

describe('ICAO 9303 transliteration', () => {
  it.each([
    ['Жуков', 'ZHUKOV'], ['Хабаров', 'KHABAROV'], ['Цой', 'TSOI'], ['Чехов', 'CHEKHOV'], ['Шишкин', 'SHISHKIN'],
    ['Щукина', 'SHCHUKINA'], ['Подъячев', 'PODIEIACHEV'], ['Крылов', 'KRYLOV'], ['Игорь', 'IGOR'], ['Юлия', 'IULIIA'],
    ['Яковлев', 'IAKOVLEV'], ['Фёдор', 'FEDOR'], ['Эдуард', 'EDUARD'], ['Руденя', 'RUDENIA'],
  ])('%s → %s', (ru, latin) => expect(transliterate(ru)).toBe(latin));

  it('is also the table ids of new entries are made from (ъ included)', () => {
    expect(suggestId({ ru: 'Подъячев' }, new Set(), 'person')).toBe('podieiachev');
    expect(suggestId({ ru: 'Подъячев' }, new Set(['podieiachev']), 'person')).toBe('podieiachev-2');
  });

  it('accepts either order, drops the patronymic and guesses the surname for display', () => {
    expect(expectedPassportNames('Игорь Руденя')).toEqual({ accepted: ['IGOR RUDENIA', 'RUDENIA IGOR'], display: 'RUDENIA IGOR' });
    expect(expectedPassportNames('Щукина Юлия Андреевна')).toEqual({ accepted: ['SHCHUKINA IULIIA', 'IULIIA SHCHUKINA'], display: 'SHCHUKINA IULIIA' });
    expect(expectedPassportNames('Ли Лэ')?.display).toBe('LE LI');
    expect(expectedPassportNames('John Smith')).toBeUndefined();
  });

  // Every form of Russian patronymic, one by one: "Фамилия Имя Отчество" and "Имя Отчество Фамилия".
  it.each([
    ['Петров Иван Сергеевич', 'PETROV IVAN'], // -евич
    ['Петров Иван Петрович', 'PETROV IVAN'], // -ович
    ['Ульянов Владимир Ильич', 'ULIANOV VLADIMIR'], // -ич
    ['Минин Кузьма Кузьмич', 'MININ KUZMA'],
    ['Лукин Пётр Лукич', 'LUKIN PETR'],
    ['Фомин Олег Фомич', 'FOMIN OLEG'],
    ['Никитин Савва Никитич', 'NIKITIN SAVVA'],
    ['Петрова Анна Сергеевна', 'PETROVA ANNA'], // -евна
    ['Петрова Анна Петровна', 'PETROVA ANNA'], // -овна
    ['Ульянова Мария Ильинична', 'ULIANOVA MARIIA'], // -инична
    ['Минина Ольга Кузьминична', 'MININA OLGA'],
    ['Лукина Вера Лукинична', 'LUKINA VERA'],
    ['Никитина Анна Никитична', 'NIKITINA ANNA'], // -ична
    ['Фомина Нина Фоминична', 'FOMINA NINA'],
    ['Алиев Ильхам Гейдар оглы', 'ALIEV ILKHAM'], // оглы: two words, the father's name and оглы
    ['Мамедова Лейла Ариф кызы', 'MAMEDOVA LEILA'], // кызы
    ['Владимир Ильич Ленин', 'LENIN VLADIMIR'], // Имя Отчество Фамилия
    ['Ильхам Гейдар оглы Алиев', 'ALIEV ILKHAM'],
    ['Дмитрий Дмитриевич Шостакович', 'SHOSTAKOVICH DMITRII'], // surname in -ич after the patronymic
    ['Шостакович Дмитрий Дмитриевич', 'SHOSTAKOVICH DMITRII'],
    ['Дмитрий Шостакович', 'SHOSTAKOVICH DMITRII'], // two words: -ич is the surname, kept
  ])('%s → %s', (ru, display) => {
    const expected = expectedPassportNames(ru)!;
    expect(expected.display).toBe(display);
    expect(expected.accepted).toContain(display);
  });
});

describe('interpreter bridging', () => {
  const person = (id: string, languages: string[] | undefined, role: Person['role'] = 'official') =>
    ({ id, name: id, org: 'x', role, languages, side: 'delegation', organization: undefined, path: ['people', 0] }) as Person;
  const ru = person('ru', ['ru']);
  const zh = person('zh', ['zh']);
  const en = person('en', ['en']);

  it('a language everyone speaks needs no interpreter', () => {
    expect(languageGap([person('a', ['ru', 'en']), person('b', ['en', 'zh'])])).toBeUndefined();
  });
  it('an interpreter speaking both languages bridges them', () => {
    expect(languageGap([ru, zh, person('i', ['ru', 'zh'], 'interpreter')])).toBeUndefined();
  });
  it('interpreters together connect languages through a third one', () => {
    expect(languageGap([ru, zh, person('i1', ['ru', 'en'], 'interpreter'), person('i2', ['en', 'zh'], 'interpreter')])).toBeUndefined();
  });
  it('people whose languages are unknown are ignored, and so is an interpreter without languages', () => {
    expect(languageGap([ru, person('u', undefined), person('v', [])])).toBeUndefined();
    expect(languageGap([ru, zh, person('i', undefined, 'interpreter')])).toMatchObject({ suggest: ['ru', 'zh'] });
  });
  it('a bilingual participant is no interpreter', () => {
    expect(languageGap([ru, zh, person('b', ['ru', 'zh'])])).toBeDefined();
  });
  it('pairwise shared languages are not enough: one language (or bridged set) must reach everyone', () => {
    const gap = languageGap([person('a', ['ru', 'en']), person('b', ['en', 'zh']), person('c', ['zh', 'ru'])]);
    expect(gap).toBeDefined();
    expect(gap!.suggest.length).toBeGreaterThanOrEqual(2);
  });
  it('an interpreter who bridges only some of the languages leaves a gap, and names what is missing', () => {
    const gap = languageGap([ru, zh, en, person('i', ['ru', 'en'], 'interpreter')]);
    expect(gap?.suggest.sort()).toEqual(['ru', 'zh']);
    expect(gap?.interpreters.map((p) => p.id)).toEqual(['i']);
  });
});

describe('calendar months', () => {
  it.each([
    ['2023-11-24', 6, '2024-05-24'],
    ['2023-08-31', 6, '2024-02-29'],
    ['2022-08-31', 6, '2023-02-28'],
    ['2023-12-31', 3, '2024-03-31'],
    ['2023-03-26', 6, '2023-09-26'],
  ])('%s + %i months = %s, whatever the machine zone', (date, months, expected) => {
    expect(addCalendarMonths(date, months)).toBe(expected);
  });
});

describe('phone checks', () => {
  it.each(['+7 (4822) 12-34-56', '+79991234567', '+86 24 2386 2000', '+86-138-0013-8000', '+44 20 7946 0958'])('%s is fine', (phone) => {
    expect(phoneProblem(phone)).toBeUndefined();
  });
  it.each([
    ['8 (4822) 12-34-56', 'noPlus', {}, 'does not start with +'],
    ['+7 4822 123456 доб. 5', 'characters', {}, 'characters other than digits'],
    ['+7 12 34', 'digits', { digits: 5 }, 'has 5 digits'],
    ['+7 4822 12-34-5', 'tooShort', { country: 'RU' }, 'too short for a number in RU'],
    ['+999 1234 5678', 'noCountry', {}, 'no country code'],
    ['+7 000 123-45-67', 'invalid', { country: '+7' }, 'not a valid number in +7'],
  ])('%s: %s', (phone, messageId, data, text) => {
    const problem = phoneProblem(phone)!;
    expect(problem).toEqual({ messageId, data });
    const message = formatMessage('phone-format', phoneFormat.meta, problem.messageId, { ...problem.data, shown: 'yes', number: phone, whose: 'Hotel (hotel)' });
    expect(message).toBe(`the phone "${phone}" of Hotel (hotel) is not in international format: ${message.split(': ').slice(1).join(': ')}`);
    expect(message).toContain(text);
  });
});

describe('findings about private data', () => {
  const text = readFileSync(join(import.meta.dirname, 'fixtures', 'privacy', 'canaries.yaml'), 'utf8');
  const { diagnostics } = checkText(text);

  it('are marked sensitive, so that reports show no excerpt of them', () => {
    const privateOnes = diagnostics.filter((d) => d.path[0] === 'people' && ['passport', 'diet', 'phone'].includes(String(d.path[2])));
    expect(privateOnes.map((d) => d.rule).sort()).toEqual([
      'duplicate-person', 'missing-translation', 'missing-translation', 'missing-translation', 'passport-expiry', 'passport-name', 'phone-format', 'phone-format',
    ]);
    expect(privateOnes.every((d) => d.sensitive)).toBe(true);
    expect(diagnostics.filter((d) => d.rule === 'inn-checksum').every((d) => !d.sensitive)).toBe(true);
  });

  it('name the people and events involved', () => {
    const byRule = (rule: string) => diagnostics.filter((d) => d.rule === rule).map((d) => d.message);
    expect(byRule('duplicate-person')).toEqual([
      'Petr Kanareikin (canary-twin, AFK) has the same passport number as Petr Kanareikin (canary, Tver)',
      'Ivan Ivanov (ivanov-again, Tver) has the same name "Иван Иванов" as Ivan Ivanov (ivanov, AFK)',
    ]);
    expect(byRule('interpreter-needed')).toEqual([
      'no common language at «Переговоры» [talks] (21 Nov 09:00–10:00, Hall): ru: Petr Kanareikin (canary); zh: Li Le (li); no interpreter attends',
    ]);
    expect(byRule('signatory-absent')).toEqual([
      'Petr Kanareikin (canary) signs «Agreement» (coop) but does not attend «Signing» [signing] (21 Nov 11:00–11:30, Hall), where it is signed',
    ]);
    expect(byRule('passport-expiry')).toEqual([
      'the passport of Petr Kanareikin (canary) expires less than 6 months after the visit ends (24 Nov 2023); it must be valid until at least 24 May 2024',
    ]);
    expect(byRule('phone-format')).toEqual([
      'the phone of Petr Kanareikin (canary-twin) is not in international format: it does not start with + and the country code',
      'the phone of Ivan Ivanov (ivanov) is not in international format: it does not start with + and the country code',
    ]);
  });

  it('point related locations at the other entry', () => {
    const duplicate = diagnostics.find((d) => d.rule === 'duplicate-person' && d.severity === 'error')!;
    expect(duplicate.related?.map((r) => r.line)).toEqual([29]);
  });

  it('honour passportMonths', () => {
    const { diagnostics: three } = checkText(text, { options: { passportMonths: 1 } });
    expect(three.filter((d) => d.rule === 'passport-expiry')).toEqual([]);
  });
});

describe('documentation', () => {
  const rules = [
    'interpreter-needed', 'signatory-absent', 'signatory-party', 'passport-expiry', 'inn-checksum', 'duplicate-person', 'head-absent',
    'agreement-unsigned', 'passport-name', 'phone-format', 'missing-translation', 'empty-organization', 'no-b2b',
  ];
  it.each(rules)('docs/rules/%s.md says what, why, and shows a failing and a fixed example', (rule) => {
    const path = join(import.meta.dirname, '..', 'docs', 'rules', `${rule}.md`);
    expect(existsSync(path)).toBe(true);
    const text = readFileSync(path, 'utf8');
    expect(text.startsWith(`# ${rule}\n`)).toBe(true);
    for (const heading of ['## What it checks', '## Why', '## Failing example', '## Fixed example']) expect(text).toContain(heading);
  });
});
