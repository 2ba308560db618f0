// SARIF and GitHub annotations as code scanning reads them: paths from the repository root whichever
// folder the command ran in, fingerprints that survive moved lines, and SARIF Multitool's verdict.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

const BAD = join(ROOT, 'test', 'fixtures', 'cli', 'bad.yaml');
const temp = mkdtempSync(join(tmpdir(), 'delegation-scan-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

interface Sarif {
  runs: {
    tool: { driver: { informationUri?: string; rules: { id: string; name?: string; helpUri?: string }[] } };
    originalUriBaseIds: Record<string, { uri?: string }>;
    results: { ruleId: string; partialFingerprints: Record<string, string>; locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startLine: number } } }[] }[];
  }[];
}

/** A repository (a `.git` folder is what marks its root) with an itinerary and a subfolder. */
function repository(name: string, marker = true): string {
  const repo = join(temp, name);
  mkdirSync(join(repo, 'itineraries'), { recursive: true });
  mkdirSync(join(repo, 'tools', 'ci'), { recursive: true });
  if (marker) mkdirSync(join(repo, '.git'));
  copyFileSync(BAD, join(repo, 'itineraries', 'visit.yaml'));
  return repo;
}

const sarifOf = (args: string[], cwd: string) => JSON.parse(runCli(['validate', '--format', 'sarif', ...args], { cwd }).stdout) as Sarif;
const locations = (sarif: Sarif) => sarif.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation);

describe('validate --format sarif in a repository', () => {
  const repo = repository('repo');

  it('gives the same URIs, relative to %SRCROOT% = the repository root, from the root and from a subfolder', () => {
    const fromRoot = sarifOf(['itineraries'], repo);
    const fromSub = sarifOf(['../../itineraries/visit.yaml'], join(repo, 'tools', 'ci'));
    expect(locations(fromRoot)).toEqual(locations(fromSub));
    expect(locations(fromRoot)[0]).toEqual({ uri: 'itineraries/visit.yaml', uriBaseId: '%SRCROOT%' });
    expect(fromRoot.runs[0]!.originalUriBaseIds['%SRCROOT%']!.uri).toBe(pathToFileURL(repo).href + '/');
    expect(fromSub.runs[0]!.originalUriBaseIds).toEqual(fromRoot.runs[0]!.originalUriBaseIds);
  });

  it('outside a repository, %SRCROOT% is the working folder', () => {
    const plain = repository('plain', false);
    const sarif = sarifOf(['itineraries'], plain);
    expect(locations(sarif)[0]).toEqual({ uri: 'itineraries/visit.yaml', uriBaseId: '%SRCROOT%' });
    expect(sarif.runs[0]!.originalUriBaseIds['%SRCROOT%']!.uri).toBe(pathToFileURL(plain).href + '/');
  });

  it('keeps each finding\'s fingerprint when lines are added above it', () => {
    const file = join(repo, 'itineraries', 'visit.yaml');
    const before = sarifOf(['itineraries'], repo).runs[0]!.results;
    writeFileSync(file, readFileSync(BAD, 'utf8').replace('format: delegation/1\n', 'format: delegation/1\n# reviewed by the protocol office\n\n'));
    const after = sarifOf(['itineraries'], repo).runs[0]!.results;
    copyFileSync(BAD, file);
    expect(after.map((r) => r.locations[0]!.physicalLocation.region.startLine)).toEqual(before.map((r) => r.locations[0]!.physicalLocation.region.startLine + 2));
    expect(after.map((r) => r.partialFingerprints)).toEqual(before.map((r) => r.partialFingerprints));
  });

  it('links every rule to its page shipped with the package, and the tool to its README; the links resolve', () => {
    const driver = sarifOf(['itineraries'], repo).runs[0]!.tool.driver;
    expect(driver.informationUri).toBe(pathToFileURL(join(ROOT, 'README.md')).href);
    expect(readFileSync(new URL(driver.informationUri!), 'utf8')).toMatch(/^# /);
    const rules = driver.rules;
    for (const rule of rules) {
      expect(rule.helpUri).toBe(pathToFileURL(join(ROOT, 'docs', 'rules', `${rule.id}.md`)).href);
      expect(readFileSync(new URL(rule.helpUri!), 'utf8')).toMatch(new RegExp(`^# \`?${rule.id}\`?\\n`));
    }
  });

  it('--format github names files from the repository root and sends columns only on single-line ranges', () => {
    const lines = runCli(['validate', '--format', 'github', '../../itineraries'], { cwd: join(repo, 'tools', 'ci') }).stdout.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line).toMatch(/^::error file=itineraries\/visit\.yaml,line=(\d+),(col=\d+,endLine=\1,endColumn=\d+|endLine=\d+),title=/);
    }
  });
});

describe('SARIF Multitool', () => {
  for (const lang of ['en', 'ru']) {
    it(`validates the SARIF of a run with findings (--lang ${lang}) without a single warning or error (SARIF and GitHub rule sets)`, () => {
      const repo = repository(`multitool-${lang}`);
      const target = join(temp, `multitool-${lang}.sarif`);
      const run = runCli(['validate', '--lang', lang, '--format', 'sarif', '-o', target, 'itineraries'], { cwd: repo });
      expect(run.status).toBe(1);
      if (lang !== 'en') {
        const results = (JSON.parse(readFileSync(target, 'utf8')) as { runs: { results: { properties: { englishMessage?: string } }[] }[] }).runs[0]!.results;
        expect(results.every((r) => typeof r.properties.englishMessage === 'string')).toBe(true);
      }
      const multitool = createRequire(import.meta.url)('@microsoft/sarif-multitool') as string;
      const log = join(temp, `multitool-log-${lang}.sarif`);
      // The invariant globalization mode spares the .NET program the ICU libraries a bare machine lacks.
      const result = spawnSync(multitool, ['validate', '--rule-kind', 'Sarif;Gh', '--output', log, target], {
        encoding: 'utf8',
        env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' },
        timeout: 120_000,
      });
      expect(result.status, result.stdout + result.stderr).toBe(0);
      expect(result.stdout).not.toMatch(/\b(warning|error) (SARIF|GH)\d+/);
      const findings = (JSON.parse(readFileSync(log, 'utf8')) as { runs: { results?: { ruleId: string; message: { text?: string } }[] }[] }).runs[0]!.results ?? [];
      expect(findings.map((f) => `${f.ruleId}: ${f.message.text ?? ''}`)).toEqual([]);
    }, 180_000);
  }
});
