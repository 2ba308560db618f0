// Edits of a user's file under concurrency, signals and protection: no entry is ever lost, an
// interrupted edit leaves the file and no temporary file, and a protected file is not replaced.
import { spawn } from 'node:child_process';
import { chmodSync, chownSync, copyFileSync, mkdtempSync, readdirSync, readFileSync, realpathSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, runCli } from './helpers/cli.js';
import { stageFileAtomic } from '../src/io/atomic.js';
import { lockPathFor, withFileLock } from '../src/io/lock.js';

const CURATED = join(import.meta.dirname, 'fixtures', 'authoring', 'curated.yaml');

function copy(mode?: number) {
  const dir = mkdtempSync(join(tmpdir(), 'edit-safety-'));
  const file = join(dir, 'visit.yaml');
  copyFileSync(CURATED, file);
  if (mode !== undefined) chmodSync(file, mode);
  return { dir, file, before: readFileSync(file) };
}

const addPerson = (file: string, name: string) => ['add', 'person', file, '--yes', '--name', `en=${name}`, '--org', 'tver', '--role', 'staff'];

/** Files beside the target that an edit may leave: temporary files and locks. */
function leftovers(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.tmp') || f.endsWith('.lock'));
}

interface Run {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Start the built command; `onStderr` sees its error output as it comes (to interrupt it at a point). */
function start(args: string[], env: Record<string, string> = {}, onStderr?: (text: string, child: ReturnType<typeof spawn>) => void): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { PATH: process.env.PATH ?? '/usr/bin:/bin', NO_COLOR: '1', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      onStderr?.(stderr, child);
    });
    child.on('error', reject);
    child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr }));
  });
}

/** A Node script that adds `count` people to one file, one after another, in one process. */
function batchOfAdds(file: string, prefix: string, count: number): Promise<Run> {
  const runs = Array.from({ length: count }, (_, i) => addPerson(file, `${prefix} ${i}`));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(import.meta.dirname, 'helpers', 'cli-batch.mjs')], { env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr }));
    child.stdin.end(JSON.stringify(runs));
  });
}

describe('concurrent edits', () => {
  it('50 pairs of concurrent adds (two processes adding 50 people each to one file at once): all 100 are there', async () => {
    const { dir, file } = copy();
    const [a, b] = await Promise.all([batchOfAdds(file, 'Alpha', 50), batchOfAdds(file, 'Bravo', 50)]);
    const results = [...JSON.parse(a.stdout), ...JSON.parse(b.stdout)] as { status: number; stdout: string; stderr: string }[];
    const text = readFileSync(file, 'utf8');
    const said = results.filter((r) => r.stdout.includes('Added'));
    // Whatever said "Added" is in the file; and the lock makes them take turns, so all of them did.
    for (const prefix of ['Alpha', 'Bravo']) {
      for (let i = 0; i < 50; i++) expect(text, `${prefix} ${i}`).toContain(`en: ${prefix} ${i}`);
    }
    expect(said).toHaveLength(100);
    expect(results.map((r) => r.status)).toEqual(Array(100).fill(0));
    expect(runCli(['validate', file]).status).not.toBe(2);
    expect(leftovers(dir)).toEqual([]);
  }, 600_000);

  it('pairs of separate processes: both entries land', async () => {
    for (let pair = 0; pair < 3; pair++) {
      const { file } = copy();
      const [a, b] = await Promise.all([start(addPerson(file, 'Charlie One')), start(addPerson(file, 'Delta Two'))]);
      expect([a.status, b.status], a.stderr + b.stderr).toEqual([0, 0]);
      const text = readFileSync(file, 'utf8');
      expect(text).toContain('en: Charlie One');
      expect(text).toContain('en: Delta Two');
    }
  }, 300_000);

  it('waits for a live lock and takes over a stale one (its process is gone), removing the edit it left', async () => {
    const { dir, file } = copy();
    const lock = lockPathFor(file);
    // A lock of a process that no longer exists, with the temporary file its edit left behind.
    writeFileSync(lock, `999999 ${Date.now()} ${hostname()}\n`);
    writeFileSync(join(dir, '.visit.yaml.0123456789ab.tmp'), 'passport: CANARY');
    const run = runCli(addPerson(file, 'Echo Three'));
    expect(run.status, run.stderr).toBe(0);
    expect(leftovers(dir)).toEqual([]);
    // A live holder (here: the process that runs this test's runner) makes an edit wait, then refuse clearly.
    writeFileSync(lock, `${process.ppid} ${Date.now()} ${hostname()}\n`);
    let ran = false;
    await expect(withFileLock(file, () => (ran = true), { waitMs: 50 })).rejects.toThrow(/being edited by another delegation command \(process \d+\)/);
    expect(ran).toBe(false);
    expect(readFileSync(lock, 'utf8')).toContain(String(process.ppid));
  });
});

const initArgs = (file: string) => [
  'init', file, '--yes', '--title', 'en=Visit to Liaoning', '--from', '2023-11-20', '--to', '2023-11-22', '--timezone', 'Asia/Shanghai',
  '--languages', 'en', '--org', 'en=Tver Region Government', '--org-id', 'tver', '--head', 'en=Igor Rudenya', '--head-id', 'rudenya',
];

