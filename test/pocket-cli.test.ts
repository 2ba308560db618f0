// End-to-end: the built `delegation pocket` — files written, refusal on errors, --force, usage errors.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, STACK_TRACE } from './helpers/cli.js';

const SMALL = 'test/fixtures/documents/small.yaml';
const CANARY_FILE = 'test/fixtures/privacy/canaries.yaml';
const tmp = () => mkdtempSync(join(tmpdir(), 'delegation-pocket-cli-'));

describe('delegation pocket (built binary)', () => {
  it('writes a page per delegation member and the index; the same run twice gives the same bytes', () => {
    const dir = tmp();
    const first = runCli(['pocket', SMALL, '--lang', 'zh', '-o', dir, '--now', '2023-11-19T09:00Z']);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/^已向 .+ 写入 4 份手机版日程和 index\.html（zh，最大 \d+ KB）\n$/);
    expect(readdirSync(dir).sort()).toEqual(['index.html', 'lin.html', 'petrova.html', 'rudenya.html', 'sokolov.html']);
    const page = readFileSync(join(dir, 'rudenya.html'), 'utf8');
    expect(page).toContain('<html lang="zh">');
    expect(page).toContain('生成日期 2023年11月19日 星期日，17:00');
    const again = runCli(['pocket', SMALL, '--lang', 'zh', '-o', dir, '--person', 'rudenya'], { env: { SOURCE_DATE_EPOCH: String(Date.parse('2023-11-19T09:00Z') / 1000) } });
    expect(again.status, again.stderr).toBe(0);
    expect(readFileSync(join(dir, 'rudenya.html'), 'utf8')).toBe(page);
  });

  it('an itinerary with errors: exit 1, nothing written, no private value printed; --force writes', () => {
    const dir = tmp();
    const refused = runCli(['pocket', CANARY_FILE, '-o', join(dir, 'out')]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/has \d+ errors; no document was written/);
    expect(refused.stderr).not.toMatch(/CANARY-PASS|CANARY-DIET|123-45-67/);
    expect(refused.stderr).not.toMatch(STACK_TRACE);
    expect(() => readdirSync(join(dir, 'out'))).toThrow();
    const forced = runCli(['pocket', CANARY_FILE, '--force', '-o', join(dir, 'out')]);
    expect(forced.status, forced.stderr).toBe(0);
    expect(readFileSync(join(dir, 'out', 'index.html'), 'utf8')).toContain('<div class="stamp">');
  });

  it('usage errors exit 2 with a hint and no stack trace', () => {
    const unknown = runCli(['pocket', SMALL, '--person', 'sokolow', '-o', tmp()]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('Did you mean --person sokolov?');
    expect(unknown.stderr).not.toMatch(STACK_TRACE);
    const both = runCli(['pocket', SMALL, '--person', 'rudenya', '--all-people', '-o', tmp()]);
    expect(both.status).toBe(2);
    expect(both.stderr).toContain('do not go together');
    const lang = runCli(['pocket', SMALL, '--lang', 'de', '-o', tmp()]);
    expect(lang.status).toBe(2);
    expect(lang.stderr).toContain('no labels for language "de"');
    const help = runCli(['pocket', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--include-sensitive');
  });
});
