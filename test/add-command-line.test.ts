// The "try again" line that `add` prints when it refuses a change must run as written.
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { mkdtempSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('add: the command line to try again', () => {
  it('repeats each language flag separately', () => {
    const dir = mkdtempSync(join(tmpdir(), 'delegation-add-'));
    const file = join(dir, 'visit.yaml');
    copyFileSync('itineraries/liaoning-2023.yaml', file);
    const args = ['add', 'event', file, '--yes', '--date', '2023-11-21', '--title', 'ru=Обед', '--title', 'en=Lunch', '--title', 'zh=午餐', '--kind', 'meal', '--start', '09:00', '--end', '09:30', '--place', 'hotel', '--attendees', 'all'];
    const result = runCli(args);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("--title 'ru=Обед' --title en=Lunch --title 'zh=午餐'");
  });
});
