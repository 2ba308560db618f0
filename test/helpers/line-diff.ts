// What `git diff` would show between two texts: the added and removed lines, via git itself.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function gitLineDiff(before: string | Uint8Array, after: string | Uint8Array): { added: string[]; removed: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'linediff-'));
  writeFileSync(join(dir, 'a.yaml'), before);
  writeFileSync(join(dir, 'b.yaml'), after);
  const result = spawnSync('git', ['diff', '--no-index', '--no-color', '--unified=0', 'a.yaml', 'b.yaml'], { cwd: dir, encoding: 'utf8' });
  if (result.status !== 0 && result.status !== 1) throw new Error(`git diff failed: ${result.stderr}`);
  const added: string[] = [];
  const removed: string[] = [];
  for (const line of result.stdout.split('\n')) {
    if (line.startsWith('+++') || line.startsWith('---')) continue;
    if (line.startsWith('+')) added.push(line.slice(1));
    else if (line.startsWith('-')) removed.push(line.slice(1));
    else if (line.startsWith('\\')) removed.push(line);
  }
  return { added, removed };
}
