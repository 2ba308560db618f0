// What every rule declares about itself: message templates by id, its page, its options and tags; and
// that findings carry a message id and data the engine formats.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { formatMessage } from '../src/engine/messages.js';
import { UNUSED_SUPPRESSION } from '../src/engine/suppressions.js';
import { DEFAULT_RULE_OPTIONS, RULE_OPTION_SPECS, RULES } from '../src/rules/index.js';
import { checkText } from './helpers/check.js';

const root = join(import.meta.dirname, '..');
const sources = (id: string) => readFileSync(join(root, 'src', 'rules', `${id}.ts`), 'utf8');

describe('rule metadata', () => {
  for (const rule of [...RULES, UNUSED_SUPPRESSION]) {
    describe(rule.id, () => {
      it('links its own page, which exists', () => {
        expect(rule.meta.docs.url).toBe(`docs/rules/${rule.id}.md`);
        expect(existsSync(join(root, rule.meta.docs.url))).toBe(true);
      });

      it('has tags from the known set', () => {
        expect(rule.meta.tags.length).toBeGreaterThan(0);
        for (const tag of rule.meta.tags) expect(['protocol', 'schedule', 'structure']).toContain(tag);
      });

      it('declares templates that compile, with placeholders and no sentence glued from pieces', () => {
        for (const [id, template] of Object.entries(rule.meta.messages)) {
          expect(id).toMatch(/^[a-z][A-Za-z]*$/);
          expect(() => new IntlMessageFormat(template, 'en', undefined, { ignoreTag: true }), `${rule.id}: ${id}`).not.toThrow();
          // `#` would print numbers with the locale's grouping; placeholders print them as written.
          expect(template).not.toMatch(/(^|[^'])#(?![\w -])/);
        }
      });
    });
  }

  it('every message id a rule reports is one it declares', () => {
    for (const rule of RULES) {
      const used = [...sources(rule.id).matchAll(/(?:messageId|hintId): '([A-Za-z]+)'/g)].map((m) => m[1]!);
      for (const id of used) expect(Object.keys(rule.meta.messages), `${rule.id}: ${id}`).toContain(id);
    }
  });

  it('each threshold is declared by one rule, with a default inside its bounds', () => {
    const declared = RULES.flatMap((rule) => Object.keys(rule.meta.options ?? {}));
    expect(new Set(declared).size).toBe(declared.length);
    expect(Object.keys(RULE_OPTION_SPECS).sort()).toEqual(Object.keys(DEFAULT_RULE_OPTIONS).sort());
    for (const spec of Object.values(RULE_OPTION_SPECS)) {
      expect(spec.default).toBeGreaterThanOrEqual(spec.schema.minimum);
      expect(spec.default).toBeLessThanOrEqual(spec.schema.maximum);
      if (spec.schema.type === 'integer') expect(Number.isInteger(spec.default)).toBe(true);
    }
    expect(DEFAULT_RULE_OPTIONS).toEqual({ longDayHours: 14, mealGapHours: 6, checkInMinutes: 90, passportMonths: 6, roadFactor: 1.3, roadSpeedKmh: 50 });
  });

  it('an undeclared message id is a programming error, not a silent empty message', () => {
    expect(() => formatMessage('capacity', RULES.find((r) => r.id === 'capacity')!.meta, 'nonsense')).toThrow(/no message "nonsense"/);
  });
});

describe('the engine formats messages from id and data', () => {
  const meta = RULES.find((r) => r.id === 'capacity')!.meta;

  it('chooses singular and plural inside the template', () => {
    const one = formatMessage('capacity', meta, 'vehicleFull', { event: 'E', riders: 1, vehicle: 'car-1 (car)', seats: 1, over: 1 });
    const many = formatMessage('capacity', meta, 'vehicleFull', { event: 'E', riders: 3, vehicle: 'car-1 (car)', seats: 2, over: 1 });
    expect(one).toBe('E: 1 person is seated in car-1 (car) with 1 seat (1 too many)');
    expect(many).toBe('E: 3 people are seated in car-1 (car) with 2 seats (1 too many)');
  });

  it('prints numbers as written, without grouping', () => {
    expect(formatMessage('capacity', meta, 'placeFull', { event: 'E', attendees: 1500, place: 'P', capacity: 1200, over: 300 })).toBe(
      'E has 1500 attendees; P holds 1200 (300 too many)',
    );
  });

  it('a finding carries its message id and data next to the text', () => {
    const text = readFileSync(join(root, 'test', 'fixtures', 'rules', 'duplicate-id', 'people-and-places.yaml'), 'utf8');
    const [first] = checkText(text).diagnostics.filter((d) => d.rule === 'duplicate-id');
    expect(first).toMatchObject({ messageId: 'idTaken', data: { noun: expect.any(String), id: expect.any(String) } });
    expect(first!.message).toBe(`${first!.data!.noun} id "${first!.data!.id}" is already used by an earlier ${first!.data!.noun}`);
  });
});
