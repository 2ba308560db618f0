// A deleted `timezone:` on a place gives one finding, which names the zone the place is now read in;
// the times at that place are left out of the other checks until the zone is back.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkText } from './helpers/check.js';

const VISIT = readFileSync(new URL('./fixtures/exports/visit.yaml', import.meta.url), 'utf8');
const findings = (text: string) => checkText(text).diagnostics.map((d) => `${d.line}:${d.column} ${d.rule} ${d.message} | ${d.hint ?? ''}`);
const BASE = findings(VISIT);

/** The findings the deletion adds and those it takes away (the deleted line is left blank: lines keep their numbers). */
function change(from: string, to: string) {
  expect(VISIT).toContain(from);
  const after = findings(VISIT.replace(from, to));
  return { added: after.filter((f) => !BASE.includes(f)), removed: BASE.filter((f) => !after.includes(f)) };
}

describe('a place without its timezone', () => {
  it('read by its coordinates: one finding, naming the zone it is read in', () => {
    expect(change('    kind: airport\n    timezone: Europe/Moscow\n    geo: [55.9726, 37.4146]', '    kind: airport\n\n    geo: [55.9726, 37.4146]')).toEqual({
      added: [
        "88:9 invalid-timezone place svo has no timezone, so its times are read in the visit's zone Asia/Shanghai (UTC+8), but its coordinates (55.97° N, 37.41° E) lie about 6 h west of that zone | Add the timezone of the place (an IANA name such as Europe/Moscow) to it.",
      ],
      removed: [],
    });
  });

  it('read by its address: one finding, with the zone the address names as hint', () => {
    expect(change('    address: { ru: "Тверь, Советская улица, 44", en: "44 Sovetskaya St, Tver", zh: 特维尔市苏维埃街44号 }\n    timezone: Europe/Moscow\n', '    address: { ru: "Тверь, Советская улица, 44", en: "44 Sovetskaya St, Tver", zh: 特维尔市苏维埃街44号 }\n\n')).toEqual({
      added: [
        "83:9 invalid-timezone place tver-office has no timezone, so its times are read in the visit's zone Asia/Shanghai (UTC+8), but its address names Тверь (Europe/Moscow, UTC+3) | Add timezone: Europe/Moscow to the place.",
      ],
      removed: [],
    });
  });

  it('read by its city, with a neighbour\'s zone: the hint names it', () => {
    const text = VISIT.replace('    kind: airport\n    timezone: Europe/Moscow\n    geo: [55.9726, 37.4146]', '    kind: airport\n    city: Москва\n    geo: [55.9726, 37.4146]');
    expect(findings(text).filter((f) => f.includes('invalid-timezone'))).toEqual([
      "88:9 invalid-timezone place svo has no timezone, so its times are read in the visit's zone Asia/Shanghai (UTC+8), but its city names Москва (Europe/Moscow, UTC+3) | Add timezone: Europe/Moscow to the place.",
    ]);
  });

  it('near a place that has its zone: the hint takes that zone', () => {
    const text = VISIT.replace('    timezone: Europe/Moscow\n    geo: [55.9726, 37.4146]', '    geo: [55.9726, 37.4146]').replace(
      '    address: { ru: "Тверь, Советская улица, 44", en: "44 Sovetskaya St, Tver", zh: 特维尔市苏维埃街44号 }\n    timezone: Europe/Moscow\n',
      '    timezone: Europe/Moscow\n    geo: [56.8587, 35.9176]\n',
    );
    expect(findings(text).filter((f) => f.includes('invalid-timezone'))).toEqual([
      "88:9 invalid-timezone place svo has no timezone, so its times are read in the visit's zone Asia/Shanghai (UTC+8), but its coordinates (55.97° N, 37.41° E) lie about 6 h west of that zone | Add timezone: Europe/Moscow to the place.",
    ]);
  });

  it('in the visit\'s own zone, or with nothing that says where it is: no finding', () => {
    // Shenyang's airport and hotel have no timezone in the clean file.
    expect(BASE.filter((f) => f.includes('invalid-timezone'))).toEqual([]);
    const far = VISIT.replace('    kind: airport\n    timezone: Europe/Moscow\n    geo: [55.9726, 37.4146]', '    kind: airport');
    expect(findings(far).filter((f) => f.includes('invalid-timezone'))).toEqual([]);
  });
});
