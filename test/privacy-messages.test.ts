// No finding of any rule repeats a sensitive value in its message, hint or related notes: every YAML
// fixture of the project is checked, each sensitive value written in it (passport name, number and
// expiry date, diets, private phones and e-mails) is looked for, also in the forms a message would
// print it ("15 Jan 2024", digits only).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSensitivePath } from '../src/engine/sensitive.js';
import type { Model } from '../src/model/types.js';
import { expectedPassportNames } from '../src/rules/passport-name.js';
import { checkText } from './helpers/check.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LONG_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function yamlFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

/** Every way a sensitive value could show up in a message. */
function forms(value: unknown): string[] {
  if (value instanceof Date) return forms(value.toISOString().slice(0, 10));
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(forms);
  if (typeof value !== 'string' && typeof value !== 'number') return [];
  const text = String(value);
  const out = text.length >= 5 ? [text] : [];
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (date) out.push(`${Number(date[3])} ${MONTHS[Number(date[2]) - 1]} ${date[1]}`, `${Number(date[3])} ${LONG_MONTHS[Number(date[2]) - 1]} ${date[1]}`);
  const digits = text.replace(/\D/g, '');
  if (digits.length >= 7 && digits !== text) out.push(digits);
  return out;
}

function sensitiveValues(model: Model, raw: unknown): string[] {
  const people = (raw as { people?: unknown[] } | null)?.people;
  if (!Array.isArray(people)) return [];
  return people.flatMap((person, index) => {
    if (typeof person !== 'object' || person === null) return [];
    return Object.entries(person).flatMap(([field, value]) => (isSensitivePath(model, ['people', index, field]) ? forms(value) : []));
  });
}

const root = join(import.meta.dirname, '..');
const files = [...yamlFiles(join(root, 'test', 'fixtures')), ...yamlFiles(join(root, 'itineraries'))];

describe('no message of any rule carries a sensitive value', () => {
  it('the fixtures plant sensitive values next to findings', () => {
    expect(files.length).toBeGreaterThan(50);
  });
  for (const file of files) {
    it(file.slice(root.length + 1), () => {
      const result = checkText(readFileSync(file, 'utf8'));
      if (!result.model || !result.parsed) return;
      // passport-name prints the transliteration of a person's public name, which may equal a passport's.
      const derived = new Set(
        result.model.people.flatMap((p) => (typeof p.name === 'object' && p.name.ru ? (expectedPassportNames(p.name.ru)?.accepted ?? []) : [])),
      );
      const values = sensitiveValues(result.model, result.parsed.doc.toJS()).filter((v) => !derived.has(v));
      const leaks = result.diagnostics.flatMap((d) => {
        const texts = [d.message, d.hint ?? '', ...(d.related ?? []).map((r) => r.message)];
        return values.filter((v) => texts.some((t) => t.includes(v))).map((v) => `${d.line}:${d.column} ${d.rule}: ${v}`);
      });
      expect(leaks).toEqual([]);
    });
  }
});
