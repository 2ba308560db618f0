// `add`: a new entry is one block of added lines in the file's own style; nothing else moves, and a
// change that brings an error is refused.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addEntry } from '../src/commands/add.js';
import type { Answers, EntryKind } from '../src/commands/add-fields.js';
import { loadForEdit as loadItinerary } from '../src/commands/itinerary-edit.js';
import { nodeWriteSystem } from '../src/io/atomic.js';
import { gitLineDiff } from './helpers/line-diff.js';

const CURATED = new URL('./fixtures/authoring/curated.yaml', import.meta.url).pathname;

function copy(transform?: (bytes: Buffer) => Buffer) {
  const dir = mkdtempSync(join(tmpdir(), 'add-'));
  const file = join(dir, 'visit.yaml');
  copyFileSync(CURATED, file);
  if (transform) writeFileSync(file, transform(readFileSync(file)));
  return { dir, file, before: readFileSync(file) };
}

function add(file: string, kind: EntryKind, answers: Answers) {
  return addEntry({ file, kind, answers });
}

describe('add keeps the file and adds exactly one entry', () => {
  it('appends a person in the one-line style of the other people', () => {
    const { file, before } = copy();
    const result = add(file, 'person', { name: ['ru=Анна Смирнова', 'en=Anna Smirnova'], org: 'tver', role: 'interpreter', languages: 'ru,en,zh' });
    expect(result.written).toBe(true);
    expect(gitLineDiff(before, readFileSync(file))).toEqual({
      added: ['  - { id: anna-smirnova, name: { ru: Анна Смирнова, en: Anna Smirnova }, org: tver, role: interpreter, languages: [ru, en, zh] }'],
      removed: [],
    });
  });

  it('appends a place as a block, keeping the blank line between places', () => {
    const { file, before } = copy();
    add(file, 'place', { name: ['ru=Технопарк', 'en=Technopark'], kind: 'venue', capacity: '120' });
    const text = readFileSync(file, 'utf8');
    // git aligns the new blank line after the entry; the text is: office, blank, new place, blank, days.
    expect(gitLineDiff(before, text)).toEqual({
      added: ['  - id: technopark', '    name: { ru: Технопарк, en: Technopark }', '    kind: venue', '    capacity: 120', ''],
      removed: [],
    });
    expect(text).toContain('    kind: office\n\n  - id: technopark\n');
    expect(text).toContain('    capacity: 120\n\ndays:\n');
  });

  it('puts an event in time order, before the comment that introduces the next one', () => {
    const { file, before } = copy();
    add(file, 'event', { date: '2023-11-21', title: ['ru=Пресс-подход', 'en=Press approach'], kind: 'press', start: '11:40', end: '11:55', place: 'gov', attendees: ['rudenya'] });
    const text = readFileSync(file, 'utf8');
    expect(gitLineDiff(before, text)).toEqual({
      added: [
        '      - id: press-approach',
        '        start: "11:40"',
        '        end: "11:55"',
        '        title: { ru: Пресс-подход, en: Press approach }',
        '        kind: press',
        '        place: gov',
        '        attendees: [rudenya]',
        '',
      ],
      removed: [],
    });
    expect(text.indexOf('press-approach')).toBeLessThan(text.indexOf('# Lunch is hosted'));
    expect(text.indexOf('id: talks')).toBeLessThan(text.indexOf('press-approach'));
  });

  it('starts a new day, in date order, when the event is on a day without one', () => {
    const { file, before } = copy();
    add(file, 'event', { date: '2023-11-22', title: 'Departure', kind: 'departure', start: '9:00', end: '10:00', place: 'hotel', attendees: 'all', gather: '08:30', 'gather-at': 'Lobby' });
    expect(gitLineDiff(before, readFileSync(file))).toEqual({
      added: [
        '',
        '  - date: 2023-11-22',
        '    events:',
        '      - id: departure',
        '        start: "09:00"',
        '        end: "10:00"',
        '        title: Departure',
        '        kind: departure',
        '        place: hotel',
        '        attendees: [all]',
        '        gather: { time: "08:30", at: Lobby }',
      ],
      removed: [],
    });
  });

  it('creates a missing section where the format puts it (vehicles before days)', () => {
    const { file, before } = copy();
    add(file, 'vehicle', { kind: 'minibus', seats: '12', plate: '辽A 12345', driver: 'Wang Lei', 'driver-phone': '+86 138 0000 0000' });
    const text = readFileSync(file, 'utf8');
    expect(gitLineDiff(before, text)).toEqual({
      added: ['vehicles:', '  - id: minibus', '    kind: minibus', '    seats: 12', '    plate: 辽A 12345', '    driver: { name: Wang Lei, phone: +86 138 0000 0000 }', ''],
      removed: [],
    });
    expect(text.indexOf('vehicles:')).toBeGreaterThan(text.indexOf('places:'));
    expect(text.indexOf('vehicles:')).toBeLessThan(text.indexOf('days:'));
  });

  it('keeps CRLF line breaks and the byte order mark', () => {
    const crlf = (b: Buffer) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(b.toString('utf8').replace(/\n/g, '\r\n'))]);
    const { file, before } = copy(crlf);
    add(file, 'person', { name: 'Guest', org: 'liaoning', role: 'official' });
    const after = readFileSync(file);
    expect([...after.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = after.toString('utf8');
    expect(text.split('\r\n').length - 1).toBe(text.split('\n').length - 1);
    const diff = gitLineDiff(before, after);
    expect(diff.removed).toEqual([]);
    expect(diff.added).toEqual(['  - { id: guest, name: Guest, org: liaoning, role: official }\r']);
  });
});

describe('add refuses what would damage the programme', () => {
  it('refuses an event that introduces errors and leaves the file as it was', () => {
    const { file, before } = copy();
    const result = add(file, 'event', { date: '2023-11-21', title: 'Dinner', kind: 'meal', start: '19:00', end: '18:00', place: 'restaurant', attendees: 'all' });
    expect(result.written).toBe(false);
    expect(result.introduced.filter((d) => d.severity === 'error').map((d) => d.rule).sort()).toEqual(['time-order', 'unknown-reference']);
    // The English title is missing too: a warning, shown but not a reason to refuse on its own.
    expect(result.introduced.filter((d) => d.severity === 'warning').map((d) => d.rule)).toEqual(['missing-translation']);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses an id already in use', () => {
    const { file, before } = copy();
    expect(() => add(file, 'person', { id: 'petrov', name: 'Petrov', org: 'tver', role: 'staff' })).toThrow(/"petrov" is already used/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses to write when the file changed after it was read', () => {
    const { dir, file } = copy();
    const loaded = loadItinerary(file);
    const theirs = readFileSync(file, 'utf8').replace('revision: 3', 'revision: 4');
    writeFileSync(file, theirs);
    expect(() => addEntry({ file, kind: 'person', answers: { name: 'Guest', org: 'tver', role: 'staff' }, loaded })).toThrow(/changed by another program/);
    expect(readFileSync(file, 'utf8')).toBe(theirs);
    expect(readdirSync(dir)).toEqual(['visit.yaml']);
  });

  it('leaves the original byte for byte when the disk fills up', () => {
    const { dir, file, before } = copy();
    const fs = { ...nodeWriteSystem, writeSync: () => { throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' }); } };
    expect(() => addEntry({ file, kind: 'person', answers: { name: 'Guest', org: 'tver', role: 'staff' }, fs })).toThrow(/disk is full/);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(readdirSync(dir)).toEqual(['visit.yaml']);
  });
});
