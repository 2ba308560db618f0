// End to end through the built CLI: configuration files, --config, inline suppressions, `delegation rules`.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '..', 'bin', 'delegation.js');
const ITINERARY = join(import.meta.dirname, 'fixtures', 'config', 'itinerary.yaml');

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'delegation-cli-config-'));
  // A repository root, so that no config above the temporary folder can apply.
  mkdirSync(join(root, '.git'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function run(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function write(path: string, text: string) {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
}

function itinerary(path: string) {
  mkdirSync(join(root, path, '..'), { recursive: true });
  copyFileSync(ITINERARY, join(root, path));
}

interface JsonReport {
  files: { file: string; diagnostics: { rule: string; severity: string; line: number; column: number; message: string }[] }[];
  errors: number;
  warnings: number;
}

function validateJson(args: string[]) {
  const result = run(['validate', '--format', 'json', ...args]);
  return { ...result, report: result.stdout ? (JSON.parse(result.stdout) as JsonReport) : undefined };
}

const brief = (report: JsonReport | undefined) =>
  report?.files.flatMap((f) => f.diagnostics.map((d) => `${f.file}:${d.line}:${d.column} ${d.severity} ${d.rule}`));

describe('validate with a configuration', () => {
  it('without a config: the day-order warning, exit 0', () => {
    itinerary('trip.yaml');
    const { status, report } = validateJson(['trip.yaml']);
    expect(brief(report)).toEqual(['trip.yaml:28:16 warning day-order']);
    expect(status).toBe(0);
  });

  it('a warning made an error changes the exit code', () => {
    itinerary('trip.yaml');
    write('delegation.config.yaml', 'rules:\n  day-order: error\n');
    const { status, report } = validateJson(['trip.yaml']);
    expect(brief(report)).toEqual(['trip.yaml:28:16 error day-order']);
    expect(status).toBe(1);
  });

  it('off removes the findings', () => {
    itinerary('trip.yaml');
    write('delegation.config.yaml', 'rules:\n  day-order: off\n');
    const { status, report } = validateJson(['trip.yaml']);
    expect(brief(report)).toEqual([]);
    expect(status).toBe(0);
  });

  it('each itinerary follows its nearest config; a config beside an itinerary in a sub-folder wins there', () => {
    itinerary('a.yaml');
    itinerary('visits/china/b.yaml');
    itinerary('visits/other/c.yaml');
    write('delegation.config.yaml', 'rules: { day-order: error }\n');
    write('visits/china/delegation.config.yaml', 'rules: { day-order: off }\n');
    const { status, report } = validateJson(['.']);
    expect(brief(report)).toEqual(['a.yaml:28:16 error day-order', 'visits/other/c.yaml:28:16 error day-order']);
    expect(report?.files.map((f) => f.file)).toEqual(['a.yaml', 'visits/china/b.yaml', 'visits/other/c.yaml']);
    expect(status).toBe(1);
  });

  it('--config overrides the search; --no-config ignores every config', () => {
    itinerary('visits/trip.yaml');
    write('visits/delegation.config.yaml', 'rules: { day-order: error }\n');
    write('ci/quiet.yaml', 'rules: { day-order: off }\n');
    expect(brief(validateJson(['--config', 'ci/quiet.yaml', 'visits']).report)).toEqual([]);
    expect(brief(validateJson(['--no-config', 'visits']).report)).toEqual(['visits/trip.yaml:28:16 warning day-order']);
    expect(brief(validateJson(['visits']).report)).toEqual(['visits/trip.yaml:28:16 error day-order']);
  });

  it('stops at the repository root', () => {
    itinerary('repo/trip.yaml');
    mkdirSync(join(root, 'repo', '.git'));
    write('delegation.config.yaml', 'rules: { day-order: error }\n');
    expect(brief(validateJson(['repo']).report)).toEqual(['repo/trip.yaml:28:16 warning day-order']);
  });

  it('a malformed config: exit 2, a message with file:line:col and a suggestion, nothing on stdout', () => {
    itinerary('trip.yaml');
    write('delegation.config.yaml', 'rules:\n  day-order: error\n  meal-gaps: off\noptions:\n  long-day-hour: 12\n  check-in-minutes: soon\n');
    const { status, stdout, stderr } = run(['validate', 'trip.yaml']);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      [
        'delegation: delegation.config.yaml is not a valid configuration:',
        '  delegation.config.yaml:3:3  unknown rule "meal-gaps" (did you mean "meal-gap"?)',
        '  delegation.config.yaml:5:3  unknown option "long-day-hour" (did you mean "long-day-hours"?)',
        '  delegation.config.yaml:6:21  check-in-minutes: expected a whole number of minutes from 0 to 600, found "soon"',
        '  Rule ids: `delegation rules`; every key and option: docs/configuration.md.',
        '',
      ].join('\n'),
    );
  });

  it('a malformed config in the language of the run: each problem worded in it, at its line and column', () => {
    itinerary('trip.yaml');
    write('delegation.config.yaml', 'rules:\n  day-order: error\n  meal-gaps: off\noptions:\n  long-day-hour: 12\n  check-in-minutes: soon\n  passport-months: 200\n');
    const ru = run(['validate', '--lang', 'ru', 'trip.yaml']);
    expect(ru.status).toBe(2);
    expect(ru.stderr.split('\n').slice(0, 5)).toEqual([
      'delegation: delegation.config.yaml — некорректная конфигурация:',
      '  delegation.config.yaml:3:3  неизвестное правило «meal-gaps» (может быть, имелось в виду «meal-gap»?)',
      '  delegation.config.yaml:5:3  неизвестный параметр «long-day-hour» (может быть, имелось в виду «long-day-hours»?)',
      '  delegation.config.yaml:6:21  check-in-minutes: ожидается целое число минут от 0 до 600, а указано: "soon"',
      '  delegation.config.yaml:7:20  passport-months: ожидается целое число месяцев от 0 до 120, а указано: 200',
    ]);
    const zh = run(['validate', '--lang', 'zh', 'trip.yaml']);
    expect(zh.stderr).toContain('  delegation.config.yaml:7:20  passport-months：应为 0 至 120 之间的整数（单位：月），实际为200\n');
  });

  it('a value of the wrong kind is named in the language of the run, as English names it', () => {
    itinerary('trip.yaml');
    write('delegation.config.yaml', 'rules:\n  meal-gap: [warn]\n  day-order: true\noptions:\n  long-day-hours: .nan\n  road-factor: { a: 1 }\n');
    const problems = (lang: string) => run(['validate', '--lang', lang, 'trip.yaml']).stderr.split('\n').slice(1, 5);
    expect(problems('en')).toEqual([
      '  delegation.config.yaml:2:13  meal-gap: expected error, warning or off, found a list',
      '  delegation.config.yaml:3:14  day-order: expected error, warning or off, found true (a yes/no value)',
      expect.stringMatching(/^ {2}delegation\.config\.yaml:5:19 {2}long-day-hours: .*, found \.nan \(YAML for "not a number"\)$/),
      expect.stringMatching(/^ {2}delegation\.config\.yaml:6:16 {2}road-factor: .*, found a mapping$/),
    ]);
    expect(problems('ru')).toEqual([
      '  delegation.config.yaml:2:13  meal-gap: ожидается error, warning или off, а указано: список',
      '  delegation.config.yaml:3:14  day-order: ожидается error, warning или off, а указано: true (значение «да/нет»)',
      expect.stringMatching(/long-day-hours: .*, а указано: \.nan \(так YAML пишет «не число»\)$/),
      expect.stringMatching(/road-factor: .*, а указано: блок «ключ: значение»$/),
    ]);
    expect(problems('zh').join('\n')).not.toMatch(/a list|a mapping|yes\/no|not a number/);
  });

  it('a config that is not YAML: exit 2 with the position', () => {
    itinerary('trip.yaml');
    write('delegation.config.yaml', 'rules:\n\tday-order: error\n');
    const { status, stderr } = run(['validate', 'trip.yaml']);
    expect(status).toBe(2);
    expect(stderr).toMatch(/^delegation: delegation\.config\.yaml is not a valid configuration:\n {2}delegation\.config\.yaml:2:1 {2}/);
  });

  it('a config that is not YAML, its problem worded in the language of the run', () => {
    itinerary('trip.yaml');
    write('delegation.config.yaml', 'rules:\n  meal-gap: [warn\n');
    const second = (lang: string) => run(['validate', '--lang', lang, 'trip.yaml']).stderr.split('\n')[1];
    expect(second('en')).toBe('  delegation.config.yaml:2:13  the bracket [ opened on this line is never closed');
    expect(second('ru')).toBe('  delegation.config.yaml:2:13  квадратная скобка [, открытая в этой строке, не закрыта');
    expect(second('zh')).toBe('  delegation.config.yaml:2:13  此行打开的方括号 [ 没有闭合');
  });

  it('a missing --config file: exit 2', () => {
    itinerary('trip.yaml');
    const { status, stderr } = run(['validate', '--config', 'nope.yaml', 'trip.yaml']);
    expect(status).toBe(2);
    expect(stderr).toContain('delegation: configuration nope.yaml: no such file or folder');
  });

  it('every command that reads an itinerary takes --config and --no-config', () => {
    itinerary('trip.yaml');
    write('broken.yaml', 'rules: { schema: never }\n');
    const commands: string[][] = [
      ['brief', 'trip.yaml', '-o', 'brief.html'], ['day-sheets', 'trip.yaml', '-o', 'sheets'], ['pocket', 'trip.yaml', '-o', 'pocket'], ['timetable', 'trip.yaml', '-o', 'timetable'],
      ['diff', 'trip.yaml', 'trip.yaml'], ['add', 'place', 'trip.yaml', '--yes', '--name', 'Hall', '--kind', 'venue', '--dry-run'],
      ['agenda', 'trip.yaml'], ['ics', 'trip.yaml', '-o', 'trip.ics'], ['csv', 'trip.yaml', '--list', 'people'],
    ];
    for (const args of commands) {
      // A broken configuration named with --config stops the command (exit 2) …
      const broken = run([...args, '--config', 'broken.yaml']);
      expect(broken.status, args.join(' ')).toBe(2);
      expect(broken.stderr, args.join(' ')).toContain('broken.yaml:1:18');
      // … and --no-config is accepted.
      const none = run([...args, '--no-config']);
      expect(none.stderr, args.join(' ')).not.toContain('unknown option');
      expect(none.status, `${args.join(' ')}: ${none.stderr}`).not.toBe(2);
    }
  }, 240_000);

  it('does not read the config file as an itinerary', () => {
    itinerary('trip.yaml');
    write('delegation.config.yaml', 'rules: {}\n');
    expect(validateJson(['.']).report?.files.map((f) => f.file)).toEqual(['trip.yaml']);
  });
});

describe('validate with inline suppressions', () => {
  const text = (comment: string) => {
    const lines = itineraryText().split('\n');
    lines.splice(27, 0, comment);
    return lines.join('\n');
  };

  it('a suppression with a reason hides the finding; exit 0 with no problems', () => {
    write('trip.yaml', text('        # delegation-disable-next-line day-order -- breakfast is listed after the meeting on purpose'));
    write('delegation.config.yaml', 'rules: { day-order: error }\n');
    const { status, stdout } = run(['validate', 'trip.yaml']);
    expect(stdout).toBe('1 file checked: no problems\n');
    expect(status).toBe(0);
  });

  it('a suppression without a reason keeps the finding and is reported in the pretty output', () => {
    write('trip.yaml', text('        # delegation-disable-next-line day-order'));
    const { status, stdout } = run(['validate', 'trip.yaml']);
    expect(stdout).toContain('trip.yaml:28:9  warning  "delegation-disable-next-line day-order" has no reason, so it suppresses nothing  unused-suppression');
    expect(stdout).toContain('trip.yaml:29:16  warning');
    expect(stdout).toContain('⚠ 2 problems (0 errors, 2 warnings) in 1 file');
    expect(status).toBe(0);
  });

  it('an unused suppression is a warning that --max-warnings counts, and appears in SARIF with its rule', () => {
    write('trip.yaml', text('        # delegation-disable-next-line day-order, time-order -- draft'));
    const { report, status } = validateJson(['--max-warnings', '0', 'trip.yaml']);
    expect(brief(report)).toEqual(['trip.yaml:28:51 warning unused-suppression']);
    expect(status).toBe(1);
    const sarif = JSON.parse(run(['validate', '--format', 'sarif', 'trip.yaml']).stdout) as {
      runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string; ruleIndex?: number }[] }[];
    };
    const run0 = sarif.runs[0]!;
    expect(run0.results).toHaveLength(1);
    expect(run0.tool.driver.rules[run0.results[0]!.ruleIndex!]?.id).toBe('unused-suppression');
  });
});

