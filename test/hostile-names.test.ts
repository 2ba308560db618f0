// Names and titles are data, never control: whatever control, C1, bidi or line-break characters a
// name holds, no terminal or text output of any command carries them raw, and no output line can be
// taken for a GitHub Actions workflow command.
import fc from 'fast-check';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliBatch } from './helpers/cli.js';
import { safeText } from '../src/text/safe.js';

const BASE = readFileSync(join(import.meta.dirname, 'fixtures', 'documents', 'small.yaml'), 'utf8');

/** Values of the fixture that reach the outputs: names, titles, places, a plate, a dress code. */
const TARGETS = [
  'Руденя Игорь Михайлович', 'Igor Rudenya', '鲁坚尼亚·伊戈尔', 'Ужин от имени принимающей стороны', 'Welcome dinner', '欢迎晚宴',
  'Шангри-Ла Шэньян', 'Shangri-La Shenyang', '沈阳香格里拉大酒店', '辽A·12345', 'Переговоры с губернатором провинции Ляонин',
  'Talks with the Governor of Liaoning', '与辽宁省省长会谈', 'Деловой костюм', 'Business suit', 'Отдел иностранных дел', 'Foreign Affairs Office',
];

const CONTROLS = [
  '\u001b[31m', '\u001b]52;c;ZXZpbA==\u0007', '\u001b]8;;https://evil.example\u001b\\', '\u009b2J', '\u0007', '\b\b\b', '\r', '\n::error::forged',
  '\n::add-mask::x', '\r\n::warning file=x::y', '\u202e', '\u2066', '\u2028', '\u0085', '\u0000', '\u007f', '\t', '%0A::error::z',
];

const HAND_WRITTEN = [
  ['escape sequences', '\u001b[2J\u001b[H\u001b]0;title\u0007'],
  ['clipboard and links', '\u001b]52;c;ZXZpbA==\u0007\u001b]8;;https://evil.example\u001b\\x\u001b]8;;\u001b\\'],
  ['C1 codes', '\u009b31m\u0090\u009d0;t\u009c\u0085'],
  ['forged log lines', '\n::error file=a.yaml,line=1::forged\n::add-mask::secret\r::warning::x'],
  ['cursor moves', '\b\b\b\r\u007f\u0007over'],
  ['bidi overrides', '\u202eevil\u202c\u2066x\u2069\u200f\u061c'],
] as const;

/** A YAML double-quoted scalar with every character outside printable ASCII escaped. */
function yamlQuote(text: string): string {
  let out = '"';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || (code >= 0x2000 && code <= 0x206f) || code === 0x61c) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return out + '"';
}

function hostile(insert: string): string {
  let text = BASE;
  for (const target of TARGETS) {
    const pattern = new RegExp(`(?<=: )${target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?= *[,}\\n])`, 'g');
    if (!text.match(pattern)) throw new Error(`fixture lacks ${target}`);
    text = text.replace(pattern, yamlQuote(`${target}${insert}${target.slice(0, 3)}`));
  }
  return text;
}

/** Raw C0 (but line feeds and tabs), C1 or bidi control characters, and CR not ending a CSV record. */
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]|\r(?!\n)/u;

function problems(output: string, github = false): string[] {
  const found: string[] = [];
  // A form feed alone on its line is the page break between text day sheets: the program's own.
  const raw = RAW_CONTROL.exec(output.replace(/^\f$/gm, ''));
  if (raw) found.push(`raw U+${raw[0].codePointAt(0)!.toString(16)} at ${raw.index}: ${JSON.stringify(output.slice(Math.max(0, raw.index - 40), raw.index + 20))}`);
  for (const line of output.split(/\r?\n/)) {
    if (github ? !/^(::(error|warning) file=[^\s:]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[^:]*::[^\n]*)?$/.test(line) : /^\s*::/.test(line)) {
      found.push(`a line a runner would take for a command: ${JSON.stringify(line)}`);
    }
  }
  return found;
}

