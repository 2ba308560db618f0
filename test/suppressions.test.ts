// Inline suppressions: which findings a comment hides, and what is reported about the comment itself.
import { describe, expect, it } from 'vitest';
import type { CheckOptions } from '../src/engine/check.js';
import { checkText } from './helpers/check.js';

// The last event fires three rules on one line: day-order (warning) at column 29, time-order (error)
// at column 43 and unknown-reference (error) at column 106.
const HEAD = `format: delegation/1
visit:
  id: v
  title: Визит
  from: 2023-11-20
  to: 2023-11-21
  timezone: Asia/Shanghai
  head: rudenya
  languages: [ru]
organizations:
  - { id: tver, name: Тверь, side: delegation, kind: government }
people:
  - { id: rudenya, name: Игорь Руденя, org: tver, role: head }
places:
  - { id: hotel, name: Отель, kind: hotel }
days:
  - date: 2023-11-20
    hotel: hotel
    events:
      - id: late
        start: "11:00"
        end: "12:00"
        title: Встреча
        kind: meeting
        place: hotel
        attendees: [rudenya]
`;
const BAD = `      - { id: early, start: "09:00", end: "08:00", title: Завтрак, kind: meal, place: hotel, attendees: [nobody] }`;
/** Line number of the first line after HEAD. */
const NEXT = HEAD.split('\n').length;

