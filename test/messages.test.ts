// What the findings say: the nearest key or id, the quoting hints, one finding for a comma split.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkText } from './helpers/check.js';

const fixtures = join(import.meta.dirname, 'fixtures', 'rules');
const read = (path: string) => readFileSync(join(fixtures, path), 'utf8');
const findings = (text: string) => checkText(text).diagnostics.map((d) => ({ at: `${d.line}:${d.column}`, rule: d.rule, message: d.message, hint: d.hint }));

describe('schema messages', () => {
  it('suggest the nearest key for an unknown one, and do not also report the key as missing', () => {
    const out = findings(read('schema/unknown-key.yaml'));
    expect(out).toContainEqual({ at: '18:5', rule: 'schema', message: 'unknown key "capcity"; did you mean "capacity"?', hint: 'Rename it to capacity.' });
    expect(out).toContainEqual({ at: '28:9', rule: 'schema', message: 'unknown key "atendees"; did you mean "attendees"?', hint: 'Rename it to attendees.' });
    expect(out.some((f) => f.message.startsWith('missing "attendees"'))).toBe(false);
    const hotels = out.find((f) => f.message.startsWith('unknown key "hotels"'))!;
    expect(hotels.hint).toBe('Known keys here: format, visit, organizations, people, groups, places, travel, vehicles, agreements, days.');
  });

  it('say what was expected and what was found', () => {
    const out = findings(read('schema/wrong-type.yaml'));
    expect(out).toContainEqual(expect.objectContaining({ at: '17:11', message: 'expected a kind: one of hotel, venue, office, factory, airport, station, restaurant, other; found "palace"' }));
    expect(out).toContainEqual(expect.objectContaining({ at: '26:16', message: 'expected a time HH:MM (24-hour), e.g. 09:30, found "9:30"' }));
    expect(out).toContainEqual(expect.objectContaining({ at: '21:11', message: '31 November 2023 does not exist: November 2023 has 30 days' }));
  });

  it('name a missing field and point at the first line of the entry that lacks it', () => {
    const out = findings(read('schema/missing-field.yaml'));
    expect(out).toContainEqual(expect.objectContaining({ at: '15:5', message: 'missing "kind": a kind' }));
    expect(out).toContainEqual(expect.objectContaining({ at: '33:5', message: 'missing "date": a date YYYY-MM-DD, e.g. 2023-11-21' }));
    expect(out).toContainEqual(expect.objectContaining({ at: '19:9', message: 'place is required for a meeting event (only flights and transfers have from and to instead)' }));
  });

  it('ask for quotes around an inn, a phone and a passport number, without showing the passport number', () => {
    const out = findings(read('schema/unquoted-number.yaml'));
    expect(out).toContainEqual({
      at: '8:10', rule: 'inn-checksum',
      message: 'the INN 6902008908 of Тверь (tver) is written without quotes: YAML reads it as a number, which loses leading zeros',
      hint: 'Put the INN in double quotes: inn: "6902008908".',
    });
    expect(out.filter((f) => f.at === '8:10')).toHaveLength(1);
    expect(out).toContainEqual(expect.objectContaining({ at: '14:12', hint: 'Put the value in double quotes, e.g. phone: "+7 900 000-00-01".' }));
    const passport = out.find((f) => f.at === '15:45')!;
    expect(passport.message).toBe('a passport number must be written in quotes: unquoted, YAML reads it as a number and drops leading zeros');
    expect(checkText(read('schema/unquoted-number.yaml')).diagnostics.find((d) => d.line === 15)!.sensitive).toBe(true);
  });

  it('report a value split at its commas once, with the corrected line', () => {
    const out = findings(read('schema/comma-split.yaml')).filter((f) => f.rule === 'schema');
    expect(out).toEqual([
      {
        at: '15:54', rule: 'schema',
        message: 'the value of "address" contains a comma inside { … } and is not in quotes, so YAML split it into extra keys ("Советская улица", "10")',
        hint: 'Put the whole value in double quotes: - { id: office, name: Офис, kind: office, address: { ru: "Тверь, Советская улица, 10" } }',
      },
      {
        at: '16:53', rule: 'schema',
        message: 'the value of "address" contains a comma inside { … } and is not in quotes, so YAML split it into extra keys ("Советская улица", "10")',
        hint: 'Put the whole value in double quotes: - { id: hotel, name: Отель, kind: hotel, address: "Тверь, Советская улица, 10" }',
      },
    ]);
  });

  it('keep a sensitive value out of the corrected line', () => {
    const text = read('schema/valid.yaml').replace('passport: { name: RUDENIA IGOR,', 'passport: { name: RUDENIA, IGOR,');
    const split = checkText(text).diagnostics.filter((d) => d.rule === 'schema');
    expect(split).toHaveLength(1);
    expect(split[0]!.sensitive).toBe(true);
    expect(`${split[0]!.message} ${split[0]!.hint}`).not.toContain('RUDENIA');
  });
});

describe('reference and time messages', () => {
  it('suggest the nearest id, with the selector prefix', () => {
    const out = findings(read('unknown-reference/places-and-people.yaml'));
    expect(out.map((f) => f.message)).toEqual(expect.arrayContaining([
      'unknown organization "tvr"; did you mean "tver"?',
      'unknown place "hotle"; did you mean "hotel"?',
      'unknown organization "tvr"; did you mean "org:tver"?',
    ]));
  });

  it('say by how much an event ends before it starts, with both zones', () => {
    const out = findings(read('time-order/ends-before-start.yaml')).filter((f) => f.rule === 'time-order');
    expect(out.map((f) => f.message)).toEqual([
      '«Встреча» on 20 Nov ends 1 h before it starts',
      '«Встреча» on 20 Nov ends at the moment it starts',
      "«Перелёт» on 20 Nov ends 17 h 20 min before it starts (19:45 Europe/Moscow → 07:25 Asia/Shanghai, she has no timezone and is read in the visit's zone)",
      "«Перелёт» on 20 Nov ends 1 h before it starts (10:00 Europe/Moscow → 14:00 Asia/Shanghai, she has no timezone and is read in the visit's zone)",
    ]);
    expect(out[2]!.hint).toBe('Times are local at each place; an end on the next day is written with +1, e.g. 07:25+1.');
  });
});

describe('zone messages', () => {
  const place = (zone: string) => read('invalid-timezone/valid.yaml').replace(/timezone: Europe\/Moscow/, `timezone: ${zone}`);

  it('suggest a zone by city: Asia/Beijing is Asia/Shanghai, not Asia/Beirut', () => {
    const out = findings(read('invalid-timezone/typos.yaml')).filter((f) => f.rule === 'invalid-timezone');
    expect(out).toContainEqual(expect.objectContaining({ message: '"Asia/Beijing" is not an IANA time zone; did you mean "Asia/Shanghai"?' }));
    expect(out).toContainEqual(expect.objectContaining({ message: '"Europe/Moskow" is not an IANA time zone; did you mean "Europe/Moscow"?' }));
  });

  it('take every IANA name, links included', () => {
    expect(read('invalid-timezone/valid.yaml')).toContain('timezone: Europe/Moscow');
    for (const zone of ['GMT', 'EST5EDT', 'PRC', 'Europe/Kiev']) expect(findings(place(zone)).filter((f) => f.rule === 'invalid-timezone'), zone).toEqual([]);
  });
});

