#!/usr/bin/env node
// `npm run bench`: the speed figures of docs/performance.md, each as a ratio against a baseline run
// in the same session (absolute times on a shared machine say little). Run it on a quiet machine.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
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
// The scaling rows compare the forum with half of it: twice the forum (40,000 events, about 8 MB) holds
// more YAML than the memory budget lets a file hold, and is refused (docs/faults.md, "Limits").
const forumHalf = join(out, 'forum-10k.yaml');
if (!existsSync(forum)) writeFileSync(forum, generateForum({ events: 20000 }));
if (!existsSync(forumHalf)) writeFileSync(forumHalf, generateForum({ events: 10000 }));
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

// 1. Start-up, in CPU time (user + system, what the process itself used; steadier than wall time on a
// busy machine), against `node -e 0` and against the peer on the same file, alternating.
/** CPU milliseconds of one run: the child reports its own resource usage as it exits. */
const CPU_PROBE = `data:text/javascript,process.on('exit',()=>{const u=process.cpuUsage();process.stderr.write('\\nCPU '+(u.user+u.system)+'\\n')})`;
const spawnCpu = (args) => {
  const r = spawnSync(process.execPath, ['--import', CPU_PROBE, ...args], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1 << 28 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
  return Number([...r.stderr.matchAll(/CPU (\d+)/g)].at(-1)[1]) / 1000;
};
/** Medians of `runs` rounds of node -e 0, the peer and each subject, run in turn, with per-round ratios. */
function cpuRounds(runs, peerArgs, subjects) {
  const base = [];
  const peerCpu = [];
  const times = subjects.map(() => []);
  for (let i = 0; i < runs; i++) {
    base.push(spawnCpu(['-e', '0']));
    peerCpu.push(spawnCpu(peerArgs));
    subjects.forEach((args, k) => times[k].push(spawnCpu(args)));
  }
  return subjects.map((_, k) => ({
    cpu: median(times[k]),
    node: median(base),
    peer: median(peerCpu),
    toNode: median(times[k].map((x, i) => x / base[i])),
    toPeer: median(times[k].map((x, i) => x / peerCpu[i])),
  }));
}
const beside = (m) => `${m.toNode.toFixed(2)}× node -e 0, ${m.toPeer.toFixed(2)}× peer (CPU ${ms(m.cpu)}; node -e 0 ${ms(m.node)}; peer ${ms(m.peer)})`;
if (existsSync(example)) {
  spawnCpu([cli, 'validate', example]);
  const [version, help, validateExample, floor] = cpuRounds(9, [join(root, 'bench', 'peer.mjs'), example], [[cli, '--version'], [cli, '--help'], [cli, 'validate', example], [join(root, 'bench', 'floor.mjs'), example]]);
  row('start-up: delegation --version', beside(version), '');
  row('start-up: delegation --help', beside(help), '');
  row('start-up: validate example (peer: same file)', beside(validateExample), '≤ 1.5× node -e 0');
  // What js-yaml alone costs to read the same file, nothing checked (bench/floor.mjs): no command that
  // reads the whole file with a YAML library can start faster.
  row('  floor: js-yaml alone reads the example', beside(floor), '');
  const s = paired(9, () => spawnTime(['-e', '0']), () => spawnTime([cli, 'validate', example]));
  row('  the same in wall time / node -e 0', `${s.ratio.toFixed(2)}× (${ms(s.subject)} vs ${ms(s.baseline)})`, '');
}

async function print() {
  const width = Math.max(...rows.map((r) => r.what.length));
  console.log(`node ${process.version}, ${(await import('node:os')).cpus().length} cores\n`);
  for (const r of rows) console.log(`${r.what.padEnd(width)}  ${r.value}   ${r.target ? `target ${r.target}` : ''}`.trimEnd());
}

// `npm run bench -- --startup`: the start-up rows alone, in a minute.
if (process.argv.includes('--startup')) {
  await print();
  process.exit(0);
}

// 2. Validate the forum in-process, against the `yaml` document parser alone on the same text.
const forumBytes = readFileSync(forum);
const forumHalfBytes = readFileSync(forumHalf);
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
  // Each rule alone on a fresh model: its time includes the parts of the model it is the first to need
  // (schedules, travel times), which all rules share when they run together; so the total is taken
  // from one run of all the rules on one fresh model, not summed.
  const runRule = (rule, model) => rule.check({ model, syntax: [], options: engine.DEFAULT_RULE_OPTIONS, report() {} });
  const perRule = engine.RULES.map((rule) => [rule.id, best(() => runRule(rule, engine.buildModel(value))) - build]);
  const rules = best(() => {
    const model = engine.buildModel(value);
    for (const rule of engine.RULES) runRule(rule, model);
  }) - build;
  row('  of which: read (fast path) / build model / all rules', `${ms(read)} / ${ms(build)} / ${ms(rules)}`, '');
  const slowest = [...perRule].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([id, t]) => `${id} ${ms(Math.max(0, t))}`).join(', ');
  row('  slowest rules, each alone', slowest, '');
}

// 3. Doubling the events.
const d = paired(5, check(forumHalfBytes), check(forumBytes));
row('validate 20,000 events / 10,000 events, in-process', `${d.ratio.toFixed(2)}× (${ms(d.subject)} vs ${ms(d.baseline)})`, '≤ 2.2×');