function findings(lines: string[], options?: CheckOptions) {
  return checkText(HEAD + lines.join('\n') + '\n', options).diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.rule}: ${d.message}`);
}

describe('inline suppressions', () => {
  it('the unsuppressed findings', () => {
    expect(findings([BAD]).map((f) => f.split(':').slice(0, 2).join(':'))).toEqual([
      `${NEXT}:29 warning day-order`,
      `${NEXT}:43 error time-order`,
      `${NEXT}:106 error unknown-reference`,
    ]);
  });

  it('hides the named rule on the next line only', () => {
    const result = findings(['      # delegation-disable-next-line time-order -- the return flight lands the next morning', BAD]);
    expect(result.map((f) => f.split(' ')[0] + ' ' + f.split(' ')[2])).toEqual([
      `${NEXT + 1}:29 day-order:`,
      `${NEXT + 1}:106 unknown-reference:`,
    ]);
  });

  it('does not reach past the next line', () => {
    const result = findings(['      # delegation-disable-next-line time-order -- reason', '', BAD]);
    expect(result).toEqual([
      `${NEXT}:38 warning unused-suppression: "delegation-disable-next-line time-order" suppresses nothing: line ${NEXT + 1} has no time-order finding`,
      expect.stringMatching(new RegExp(`^${NEXT + 2}:29 warning day-order`)),
      expect.stringMatching(new RegExp(`^${NEXT + 2}:43 error time-order`)),
      expect.stringMatching(new RegExp(`^${NEXT + 2}:106 error unknown-reference`)),
    ]);
  });

  it('takes several comma-separated rule ids', () => {
    const result = findings(['      # delegation-disable-next-line time-order,unknown-reference, day-order -- draft from the host side', BAD]);
    expect(result).toEqual([]);
  });

  it('reports each listed rule that suppresses nothing at its own column', () => {
    const result = findings(['      # delegation-disable-next-line time-order, empty-event -- draft', BAD]);
    expect(result.filter((f) => f.includes('unused-suppression'))).toEqual([
      `${NEXT}:50 warning unused-suppression: "delegation-disable-next-line empty-event" suppresses nothing: line ${NEXT + 1} has no empty-event finding`,
    ]);
    expect(result.some((f) => f.includes(' time-order:'))).toBe(false);
  });

  it('has a same-line form', () => {
    const result = findings([`${BAD}  # delegation-disable-line unknown-reference -- the guest is added next week`]);
    expect(result.map((f) => f.split(' ')[2])).toEqual(['day-order:', 'time-order:']);
  });

  it('suppresses nothing without a reason, and says so', () => {
    const result = findings(['      # delegation-disable-next-line time-order', BAD]);
    expect(result[0]).toBe(`${NEXT}:7 warning unused-suppression: "delegation-disable-next-line time-order" has no reason, so it suppresses nothing`);
    expect(result.some((f) => f.includes(' time-order:'))).toBe(true);
    const dashesOnly = findings(['      # delegation-disable-next-line time-order --', BAD]);
    expect(dashesOnly[0]).toMatch(/has no reason/);
  });

  it('asks for commas and " -- " when the reason follows without them', () => {
    const result = findings(['      # delegation-disable-next-line time-order the flight lands the next day', BAD]);
    expect(result[0]).toBe(`${NEXT}:7 warning unused-suppression: "delegation-disable-next-line": separate rule ids with commas, and put " -- " before the reason`);
    expect(result.some((f) => f.includes(' time-order:'))).toBe(true);
  });

  it('reports a comment that names no rule', () => {
    expect(findings(['      # delegation-disable-next-line -- why', BAD])[0]).toBe(`${NEXT}:7 warning unused-suppression: "delegation-disable-next-line" names no rule`);
  });

  it('reports an unknown rule id with the nearest one, and still applies the others', () => {
    const result = findings(['      # delegation-disable-next-line time-orders, day-order -- reason', BAD]);
    expect(result[0]).toBe(`${NEXT}:38 warning unused-suppression: "delegation-disable-next-line" names an unknown rule "time-orders" (did you mean "time-order"?)`);
    expect(result.some((f) => f.includes(' day-order:'))).toBe(false);
    expect(result.some((f) => f.includes(' time-order:'))).toBe(true);
  });

  it('reports unknown directives', () => {
    expect(findings(['      # delegation-disable time-order -- reason', BAD])[0]).toBe(`${NEXT}:7 warning unused-suppression: unknown suppression comment "delegation-disable"`);
  });

  it('cannot hide yaml-syntax: the name is reported, and a file that does not parse has only yaml-syntax findings', () => {
    expect(findings(['      # delegation-disable-next-line yaml-syntax -- reason', BAD])[0]).toBe(
      `${NEXT}:38 warning unused-suppression: yaml-syntax findings cannot be suppressed inline`,
    );
    const broken = checkText(HEAD + '      # delegation-disable-next-line yaml-syntax -- reason\n      - { id: x\n').diagnostics;
    expect(broken.map((d) => d.rule)).toEqual(['yaml-syntax']);
  });

  it('reads files with CRLF line ends', () => {
    const text = (HEAD + '      # delegation-disable-next-line time-order, empty-event -- reason\n' + BAD + '\n').replace(/\n/g, '\r\n');
    const result = checkText(text).diagnostics.map((d) => `${d.line}:${d.column}-${d.endColumn} ${d.rule}`);
    expect(result).toEqual([`${NEXT}:50-61 unused-suppression`, `${NEXT + 1}:29-36 day-order`, `${NEXT + 1}:106-112 unknown-reference`]);
  });

  it('leaves prose comments alone', () => {
    const result = findings(['      # delegation-disabled guests need a ramp; delegation-disable-next-line is explained in the docs', BAD]);
    expect(result.filter((f) => f.includes('unused-suppression'))).toEqual([]);
  });

  it('ignores the words inside strings and block scalars', () => {
    const notes = ['      - id: extra', '        start: "12:00"', '        end: "13:00"', '        title: "# delegation-disable-next-line day-order -- x"', '        kind: meal', '        place: hotel', '        attendees: [rudenya]', '        notes: |', '          # delegation-disable-next-line time-order -- not a comment'];
    const result = findings([...notes, BAD]);
    expect(result.filter((f) => f.includes('unused-suppression'))).toEqual([]);
    expect(result.filter((f) => f.includes(' time-order:'))).toHaveLength(1);
  });

  it('finds the comment after a quoted string that holds a #', () => {
    const line = BAD.replace('title: Завтрак', 'title: "Завтрак # 1"') + '  # delegation-disable-line time-order -- the kitchen opens late';
    expect(findings([line]).map((f) => f.split(' ')[2])).toEqual(['day-order:', 'unknown-reference:']);
  });

  it('ignores the words on the continuation line of a quoted string', () => {
    const event = ['      - id: extra', '        start: "12:00"', '        end: "13:00"', '        title: "Обед', '          # delegation-disable-next-line time-order -- x"', '        kind: meal', '        place: hotel', '        attendees: [rudenya]'];
    expect(findings([...event, BAD]).filter((f) => f.includes('unused-suppression'))).toEqual([]);
  });

  it('follows the configured severity of unused-suppression, and off keeps suppressing silently', () => {
    const lines = ['      # delegation-disable-next-line time-order, empty-event -- reason', BAD];
    expect(findings(lines, { rules: { 'unused-suppression': 'error' } }).filter((f) => f.includes('unused-suppression'))[0]).toMatch(/^\d+:50 error unused-suppression/);
    const off = findings(lines, { rules: { 'unused-suppression': 'off' } });
    expect(off.some((f) => f.includes('unused-suppression'))).toBe(false);
    expect(off.some((f) => f.includes(' time-order:'))).toBe(false);
  });

  it('reports a suppression of a rule that the configuration turned off as unused', () => {
    const result = findings(['      # delegation-disable-next-line time-order -- reason', BAD], { rules: { 'time-order': 'off' } });
    expect(result[0]).toMatch(/^\d+:38 warning unused-suppression: "delegation-disable-next-line time-order" suppresses nothing/);
  });

  it('gives an unused suppression its exact range', () => {
    const { diagnostics } = checkText(HEAD + '      # delegation-disable-next-line empty-event -- reason\n' + BAD + '\n');
    const unused = diagnostics.find((d) => d.rule === 'unused-suppression');
    expect(unused).toMatchObject({ line: NEXT, column: 38, endLine: NEXT, endColumn: 49, path: [] });
  });
});
