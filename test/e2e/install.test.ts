// The package as people install it: `npm pack`, then `npm install` of the tarball into an empty
// folder (dependencies from the registry), then the installed command run from there.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

const temp = mkdtempSync(join(tmpdir(), 'delegation-install-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
const app = join(temp, 'app');

function run(command: string, args: string[], cwd: string) {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 600_000, env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status, stdout: String(r.stdout), stderr: String(r.stderr) };
}

describe('installed from the npm pack tarball', () => {
  beforeAll(() => {
    const pack = run('npm', ['pack', '--pack-destination', temp, '--ignore-scripts'], ROOT);
    expect(pack.status, pack.stderr).toBe(0);
    const tarball = readdirSync(temp).find((f) => f.endsWith('.tgz'))!;
    spawnSync('mkdir', [app]);
    writeFileSync(join(app, 'package.json'), '{ "name": "office", "private": true }\n');
    const install = run('npm', ['install', '--no-audit', '--no-fund', join(temp, tarball)], app);
    expect(install.status, install.stderr).toBe(0);
    copyFileSync(join(ROOT, 'itineraries', 'liaoning-2023.yaml'), join(app, 'visit.yaml'));
  }, 900_000);

  const delegation = (args: string[]) => run(join(app, 'node_modules', '.bin', 'delegation'), args, app);

  it('validates', () => {
    const r = delegation(['validate', 'visit.yaml']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/1 file checked/);
  });

  it('links SARIF rules to the rule pages shipped in the package', () => {
    const sarif = JSON.parse(delegation(['validate', '--format', 'sarif', 'visit.yaml']).stdout) as { runs: { tool: { driver: { rules: { id: string; helpUri: string }[] } } }[] };
    const rule = sarif.runs[0]!.tool.driver.rules[0]!;
    expect(rule.helpUri).toBe(pathToFileURL(join(app, 'node_modules', 'delegation-planner', 'docs', 'rules', `${rule.id}.md`)).href);
    expect(existsSync(new URL(rule.helpUri))).toBe(true);
  });

  it('writes the briefing pack as HTML', () => {
    const r = delegation(['brief', 'visit.yaml', '--format', 'html', '-o', 'brief.html']);
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(app)).toContain('brief.html');
  });

  it('prints the day sheets as text', () => {
    const r = delegation(['day-sheets', 'visit.yaml', '--format', 'txt', '-o', '-']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(200);
  });
});
