// The iCalendar export: read back by ical.js (instants of every event, from our own VTIMEZONEs),
// RFC 5545 line rules, text escaping, and golden files.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, isRepeatedWallTime, renderIcs, revisionSequence } from '../src/render/ics.js';
import { zoneTransitions } from '../src/render/vtimezone.js';
import type { Model } from '../src/model/types.js';
import { localToInstant } from '../src/model/time.js';
import { expectGolden, labelsIn, loadFixtureModel } from './helpers/export-golden.js';

const STAMP = Date.UTC(2023, 10, 14, 9, 0, 0);

interface ReadEvent {
  uid: string;
  summary: string;
  description: string;
  location: string;
  start: number;
  end: number;
  startZone: string;
  endZone: string;
  sequence: number;
}

/** Parse with ical.js, resolving TZIDs only through the file's own VTIMEZONE components. */
function readBack(text: string): ReadEvent[] {
  ICAL.TimezoneService.reset();
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const vtz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtz);
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      location: event.location,
      start: event.startDate.toUnixTime() * 1000,
      end: event.endDate.toUnixTime() * 1000,
      startZone: String(vevent.getFirstProperty('dtstart')?.getParameter('tzid') ?? 'UTC'),
      endZone: String(vevent.getFirstProperty('dtend')?.getParameter('tzid') ?? 'UTC'),
      sequence: event.sequence,
    };
  });
}

function expectSameInstants(model: Model, text: string): void {
  const read = readBack(text);
  expect(read.map((e) => e.uid)).toEqual(model.events.map((e) => `${model.visit!.id}.${e.id}@delegation`));
  model.events.forEach((event, i) => {
    const back = read[i]!;
    expect({ id: event.id, start: back.start, end: back.end }).toEqual({ id: event.id, start: event.startMs, end: event.endMs });
  });
}

function contentLines(text: string): string[] {
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  return text.slice(0, -2).split('\r\n');
}

