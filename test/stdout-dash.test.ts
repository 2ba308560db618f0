// "-o -" means standard output for every command that writes one file, and is refused where a
// command writes several; no command leaves a file named "-" behind.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';

const EXAMPLE = resolve('itineraries/liaoning-2023.yaml');

describe('-o -', () => {
  it('writes to standard output: validate, diff, ics, csv, brief, timetable', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'stdout-dash-'));
    const runs: [string[], string][] = [
      [['validate', EXAMPLE, '-o', '-'], 'no problems'],
      [['diff', EXAMPLE, EXAMPLE, '-o', '-'], EXAMPLE],
      [['ics', EXAMPLE, '-o', '-'], 'BEGIN:VCALENDAR'],
      [['csv', EXAMPLE, '--list', 'people', '-o', '-'], 'ID'],
      [['brief', EXAMPLE, '-o', '-'], '<!DOCTYPE html>'],
      [['timetable', EXAMPLE, '-f', 'html', '-o', '-'], '<!DOCTYPE html>'],
    ];
    for (const [args, expected] of runs) {
      const run = runCli(args, { cwd });
      expect(run.status, `${args[0]}: ${run.stderr}`).toBe(0);
      expect(run.stdout, args[0]).toContain(expected);
      expect(run.stderr, args[0]).not.toMatch(/wrote -[ (]/);
      expect(existsSync(join(cwd, '-')), args[0]).toBe(false);
    }
  }, 240_000);

  it('is refused, exit 2, where a command writes several files', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'stdout-dash-'));
    for (const args of [['day-sheets', EXAMPLE, '-f', 'pdf', '-o', '-'], ['pocket', EXAMPLE, '-o', '-'], ['ics', EXAMPLE, '--all-people', '-o', '-'], ['timetable', EXAMPLE, '-o', '-']]) {
      const run = runCli(args, { cwd });
      expect(run.status, args[0]).toBe(2);
      expect(run.stderr, args[0]).toContain('-o - means standard output');
      expect(existsSync(join(cwd, '-')), args[0]).toBe(false);
    }
  }, 240_000);
});
