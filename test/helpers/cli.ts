// Runs the built command (bin/delegation.js, built by `npm test` before vitest) as a user would.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const BIN = join(ROOT, 'bin', 'delegation.js');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** A clean environment: no colour, no inherited TZ or locale surprises beyond what a test sets. */
export function runCli(args: readonly string[], options: { cwd?: string; env?: Record<string, string>; uid?: number; gid?: number } = {}): CliResult {
  const spawnOptions: SpawnSyncOptions = {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', NO_COLOR: '1', ...(process.env.TZ ? { TZ: process.env.TZ } : {}), ...options.env },
    timeout: 60_000,
    ...(options.uid !== undefined ? { uid: options.uid, gid: options.gid } : {}),
  };
  const result = spawnSync(process.execPath, [BIN, ...args], spawnOptions);
  if (result.error) throw result.error;
  return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

/** What a JavaScript stack trace looks like in output: "    at fn (file.js:10:5)". */
export const STACK_TRACE = /^\s+at .+:\d+:\d+\)?$/m;

/**
 * Many runs of the built command in one process, for tests that try dozens of command lines: each
 * result is what a separate run would print and its exit code.
 */
export function runCliBatch(runs: readonly (readonly string[])[], options: { cwd?: string } = {}): CliResult[] {
  const result = spawnSync(process.execPath, [join(ROOT, 'test', 'helpers', 'cli-batch.mjs')], {
    cwd: options.cwd ?? ROOT,
    input: JSON.stringify(runs),
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', NO_COLOR: '1', ...(process.env.TZ ? { TZ: process.env.TZ } : {}) },
    timeout: 300_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`batch run failed (${result.status}): ${String(result.stderr)}`);
  return JSON.parse(String(result.stdout)) as CliResult[];
}