describe('safeText', () => {
  it('shows control, C1 and bidi characters and puts a one-line field on one line', () => {
    expect(safeText('a\u001b[31mb\u0007c\u009bd\u202ee\u007f')).toBe('a␛[31mb␇c[U+009B]d[U+202E]e␡');
    expect(safeText('one\ntwo\r\nthree\rfour\u2028five\tsix')).toBe('one⏎two⏎three⏎four⏎five six');
    expect(safeText('one\r\ntwo\ttab\u001b', 'text')).toBe('one\ntwo\ttab␛');
    expect(safeText('50%\n::error::x', 'annotation')).toBe('50%25⏎::error::x');
    expect(safeText('Zhou Tao 周涛, Анна', 'csv')).toBe('Zhou Tao 周涛, Анна');
  });

  it('is idempotent and leaves no raw control character, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.constantFrom('line', 'text', 'csv', 'annotation' as const), (text, output) => {
        const once = safeText(text, output);
        if (output !== 'annotation') expect(safeText(once, output)).toBe(once);
        expect(RAW_CONTROL.test(once.replace(/\n/g, ''))).toBe(false);
        if (output !== 'text') expect(once).not.toMatch(/[\r\n]/);
      }),
      { seed: 20261201, numRuns: 500 },
    );
  });
});

describe('hostile names through every terminal and text output', () => {
  const dir = mkdtempSync(join(tmpdir(), 'delegation-hostile-'));
  const base = join(dir, 'base.yaml');
  writeFileSync(base, BASE);
  const generated = fc.sample(fc.array(fc.constantFrom(...CONTROLS), { minLength: 1, maxLength: 6 }).map((parts) => parts.join('x')), { seed: 42, numRuns: 3 });
  const cases = [...HAND_WRITTEN, ...generated.map((insert, i) => [`generated mix ${i + 1}`, insert] as const)].map(([name, insert]) => {
    const file = join(dir, `${name.replace(/\W+/g, '-')}.yaml`);
    writeFileSync(file, hostile(insert));
    return { name, file };
  });
  // A raw ESC in the source itself reaches the excerpt of the syntax error it causes.
  const rawFile = join(dir, 'raw-escape.yaml');
  writeFileSync(rawFile, BASE.replace('en: Welcome dinner', 'en: Welcome \u001b]52;c;ZXZpbA==\u0007dinner\u009b'));

  const commands = (file: string): [string, string[], boolean][] => [
    ['validate pretty', ['validate', file], false],
    ['validate github', ['validate', '--format', 'github', file], true],
    ['agenda', ['agenda', file, '--width', '100'], false],
    ['agenda --lang en', ['agenda', file, '--lang', 'en'], false],
    ['agenda --at', ['agenda', file, '--date', '2023-11-21', '--at', '10:00'], false],
    ['day-sheets txt', ['day-sheets', file, '--format', 'txt', '--lang', 'en', '-o', '-'], false],
    ['day-sheets txt ru', ['day-sheets', file, '--format', 'txt', '--all-people', '-o', '-'], false],
    ['diff text', ['diff', base, file, '--lang', 'en'], false],
    ['diff md', ['diff', base, file, '--format', 'md'], false],
    ...['people', 'contacts', 'transport', 'rooming', 'agreements'].map((list): [string, string[], boolean] => [`csv ${list}`, ['csv', file, '--list', list, '--lang', 'en'], false]),
    ['unknown person', ['agenda', file, '--person', 'nobody\u001b[2J\n::error::x'], false],
  ];
  const all = [...cases, { name: 'a raw escape in the source', file: rawFile }];
  const results = runCliBatch(all.flatMap((c) => commands(c.file).map(([, args]) => ['--no-color', ...args])));

  all.forEach((c, index) => {
    it(c.name, () => {
      const list = commands(c.file);
      list.forEach(([label, , github], i) => {
        const run = results[index * list.length + i]!;
        expect(run.stderr, label).not.toContain('harness:');
        expect(run.stderr, label).not.toContain('internal error');
        expect(problems(run.stdout, github), `${label} stdout`).toEqual([]);
        expect(problems(run.stderr), `${label} stderr`).toEqual([]);
      });
      const pretty = results[index * list.length]!.stdout;
      expect(pretty, 'the findings name the hostile people and events').toMatch(c.file === rawFile ? /␛\]52;c;ZXZpbA==␇dinner\[U\+009B\]/ : /Igor Rudenya/);
    });
  });
});