describe('delegation rules', () => {
  it('lists every rule in a table that fits 80 columns', () => {
    const { status, stdout } = run(['rules']);
    expect(status).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('Configuration: none (defaults); see docs/configuration.md');
    expect(lines[2]).toMatch(/^RULE +DEFAULT +DESCRIPTION$/);
    expect(lines.find((l) => l.startsWith('duplicate-id '))).toMatch(/^duplicate-id +error +An id is used twice in one collection\.$/);
    expect(lines.find((l) => l.startsWith('unused-suppression '))).toMatch(/^unused-suppression +warning +An inline suppression/);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(80);
    expect(stdout).toContain('  long-day-hours    14\n');
  });

  it('shows the effective severity and thresholds when a config applies', () => {
    write('delegation.config.yaml', 'rules:\n  day-order: warning\n  schema: off\noptions:\n  long-day-hours: 16\n');
    const { stdout } = run(['rules']);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('Configuration: delegation.config.yaml');
    expect(lines[2]).toMatch(/^RULE +DEFAULT +IN EFFECT +DESCRIPTION$/);
    expect(lines.find((l) => l.startsWith('schema '))).toMatch(/^schema +error +off +A required field/);
    expect(lines.find((l) => l.startsWith('day-order '))).toMatch(/^day-order +error +warning +Two days/);
    expect(lines.find((l) => l.startsWith('time-order '))).toMatch(/^time-order +error +error +An event/);
    expect(stdout).toContain('  long-day-hours    16  (default 14)\n');
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(80);
  });

  it('--json with --config', () => {
    write('ci/strict.yaml', 'rules: { day-order: error }\noptions: { meal-gap-hours: 5 }\n');
    const { status, stdout } = run(['rules', '--json', '--config', 'ci/strict.yaml']);
    expect(status).toBe(0);
    const listing = JSON.parse(stdout) as { config: string; rules: { id: string; defaultSeverity: string; severity: string; description: string; docs: string }[]; options: Record<string, number> };
    expect(listing.config).toBe('ci/strict.yaml');
    expect(listing.rules.find((r) => r.id === 'day-order')).toMatchObject({ defaultSeverity: 'error', severity: 'error' });
    expect(listing.rules.find((r) => r.id === 'unused-suppression')).toMatchObject({ defaultSeverity: 'warning', severity: 'warning' });
    expect(listing.rules.every((r) => r.docs.endsWith(`/docs/rules/${r.id}.md`) && r.description.length > 0)).toBe(true);
    expect(listing.options).toEqual({ 'long-day-hours': 14, 'meal-gap-hours': 5, 'check-in-minutes': 90, 'passport-months': 6, 'road-factor': 1.3, 'road-speed-kmh': 50 });
  });

  it('--no-config shows the defaults; a broken config is exit 2', () => {
    write('delegation.config.yaml', 'rules: { schema: never }\n');
    expect(run(['rules', '--no-config']).stdout.split('\n')[0]).toBe('Configuration: none (defaults); see docs/configuration.md');
    const broken = run(['rules']);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toContain('delegation.config.yaml:1:18  schema: expected error, warning or off, found "never"');
  });
});

function itineraryText(): string {
  return readFileSync(ITINERARY, 'utf8');
}