describe('init takes the same lock as add', () => {
  it('waits while another edit holds the file\'s lock, and writes once it is released', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'edit-safety-init-'));
    const file = join(dir, 'visit.yaml');
    const lock = lockPathFor(file);
    expect(lock).toBe(join(realpathSync(dir), '.visit.yaml.lock'));
    // A live holder: the process that runs this test's runner.
    writeFileSync(lock, `${process.ppid} ${Date.now()} ${hostname()}\n`);
    const past = new Date(Date.now() - 60_000);
    utimesSync(lock, past, past);
    const child = spawn(process.execPath, [BIN, ...initArgs(file)], { env: { PATH: process.env.PATH ?? '/usr/bin:/bin', NO_COLOR: '1' } });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const done = new Promise<number | null>((resolve) => child.on('close', resolve));
    // While the lock is held, init checks it again and again and writes nothing: the lock file's
    // access time shows it was read, and the itinerary is not there.
    await until(() => readdirSync(dir).length === 1 && lockReadBy(lock), 60_000);
    expect(readdirSync(dir)).toEqual(['.visit.yaml.lock']);
    unlinkSync(lock);
    expect(await done).toBe(0);
    expect(stdout).toContain(`Wrote ${file}`);
    expect(runCli(['validate', file]).status).toBe(0);
    expect(leftovers(dir)).toEqual([]);
  }, 120_000);

  it('several inits of one new file at once: one writes it, the others refuse it clearly, nothing is left beside it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'edit-safety-init-'));
    const file = join(dir, 'visit.yaml');
    const runs = await Promise.all(Array.from({ length: 6 }, () => start(initArgs(file))));
    expect(runs.filter((r) => r.status === 0)).toHaveLength(1);
    for (const r of runs.filter((r) => r.status !== 0)) {
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/already exists/);
    }
    expect(runCli(['validate', file]).status).toBe(0);
    expect(leftovers(dir)).toEqual([]);
  }, 120_000);
});

/** Resolve when `condition` holds; checked every 20 ms (no timing is asserted, only the order of events). */
async function until(condition: () => boolean, limitMs: number): Promise<void> {
  const end = Date.now() + limitMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error('condition not reached');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Has someone other than this test looked at the lock file since it was written? (init polling it) */
function lockReadBy(lock: string): boolean {
  try {
    const stat = statSync(lock);
    return stat.atimeMs > stat.mtimeMs;
  } catch {
    return false;
  }
}

describe('interrupted edits', () => {
  for (const [signal, code, words] of [['SIGINT', 130, 'Ctrl-C'], ['SIGTERM', 143, 'SIGTERM']] as const) {
    it(`${signal} before the rename: exit ${code}, the file as it was, no temporary file, a message`, async () => {
      const { dir, file, before } = copy();
      let sent = false;
      const run = await start(addPerson(file, 'Foxtrot Four'), { DELEGATION_TEST_HOLD_EDIT: '1' }, (stderr, child) => {
        if (!sent && stderr.includes('holding the edit before its rename')) {
          // The temporary file exists now, readable by its owner only.
          const temp = readdirSync(dir).find((f) => f.endsWith('.tmp'));
          expect(temp).toBeDefined();
          expect(statSync(join(dir, temp!)).mode & 0o777).toBe(0o600);
          sent = true;
          child.kill(signal);
        }
      });
      expect(sent).toBe(true);
      expect(run.status, run.stderr).toBe(code);
      expect(run.stderr).toContain(`interrupted (${words}): ${file} was not changed`);
      expect(run.stdout).not.toContain('Added');
      expect(readFileSync(file)).toEqual(before);
      expect(leftovers(dir)).toEqual([]);
    }, 120_000);
  }
});

describe('protected files', () => {
  it('the temporary file is readable by its owner only until it takes the place of the original', () => {
    const { file } = copy(0o640);
    const staged = stageFileAtomic(file, 'format: delegation/1\n')!;
    expect(statSync(staged.temp).mode & 0o777).toBe(0o600);
    staged.commit();
    expect(statSync(file).mode & 0o777).toBe(0o640);
  });

  it('a read-only file is refused and left as it is', () => {
    const { dir, file, before } = copy(0o444);
    const run = runCli(addPerson(file, 'Golf Five'));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${file} is read-only; it was not changed`);
    expect(readFileSync(file)).toEqual(before);
    expect(statSync(file).mode & 0o777).toBe(0o444);
    expect(leftovers(dir)).toEqual([]);
  });

  it.runIf(process.getuid?.() === 0)('keeps the owner and mode of a file edited by root, and refuses to take over another user\'s file', () => {
    const { file } = copy(0o640);
    chownSync(file, 65534, 65534);
    expect(runCli(addPerson(file, 'Hotel Six')).status).toBe(0);
    const stat = statSync(file);
    expect([stat.uid, stat.gid, stat.mode & 0o777]).toEqual([65534, 65534, 0o640]);
    expect(readFileSync(file, 'utf8')).toContain('en: Hotel Six');

    // A root-owned file in a folder anyone may write to, edited by another user.
    const other = copy(0o666);
    chmodSync(other.dir, 0o777);
    const run = runCli(addPerson(other.file, 'India Seven'), { uid: 65534, gid: 65534 });
    expect(run.status, run.stderr).toBe(2);
    expect(run.stderr).toContain('belongs to another user');
    expect(statSync(other.file).uid).toBe(0);
    expect(readFileSync(other.file)).toEqual(other.before);
  });
});
