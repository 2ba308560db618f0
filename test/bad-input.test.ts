// The corpus in test/bad-input/: each input a user might hand the command by mistake gets a clear
// message saying what is wrong and where, exit 1 (the file is wrong) or 2 (cannot read / bad usage),
// and never a JavaScript stack trace.
import { chmodSync, mkdtempSync, rmSync, writeFileSync, openSync, ftruncateSync, closeSync, mkdirSync, symlinkSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSource } from '../src/engine/check.js';
import { decodeText } from '../src/source/decode.js';
import { readFileSync } from 'node:fs';
import { runCli, STACK_TRACE, type CliResult } from './helpers/cli.js';

const corpus = join(import.meta.dirname, 'bad-input');
const temp = mkdtempSync(join(tmpdir(), 'delegation-bad-input-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function validate(path: string): CliResult {
  const result = runCli(['validate', path], { cwd: corpus });
  expect(result.stdout + result.stderr).not.toMatch(STACK_TRACE);
  expect(result.stderr).not.toContain('internal error');
  return result;
}

/** exit 1 with one finding of `rule` at line:column whose message matches. */
function expectFinding(file: string, rule: string, line: number, column: number, message: RegExp): void {
  const result = validate(file);
  expect(result.status, result.stdout + result.stderr).toBe(1);
  const first = result.stdout.split('\n')[0]!;
  expect(first).toContain(`${file}:${line}:${column}  error  `);
  expect(first).toMatch(message);
  expect(first.endsWith(`  ${rule}`)).toBe(true);
}

function expectClean(file: string): void {
  const result = validate(file);
  expect(result.stdout + result.stderr).toBe('1 file checked: no problems\n');
  expect(result.status).toBe(0);
}

describe('bad input', () => {
  it('empty file', () => expectFinding('empty.yaml', 'schema', 1, 1, /the file is empty/));
  it('whitespace only', () => expectFinding('whitespace-only.yaml', 'schema', 1, 1, /the file is empty \(only blank lines\)/));
  it('only comments', () => expectFinding('comments-only.yaml', 'schema', 1, 1, /only comments/));
  it('binary file', () => expectFinding('binary.yaml', 'yaml-syntax', 1, 6, /binary file, not YAML text/));
  it('a file saved as Windows-1251 says so', () => expectFinding('windows-1251.yaml', 'yaml-syntax', 3, 10, /not UTF-8: it looks like Windows-1251/));
  it('other invalid UTF-8 names the byte', () => expectFinding('invalid-utf8.yaml', 'yaml-syntax', 3, 13, /not valid UTF-8 \(byte 0xe9\)/));
  it('alias bomb', () => expectFinding('alias-bomb.yaml', 'yaml-syntax', 2, 8, /alias bomb/));
  it('10,000-deep flow nesting', () => expectFinding('deep-flow.yaml', 'yaml-syntax', 1, 68, /nested more than 64 levels/));
  it('10,000-deep block nesting (- - - …)', () => expectFinding('deep-block.yaml', 'yaml-syntax', 2, 1, /nested more than 64 levels/));
  it('several documents in one file', () => expectFinding('several-documents.yaml', 'yaml-syntax', 2, 1, /several YAML documents/));
  it('custom tags are refused, not run', () => expectFinding('custom-tag.yaml', 'yaml-syntax', 2, 8, /custom YAML tags are not allowed.*!!js\/function/));

  describe('text in another encoding is named, with the command that converts it', () => {
    const cases: [string, string, string][] = [
      ['utf32le-bom.yaml', 'UTF-32 \\(little-endian\\), not UTF-8', 'UTF-32LE'],
      ['utf32be-bom.yaml', 'UTF-32 \\(big-endian\\), not UTF-8', 'UTF-32BE'],
      ['utf32le.yaml', 'UTF-32 \\(little-endian\\) without a byte order mark', 'UTF-32LE'],
      ['utf32be.yaml', 'UTF-32 \\(big-endian\\) without a byte order mark', 'UTF-32BE'],
      ['utf16le-no-bom.yaml', 'UTF-16 \\(little-endian\\) without a byte order mark', 'UTF-16LE'],
      ['utf16be-no-bom.yaml', 'UTF-16 \\(big-endian\\) without a byte order mark', 'UTF-16BE'],
    ];
    it.each(cases)('%s', (file, named, iconv) => {
      expectFinding(file, 'yaml-syntax', 1, 1, new RegExp(`the file is saved as ${named}`));
      const result = validate(file);
      expect(result.stdout).toContain(`hint: Re-save it as UTF-8 (in Notepad: Save As → Encoding: UTF-8), or convert it: iconv -f ${iconv} -t UTF-8 old.yaml > new.yaml`);
      expect(result.stdout).not.toContain('binary file');
    });
  });

  describe('YAML 1.1 types are named, not called a mapping', () => {
    it('!!binary', () => expectFinding('tag-binary.yaml', 'yaml-syntax', 8, 9, /!!binary marks binary data \(base64\), a YAML 1.1 type an itinerary does not use/));
    it('!!set', () => expectFinding('tag-set.yaml', 'yaml-syntax', 20, 131, /!!set marks a set, a YAML 1.1 type/));
    it('!!timestamp', () => {
      expectFinding('tag-timestamp.yaml', 'yaml-syntax', 5, 9, /!!timestamp marks a date-time value, a YAML 1.1 type/);
      expect(validate('tag-timestamp.yaml').stdout).toContain('hint: Remove `!!timestamp` and write the plain value: dates as YYYY-MM-DD');
    });
  });

  it('.nan, .inf and numbers too large to hold exactly are named, with a hint', () => {
    const result = validate('special-numbers.yaml');
    expect(result.status).toBe(1);
    const lines = result.stdout.split('\n').filter((l) => l.includes('  error  '));
    expect(lines).toEqual([
      'special-numbers.yaml:7:13  error  expected an IANA time zone such as Asia/Shanghai, found .nan (YAML for "not a number")  schema',
      'special-numbers.yaml:15:81  error  expected a whole number of people, found .inf (infinity, or a number too large to hold)  schema',
      'special-numbers.yaml:20:31  error  expected a flight or train number, found 123456789012345680000 (a number too large to hold exactly)  schema',
    ]);
    expect(result.stdout).toContain('hint: YAML reads .nan and .inf as special numbers: write an ordinary number, or put text in quotes.');
    expect(result.stdout).toContain('hint: Write a smaller number; a code or number to be printed as written goes in quotes');
  });

  it('numbers out of range are said in plain words, not the validator\'s "Too big: expected number to be <=90"', () => {
    const result = validate('out-of-range.yaml');
    expect(result.status).toBe(1);
    const lines = result.stdout.split('\n').filter((l) => l.includes('  error  '));
    expect(lines).toEqual([
      'out-of-range.yaml:15:77  error  expected a latitude from -90 to 90, found 141.8  schema',
      'out-of-range.yaml:15:84  error  expected a longitude from -180 to 180, found -200  schema',
      'out-of-range.yaml:15:101  error  expected a whole number of people, found -1  schema',
    ]);
  });

  it('no finding anywhere says the validator\'s own "Too small", "Too big" or "Invalid input"', () => {
    const base = readFileSync(join(corpus, 'utf8-bom.yaml'), 'utf8');
    const edits: [RegExp, string][] = [
      [/kind: hotel \}/, 'kind: hotel, geo: [91, 181], capacity: 1.5 }'],
      [/languages: \[ru, en, zh\]/, 'languages: []'],
      [/attendees: \[all\]/, 'attendees: []'],
      [/attendees: \[all\]/, 'attendees: [all], vehicles: { car: [] }'],
      [/attendees: \[all\]/, 'attendees: [all], flight: .inf'],
      [/head: rudenya/, 'head: rudenya\n  revision: 1.5e300'],
      [/org: tver, role: head/, 'org: tver, role: head, precedence: 0'],
    ];
    for (const [from, to] of edits) {
      const text = base.replace(from, to);
      expect(text).not.toBe(base);
      const messages = checkSource(decodeText(Buffer.from(text))).diagnostics.map((d) => d.message);
      expect(messages.length, to).toBeGreaterThan(0);
      for (const message of messages) expect(message).not.toMatch(/Too (small|big)|Invalid input|expected \w+ to be [<>]/);
    }
  });

  it('__proto__ is an unknown key, and pollutes nothing', () => {
    const result = validate('proto-key.yaml');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('proto-key.yaml:2:1  error  unknown key "__proto__"  schema');
    expect(result.stdout).toContain('proto-key.yaml:3:1  error  unknown key "constructor"  schema');
    const checked = checkSource(decodeText(readFileSync(join(corpus, 'proto-key.yaml'))));
    expect(checked.diagnostics.some((d) => d.message.startsWith('unknown key "__proto__"'))).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('UTF-8 with BOM is accepted', () => expectClean('utf8-bom.yaml'));
  it('UTF-16 LE with BOM is decoded', () => expectClean('utf16le-bom.yaml'));
  it('UTF-16 BE with BOM is decoded', () => expectClean('utf16be-bom.yaml'));
  it('CRLF line ends are accepted', () => expectClean('crlf.yaml'));
  it('a %YAML 1.1 directive does not switch the schema: yes, NO, 09:30 stay strings', () => {
    expectClean('yaml-1.1-directive.yaml');
    const checked = checkSource(decodeText(readFileSync(join(corpus, 'yaml-1.1-directive.yaml'))));
    expect(checked.model?.visit?.title).toBe('yes');
    expect(checked.model?.organizations[0]?.name).toBe('NO');
    expect(checked.model?.events[0]?.start).toBe('09:30');
  });

  it('CRLF positions are the same as LF ones', () => {
    const crlf = readFileSync(join(corpus, 'crlf.yaml'), 'utf8').replace('kind: meal', 'kind: mael');
    const lf = crlf.replace(/\r\n/g, '\n');
    const at = (text: string) => checkSource(decodeText(Buffer.from(text))).diagnostics.map((d) => [d.line, d.column, d.endLine, d.endColumn]);
    expect(at(crlf)).toEqual(at(lf));
    expect(at(lf)).toHaveLength(1);
  });

  it('a missing path: exit 2', () => {
    const result = validate('no-such-file.yaml');
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('delegation: no-such-file.yaml: no such file or folder\n  Check the path; run `ls` in the folder to see the file names.\n');
  });

  it('a folder with no YAML: exit 2', () => {
    const result = validate('no-yaml');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('delegation: no-yaml: the folder has no .yaml or .yml files');
  });

  it('a directory where a file is expected (named like one): exit 2', () => {
    const result = validate('directory.yaml');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('delegation: directory.yaml: the folder has no .yaml or .yml files');
  });

  it('a 50 MB file: exit 2 with the size, before reading it', () => {
    const big = join(temp, 'big.yaml');
    const fd = openSync(big, 'w');
    ftruncateSync(fd, 50 * 1024 * 1024);
    closeSync(fd);
    const result = validate(big);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('is too large to check: 50.0 MB, the limit is 16 MB (what every command can read within 1 GB of memory)');
  });

  it('a device or pipe is refused rather than read forever: exit 2', () => {
    const result = validate('/dev/zero');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('/dev/zero is not a regular file');
  });

  it('a folder holding a pipe, a device and looping links: each is named, the rest are checked, nothing hangs', () => {
    const dir = join(temp, 'odd-entries');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a.yaml'), readFileSync(join(corpus, 'utf8-bom.yaml')));
    writeFileSync(join(dir, 'z.yaml'), readFileSync(join(corpus, 'utf8-bom.yaml'), 'utf8').replace('kind: meal', 'kind: mael'));
    execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
    symlinkSync('/dev/zero', join(dir, 'device.yaml'));
    symlinkSync('loop-b.yaml', join(dir, 'loop-a.yaml'));
    symlinkSync('loop-a.yaml', join(dir, 'loop-b.yaml'));
    const result = runCli(['validate', 'odd-entries'], { cwd: temp });
    expect(result.stdout + result.stderr).not.toMatch(STACK_TRACE);
    expect(result.status).toBe(2);
    // The readable files are checked and reported as usual.
    expect(result.stdout).toContain('odd-entries/z.yaml:20:');
    expect(result.stdout).toMatch(/2 problems|1 problem/);
    expect(result.stderr.split('\n')).toEqual([
      'delegation: odd-entries/device.yaml is not a regular file: it is a character device',
      '  Name an itinerary file (.yaml) saved on disk.',
      'delegation: odd-entries/loop-a.yaml: the symbolic link leads round in a loop (or through too many links)',
      '  Point the link at the itinerary file itself (`ls -l` shows where it leads), or remove it.',
      'delegation: odd-entries/loop-b.yaml: the symbolic link leads round in a loop (or through too many links)',
      '  Point the link at the itinerary file itself (`ls -l` shows where it leads), or remove it.',
      'delegation: odd-entries/pipe.yaml is not a regular file: it is a named pipe (FIFO)',
      '  Name an itinerary file (.yaml) saved on disk.',
      'delegation: 4 files could not be read; the others were checked',
      '',
    ]);
  });

  it('an unreadable file: exit 2', (context) => {
    const dir = join(temp, 'locked');
    mkdirSync(dir, { mode: 0o755 });
    const file = join(dir, 'locked.yaml');
    writeFileSync(file, 'format: delegation/1\n');
    chmodSync(file, 0o000);
    chmodSync(temp, 0o755);
    // root reads any file whatever its mode; run the command as the unprivileged user "nobody" then.
    const asRoot = process.getuid?.() === 0;
    const user = asRoot ? { uid: 65534, gid: 65534 } : {};
    if (asRoot) {
      const probe = runCli(['--version'], { cwd: dir, ...user });
      if (probe.status !== 0) {
        context.skip('running as root, and user "nobody" cannot run the built command from this checkout to test a denied read');
        return;
      }
    }
    const result = runCli(['validate', file], { cwd: dir, ...user });
    expect(result.stdout + result.stderr).not.toMatch(STACK_TRACE);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`delegation: ${file}: permission denied`);
  });
});
