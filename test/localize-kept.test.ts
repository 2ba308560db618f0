// A text the engine changes after wording it (to keep personal data out of it) is given new data too,
// so that a report in another language, which words each text once from its id and data, does not
// bring the value back.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localizeDiagnostic } from '../src/engine/localize.js';
import { findingLanguage } from '../src/engine/messages.js';
import { loadLabels } from '../src/io/templates.js';
import { labelsFor } from '../src/render/labels.js';
import { checkText } from './helpers/check.js';

const labels = loadLabels();
const language = (lang: string) => findingLanguage(lang, labelsFor(labels, lang) as unknown as Record<string, unknown>);
const valid = readFileSync(join(import.meta.dirname, 'fixtures', 'rules', 'schema', 'valid.yaml'), 'utf8');

describe('texts the engine changed after wording them', () => {
  const text = valid.replace('    phone: "+7 900 000-00-01"\n', '    phone: "+7 900 000-00-01"\n    diet: Стол #3 у окна\n');
  const cut = checkText(text).diagnostics.find((d) => d.rule === 'yaml-syntax')!;

  it('are worded in every language without the personal value', () => {
    expect(cut.line).toBe(19);
    expect(`${cut.message} ${cut.hint}`).not.toMatch(/Стол|окна/);
    for (const lang of ['ru', 'zh']) {
      const worded = localizeDiagnostic(cut, language(lang));
      expect(worded.message).not.toBe(cut.message);
      expect(`${worded.message} ${worded.hint}`).not.toMatch(/Стол|окна/);
    }
  });

  it('leave the other texts of the report worded in its language', () => {
    const date = checkText(valid.replace('from: 2023-11-20', 'from: 2023-11-31')).diagnostics.find((d) => d.rule === 'schema')!;
    expect(localizeDiagnostic(date, language('ru')).message).toBe('31 ноября 2023 года не существует: в ноябре 2023 года 30 дней');
  });
});
