#!/usr/bin/env node
// `npm run bench`: the speed figures of docs/performance.md, each as a ratio against a baseline run
// in the same session (absolute times on a shared machine say little). Run it on a quiet machine.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { generateForum } from './generate.mjs';
import { writeFileSync, mkdirSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'bench', 'out');
mkdirSync(out, { recursive: true });
const cli = join(root, 'bin', 'delegation.js');
if (!existsSync(join(root, 'dist', 'cli.js'))) {
  console.error('Build first: npm run build');
  process.exit(2);
}

const forum = join(out, 'forum.yaml');
const forum2x = join(out, 'forum-40k.yaml');
if (!existsSync(forum)) writeFileSync(forum, generateForum({ events: 20000 }));
if (!existsSync(forum2x)) writeFileSync(forum2x, generateForum({ events: 40000 }));
const example = join(root, 'itineraries', 'liaoning-2023.yaml');

await build({
  entryPoints: [join(root, 'bench', 'entry.ts')],
  outfile: join(out, 'entry.mjs'),
  bundle: true,
  format: 'esm',
  platform: 'node',
  logLevel: 'warning',
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});
const engine = await import(join(out, 'entry.mjs'));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const timeIt = (f) => {
  const t = performance.now();
  f();
  return performance.now() - t;
};
/** Alternate baseline and subject so that both see the same machine load. */
function paired(runs, baseline, subject) {
  const a = [];
  const b = [];
  for (let i = 0; i < runs; i++) {
    a.push(baseline());
    b.push(subject());
  }
  return { baseline: median(a), subject: median(b), ratio: median(b.map((x, i) => x / a[i])) };
}
const spawnTime = (args) => timeIt(() => {
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
});

const rows = [];
const row = (what, value, target) => rows.push({ what, value, target });
const ms = (x) => `${x.toFixed(0)} ms`;

// 1. Start-up: validate the example vs `node -e 0`.
if (existsSync(example)) {
  spawnTime([cli, 'validate', example]);
  const s = paired(15, () => spawnTime(['-e', '0']), () => spawnTime([cli, 'validate', example]));
  row('start-up: validate example / node -e 0', `${s.ratio.toFixed(2)}× (${ms(s.subject)} vs ${ms(s.baseline)})`, '≤ 1.5×');
}

// 2. Validate the forum in-process, against the `yaml` document parser alone on the same text.
const forumBytes = readFileSync(forum);
const forum2xBytes = readFileSync(forum2x);
const forumText = forumBytes.toString('utf8');
const check = (bytes) => () => timeIt(() => engine.checkSource(engine.decodeText(bytes)));
check(forumBytes)();
const v = paired(5, () => timeIt(() => engine.parseDocument(forumText, { schema: 'core' })), check(forumBytes));
row(`validate forum (${(forumBytes.length / 1e6).toFixed(1)} MB, 20,000 events), in-process`, `${ms(v.subject)} = ${v.ratio.toFixed(2)}× yaml.parseDocument (${ms(v.baseline)})`, '≤ 1.0 s');

// 2b. Where the time goes: reading, building the model, and each rule (best of 3, in-process).
{
  const decoded = engine.decodeText(forumBytes);
  const best = (f) => Math.min(...[0, 1, 2].map(() => timeIt(f)));
  let value;
  const read = best(() => (value = engine.fastParse(decoded.text).value));
  const build = best(() => engine.buildModel(value));
  const perRule = engine.RULES.map((rule) => [rule.id, best(() => rule.check({ model: engine.buildModel(value), syntax: [], options: engine.DEFAULT_RULE_OPTIONS, report() {} })) - build]);
  const rules = perRule.reduce((sum, [, t]) => sum + Math.max(0, t), 0);
  row('  of which: read (fast path) / build model / all rules', `${ms(read)} / ${ms(build)} / ${ms(rules)}`, '');
  const slowest = [...perRule].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([id, t]) => `${id} ${ms(Math.max(0, t))}`).join(', ');
  row('  slowest rules', slowest, '');
}

// 3. Doubling the events.
const d = paired(5, check(forumBytes), check(forum2xBytes));
row('validate 40,000 events / 20,000 events', `${d.ratio.toFixed(2)}× (${ms(d.subject)} vs ${ms(d.baseline)})`, '≤ 2.2×');

// 4. The whole command on the forum, with peak memory.
const rss = (args) => {
  const script = `process.on('exit', () => process.stderr.write('\\nRSS ' + process.resourceUsage().maxRSS + '\\n')); const { main } = await import(${JSON.stringify(join(root, 'dist', 'cli.js'))}); await main([process.argv[0], 'delegation', ...${JSON.stringify(args)}]);`;
  const t = performance.now();
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1 << 28 });
  const wall = performance.now() - t;
  const kb = Number(/RSS (\d+)/.exec(r.stderr)?.[1] ?? NaN);
  return { wall, mb: kb / 1024, status: r.status, stderr: r.stderr };
};
const walls = [];
let peak = 0;
for (let i = 0; i < 3; i++) {
  const r = rss(['validate', forum]);
  walls.push(r.wall);
  peak = Math.max(peak, r.mb);
}
const nodeStart = median([0, 0, 0].map(() => spawnTime(['-e', '0'])));
row('delegation validate forum (whole command)', `${ms(median(walls))} (node -e 0: ${ms(nodeStart)}); peak RSS ${peak.toFixed(0)} MB`, '≤ 1.0 s; ≤ 500 MB');

// 5. Day sheets for every person, HTML, when the command exists.
const help = spawnSync(process.execPath, [cli, '--help'], { encoding: 'utf8' }).stdout;
if (help.includes('day-sheets')) {
  const dir = mkdtempSync(join(tmpdir(), 'delegation-bench-'));
  const r = rss(['day-sheets', forum, '--all-people', '--format', 'html', '-o', dir]);
  rmSync(dir, { recursive: true, force: true });
  row('day sheets, all people, HTML (whole command)', r.status === 0 ? `${ms(r.wall)}; peak RSS ${r.mb.toFixed(0)} MB` : `failed (exit ${r.status}): ${r.stderr.split('\n')[0]}`, '≤ 3 s; ≤ 500 MB');
}

const width = Math.max(...rows.map((r) => r.what.length));
console.log(`node ${process.version}, ${(await import('node:os')).cpus().length} cores\n`);
for (const r of rows) console.log(`${r.what.padEnd(width)}  ${r.value}   target ${r.target}`);
