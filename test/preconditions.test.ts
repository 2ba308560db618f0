// Wizards check what would make them fail before the first question; no command offers or accepts a
// language its documents cannot be printed in.
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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

describe('an unwritable folder stops a wizard before its first question', () => {
  // Root may write anywhere, so as root the wizard runs as the unprivileged user "nobody". `script`
  // gives it a terminal, so that it would ask if the check came late.
  const asRoot = process.getuid?.() === 0;
  const user = asRoot ? { uid: 65534, gid: 65534 } : {};
  const BIN = join(import.meta.dirname, '..', 'bin', 'delegation.js');

  function wizard(args: string): { status: number | null; output: string } {
    const run = spawnSync('script', ['-qec', `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} ${args}`, '/dev/null'], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', TERM: 'dumb', NO_COLOR: '1' },
      timeout: 60_000,
      ...user,
    });
    return { status: run.status, output: String(run.stdout) + String(run.stderr) };
  }

  function lockedFolder(): { folder: string; file: string } {
    const base = mkdtempSync(join(tmpdir(), 'unwritable-'));
    chmodSync(base, 0o755);
    const folder = join(base, 'locked');
    mkdirSync(folder);
    const file = join(folder, 'visit.yaml');
    writeFileSync(file, readFileSync(EXAMPLE));
    if (asRoot) {
      chownSync(file, 65534, 65534);
      chmodSync(file, 0o644);
    }
    chmodSync(folder, 0o555);
    return { folder, file };
  }

  it.skipIf(spawnSync('script', ['--version']).status !== 0)('init and add exit 2 naming the folder, and ask nothing', () => {
    const { folder, file } = lockedFolder();
    const init = wizard(`init ${JSON.stringify(join(folder, 'new.yaml'))}`);
    expect(init.output).toContain(`cannot write ${join(folder, 'new.yaml')}: the folder ${folder} is not writable`);
    expect(init.output).not.toMatch(/\?\s/);
    expect(init.status).toBe(2);
    const before = readFileSync(file);
    const add = wizard(`add event ${JSON.stringify(file)}`);
    expect(add.output).toContain(`cannot write ${file}: its folder is not writable`);
    expect(add.output).not.toMatch(/\?\s/);
    expect(add.status).toBe(2);
    expect(readFileSync(file)).toEqual(before);
    expect(readdirSync(folder)).toEqual(['visit.yaml']);
  });
});
