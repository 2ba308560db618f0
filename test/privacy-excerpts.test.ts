// Excerpts of files that do not parse never show private data: the lines that hold, or sit inside, a
// passport, a diet, a phone or an e-mail (also under a misspelt key) are replaced, in every command
// and every report format.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, runCliBatch } from './helpers/cli.js';
import { checkText } from './helpers/check.js';
import { findSensitiveLinesInText, sensitiveKeyKind } from '../src/engine/sensitive.js';
import { FORMATTERS, PLAIN_STYLE } from '../src/report/index.js';
import { localizeReports, reportWords } from '../src/commands/itinerary.js';
import { loadLabels } from '../src/io/templates.js';

const BASE = readFileSync(join(import.meta.dirname, 'fixtures', 'privacy', 'excerpts.yaml'), 'utf8');
const CANARIES = ['CANARY-PASS', 'CANARY-DIET', 'canary-governor', '111-11-11', 'RUDENIA IGOR', 'SOKOLOV ALEKSEI'];

function replace(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`fixture lacks ${from}`);
  return text.replace(from, to);
}

const PASSPORT = '    passport: { name: RUDENIA IGOR, number: "CANARY-PASS-7788", expires: 2030-01-01 }';
const DIET = '    diet: { ru: CANARY-DIET без орехов, en: CANARY-DIET no nuts, zh: CANARY-DIET 不吃坚果 }';

/** Broken versions of the fixture, each with its syntax error on or next to private data. */
const BROKEN: Record<string, string> = {
  'a duplicate key inside a flow passport': replace(BASE, 'number: "CANARY-PASS-7788",', 'number: "CANARY-PASS-7788", number: "CANARY-PASS-7788",'),
  'a duplicate key inside a block passport': replace(BASE, '      number: "CANARY-PASS-5511"\n', '      number: "CANARY-PASS-5511"\n      number: "CANARY-PASS-5511"\n'),
  'an unclosed quote on a phone': replace(BASE, '    phone: "+7 900 111-11-11"', '    phone: "+7 900 111-11-11'),
  'a misspelt passport key above a bad indentation': replace(BASE, PASSPORT, PASSPORT.replace('passport', 'pasport') + '\n   stray: 1'),
  'a diet key without its colon': replace(BASE, DIET, DIET.replace('diet:', 'diet')),
  'a duplicate misspelt e-mail key': replace(BASE, '    email: canary-governor@example.org', '    e-mail: canary-governor@example.org\n    e-mail: canary-governor@example.org'),
  'a tab before the passport mapping': replace(BASE, '    passport:\n      name: SOKOLOV', '    passport:\n\t  name: SOKOLOV'),
};

/** Files that parse but misspell a private key: the unknown key's excerpt must not show its value. */
const MISSPELT: Record<string, string> = {
  'pasport': replace(BASE, PASSPORT, PASSPORT.replace('passport', 'pasport')),
  'phnoe': replace(BASE, '    phone: "+7 900 111-11-11"', '    phnoe: "+7 900 111-11-11"'),
  'Diet_': replace(BASE, DIET, DIET.replace('diet', 'Diet_')),
};

function leaked(output: string): string[] {
  return CANARIES.filter((canary) => output.includes(canary));
}

describe('which keys are sensitive', () => {
  it('recognises the fields, their misspellings and other words for them', () => {
    for (const key of ['passport', 'pasport', 'passprot', 'Passport_No', 'passport-data', 'diet', 'Diet', 'dite', 'dietary', 'allergies']) {
      expect(sensitiveKeyKind(key), key).toBe('always');
    }
    for (const key of ['phone', 'phnoe', 'phone2', 'e-mail', 'E_mail', 'emial', 'mail', 'tel', 'mobile']) expect(sensitiveKeyKind(key), key).toBe('contact');
  });

  it('no other key of the format is taken for one', () => {
    const keys = ['id', 'name', 'org', 'role', 'position', 'precedence', 'languages', 'title', 'visit', 'people', 'places', 'vehicles', 'days', 'date',
      'events', 'kind', 'start', 'end', 'place', 'from', 'to', 'attendees', 'vehicle', 'note', 'notes', 'brief', 'address', 'timezone', 'seats',
      'plate', 'driver', 'agreements', 'parties', 'signatories', 'organizations', 'side', 'inn', 'contacts', 'responsible', 'expires', 'number',
      'groups', 'members', 'host', 'guest', 'city', 'country', 'lang', 'type', 'time', 'item', 'list', 'dress', 'gift', 'gifts'];
    expect(keys.filter((key) => sensitiveKeyKind(key) !== undefined)).toEqual([]);
  });
});

