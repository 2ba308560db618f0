// Wall-clock to absolute time: zones applied, gaps and overlaps resolved as iCalendar does, and
// nothing read from the machine's own zone (the suite also runs under TZ=Asia/Shanghai).
import { tzOffset } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, instantToLocal, isValidTimeZone, localToInstant, minutesOfTime, offsetMinutes } from '../../src/model/time.js';

const utc = (iso: string) => Date.parse(iso);

describe('localToInstant', () => {
  it('applies the zone of the place', () => {
    expect(localToInstant('2023-11-20', '09:30', 'Asia/Shanghai')).toBe(utc('2023-11-20T01:30:00Z'));
    expect(localToInstant('2023-11-20', '09:30', 'Europe/Moscow')).toBe(utc('2023-11-20T06:30:00Z'));
    expect(localToInstant('2023-11-20', '09:30', 'UTC')).toBe(utc('2023-11-20T09:30:00Z'));
  });

  it('adds days for a +1 end, across a month and a year', () => {
    expect(localToInstant('2023-11-30', '07:25', 'Asia/Shanghai', 1)).toBe(utc('2023-11-30T23:25:00Z'));
    expect(localToInstant('2023-12-31', '00:10', 'Europe/Moscow', 1)).toBe(utc('2023-12-31T21:10:00Z'));
  });

  it('moves a time in the spring-forward gap forward by the gap (Moscow, 27 March 2011)', () => {
    // 02:00 MSK (+03) became 03:00 MSD (+04): 02:30 does not exist and means 03:30 MSD.
    expect(localToInstant('2011-03-27', '02:30', 'Europe/Moscow')).toBe(utc('2011-03-26T23:30:00Z'));
    expect(localToInstant('2011-03-27', '01:59', 'Europe/Moscow')).toBe(utc('2011-03-26T22:59:00Z'));
    expect(localToInstant('2011-03-27', '03:00', 'Europe/Moscow')).toBe(utc('2011-03-26T23:00:00Z'));
  });

  it('reads a repeated time as the first one (Moscow, 26 October 2014)', () => {
    // 02:00 (+04) went back to 01:00 (+03): 01:30 happens twice; the first is at +04.
    expect(localToInstant('2014-10-26', '01:30', 'Europe/Moscow')).toBe(utc('2014-10-25T21:30:00Z'));
    expect(localToInstant('2014-10-26', '02:30', 'Europe/Moscow')).toBe(utc('2014-10-25T23:30:00Z'));
  });

  it('handles New York on 12 March 2023 (gap) and 5 November 2023 (overlap)', () => {
    expect(localToInstant('2023-03-12', '02:30', 'America/New_York')).toBe(utc('2023-03-12T07:30:00Z'));
    expect(localToInstant('2023-03-12', '01:30', 'America/New_York')).toBe(utc('2023-03-12T06:30:00Z'));
    expect(localToInstant('2023-03-12', '03:30', 'America/New_York')).toBe(utc('2023-03-12T07:30:00Z'));
    expect(localToInstant('2023-11-05', '01:30', 'America/New_York')).toBe(utc('2023-11-05T05:30:00Z'));
    expect(localToInstant('2023-11-05', '02:30', 'America/New_York')).toBe(utc('2023-11-05T07:30:00Z'));
    expect(localToInstant('2023-11-05', '00:30', 'America/New_York')).toBe(utc('2023-11-05T04:30:00Z'));
  });

  it('makes an event across the overlap last its real length', () => {
    // 00:30 to 01:30 on the night clocks go back: the first 01:30, one hour later.
    const start = localToInstant('2023-11-05', '00:30', 'America/New_York');
    const end = localToInstant('2023-11-05', '01:30', 'America/New_York');
    expect((end - start) / 60_000).toBe(60);
  });
});

