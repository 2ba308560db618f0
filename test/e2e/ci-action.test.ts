// action.yml, the composite GitHub Action: its structure (every input used, every expression names
// an input or a step that exists, the flags it passes are the command's), and its shell steps run here
// as the runner would run them (bash -eo pipefail, inputs through the environment, GITHUB_OUTPUT).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, runCli } from '../helpers/cli.js';

interface Step {
  name?: string;
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  shell?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
  'working-directory'?: string;
  'continue-on-error'?: boolean;
}
interface Action {
  name: string;
  description: string;
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string; value: string }>;
  runs: { using: string; steps: Step[] };
}

const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as Action;
const steps = action.runs.steps;
const step = (id: string) => steps.find((s) => s.id === id)!;
const byName = (name: string) => steps.find((s) => s.name === name)!;

/** Every `${{ … }}` expression in a value, and the `if:` conditions (expressions without the braces). */
function expressions(): string[] {
  const found: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') for (const m of value.matchAll(/\$\{\{(.*?)\}\}/g)) found.push(m[1]!.trim());
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(action.outputs);
  for (const s of steps) {
    walk({ ...s, if: undefined });
    if (s.if) found.push(s.if);
  }
  return found;
}

describe('action.yml: structure', () => {
  it('is a composite action with a name, a description and described inputs and outputs', () => {
    expect(action.name).toBe('delegation validate');
    expect(action.description.length).toBeLessThanOrEqual(125); // the Marketplace's limit
    expect(action.runs.using).toBe('composite');
    for (const input of Object.values(action.inputs)) expect(input.description).toBeTruthy();
    for (const output of Object.values(action.outputs)) expect(output.description).toBeTruthy();
    // Composite actions take `default` as text: 'true', not true.
    for (const input of Object.values(action.inputs)) if ('default' in input) expect(typeof input.default).toBe('string');
  });

  it('sets up Node, installs, checks, uploads with the standard action and annotates', () => {
    expect(steps.map((s) => s.uses ?? 'run')).toEqual(['actions/setup-node@v4', 'run', 'run', 'github/codeql-action/upload-sarif@v3', 'run', 'run']);
    for (const s of steps) {
      expect(s.name).toBeTruthy();
      if (s.run) expect(s.shell).toBe('bash'); // a composite run step must name its shell
    }
    expect(steps[0]!.with).toEqual({ 'node-version': '${{ inputs.node-version }}' });
    expect(byName('Install delegation')).toMatchObject({ 'working-directory': '${{ github.action_path }}' });
    expect(byName('Install delegation').run).toMatch(/^npm ci\b/);
    expect(step('upload')).toMatchObject({ 'continue-on-error': true, with: { sarif_file: '${{ steps.check.outputs.sarif-file }}', category: '${{ inputs.category }}' } });
  });

  it('uses every input, and names only inputs, contexts and steps that exist', () => {
    const used = new Set<string>();
    for (const expression of expressions()) {
      for (const m of expression.matchAll(/\binputs\.([\w-]+)/g)) {
        expect(Object.keys(action.inputs), expression).toContain(m[1]);
        used.add(m[1]!);
      }
      for (const m of expression.matchAll(/\bsteps\.([\w-]+)\.(outputs\.([\w-]+)|outcome|conclusion)/g)) {
        const target = step(m[1]!);
        expect(target, expression).toBeDefined();
        // A step's output is written to GITHUB_OUTPUT by its own script.
        if (m[3]) expect(target.run, expression).toContain(`echo "${m[3]}=`);
      }
      const names = expression.replace(/'[^']*'/g, '').match(/\b[a-z][\w-]*(?:\.[\w-]+)+/g) ?? [];
      for (const name of names) expect(name, expression).toMatch(/^(inputs|steps|github\.action_path|runner\.temp)\b/);
    }
    expect([...used].sort()).toEqual(Object.keys(action.inputs).sort());
  });

  it('passes only flags and formats that `delegation validate` has', () => {
    const help = runCli(['validate', '--help']).stdout;
    for (const s of steps.filter((x) => x.run?.includes('validate'))) {
      for (const flag of s.run!.match(/(?<=[\s(])--[a-z][\w-]*/g) ?? []) expect(help, `${s.name}: ${flag}`).toContain(flag);
      for (const m of s.run!.matchAll(/--format (\w+)/g)) expect(help).toContain(`"${m[1]}"`);
    }
  });
});

// The runner, reduced to what this action uses: expressions of inputs, two contexts and step results.
const temp = mkdtempSync(join(tmpdir(), 'delegation-action-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
const example = readFileSync(join(ROOT, 'itineraries', 'liaoning-2023.yaml'), 'utf8');

interface Run {
  log: string;
  outputs: Record<string, Record<string, string>>;
  failed?: string;
  ran: string[];
}

function runAction(inputs: Record<string, string>, workspace: string, uploadOutcome: 'success' | 'failure' = 'failure'): Run {
  const values: Record<string, string> = { ...Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, v.default ?? ''])), ...inputs };
  const outputs: Record<string, Record<string, string>> = {};
  const outcomes: Record<string, string> = {};
  const runnerTemp = mkdtempSync(join(temp, 'runner-'));
  const value = (name: string): string => {
    let m: RegExpMatchArray | null;
    if ((m = /^inputs\.([\w-]+)$/.exec(name))) return values[m[1]!] ?? '';
    if (name === 'github.action_path') return ROOT;
    if (name === 'runner.temp') return runnerTemp;
    if ((m = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(name))) return outputs[m[1]!]?.[m[2]!] ?? '';
    if ((m = /^steps\.([\w-]+)\.outcome$/.exec(name))) return outcomes[m[1]!] ?? '';
    throw new Error(`no value for ${name}`);
  };
  const substitute = (text: string) => text.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, name: string) => value(name));
  const condition = (expression: string) =>
    Boolean(new Function(`return (${expression.replace(/\b[a-z][\w-]*(?:\.[\w-]+)+/g, (name) => JSON.stringify(value(name))).replace(/'/g, '"').replace(/([!=])=/g, '$1==')});`)());
  const result: Run = { log: '', outputs, ran: [] };
  for (const s of steps) {
    if (result.failed && !s.if?.includes('always()')) break;
    if (s.if && !condition(s.if)) continue;
    result.ran.push(s.name!);
    if (s.uses) {
      if (s.id) outcomes[s.id] = uploadOutcome;
      continue;
    }
    if (s.name === 'Install delegation') continue; // this checkout is installed and built already
    const outputFile = join(runnerTemp, `output-${result.ran.length}`);
    writeFileSync(outputFile, '');
    const env = Object.fromEntries(Object.entries(s.env ?? {}).map(([k, v]) => [k, substitute(v)]));
    const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', s.run!], {
      cwd: s['working-directory'] ? substitute(s['working-directory']) : workspace,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', NO_COLOR: '1', GITHUB_OUTPUT: outputFile, ...env },
    });
    result.log += String(r.stdout) + String(r.stderr);
    if (s.id) {
      outputs[s.id] = Object.fromEntries(readFileSync(outputFile, 'utf8').split('\n').filter(Boolean).map((line) => line.split(/=(.*)/s).slice(0, 2) as [string, string]));
      outcomes[s.id] = r.status === 0 ? 'success' : 'failure';
    }
    if (r.status !== 0) result.failed = `${s.name} (exit ${r.status})`;
  }
  return result;
}

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(temp, 'workspace-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('action.yml: the shell steps', () => {
  const planted = example.replace(/^ {2}head: rudenya$/m, '  head: nobody-here');

  it('passes a clean programme and writes the SARIF report', () => {
    const r = runAction({}, workspace({ 'itineraries/visit.yaml': example }), 'success');
    expect(r.failed, r.log).toBeUndefined();
    expect(r.outputs.check).toEqual({ 'exit-code': '0', 'sarif-file': expect.stringMatching(/delegation\.sarif$/) });
    const sarif = JSON.parse(readFileSync(r.outputs.check!['sarif-file']!, 'utf8')) as { version: string; runs: { results: unknown[] }[] };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]!.results).toEqual([]);
    // Uploaded: no annotations.
    expect(r.ran).toEqual(['Set up Node.js', 'Install delegation', 'Check itineraries (SARIF)', 'Upload to code scanning', 'Result']);
  });

  it('fails on a planted error, with the finding in the SARIF report and, when the upload failed, as an annotation', () => {
    const r = runAction({}, workspace({ 'itineraries/visit.yaml': planted }), 'failure');
    expect(r.failed).toBe('Result (exit 1)');
    expect(r.outputs.check!['exit-code']).toBe('1');
    const sarif = JSON.parse(readFileSync(r.outputs.check!['sarif-file']!, 'utf8')) as { runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[] }[] };
    expect(sarif.runs[0]!.results.map((x) => [x.ruleId, x.locations[0]!.physicalLocation.artifactLocation.uri, x.locations[0]!.physicalLocation.region.startLine])).toEqual([['unknown-reference', 'itineraries/visit.yaml', 18]]);
    expect(r.ran).toContain('Annotate');
    expect(r.log).toContain('::error file=itineraries/visit.yaml,line=18,col=9,endLine=18,endColumn=20,title=unknown-reference (error)::unknown person "nobody-here"');
    expect(r.log).toContain('::error::delegation validate found errors');
  });

  it('annotates instead of uploading when told not to upload', () => {
    const r = runAction({ 'upload-sarif': 'false' }, workspace({ 'itineraries/visit.yaml': planted }), 'success');
    expect(r.ran).not.toContain('Upload to code scanning');
    expect(r.ran).toContain('Annotate');
    expect(r.log).toMatch(/^::error file=itineraries\/visit\.yaml,line=18,/m);
  });

  it('takes several paths (one per line, spaces kept), a configuration file and a warning limit', () => {
    const dir = workspace({
      'visits/a.yaml': example,
      'other visits/b.yaml': planted,
      // The planted error is turned off: a pass shows that the configuration was followed.
      'ci/lenient.config.yaml': 'rules:\n  unknown-reference: off\n',
    });
    const r = runAction({ paths: 'visits/\n  other visits/b.yaml  \n', config: 'ci/lenient.config.yaml', 'max-warnings': '0', 'upload-sarif': 'false' }, dir);
    expect(r.failed, r.log).toBeUndefined();
    expect(r.outputs.check!['exit-code']).toBe('0');
    const sarif = JSON.parse(readFileSync(r.outputs.check!['sarif-file']!, 'utf8')) as { runs: { artifacts: { location: { uri: string } }[] }[] };
    expect(sarif.runs[0]!.artifacts.map((a) => decodeURI(a.location.uri)).sort()).toEqual(['other visits/b.yaml', 'visits/a.yaml']);
    // Without the configuration the same files fail.
    expect(runAction({ paths: 'visits/\nother visits/b.yaml', 'upload-sarif': 'false' }, dir).outputs.check!['exit-code']).toBe('1');
  });

  it('stops with exit code 2 when nothing could be checked', () => {
    const r = runAction({ paths: 'missing/' }, workspace({}), 'success');
    expect(r.failed).toBe('Check itineraries (SARIF) (exit 2)');
    expect(r.ran).not.toContain('Result');
    expect(existsSync(join(ROOT, 'missing'))).toBe(false);
  });
});