describe('sensitive lines read from the text of a file that does not parse', () => {
  it('hides the key line, the lines inside it, and a flow or quote it leaves open', () => {
    const text = [
      'people:', //                                        1
      '  - id: a', //                                      2
      '    passport:', //                                  3
      '      number: X1', //                               4
      '      expires: 2030-01-01', //                      5
      '    org: o', //                                     6
      '    diet: { ru: a,', //                             7
      '  en: b }', //                                      8
      '    phone: "+7 900', //                             9
      ' 111"', //                                         10
      '    languages: [ru]', //                           11
      '  - { id: b, pasport: { number: X2 } }', //       12
      '    note: x', //                                   13
    ].join('\n');
    expect([...findSensitiveLinesInText(text)].sort((a, b) => a - b)).toEqual([3, 4, 5, 7, 8, 9, 10, 12]);
  });

  it('reads CR and CRLF line ends as LF', () => {
    const lines = ['people:', '  - id: a', '    email: x@y', '    org: o'];
    for (const end of ['\n', '\r\n', '\r']) expect([...findSensitiveLinesInText(lines.join(end))]).toEqual([3]);
  });

  it('the pretty report shows "(personal data hidden)" in place of those lines', () => {
    const text = BROKEN['a duplicate key inside a flow passport']!;
    const result = checkText(text);
    expect(result.diagnostics.map((d) => d.rule)).toEqual(['yaml-syntax']);
    const out = FORMATTERS.pretty([{ file: 'f.yaml', diagnostics: result.diagnostics, lines: text.split('\n'), sensitiveLines: result.sensitiveLines }], {
      style: PLAIN_STYLE, toolVersion: '', rules: [], ...reportWords(),
    });
    expect(out).toContain('  30 | (personal data hidden)\n> 31 | (personal data hidden)\n');
    expect(leaked(out)).toEqual([]);
  });

  it('says so in the report\'s language: ru and zh', () => {
    const text = BROKEN['a duplicate key inside a flow passport']!;
    const result = checkText(text);
    const pretty = (lang: string) => {
      const words = reportWords(loadLabels(undefined, ['en', lang]), lang);
      const files = localizeReports([{ file: 'f.yaml', diagnostics: result.diagnostics, lines: text.split('\n'), sensitiveLines: result.sensitiveLines }], words.findings);
      return FORMATTERS.pretty(files, { style: PLAIN_STYLE, toolVersion: '', rules: [], ...words });
    };
    const ru = pretty('ru');
    expect(ru).toContain('  30 | (строка скрыта: персональные данные)\n> 31 | (строка скрыта: персональные данные)\n');
    expect(pretty('zh')).toContain('  30 | （含个人信息，已隐去）\n> 31 | （含个人信息，已隐去）\n');
    expect(leaked(ru)).toEqual([]);
  });
});

describe('no private value in any output about a broken file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'delegation-excerpts-'));
  const base = join(dir, 'base.yaml');
  writeFileSync(base, BASE);

  /** Every command that reads an itinerary, each run as a user would. */
  function runs(file: string, out: string): [string, string[]][] {
    return [
      ...['pretty', 'json', 'sarif', 'github'].map((format): [string, string[]] => [`validate --format ${format}`, ['validate', '--format', format, file]]),
      ['brief', ['brief', file, '-o', join(out, 'brief.html')]],
      ['brief --force', ['brief', '--force', file, '-o', join(out, 'brief-forced.html')]],
      ['day-sheets', ['day-sheets', file, '--format', 'txt', '-o', join(out, 'sheets')]],
      ['agenda', ['agenda', file]],
      ['ics', ['ics', file, '-o', join(out, 'x.ics')]],
      ['csv', ['csv', file, '--list', 'people', '-o', join(out, 'x.csv')]],
      ['diff OLD NEW', ['diff', base, file]],
      ['diff NEW OLD', ['diff', file, base]],
      ['add', ['add', 'person', file, '--yes', '--name', 'en=Ivan Petrov', '--org', 'tver-gov', '--role', 'official']],
    ];
  }

  const cases = Object.entries({ ...BROKEN, ...MISSPELT }).map(([name, text]) => {
    const file = join(dir, `${name.replace(/\W+/g, '-')}.yaml`);
    writeFileSync(file, text);
    return { name, file, broken: name in BROKEN, runs: runs(file, mkdtempSync(join(dir, 'out-'))) };
  });
  // One process runs every command line (a separate start-up each would take minutes on a busy machine).
  const results = runCliBatch(cases.flatMap((c) => [['validate', '--format', 'json', c.file], ...c.runs.map(([, args]) => ['--no-color', ...args])]));

  cases.forEach((c, index) => {
    it(c.name, () => {
      const [json, ...outputs] = results.slice(index * (c.runs.length + 1), (index + 1) * (c.runs.length + 1));
      if (c.broken) expect(json!.stdout, 'the file must not parse').toContain('"yaml-syntax"');
      c.runs.forEach(([label], i) => {
        const run = outputs[i]!;
        expect(leaked(run.stdout + run.stderr), `${label}: ${run.stdout}${run.stderr}`).toEqual([]);
        expect(run.stderr, label).not.toContain('harness:');
        if (c.broken) expect(run.status, `${label}: ${run.stderr}`).not.toBe(0);
      });
      if (c.broken) expect(outputs[0]!.stdout).toContain('(personal data hidden)');
      else expect(outputs[0]!.stdout).toContain('(source not shown: the field is sensitive)');
    });
  });

  it('a run in the batch is what a separate run prints', () => {
    const c = cases[0]!;
    const alone = runCli(['--no-color', ...c.runs[0]![1]]);
    expect(results[1]).toEqual(alone);
  });
});
