// End to end through the built command: a programme made with init and add alone validates; add
// changes only its entry; diff names every moved event and exactly the people it affects.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkText } from './helpers/check.js';
import { gitLineDiff } from './helpers/line-diff.js';

const BIN = new URL('../bin/delegation.js', import.meta.url).pathname;
const ROOT = new URL('..', import.meta.url).pathname;
const CURATED = new URL('./fixtures/authoring/curated.yaml', import.meta.url).pathname;
const LIAONING = new URL('../itineraries/liaoning-2023.yaml', import.meta.url).pathname;

function run(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const INIT = [
  '--yes', '--title', 'ru=Визит в Ляонин', '--title', 'en=Visit to Liaoning', '--from', '2023-11-20', '--to', '2023-11-22',
  '--timezone', 'Asia/Shanghai', '--languages', 'ru,en', '--org', 'ru=Правительство Тверской области', '--org', 'en=Tver Region Government',
  '--org-id', 'tver', '--head', 'ru=Игорь Руденя', '--head', 'en=Igor Rudenya', '--head-id', 'rudenya',
  '--host', 'ru=Правительство провинции Ляонин', '--host', 'en=Liaoning Provincial Government', '--host-id', 'liaoning',
];

describe('init', () => {
  it('writes a programme that validates', () => {
    const dir = mkdtempSync(join(tmpdir(), 'e2e-init-'));
    const init = run(['init', 'visit.yaml', ...INIT], dir);
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('Wrote visit.yaml: 3 days, ru, en.');
    const validate = run(['validate', 'visit.yaml'], dir);
    expect(validate.stdout).toContain('no problems');
    expect(validate.code).toBe(0);
  });

  it('names the missing flags when it cannot ask (exit 2)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'e2e-init-'));
    const r = run(['init', 'visit.yaml', '--from', '2023-11-20'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('these answers are missing: --title, --to, --timezone, --languages, --org, --head');
  });

  it('never overwrites a file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'e2e-init-'));
    writeFileSync(join(dir, 'visit.yaml'), '# mine\n');
    const r = run(['init', 'visit.yaml', ...INIT], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('visit.yaml already exists');
    expect(readFileSync(join(dir, 'visit.yaml'), 'utf8')).toBe('# mine\n');
  });
});

describe('add', () => {
  it('adds one entry to a commented file: git diff shows only its lines', () => {
    const dir = mkdtempSync(join(tmpdir(), 'e2e-add-'));
    const file = join(dir, 'visit.yaml');
    copyFileSync(CURATED, file);
    const before = readFileSync(file);
    const r = run(['add', 'event', 'visit.yaml', '--yes', '--date', '2023-11-21', '--title', 'ru=Ужин', '--title', 'en=Dinner', '--kind', 'meal', '--start', '19:00', '--end', '21:00', '--place', 'hotel', '--attendees', 'all,li'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Added event dinner on 2023-11-21 to visit.yaml.');
    const diff = gitLineDiff(before, readFileSync(file));
    expect(diff.removed).toEqual([]);
    expect(diff.added.filter((l) => l.trim() !== '')).toEqual([
      '      - id: dinner',
      '        start: "19:00"',
      '        end: "21:00"',
      '        title: { ru: Ужин, en: Dinner }',
      '        kind: meal',
      '        place: hotel',
      '        attendees: [all, li]',
    ]);
  });

  it('refuses an entry that brings an error, shows the finding and changes nothing (exit 1)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'e2e-add-'));
    const file = join(dir, 'visit.yaml');
    copyFileSync(CURATED, file);
    const before = readFileSync(file);
    const r = run(['add', 'event', 'visit.yaml', '--yes', '--date', '2023-11-21', '--title', 'Late', '--kind', 'meal', '--start', '23:00', '--end', '22:00', '--place', 'hotel', '--attendees', 'all'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/error\s+.*ends.*time-order/);
    expect(r.stderr).toContain('Nothing was written');
    expect(r.stderr).toContain("delegation add event visit.yaml --yes --date 2023-11-21 --title Late");
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('checks flag values before anything else (exit 2)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'e2e-add-'));
    copyFileSync(CURATED, join(dir, 'visit.yaml'));
    const r = run(['add', 'event', 'visit.yaml', '--yes', '--date', '2023-12-01', '--title', 'X', '--kind', 'meal', '--start', '9.30', '--end', '10:00', '--place', 'nowhere', '--attendees', 'all'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--date "2023-12-01": not a day of the visit (2023-11-20 … 2023-11-22)');
    expect(r.stderr).toContain('--start "9.30": a time is HH:MM');
    expect(r.stderr).toContain('--place "nowhere": not in the file: nowhere');
  });
});

describe('a three-day visit with init and add alone', () => {
  it('validates with no errors', () => {
    const dir = mkdtempSync(join(tmpdir(), 'e2e-visit-'));
    const steps: string[][] = [
      ['init', 'visit.yaml', ...INIT],
      ['add', 'org', 'visit.yaml', '--yes', '--name', 'ru=Сиасун', '--name', 'en=Siasun Robot & Automation', '--id', 'siasun', '--side', 'host', '--kind', 'enterprise'],
      ['add', 'person', 'visit.yaml', '--yes', '--name', 'ru=Иван Петров', '--name', 'en=Ivan Petrov', '--org', 'tver', '--role', 'official', '--precedence', '2'],
      ['add', 'person', 'visit.yaml', '--yes', '--name', 'ru=Ли Вэй', '--name', 'en=Li Wei', '--id', 'li', '--org', 'liaoning', '--role', 'official'],
      ['add', 'person', 'visit.yaml', '--yes', '--name', 'ru=Чжан Тао', '--name', 'en=Zhang Tao', '--id', 'zhang', '--org', 'siasun', '--role', 'business'],
      ['add', 'place', 'visit.yaml', '--yes', '--name', 'ru=Аэропорт Таосянь', '--name', 'en=Taoxian Airport', '--id', 'airport', '--kind', 'airport'],
      ['add', 'place', 'visit.yaml', '--yes', '--name', 'ru=Шангри-Ла', '--name', 'en=Shangri-La', '--id', 'hotel', '--kind', 'hotel'],
      ['add', 'place', 'visit.yaml', '--yes', '--name', 'en=Siasun HQ', '--id', 'siasun-hq', '--kind', 'factory', '--capacity', '40'],
      ['add', 'vehicle', 'visit.yaml', '--yes', '--kind', 'minibus', '--id', 'van', '--seats', '12', '--driver', 'Wang Lei', '--driver-phone', '+86 138 0000 0000'],
      ['add', 'event', 'visit.yaml', '--yes', '--date', '2023-11-20', '--title', 'en=Arrival', '--kind', 'transfer', '--start', '18:00', '--end', '18:45', '--from', 'airport', '--to', 'hotel', '--attendees', 'all', '--vehicles', 'van'],
      ['add', 'event', 'visit.yaml', '--yes', '--date', '2023-11-21', '--title', 'en=Visit to Siasun', '--kind', 'visit', '--start', '10:00', '--end', '11:30', '--place', 'siasun-hq', '--attendees', 'all,org:siasun', '--gather', '09:30', '--gather-at', 'en=Hotel lobby'],
      ['add', 'event', 'visit.yaml', '--yes', '--date', '2023-11-21', '--title', 'en=Talks', '--kind', 'meeting', '--start', '15:00', '--end', '16:30', '--place', 'hotel', '--attendees', 'all,li'],
      ['add', 'event', 'visit.yaml', '--yes', '--date', '2023-11-22', '--title', 'en=Departure', '--kind', 'transfer', '--start', '08:00', '--end', '08:45', '--from', 'hotel', '--to', 'airport', '--attendees', 'all', '--vehicles', 'van'],
    ];
    for (const args of steps) {
      const r = run(args, dir);
      expect(r.stderr, args.join(' ')).toBe('');
      expect(r.code, args.join(' ')).toBe(0);
    }
    const validate = run(['validate', '--format', 'json', 'visit.yaml'], dir);
    expect(JSON.parse(validate.stdout).errors).toBe(0);
    expect(validate.code).toBe(0);
    const model = checkText(readFileSync(join(dir, 'visit.yaml'), 'utf8')).model!;
    expect(model.events.map((e) => `${e.day.date} ${e.start} ${e.id}`)).toEqual([
      '2023-11-20 18:00 arrival',
      '2023-11-21 10:00 visit-to-siasun',
      '2023-11-21 15:00 talks',
      '2023-11-22 08:00 departure',
    ]);
  }, 180_000); // fifteen runs of the built program, one after another
});

describe('diff', () => {
  it('a one-hour shift of the Siasun visit names the event, its old and new times, and exactly its people', () => {
    const dir = mkdtempSync(join(tmpdir(), 'e2e-diff-'));
    const text = readFileSync(LIAONING, 'utf8');
    const start = text.indexOf('      - id: d3-siasun\n');
    const end = text.indexOf('end: 10:00', start) + 'end: 10:00'.length;
    const shifted = text.slice(0, start) + text.slice(start, end).replace('start: 08:45', 'start: 09:45').replace('end: 10:00', 'end: 11:00') + text.slice(end);
    writeFileSync(join(dir, 'shifted.yaml'), shifted);
    const r = run(['diff', LIAONING, join(dir, 'shifted.yaml'), '--format', 'json']);
    expect(r.code).toBe(0);
    const notice = JSON.parse(r.stdout);
    expect(notice.changes).toHaveLength(1);
    expect(notice.changes[0]).toMatchObject({ type: 'moved', fields: [{ field: 'start', before: '08:45', after: '09:45' }, { field: 'end', before: '10:00', after: '11:00' }], before: { id: 'd3-siasun', start: '08:45', end: '10:00' }, after: { start: '09:45', end: '11:00' } });
    const model = checkText(text).model!;
    const expected = model.byId.events.get('d3-siasun')!.people.map((p) => p.id).sort();
    expect(notice.changes[0].people.map((p: { id: string }) => p.id).sort()).toEqual(expected);
    expect(notice.affected.map((p: { id: string }) => p.id).sort()).toEqual(expected);

    const en = run(['diff', LIAONING, join(dir, 'shifted.yaml'), '--lang', 'en']);
    expect(en.stdout).toContain('Moved: «Visit to SIASUN Robot & Automation», Siasun headquarters and robot works');
    expect(en.stdout).toContain('Time: 08:45–10:00 → 09:45–11:00');
  });

  it('explains that a file outside git cannot be compared with a revision (exit 2)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'e2e-diff-'));
    copyFileSync(CURATED, join(dir, 'visit.yaml'));
    const r = run(['diff', '--git', 'HEAD', 'visit.yaml'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('visit.yaml is not in a git repository');
  });

  it('checks its arguments', () => {
    expect(run(['diff', CURATED]).stderr).toContain('diff compares two files');
    expect(run(['diff', '--git', 'HEAD', CURATED, CURATED]).stderr).toContain('with --git, give one file');
  });
});
