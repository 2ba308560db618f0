import { describe, expect, it } from 'vitest';
import { isValidTimeZone, suggestTimeZone, zoneKeywords, zoneProblem } from '../../src/model/zones.js';

describe('time-zone names', () => {
  it.each(['Asia/Shanghai', 'Europe/Moscow', 'UTC', 'GMT', 'EST5EDT', 'CST6CDT', 'EST', 'PRC', 'W-SU', 'Japan', 'Europe/Kyiv', 'Europe/Kiev', 'Asia/Kolkata', 'Asia/Calcutta', 'Etc/GMT+5', 'Zulu'])(
    '%s is a zone',
    (zone) => expect(isValidTimeZone(zone)).toBe(true),
  );
  it.each(['CST', 'IST', 'PST', '+08:00', 'UTC+8', 'Asia/Beijing', 'Moscow', 'SystemV/AST4', ''])('%s is not', (zone) => expect(isValidTimeZone(zone)).toBe(false));

  it.each([
    ['Asia/Beijing', 'Asia/Shanghai'],
    ['Beijing', 'Asia/Shanghai'],
    ['Peking', 'Asia/Shanghai'],
    ['Asia/Peking', 'Asia/Shanghai'],
    ['Пекин', 'Asia/Shanghai'],
    ['Asia/Shenyang', 'Asia/Shanghai'],
    ['CST', 'Asia/Shanghai'],
    ['Moscow', 'Europe/Moscow'],
    ['Europe/Moskow', 'Europe/Moscow'],
    ['Europe/Tver', 'Europe/Moscow'],
    ['Тверь', 'Europe/Moscow'],
    ['Saint Petersburg', 'Europe/Moscow'],
    ['Almaty', 'Asia/Almaty'],
    ['Alma-Ata', 'Asia/Almaty'],
    ['Kazakhstan', 'Asia/Almaty'],
    ['Kiev', 'Europe/Kyiv'],
    ['Europe/Kyyiv', 'Europe/Kyiv'],
    ['Kyiv', 'Europe/Kyiv'],
    ['Asia/Shangai', 'Asia/Shanghai'],
    ['Asia/Vladivostock', 'Asia/Vladivostok'],
    ['Pekin', 'Asia/Shanghai'],
  ])('%s → %s', (written, zone) => expect(suggestTimeZone(written)).toBe(zone));

  it('every suggestion is a zone', () => {
    for (const written of ['Beijing', 'Kiev', 'Calcutta', 'Saigon', 'Rangoon', 'Hong Kong', 'Washington']) expect(isValidTimeZone(suggestTimeZone(written)!)).toBe(true);
  });

  it('says which zone was meant', () => {
    expect(zoneProblem('Asia/Beijing')).toBe('"Asia/Beijing" is not an IANA time zone; did you mean Asia/Shanghai?');
    expect(zoneProblem('Xyzzy/Plugh')).toBe('"Xyzzy/Plugh" is not an IANA time zone (e.g. Asia/Shanghai, Europe/Moscow)');
  });

  it('lets a zone list be searched by city, also under a canonical name', () => {
    expect(zoneKeywords('Asia/Shanghai')).toContain('Beijing');
    expect(zoneKeywords('Europe/Kiev')).toContain('Kyiv');
    expect(zoneKeywords('Europe/Moscow')).toContain('Тверь');
  });
});
