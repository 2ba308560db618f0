// The pre-commit hook as a project uses it: pre-commit installs `delegation-validate` from a local
// clone of this repository (as it would from its address), in a throwaway git repository, and the hook
// refuses a commit with a planted error and lets a clean one through.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers/cli.js';

const temp = mkdtempSync(join(tmpdir(), 'delegation-pre-commit-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
const source = join(temp, 'delegation'); // the repository the hook is installed from
const project = join(temp, 'project'); // a project that uses the hook
const example = readFileSync(join(ROOT, 'itineraries', 'liaoning-2023.yaml'), 'utf8');

// Nothing from the surrounding git or pre-commit run leaks in; pre-commit's cache is ours alone.
const env: Record<string, string> = Object.fromEntries(
  Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined && !/^(GIT_|PRE_COMMIT)/.test(e[0])),
);
Object.assign(env, {
  PRE_COMMIT_HOME: join(temp, 'cache'),
  NO_COLOR: '1',
  GIT_AUTHOR_NAME: 'Protocol Office',
  GIT_AUTHOR_EMAIL: 'protocol@example.org',
  GIT_COMMITTER_NAME: 'Protocol Office',
  GIT_COMMITTER_EMAIL: 'protocol@example.org',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: join(temp, 'gitconfig'),
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
  npm_config_prefer_offline: 'true',
});

function run(command: string, args: string[], cwd: string) {
  const r = spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout: 900_000 });
  if (r.error) throw r.error;
  return { status: r.status, output: `${String(r.stdout)}${String(r.stderr)}` };
}
const git = (args: string[], cwd: string) => {
  const r = run('git', args, cwd);
  expect(r.status, r.output).toBe(0);
  return r.output.trim();
};

/** The repository's files as they are now (committed or not), in a repository of their own. */
function snapshotRepository(): string {
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' });
  mkdirSync(source);
  if (listed.status === 0) {
    for (const file of String(listed.stdout).split('\0').filter(Boolean)) {
      const from = join(ROOT, file);
      if (!existsSync(from) || !statSync(from).isFile()) continue; // deleted, or a submodule
      mkdirSync(dirname(join(source, file)), { recursive: true });
      copyFileSync(from, join(source, file));
    }
  } else {
    // Not a git checkout: everything but what is built or installed.
    cpSync(ROOT, source, { recursive: true, filter: (from) => !/[/\\](node_modules|dist|\.git|coverage|out)$/.test(from) });
  }
  git(['init', '-q'], source);
  git(['add', '-A'], source);
  git(['commit', '-q', '--no-verify', '-m', 'snapshot'], source);
  return git(['rev-parse', 'HEAD'], source);
}

describe('the delegation-validate pre-commit hook', () => {
  beforeAll(() => {
    writeFileSync(env.GIT_CONFIG_GLOBAL!, '[init]\n\tdefaultBranch = main\n');
    const rev = snapshotRepository();
    mkdirSync(join(project, 'itineraries'), { recursive: true });
    git(['init', '-q'], project);
    writeFileSync(
      join(project, '.pre-commit-config.yaml'),
      `repos:\n  - repo: ${JSON.stringify(source)}\n    rev: ${rev}\n    hooks:\n      - id: delegation-validate\n`,
    );
    git(['add', '.pre-commit-config.yaml'], project);
    git(['commit', '-q', '--no-verify', '-m', 'pre-commit'], project);
    const install = run('pre-commit', ['install'], project);
    expect(install.status, install.output).toBe(0);
    // The first run builds the hook's environment: npm installs the clone, whose `prepare` builds it.
    const setup = run('pre-commit', ['install-hooks'], project);
    expect(setup.status, setup.output).toBe(0);
  }, 1_200_000);

  it('is defined for YAML files under itineraries/, not the configuration file', () => {
    const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Record<string, unknown>[];
    expect(hooks.map((h) => h.id)).toEqual(['delegation-validate']);
    expect(hooks[0]).toMatchObject({ entry: 'delegation validate', language: 'node', types: ['yaml'], files: '^itineraries/' });
    expect(new RegExp(String(hooks[0]!.exclude)).test('itineraries/delegation.config.yaml')).toBe(true);
  });

  it('refuses a commit with a planted error and names the place', () => {
    writeFileSync(join(project, 'itineraries', 'visit.yaml'), example.replace(/^ {2}head: rudenya$/m, '  head: nobody-here'));
    git(['add', 'itineraries/visit.yaml'], project);
    const commit = run('git', ['commit', '-m', 'visit'], project);
    expect(commit.status, commit.output).not.toBe(0);
    expect(commit.output).toMatch(/delegation validate\.+Failed/);
    expect(commit.output).toContain('itineraries/visit.yaml:18:9  error  unknown person "nobody-here"  unknown-reference');
    expect(run('git', ['rev-list', '--count', 'HEAD'], project).output.trim()).toBe('1');
  });

  it('lets a clean itinerary through', () => {
    writeFileSync(join(project, 'itineraries', 'visit.yaml'), example);
    git(['add', 'itineraries/visit.yaml'], project);
    const commit = run('git', ['commit', '-m', 'visit'], project);
    expect(commit.status, commit.output).toBe(0);
    expect(commit.output).toMatch(/delegation validate\.+Passed/);
    expect(git(['rev-list', '--count', 'HEAD'], project)).toBe('2');
  });

  it('leaves YAML outside itineraries/ alone, and runs where the project says', () => {
    mkdirSync(join(project, '.github'), { recursive: true });
    writeFileSync(join(project, '.github', 'settings.yaml'), 'labels: [a, b]\n');
    git(['add', '.github/settings.yaml'], project);
    const skipped = run('pre-commit', ['run', '--files', '.github/settings.yaml'], project);
    expect(skipped.status, skipped.output).toBe(0);
    expect(skipped.output).toMatch(/delegation validate\.+\(no files to check\)Skipped/);

    // A project whose itineraries live elsewhere sets `files:`.
    const config = readFileSync(join(project, '.pre-commit-config.yaml'), 'utf8');
    writeFileSync(join(project, '.pre-commit-config.yaml'), `${config}        files: ^visits/\n`);
    mkdirSync(join(project, 'visits'));
    writeFileSync(join(project, 'visits', 'next.yaml'), example.replace(/^ {2}head: rudenya$/m, '  head: nobody-here'));
    git(['add', '-A'], project);
    const moved = run('pre-commit', ['run', '--files', 'visits/next.yaml', 'itineraries/visit.yaml'], project);
    expect(moved.status, moved.output).toBe(1);
    expect(moved.output).toContain('visits/next.yaml:18:9  error  unknown person "nobody-here"');
    expect(moved.output).not.toContain('itineraries/visit.yaml');
  });
});
