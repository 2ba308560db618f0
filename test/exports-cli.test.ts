// The export commands end to end through the built bin/delegation.js: outputs, privacy, refusals,
// file writing, and independence from the machine's time zone.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, describe, expect, it } from 'vitest';
import { agenda } from '../src/commands/agenda.js';
import { exportCsv } from '../src/commands/csv.js';
import { exportIcs } from '../src/commands/ics.js';
import { renderAgendaTables, renderWhereTable } from '../src/render/agenda-table.js';
import { CSV_LISTS } from '../src/render/csv.js';
import { FIXTURE_DIR } from './helpers/export-golden.js';

const BIN = join(import.meta.dirname, '..', 'bin', 'delegation.js');
const VISIT = join(FIXTURE_DIR, 'visit.yaml');
const work = mkdtempSync(join(tmpdir(), 'delegation-exports-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', TZ: 'UTC', NO_COLOR: '1', ...env },
    cwd: work,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Sensitive values of the fixture: a passport number, a private phone and e-mail, a diet.
const CANARIES = ['759990001', '759990002', '999 111-22-33', 'canary.private@example.org', 'CANARYDIET', 'IVANOV IVAN'];

for (const canary of CANARIES) if (!readFileSync(VISIT, 'utf8').includes(canary)) throw new Error(`the fixture lacks the canary ${canary}`);

function withoutCanaries(text: string, what: string) {
  for (const canary of CANARIES) expect(text.includes(canary), `${canary} in ${what}`).toBe(false);
}

describe('privacy of every export', () => {
  it('never shows a passport, private phone or e-mail, or diet without --include-sensitive', () => {
    // Every list, language and agenda view through the command layer (in process: fast) …
    for (const lang of ['ru', 'en', 'zh']) {
      for (const list of CSV_LISTS) {
        for (const excel of [false, true]) withoutCanaries(exportCsv({ file: VISIT, cwd: work, list, lang, excel }).content, `csv ${list} ${lang}`);
      }
      withoutCanaries(exportIcs({ file: VISIT, cwd: work, lang, stampMs: 0 }).calendars[0]!.content, `ics ${lang}`);
      for (const c of exportIcs({ file: VISIT, cwd: work, lang, stampMs: 0, allPeople: true }).calendars) withoutCanaries(c.content, `ics ${c.fileName}`);
      for (const options of [{}, { person: 'ivanov' }, { date: '2023-11-21', at: '15:00' }, { at: 'now' }]) {
        const result = agenda({ file: VISIT, cwd: work, lang, nowMs: Date.UTC(2023, 10, 21, 7), ...options });
        const data = result.kind === 'agenda' ? result.agenda : result.where;
        withoutCanaries(JSON.stringify(data), `agenda ${JSON.stringify(options)}`);
        const table = result.kind === 'agenda' ? renderAgendaTables(result.agenda, { width: 80, labels: result.labels }) : renderWhereTable(result.where, { width: 80, labels: result.labels });
        withoutCanaries(table, `agenda table ${JSON.stringify(options)}`);
      }
    }
    // … and the built command's stdout and stderr.
    for (const args of [['agenda', VISIT, '--json'], ['ics', VISIT, '--person', 'ivanov'], ['csv', VISIT, '--list', 'people', '--excel'], ['csv', VISIT, '--list', 'contacts']]) {
      const result = run(args);
      expect(result.code, args.join(' ') + result.stderr).toBe(0);
      withoutCanaries(result.stdout + result.stderr, args.join(' '));
    }
  });

  it('never writes them into the per-person calendars either', () => {
    const dir = join(work, 'calendars-private');
    expect(run(['ics', VISIT, '--all-people', '-o', dir]).code).toBe(0);
    for (const file of readdirSync(dir)) withoutCanaries(readFileSync(join(dir, file), 'utf8'), file);
  });

  it('adds passports to the people and rooming lists with --include-sensitive', () => {
    for (const list of ['people', 'rooming']) {
      const result = run(['csv', VISIT, '--list', list, '--include-sensitive']);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('759990001');
      expect(result.stdout).toContain('IVANOV IVAN');
    }
    const people = run(['csv', VISIT, '--list', 'people', '--include-sensitive']).stdout;
    expect(people).toContain('canary.private@example.org');
    expect(people).toContain('CANARYDIET');
  });
});

describe('delegation ics', () => {
  it('prints one calendar to stdout, the same under any machine zone', () => {
    const utc = run(['ics', VISIT, '--now', '2023-11-14T09:00Z']);
    const shanghai = run(['ics', VISIT, '--now', '2023-11-14T09:00Z'], { TZ: 'Asia/Shanghai' });
    const la = run(['ics', VISIT, '--now', '2023-11-14T09:00Z'], { TZ: 'America/Los_Angeles' });
    expect(utc.code).toBe(0);
    expect(shanghai.stdout).toBe(utc.stdout);
    expect(la.stdout).toBe(utc.stdout);
    expect(utc.stdout.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(utc.stdout).toContain('DTSTAMP:20231114T090000Z');
  });

  it('takes DTSTAMP from SOURCE_DATE_EPOCH when --now is not given', () => {
    const result = run(['ics', VISIT], { SOURCE_DATE_EPOCH: '1700000000' });
    expect(result.stdout).toContain('DTSTAMP:20231114T221320Z');
  });

  it('writes one file per person with --all-people -o DIR', () => {
    const dir = join(work, 'calendars');
    const result = run(['ics', VISIT, '--all-people', '-o', dir, '--lang', 'zh']);
    expect(result.code, result.stderr).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['chen.ics', 'ivanov.ics', 'li.ics', 'petrova.ics', 'smith.ics', 'wang.ics']);
    const wang = new ICAL.Component(ICAL.parse(readFileSync(join(dir, 'wang.ics'), 'utf8')));
    expect(wang.getAllSubcomponents('vevent').map((e) => e.getFirstPropertyValue('uid'))).toEqual([
      'tver-shenyang-2023.talks@delegation', 'tver-shenyang-2023.dinner@delegation', 'tver-shenyang-2023.signing@delegation',
    ]);
    // --lang sets the language of the messages too.
    expect(result.stderr).toContain('写入 6 个日历');
  });

  it('asks for a folder with --all-people and refuses an unknown person', () => {
    const all = run(['ics', VISIT, '--all-people']);
    expect(all.code).toBe(2);
    expect(all.stderr).toContain('-o DIR');
    const unknown = run(['ics', VISIT, '--person', 'ivanow']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no person with id "ivanow"');
    expect(unknown.stderr).toContain('--person ivanov');
    expect(unknown.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('delegation csv', () => {
  it('writes Excel\'s variant to a file', () => {
    const out = join(work, 'transport.csv');
    const result = run(['csv', VISIT, '--list', 'transport', '--excel', '--lang', 'ru', '-o', out]);
    expect(result.code, result.stderr).toBe(0);
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('Дата;Начало;Окончание');
    expect(bytes.toString('utf8')).toContain(';辽A·12345;');
  });

  it('names the lists on a wrong --list', () => {
    const result = run(['csv', VISIT, '--list', 'hotels']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('people, contacts, transport, rooming, agreements');
  });
});

describe('delegation agenda', () => {
  it('answers where everyone is at 15:00 tomorrow', () => {
    const result = run(['agenda', VISIT, '--date', 'tomorrow', '--at', '15:00', '--lang', 'en', '--now', '2023-11-20T12:00+03:00']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Tue 2023-11-21 15:00 (Asia/Shanghai)');
    expect(result.stdout).toContain('Talks with the provincial');
    expect(result.stdout).toContain('whole delegation');
  });

  it('answers "now" as JSON', () => {
    const result = run(['agenda', VISIT, '--at', 'now', '--json', '--now', '2023-11-20T18:00Z']);
    const where = JSON.parse(result.stdout) as { at: { iso: string }; people: { id: string; status: string; event?: { id: string } }[] };
    expect(where.at.iso).toBe('2023-11-21T02:00:00+08:00');
    expect(where.people.map((p) => [p.id, p.status, p.event?.id])).toEqual([
      ['ivanov', 'event', 'flight-out'], ['smith', 'event', 'flight-out'], ['petrova', 'event', 'flight-out'], ['chen', 'event', 'flight-out'],
    ]);
  });

  it('fits 80 columns when piped and the width asked for', () => {
    for (const [args, width] of [[[], 80], [['--width', '60'], 60]] as const) {
      const result = run(['agenda', VISIT, '--lang', 'zh', ...args]);
      for (const line of result.stdout.split('\n')) expect([...line].reduce((w, ch) => w + (ch.codePointAt(0)! >= 0x2e80 ? 2 : 1), 0)).toBeLessThanOrEqual(width);
    }
  });

  it('explains a date outside the programme and a bad --at', () => {
    const date = run(['agenda', VISIT, '--date', '2023-12-01']);
    expect(date.code).toBe(2);
    expect(date.stderr).toContain('the programme has no day 2023-12-01 (the programme runs 2023-11-20 … 2023-11-23)');
    const at = run(['agenda', VISIT, '--date', '2023-11-21', '--at', '25:00']);
    expect(at.code).toBe(2);
    expect(at.stderr).toContain('cannot read --at "25:00"');
    const lang = run(['agenda', VISIT, '--lang', 'zn']);
    expect(lang.code).toBe(2);
    expect(lang.stderr).toContain('this visit is written in ru, en, zh');
  });
});

describe('refusing a broken itinerary', () => {
  const broken = join(work, 'broken.yaml');
  writeFileSync(broken, readFileSync(VISIT, 'utf8').replace('        place: restaurant\n', '        place: restaurnt\n'));

  it('prints the findings and exits 1 in every command, writing nothing', () => {
    const out = join(work, 'never.ics');
    for (const args of [['ics', broken, '-o', out], ['csv', broken, '--list', 'people', '-o', out], ['agenda', broken]]) {
      const result = run(args);
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.stderr).toContain('unknown-reference');
      expect(result.stderr).toContain('restaurnt');
      expect(result.stderr).toContain('pass --force');
      expect(result.stdout).toBe('');
      expect(existsSync(out)).toBe(false);
    }
  });

  it('goes ahead with --force, with a warning', () => {
    const result = run(['csv', broken, '--list', 'people', '--force']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('ivanov');
    expect(result.stderr).toContain('written anyway because of --force');
  });

  it('follows the configuration as validate does', () => {
    const config = join(work, 'lenient.config.yaml');
    writeFileSync(config, 'rules:\n  unknown-reference: warning\n');
    const result = run(['csv', broken, '--list', 'people', '--config', config]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toBe('');
    const strict = join(work, 'strict.config.yaml');
    writeFileSync(strict, 'rules:\n  no-b2b: error\n');
    const refused = run(['agenda', VISIT, '--config', strict]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('no-b2b');
  });

  it('cannot force a file that is not an itinerary at all', () => {
    const junk = join(work, 'junk.yaml');
    writeFileSync(junk, 'format: delegation/1\nvisit: [\n');
    const result = run(['ics', junk, '--force']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('yaml-syntax');
    expect(result.stderr).toContain('even with --force');
  });
});

describe('writing files', () => {
  it('never writes over the input, also through a symbolic link', () => {
    const input = join(work, 'input.yaml');
    writeFileSync(input, readFileSync(VISIT));
    const link = join(work, 'link.ics');
    symlinkSync(input, link);
    for (const target of [input, link]) {
      const result = run(['ics', input, '-o', target]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('refusing to write');
    }
    expect(readFileSync(input, 'utf8')).toBe(readFileSync(VISIT, 'utf8'));
  });

  it('reports an unwritable path with exit 2 and leaves no partial file', () => {
    const missing = run(['csv', VISIT, '--list', 'people', '-o', join(work, 'no-such-folder', 'people.csv')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot write');
    expect(missing.stderr).not.toMatch(/\n\s+at /);
    if (process.getuid?.() !== 0) {
      const locked = join(work, 'locked');
      rmSync(locked, { recursive: true, force: true });
      run(['ics', VISIT, '--all-people', '-o', locked]);
      chmodSync(locked, 0o500);
      const denied = run(['csv', VISIT, '--list', 'people', '-o', join(locked, 'people.csv')]);
      expect(denied.code).toBe(2);
      expect(denied.stderr).toContain('permission denied');
      chmodSync(locked, 0o700);
    }
    const file = join(work, 'a-file');
    writeFileSync(file, 'x');
    const notFolder = run(['ics', VISIT, '--all-people', '-o', join(file, 'sub')]);
    expect(notFolder.code).toBe(2);
    expect(notFolder.stderr).toContain('cannot create the folder');
    expect(readdirSync(work).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('replaces an earlier output whole and keeps its permissions', () => {
    const out = join(work, 'people.csv');
    writeFileSync(out, 'old');
    chmodSync(out, 0o600);
    expect(run(['csv', VISIT, '--list', 'people', '-o', out]).code).toBe(0);
    expect(readFileSync(out, 'utf8').startsWith('№,ID,')).toBe(true);
    expect(statSync(out).mode & 0o777).toBe(0o600);
  });

  it('writes into a folder given as -o under the calendar\'s own name', () => {
    const dir = join(work, 'one');
    run(['ics', VISIT, '--all-people', '-o', dir]);
    rmSync(join(dir, 'ivanov.ics'));
    const result = run(['ics', VISIT, '--person', 'ivanov', '-o', dir]);
    expect(result.code, result.stderr).toBe(0);
    expect(existsSync(join(dir, 'ivanov.ics'))).toBe(true);
  });
});
