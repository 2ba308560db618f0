// Where output goes wrong: a full disk, a device given as the output file, a reader that stops early.
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, openSync, closeSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, STACK_TRACE } from './helpers/cli.js';

const EXAMPLE = 'itineraries/liaoning-2023.yaml';
const hasDevFull = existsSync('/dev/full') && lstatSync('/dev/full').isCharacterDevice();

function runTo(args: string[], stdoutFd: number | 'pipe') {
  return spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', NO_COLOR: '1' },
    stdio: ['ignore', stdoutFd, 'pipe'],
    timeout: 60_000,
  });
}

describe.skipIf(!hasDevFull)('standard output on a full disk (/dev/full)', () => {
  it.each([
    ['validate', ['validate', '--format', 'sarif', EXAMPLE]],
    ['brief', ['brief', EXAMPLE, '--format', 'md']],
    ['agenda', ['agenda', EXAMPLE]],
    ['csv', ['csv', EXAMPLE, '--list', 'people']],
    ['ics', ['ics', EXAMPLE]],
  ])('%s says the disk is full and exits 2, without a stack trace', (_name, args) => {
    const fd = openSync('/dev/full', 'w');
    try {
      const result = runTo(args, fd);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain('cannot write to standard output: the disk is full');
      expect(result.stderr).not.toMatch(STACK_TRACE);
    } finally {
      closeSync(fd);
    }
  });

  it('writes into a device named with -o instead of replacing it with a file', () => {
    const result = runTo(['brief', EXAMPLE, '--format', 'md', '-o', '/dev/full'], 'pipe');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('cannot write /dev/full: the disk is full');
    expect(lstatSync('/dev/full').isCharacterDevice()).toBe(true);
  });
});

describe('a reader that stops early', () => {
  it.each([
    ['agenda', `agenda ${EXAMPLE}`],
    ['csv', `csv ${EXAMPLE} --list people`],
    ['schema', 'schema'],
  ])('%s | head -1 ends quietly', (_name, args) => {
    const result = spawnSync('bash', ['-o', 'pipefail', '-c', `node ${BIN} ${args} | head -1`], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH ?? '/usr/bin:/bin', NO_COLOR: '1' } });
    expect(result.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(result.stderr).not.toMatch(STACK_TRACE);
    expect(result.stderr).not.toMatch(/EPIPE/);
    expect(result.status).toBe(0);
  });
});

describe('an output folder that cannot be made', () => {
  it.each([
    ['day-sheets', ['day-sheets', EXAMPLE, '-o', '/proc/delegation-nope']],
    ['ics', ['ics', EXAMPLE, '--all-people', '-o', '/proc/delegation-nope']],
    ['a file in the path', ['day-sheets', EXAMPLE, '-o', 'README.md/sheets']],
  ])('%s: a clear message and exit 2, promptly', (_name, args) => {
    const result = runTo(args, 'pipe');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/cannot create the folder .+: (the place cannot hold folders|a part of the path is a file)/);
    expect(result.stderr).not.toMatch(STACK_TRACE);
  });
});
