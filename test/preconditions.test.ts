// Wizards check what would make them fail before the first question; no command offers or accepts a
// language its documents cannot be printed in.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkAddPreconditions } from '../src/commands/add.js';
import { diffItineraries } from '../src/commands/diff.js';
import { chooseLanguage } from '../src/commands/export-options.js';
import { checkInitLanguages, checkInitTarget } from '../src/commands/init.js';
import { buildModel } from '../src/model/build.js';
import { PRINTABLE_LANGUAGES } from '../src/render/printable-languages.js';

const EXAMPLE = join(import.meta.dirname, '..', 'itineraries', 'liaoning-2023.yaml');
const dir = mkdtempSync(join(tmpdir(), 'preconditions-'));

describe('wizards check first', () => {
  it('init: an existing file or a missing folder stops it before any question', () => {
    expect(() => checkInitTarget(EXAMPLE)).toThrow(/already exists; init never overwrites a file/);
    expect(() => checkInitTarget(join(dir, 'no-such-folder', 'visit.yaml'))).toThrow(/the folder .* does not exist/);
    expect(() => checkInitTarget(join(dir, 'new.yaml'))).not.toThrow();
  });

  it('add: no places for an event, no organizations for a person', () => {
    const file = join(dir, 'empty.yaml');
    const text = 'format: delegation/1\nvisit: { id: v, title: V, from: 2023-11-20, to: 2023-11-21, timezone: Asia/Shanghai, head: x, languages: [en] }\norganizations: []\npeople: []\nplaces: []\ndays: []\n';
    writeFileSync(file, text);
    const model = buildModel(parse(text));
    expect(() => checkAddPreconditions('event', model, file)).toThrow(/has no places yet/);
    expect(() => checkAddPreconditions('person', model, file)).toThrow(/has no organizations yet/);
    expect(() => checkAddPreconditions('place', model, file)).not.toThrow();
    const example = buildModel(parse(readFileSync(EXAMPLE, 'utf8')));
    expect(() => checkAddPreconditions('event', example, EXAMPLE)).not.toThrow();
  });
});

describe('languages', () => {
  it('the printable languages are those with shipped labels', () => {
    const shipped = ['en', 'ru', 'zh'].filter((lang) => readFileSync(join(import.meta.dirname, '..', 'templates', 'labels', `${lang}.json`), 'utf8').length > 0);
    expect([...PRINTABLE_LANGUAGES].sort()).toEqual(shipped.sort());
  });

  it('init refuses a language without labels; exports and diff refuse --lang without labels', () => {
    expect(() => checkInitLanguages(['ru', 'fr'])).toThrow(/documents cannot be printed in "fr"/);
    expect(() => checkInitLanguages(['ru', 'en', 'zh'])).not.toThrow();
    const model = buildModel(parse(readFileSync(EXAMPLE, 'utf8')));
    expect(() => chooseLanguage(model, 'fr')).toThrow(/no labels for language "fr"/);
    expect(chooseLanguage(model, undefined)).toBe('ru');
    expect(() => diffItineraries({ oldFile: EXAMPLE, newFile: EXAMPLE, format: 'text', lang: 'de', cwd: dir })).toThrow(/no labels for language "de"/);
  });

  it('a visit whose first language has no labels prints in its first language that has', () => {
    const text = readFileSync(EXAMPLE, 'utf8').replace('languages: [ru, en, zh]', 'languages: [fr, en, ru]');
    expect(text).toContain('languages: [fr, en, ru]');
    expect(chooseLanguage(buildModel(parse(text)), undefined)).toBe('en');
  });
});
