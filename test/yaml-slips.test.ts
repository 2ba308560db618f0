// Each hand-editing slip planted in a clean programme gives exactly one yaml-syntax finding, in the
// terms of the file, at the slip, with the corrected line as hint; and every code of the yaml parser
// has a row in docs/yaml-errors.md.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { genericMessages } from '../src/source/yaml-slips.js';
import { localizeDiagnostic } from '../src/engine/localize.js';
import { findingLanguage } from '../src/engine/messages.js';
import { loadLabels } from '../src/io/templates.js';
import { checkText } from './helpers/check.js';
import { runCli } from './helpers/cli.js';

const CLEAN = `format: delegation/1
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
    events:
      - id: lunch
        start: "13:00"
        end: "14:00"
        title: Обед
        kind: meal
        place: hotel
        attendees: [all]
      - { id: talks, start: "15:00", end: "16:00", title: Переговоры, kind: meeting, place: hotel, attendees: [all] }
`;

function plant(from: string, to: string): string {
  expect(CLEAN).toContain(from);
  return CLEAN.replace(from, to);
}

interface Case {
  name: string;
  text: string;
  at: string;
  message: string;
  hint: string;
}

const CASES: Case[] = [
  {
    name: 'a colon in a plain value',
    text: plant('title: Обед\n', 'title: Обед: от имени мэра\n'),
    at: '22:16',
    message: 'the value of "title" contains a colon followed by a space, which YAML reads as the start of another key; such a value must be in quotes',
    hint: 'Put the whole value in double quotes: title: "Обед: от имени мэра"',
  },
  {
    name: 'a colon in a plain value inside { … }',
    text: plant('title: Переговоры,', 'title: Переговоры: итоги,'),
    at: '26:59',
    message: 'the value of "title" contains a colon followed by a space inside { … }, which YAML reads as another key; such a value must be in quotes',
    hint: 'Put the whole value in double quotes: - { id: talks, start: "15:00", end: "16:00", title: "Переговоры: итоги", kind: meeting, place: hotel, attendees: [all] }',
  },
  {
    name: 'a tab in the indentation',
    text: plant('        title: Обед\n', '\ttitle: Обед\n'),
    at: '22:1',
    message: 'this line is indented with a tab; YAML allows only spaces for indentation',
    hint: 'Indent it with 8 spaces instead (the excerpt shows a tab as →): title: Обед',
  },
  {
    name: 'a key indented one space too far',
    text: plant('        kind: meal\n', '         kind: meal\n'),
    at: '23:1',
    message: '"kind" is indented 9 spaces, one more than the field above it (8); YAML reads indentation as structure',
    hint: 'Indent it with 8 spaces, as the fields around it: kind: meal',
  },
  {
    name: 'a key indented one space too little',
    text: plant('        kind: meal\n', '       kind: meal\n'),
    at: '23:1',
    message: '"kind" is indented 7 spaces, one fewer than the field above it (8); YAML reads indentation as structure',
    hint: 'Indent it with 8 spaces, as the fields around it: kind: meal',
  },
  {
    name: 'no space after a colon',
    text: plant('title: Обед\n', 'title:Обед\n'),
    at: '22:14',
    message: 'there is no space after the colon of "title:", so YAML reads "title:Обед" as one piece of text',
    hint: 'Put a space after the colon: title: Обед',
  },
  {
    name: 'no space after a dash',
    text: plant('      - id: lunch\n', '      -id: lunch\n'),
    at: '19:7',
    message: 'a list item needs a space after its dash; without it YAML reads the dash as part of the text',
    hint: 'Put a space after the dash: - id: lunch',
  },
  {
    name: 'an unclosed double quote',
    text: plant('title: Обед\n', 'title: "Обед\n'),
    at: '22:16',
    message: 'the double quote opened on this line is never closed, so YAML reads the lines after it as part of the value',
    hint: 'Close the quote at the end of the value: title: "Обед"',
  },
  {
    name: 'an unclosed single quote',
    text: plant('title: Обед\n', "title: 'Обед\n"),
    at: '22:16',
    message: 'the single quote opened on this line is never closed, so YAML reads the lines after it as part of the value',
    hint: "Close the quote at the end of the value: title: 'Обед'",
  },
  {
    name: 'an unclosed brace',
    text: plant('kind: hotel }', 'kind: hotel'),
    at: '15:5',
    message: 'the brace { opened on this line is never closed',
    hint: 'Close it at the end of the line: - { id: hotel, name: Отель, kind: hotel }',
  },
  {
    name: 'an unclosed bracket',
    text: plant('        attendees: [all]\n', '        attendees: [all\n'),
    at: '25:20',
    message: 'the bracket [ opened on this line is never closed',
    hint: 'Close it at the end of the line: attendees: [all]',
  },
  {
    name: 'text after a closing quote',
    text: plant('title: Обед\n', 'title: "Обед" от мэра\n'),
    at: '22:16',
    message: 'the value of "title" has text after its closing quote; quotes must enclose the whole value',
    hint: 'Quote the whole value (quotes inside it stay): title: \'"Обед" от мэра\'',
  },
  {
    name: 'a backslash in double quotes',
    text: plant('title: Обед\n', 'title: "Обед\\Ужин"\n'),
    at: '22:21',
    message: 'a backslash inside double quotes starts an escape sequence, and "\\У" is none',
    hint: "Use single quotes, where a backslash is an ordinary character: title: 'Обед\\Ужин'",
  },
  {
    name: 'a value starting with @',
    text: plant('title: Обед\n', 'title: @мэрия\n'),
    at: '22:16',
    message: 'the value of "title" starts with @, which YAML reserves; such a value must be in quotes',
    hint: 'Put the value in double quotes: title: "@мэрия"',
  },
  {
    name: 'a duplicate key',
    text: plant('        kind: meal\n', '        kind: meal\n        title: Ужин\n'),
    at: '24:9',
    message: 'the key "title" appears twice in the same mapping',
    hint: 'Keep one of them: YAML would silently drop the first value.',
  },
];