// 4. The whole command on the forum against the peer a team would use instead (bench/peer.mjs:
// js-yaml + Ajv on our own JSON Schema, structure only), with peak memory.
const rss = (args) => {
  const script = `process.on('exit', () => process.stderr.write('\\nRSS ' + process.resourceUsage().maxRSS + '\\n')); const { main } = await import(${JSON.stringify(join(root, 'dist', 'cli.js'))}); await main([process.argv[0], 'delegation', ...${JSON.stringify(args)}]);`;
  const t = performance.now();
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1 << 28 });
  const wall = performance.now() - t;
  const kb = Number(/RSS (\d+)/.exec(r.stderr)?.[1] ?? NaN);
  return { wall, mb: kb / 1024, status: r.status, stderr: r.stderr };
};
const peer = join(root, 'bench', 'peer.mjs');
// 4–5. The whole commands on the forum, each round running in turn `node -e 0`, the peer on each file
// (bench/peer.mjs: js-yaml + Ajv on our own JSON Schema, structure only), validate on each file and the
// day sheets for everyone, so that every ratio is taken between runs of the same round. Wall and CPU
// time (user + system, as the process reports it at exit) of each run; medians of per-round ratios.
const spawnBoth = (args) => {
  const t = performance.now();
  const cpu = spawnCpu(args);
  return { wall: performance.now() - t, cpu };
};
const dir = mkdtempSync(join(tmpdir(), 'delegation-bench-'));
const sheetArgs = () => [cli, 'day-sheets', forum, '--all-people', '--format', 'html', '-o', join(dir, String(Math.random()).slice(2))];
const series = { node: [], peer: [], validate: [], peerHalf: [], validateHalf: [], sheets: [] };
const ROUNDS = 5;
for (let i = 0; i < ROUNDS; i++) {
  series.node.push(spawnBoth(['-e', '0']));
  series.peer.push(spawnBoth([peer, forum]));
  series.validate.push(spawnBoth([cli, 'validate', forum]));
  series.peerHalf.push(spawnBoth([peer, forumHalf]));
  series.validateHalf.push(spawnBoth([cli, 'validate', forumHalf]));
  series.sheets.push(spawnBoth(sheetArgs()));
}
const sheetCount = readdirSync(join(dir, readdirSync(dir)[0]), { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
rmSync(dir, { recursive: true, force: true });
/** Median of the per-round ratios of two series, in wall or CPU time. */
const ratio = (a, b, k) => median(series[a].map((x, i) => x[k] / series[b][i][k]));
const med = (a, k) => median(series[a].map((x) => x[k]));
const both = (a, b) => `${ratio(a, b, 'wall').toFixed(2)}× wall, ${ratio(a, b, 'cpu').toFixed(2)}× CPU`;
const baselines = (a, peerSeries) => `${both(a, peerSeries)} the peer (${ms(med(peerSeries, 'wall'))}); ${both(a, 'node')} node -e 0 (${ms(med('node', 'wall'))})`;
row('validate forum, whole command / peer (js-yaml + Ajv)', `${both('validate', 'peer')} (${ms(med('validate', 'wall'))} wall, ${ms(med('validate', 'cpu'))} CPU vs ${ms(med('peer', 'wall'))}); ${both('validate', 'node')} node -e 0`, '≤ 1.0× peer');
row('  the same, forum / half the events', `${both('validate', 'validateHalf')} (${ms(med('validateHalf', 'wall'))}); beside: ${baselines('validate', 'peer')}`, '≤ 2.2×');
row(`day-sheets --all-people --format html on the forum (${sheetCount} sheets) / validate`, `${both('sheets', 'validate')} (${ms(med('sheets', 'wall'))} wall, ${ms(med('sheets', 'cpu'))} CPU); beside: ${baselines('sheets', 'peer')}`, '≤ 2× validate');
const validatePeak = Math.max(...[0, 1].map(() => rss(['validate', forum]).mb));
const sheetsDir = mkdtempSync(join(tmpdir(), 'delegation-bench-'));
const sheetsPeak = rss(['day-sheets', forum, '--all-people', '--format', 'html', '-o', join(sheetsDir, 'sheets')]).mb;
rmSync(sheetsDir, { recursive: true, force: true });
row('peak RSS, validate / day sheets (forum)', `${validatePeak.toFixed(0)} MB / ${sheetsPeak.toFixed(0)} MB`, '≤ 500 MB');

// 6. PDF day sheets for everyone in the example (one browser), as sheets per second.
if (!process.argv.includes('--no-pdf') && existsSync(example)) {
  const pdfDir = mkdtempSync(join(tmpdir(), 'delegation-bench-pdf-'));
  const r = rss(['day-sheets', example, '--all-people', '--format', 'pdf', '-o', pdfDir]);
  const count = readdirSync(pdfDir, { recursive: true }).filter((f) => String(f).endsWith('.pdf')).length;
  rmSync(pdfDir, { recursive: true, force: true });
  row('day-sheets --all-people --format pdf on the example', r.status === 0 ? `${(count / (r.wall / 1000)).toFixed(1)} sheets/s (${count} sheets in ${ms(r.wall)})` : `not measured (exit ${r.status}): ${r.stderr.split('\n')[0]}`, '');
}

await print();