function expectWellFormed(text: string): void {
  const lines = contentLines(text);
  for (const line of lines) expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
  // Unfolded, every VEVENT carries the required properties exactly once.
  const unfolded = text.replace(/\r\n /g, '').split('\r\n');
  const events: string[][] = [];
  let current: string[] | undefined;
  for (const line of unfolded) {
    if (line === 'BEGIN:VEVENT') current = [];
    else if (line === 'END:VEVENT') {
      events.push(current!);
      current = undefined;
    } else current?.push(line);
  }
  expect(events.length).toBeGreaterThan(0);
  for (const event of events) {
    for (const name of ['UID', 'DTSTAMP', 'DTSTART', 'DTEND', 'SUMMARY', 'SEQUENCE']) {
      expect(event.filter((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`)), `${name} in ${event[0]}`).toHaveLength(1);
    }
  }
  // A VTIMEZONE for every TZID used, and none unused.
  const used = new Set([...text.replace(/\r\n /g, '').matchAll(/;TZID=([^:;]+)[:;]/g)].map((m) => m[1]!));
  const defined = new Set([...text.matchAll(/\r\nTZID:([^\r]+)\r\n/g)].map((m) => m[1]!));
  expect([...defined].sort()).toEqual([...used].sort());
}

describe('ics export of the two-zone visit', () => {
  const model = loadFixtureModel('visit.yaml');

  it('puts every event at its instant, read back by ical.js from our VTIMEZONEs', () => {
    for (const lang of ['en', 'ru', 'zh']) expectSameInstants(model, renderIcs(model, { lang, labels: labelsIn(lang), stampMs: STAMP }));
  });

  it('starts a flight in the departure zone and ends it in the arrival zone', () => {
    const flight = readBack(renderIcs(model, { lang: 'en', labels: labelsIn('en'), stampMs: STAMP })).find((e) => e.uid.startsWith('tver-shenyang-2023.flight-out'))!;
    expect(flight).toMatchObject({ startZone: 'Europe/Moscow', endZone: 'Asia/Shanghai' });
    expect(new Date(flight.start).toISOString()).toBe('2023-11-20T17:00:00.000Z');
    expect(new Date(flight.end).toISOString()).toBe('2023-11-21T00:40:00.000Z');
  });

  it('follows the line rules: CRLF, 75 octets, required properties, a VTIMEZONE per zone', () => {
    for (const lang of ['en', 'ru', 'zh']) expectWellFormed(renderIcs(model, { lang, labels: labelsIn(lang), stampMs: STAMP }));
  });

  it('keeps the name with , ; " \\ intact through escaping and folding', () => {
    const smith = model.byId.people.get('smith')!;
    const read = readBack(renderIcs(model, { lang: 'en', labels: labelsIn('en'), stampMs: STAMP }));
    const signing = read.find((e) => e.uid.startsWith('tver-shenyang-2023.signing'))!;
    expect(signing.description).toContain('Smith, John; "Jack" \\ Jr');
    expect((smith.name as Record<string, string>).en).toBe('Smith, John; "Jack" \\ Jr');
  });

  it('is the same on every run (UID, SEQUENCE from the revision, DTSTAMP as given)', () => {
    const a = renderIcs(model, { lang: 'en', labels: labelsIn('en'), stampMs: STAMP });
    expect(renderIcs(model, { lang: 'en', labels: labelsIn('en'), stampMs: STAMP })).toBe(a);
    const read = readBack(a);
    expect(read.every((e) => e.sequence === 3)).toBe(true);
    expect(a).toContain('DTSTAMP:20231114T090000Z\r\n');
  });

  it('holds only the events of the people asked for', () => {
    const wang = model.byId.people.get('wang')!;
    const read = readBack(renderIcs(model, { lang: 'en', labels: labelsIn('en'), stampMs: STAMP, people: [wang] }));
    expect(read.map((e) => e.uid.split('.')[1])).toEqual(['talks@delegation', 'dinner@delegation', 'signing@delegation']);
  });

  it('matches the golden files', () => {
    expectGolden('visit.en.ics', renderIcs(model, { lang: 'en', labels: labelsIn('en'), stampMs: STAMP }));
    expectGolden('visit.zh.petrova.ics', renderIcs(model, { lang: 'zh', labels: labelsIn('zh'), stampMs: STAMP, people: [model.byId.people.get('petrova')!] }));
  });
});

describe('ics across a change of summer time', () => {
  const model = loadFixtureModel('dst.yaml');
  const text = renderIcs(model, { lang: 'en', labels: labelsIn('en'), stampMs: STAMP });

  it('reads back every instant, including the repeated hour and a UTC place', () => {
    expectSameInstants(model, text);
    expectWellFormed(text);
    const night = model.byId.events.get('night-watch')!;
    // 02:30 on 29 October happens twice in Berlin; the programme means the first (still CEST, UTC+2).
    expect(new Date(night.endMs!).toISOString()).toBe('2023-10-29T00:30:00.000Z');
    expect(text).toContain('DTSTART:20231030T090000Z');
    // Written in UTC, since readers disagree on which 02:30 a local time means.
    expect(text).toContain('DTEND:20231029T003000Z\r\n');
    expect(text).toContain('DTSTART;TZID=Europe/Berlin:20231029T013000\r\n');
  });

  it('knows which wall-clock times repeat', () => {
    expect(isRepeatedWallTime(Date.UTC(2023, 9, 29, 0, 30), 'Europe/Berlin')).toBe(true);
    expect(isRepeatedWallTime(Date.UTC(2023, 9, 29, 1, 30), 'Europe/Berlin')).toBe(true);
    expect(isRepeatedWallTime(Date.UTC(2023, 9, 28, 23, 30), 'Europe/Berlin')).toBe(false);
    expect(isRepeatedWallTime(Date.UTC(2023, 9, 29, 2, 0), 'Europe/Berlin')).toBe(false);
    expect(isRepeatedWallTime(Date.UTC(2023, 10, 21, 7, 0), 'Asia/Shanghai')).toBe(false);
  });

  it('describes both changes of 2023 in the VTIMEZONE', () => {
    expect(zoneTransitions('Europe/Berlin', Date.UTC(2023, 0, 1), Date.UTC(2024, 0, 1))).toEqual([
      { at: Date.UTC(2023, 2, 26, 1), from: 60, to: 120 },
      { at: Date.UTC(2023, 9, 29, 1), from: 120, to: 60 },
    ]);
    expectGolden('dst.en.ics', text);
  });

  it('takes SEQUENCE from the digits of a text revision', () => {
    expect(revisionSequence('v2')).toBe(2);
    expect(revisionSequence('2023-11-20 rev 7 final')).toBe(7);
    expect(revisionSequence('draft')).toBe(0);
    expect(revisionSequence(5)).toBe(5);
    expect(revisionSequence(undefined)).toBe(0);
  });
});

describe('ics text rules', () => {
  const model = loadFixtureModel('visit.yaml');

  it('keeps a 100-character Chinese SUMMARY whole through folding', () => {
    const title = '中华人民共和国辽宁省人民政府与俄罗斯联邦特维尔州政府关于进一步深化经贸、科技、人文、教育、卫生、旅游及地方合作的会谈暨工作会晤全体会议'.padEnd(100, '议');
    expect([...title]).toHaveLength(100);
    const talks = model.byId.events.get('talks')!;
    const original = talks.title;
    talks.title = { ...(original as Record<string, string>), zh: title };
    try {
      const text = renderIcs(model, { lang: 'zh', labels: labelsIn('zh'), stampMs: STAMP });
      expectWellFormed(text);
      expect(readBack(text).find((e) => e.uid.startsWith('tver-shenyang-2023.talks'))!.summary).toBe(title);
      // 300 octets of SUMMARY: at least five physical lines, each cut between characters.
      const start = text.indexOf('SUMMARY:');
      const folded = text.slice(start, text.indexOf('\r\n', text.indexOf(title.slice(-3)) - 10) + 2);
      expect(folded.split('\r\n ').length).toBeGreaterThanOrEqual(5);
    } finally {
      talks.title = original;
    }
  });

  it('folds at 75 octets without splitting a UTF-8 character', () => {
    const line = 'SUMMARY:' + 'Ж'.repeat(40) + '😀'.repeat(20) + 'a'.repeat(80);
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts[0]!.startsWith('SUMMARY:')).toBe(true);
    for (const part of parts) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
    for (const part of parts.slice(1)) expect(part.startsWith(' ')).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(parts.join('')).not.toContain('\ufffd');
    expect(foldLine('X'.repeat(75))).toBe('X'.repeat(75));
    expect(foldLine('X'.repeat(76))).toBe(`${'X'.repeat(75)}\r\n X`);
  });

  it('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
    expect(escapeText('bell\u0007')).toBe('bell');
  });

  it('does not depend on the machine zone', () => {
    expect(localToInstant('2023-11-20', '20:00', 'Europe/Moscow')).toBe(Date.UTC(2023, 10, 20, 17));
  });
});