describe('YAML slips', () => {
  it('the clean programme has no yaml-syntax finding', () => {
    expect(checkText(CLEAN).diagnostics.filter((d) => d.rule === 'yaml-syntax')).toEqual([]);
  });
  for (const c of CASES) {
    it(c.name, () => {
      const findings = checkText(c.text).diagnostics.map((d) => ({ at: `${d.line}:${d.column}`, rule: d.rule, message: d.message, hint: d.hint }));
      expect(findings).toEqual([{ at: c.at, rule: 'yaml-syntax', message: c.message, hint: c.hint }]);
    });
  }

  it('two slips in one file: two findings, nothing about the lines after them', () => {
    const text = plant('title: Обед\n', 'title: Обед: от имени мэра\n').replace('        kind: meal\n', '\tkind: meal\n');
    const findings = checkText(text).diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}`);
    expect(findings).toEqual(['22:16 yaml-syntax', '23:1 yaml-syntax']);
  });

  it('a value cut by " #": a warning with the value quoted, and the other rules still run', () => {
    const text = plant('title: Обед\n', 'title: Обед в зале #3 ресторана\n');
    expect(checkText(text).diagnostics.map((d) => ({ at: `${d.line}:${d.column}`, rule: d.rule, severity: d.severity, message: d.message, hint: d.hint }))).toEqual([
      {
        at: '22:16',
        rule: 'yaml-syntax',
        severity: 'warning',
        message: 'the value of "title" stops before "#3 ресторана": in YAML a # after a space starts a comment, so the value reads "Обед в зале"; a value with # in it must be in quotes',
        hint: 'Put the whole value in double quotes: title: "Обед в зале #3 ресторана"',
      },
    ]);
    // In a list item, with the other rules' findings next to it.
    const item = plant('  - { id: hotel, name: Отель, kind: hotel }\n', '  - { id: hotel, name: Отель, kind: hotel }\n  - id: hall\n    name: Зал #2\n    kind: venu\n');
    expect(checkText(item).diagnostics.map((d) => `${d.line}:${d.column} ${d.rule} ${d.severity} ${d.rule === 'yaml-syntax' ? d.hint : d.message}`)).toEqual([
      '17:11 yaml-syntax warning Put the whole value in double quotes: name: "Зал #2"',
      '18:11 schema error expected a kind: one of hotel, venue, office, factory, airport, station, restaurant, other; found "venu"',
    ]);
  });

  it('validate shows the tab as → in the excerpt, with one finding', () => {
    const dir = mkdtempSync(join(tmpdir(), 'delegation-tab-'));
    try {
      const file = join(dir, 'visit.yaml');
      writeFileSync(file, plant('        kind: meal\n', '\tkind: meal\n'));
      const { status, stdout } = runCli(['validate', file]);
      expect(status).toBe(1);
      expect(stdout).toContain('this line is indented with a tab; YAML allows only spaces for indentation');
      expect(stdout).toMatch(/> 23 \| →kind: meal/);
      expect(stdout.match(/ error /g)).toHaveLength(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a comment that is one: no finding', () => {
    for (const comment of ['title: Обед # at the hotel', 'title: Обед  #', 'title: Обед ## note', 'title: "Обед #3"', "title: 'Обед #3'", 'title: Обед#3', 'title: obed #3']) {
      expect(checkText(plant('title: Обед\n', `${comment}\n`)).diagnostics, comment).toEqual([]);
    }
  });

  it('a cut value on a line of personal data: neither the message nor the hint shows it', () => {
    const text = plant('  - { id: rudenya, name: Игорь Руденя, org: tver, role: head }\n', '  - id: rudenya\n    name: Игорь Руденя\n    org: tver\n    role: head\n    passport: { name: RUDENIA IGOR, number: "750000001", expires: 2030-01-01 }\n    diet: Халяль, без свинины #strict\n');
    const cut = checkText(text).diagnostics.filter((d) => d.rule === 'yaml-syntax');
    expect(cut).toHaveLength(1);
    expect(`${cut[0]!.message} ${cut[0]!.hint}`).not.toMatch(/Халяль|свинины|strict/);
    // In a report in Russian or Chinese too, in its words.
    const labels = loadLabels(undefined, ['ru', 'zh']);
    const ru = localizeDiagnostic(cut[0]!, findingLanguage('ru', labels.ru!));
    expect(ru.message).toBe('значение обрывается перед « #»: в YAML знак # после пробела начинает комментарий; значение со знаком # нужно взять в кавычки (само значение не показано: это персональные данные)');
    expect(localizeDiagnostic(cut[0]!, findingLanguage('zh', labels.zh!)).message).toMatch(/^该值在 “ #” 之前就断开了/);
    expect(`${ru.message} ${ru.hint}`).not.toMatch(/Халяль|свинины|strict/);
  });

  it('docs/yaml-errors.md has a row for every code of the yaml parser', () => {
    const declared = readFileSync(join(import.meta.dirname, '..', 'node_modules', 'yaml', 'dist', 'errors.d.ts'), 'utf8');
    const codes = [...(/type ErrorCode = ([^;]+);/.exec(declared)?.[1] ?? '').matchAll(/'([A-Z_0-9]+)'/g)].map((m) => m[1]!);
    expect(codes.length).toBeGreaterThan(20);
    const page = readFileSync(join(import.meta.dirname, '..', 'docs', 'yaml-errors.md'), 'utf8');
    expect(codes.filter((code) => !page.includes(`| \`${code}\``))).toEqual([]);
    for (const [code, { message }] of Object.entries(genericMessages())) {
      expect(page, code).toContain(`| \`${code}\` | ${message} |`);
    }
  });
});