describe('localToInstant against the rule it memoises', () => {
  /** The rule without any cache: the first instant whose offset fits, else the time moved past the gap. */
  const reference = (date: string, time: string, zone: string, addDays: number): number => {
    const offset = (ms: number) => {
      const minutes = tzOffset(zone, new Date(ms));
      return Number.isNaN(minutes) ? 0 : minutes;
    };
    const wall = Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10) + addDays, +time.slice(0, 2), +time.slice(3, 5));
    const before = offset(wall - 86_400_000);
    const after = offset(wall + 86_400_000);
    const fits = [...new Set([before, after])].map((o) => wall - o * 60_000).filter((instant, i) => offset(instant) === [...new Set([before, after])][i]);
    return fits.length > 0 ? Math.min(...fits) : wall - before * 60_000;
  };
  // Zones with half-hour and 45-minute offsets, half-hour changes, changes at midnight, a skipped day.
  const zones = ['Europe/Moscow', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'America/St_Johns', 'Europe/Dublin', 'America/Sao_Paulo', 'Pacific/Apia', 'Asia/Shanghai', 'UTC'];
  // Days around the changes of 2011 and 2014 and ordinary days, at every quarter hour and odd minutes.
  const dates = ['2011-03-27', '2011-04-03', '2011-10-02', '2011-10-16', '2011-12-30', '2011-12-31', '2014-10-26', '2014-04-06', '2018-11-04', '2023-03-12', '2023-11-05', '2023-03-26'];
  const times = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

  it('gives the instant the rule gives, asked once or many times, in any zone', () => {
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.constantFrom(...dates), times, fc.integer({ min: 0, max: 1 }), (zone, date, time, addDays) => {
        const expected = reference(date, time, zone, addDays);
        expect(localToInstant(date, time, zone, addDays)).toBe(expected);
        expect(localToInstant(date, time, zone, addDays)).toBe(expected);
      }),
      { numRuns: 600, seed: 20261202 },
    );
  });

  it('keeps the instants of one wall clock apart per zone', () => {
    expect(localToInstant('2023-11-20', '09:30', 'Asia/Shanghai')).toBe(utc('2023-11-20T01:30:00Z'));
    expect(localToInstant('2023-11-20', '09:30', 'Europe/Moscow')).toBe(utc('2023-11-20T06:30:00Z'));
    expect(localToInstant('2023-11-20', '09:30', 'Asia/Shanghai')).toBe(utc('2023-11-20T01:30:00Z'));
    // The same wall clock written as the day before plus one day.
    expect(localToInstant('2023-11-19', '09:30', 'Europe/Moscow', 1)).toBe(utc('2023-11-20T06:30:00Z'));
  });
});

describe('minutesOfTime and dayNumber', () => {
  it.each([
    ['09:30', 570], ['00:00', 0], ['23:59', 1439], ['07:25+1', 445], ['24:00', 1440],
    // Not four digits around a colon: read as before, number by number.
    ['9:30', NaN], [' 9:30', 570], ['09:3x', NaN], ['0a:30', NaN], ['09-30', 570], ['', 0], ['09', 540],
  ])('reads %j as %d minutes', (time, minutes) => {
    expect(minutesOfTime(time)).toBe(minutes);
    expect(minutesOfTime(time)).toBe(+time.slice(0, 2) * 60 + +time.slice(3, 5));
  });

  it('numbers days from 1970-01-01, the same on every asking', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2023-11-20')).toBe(19681);
    expect(dayNumber('2023-11-20')).toBe(19681);
    expect(dayNumber('1969-12-31')).toBe(-1);
    expect(dayNumber('2024-02-29')).toBe(dayNumber('2024-03-01') - 1);
    expect(dayNumber('not a date')).toBeNaN();
  });
});

describe('offsetMinutes and instantToLocal', () => {
  it('gives the offset in force at an instant', () => {
    expect(offsetMinutes('Europe/Moscow', utc('2011-03-26T22:59:00Z'))).toBe(180);
    expect(offsetMinutes('Europe/Moscow', utc('2011-03-26T23:00:00Z'))).toBe(240);
    expect(offsetMinutes('Asia/Shanghai', utc('2023-11-20T00:00:00Z'))).toBe(480);
  });

  it('turns an instant back into the wall clock of a zone', () => {
    expect(instantToLocal(utc('2023-11-20T23:25:00Z'), 'Asia/Shanghai')).toEqual({ date: '2023-11-21', time: '07:25' });
    expect(instantToLocal(utc('2014-10-25T22:30:00Z'), 'Europe/Moscow')).toEqual({ date: '2014-10-26', time: '01:30' });
  });
});

describe('isValidTimeZone', () => {
  it('accepts IANA names and refuses abbreviations and offsets', () => {
    for (const zone of ['Asia/Shanghai', 'Europe/Moscow', 'UTC', 'America/Argentina/Buenos_Aires', 'Etc/GMT-8']) expect(isValidTimeZone(zone), zone).toBe(true);
    // Intl reads "CST" as America/Chicago; a programme in China means something else by it.
    for (const zone of ['CST', 'MSK', '+08:00', 'Moscow', 'Asia/Shangai', '']) expect(isValidTimeZone(zone), zone).toBe(false);
  });
});
