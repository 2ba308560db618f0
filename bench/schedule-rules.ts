// Times the schedule rules on a generated forum-size programme: `tsrun bench/schedule-rules.ts [people] [events]`.
// Each run builds a fresh model, so the shared schedule index is built inside the timed part.
/* eslint-disable no-console -- a benchmark prints its figures */
import { buildModel } from '../src/model/build.js';
import { RULES, DEFAULT_RULE_OPTIONS } from '../src/rules/index.js';
import { forumProgramme } from './forum.js';

const SCHEDULE_RULES = new Set(['person-overlap', 'vehicle-overlap', 'travel-time', 'capacity', 'unscheduled-person', 'long-day', 'meal-gap']);
const rules = RULES.filter((r) => SCHEDULE_RULES.has(r.id));

const people = Number(process.argv[2] ?? 2000);
const events = Number(process.argv[3] ?? 20000);
const runs = Number(process.argv[4] ?? 5);
const raw = forumProgramme({ people, events });

// A fixed workload to compare machines: sorting a million numbers takes about 0.2 s on a current laptop.
const a = Array.from({ length: 1e6 }, (_, i) => Math.sin(i));
const c0 = process.cpuUsage();
a.sort((x, y) => x - y);
const calib = process.cpuUsage(c0);
console.log(`calibration: sorting 1e6 numbers takes ${((calib.user + calib.system) / 1000).toFixed(0)} ms CPU here`);

const best = new Map<string, number>();
let bestTotal = Infinity;
for (let run = 0; run < runs; run++) {
  const model = buildModel(raw);
  const counts: string[] = [];
  const start = process.cpuUsage();
  for (const rule of rules) {
    const r0 = process.cpuUsage();
    let n = 0;
    rule.check({ model, syntax: [], options: DEFAULT_RULE_OPTIONS, report: () => void n++ });
    const r = process.cpuUsage(r0);
    best.set(rule.id, Math.min(best.get(rule.id) ?? Infinity, (r.user + r.system) / 1000));
    counts.push(`${rule.id} ${n}`);
  }
  const total = process.cpuUsage(start);
  bestTotal = Math.min(bestTotal, (total.user + total.system) / 1000);
  if (run === 0) {
    console.log(`${model.people.length} people, ${model.events.length} events, ${model.events.reduce((n, e) => n + e.people.length, 0)} attendances`);
    console.log(`findings: ${counts.join(', ')}`);
  }
}
console.log(`schedule rules together, best of ${runs}: ${bestTotal.toFixed(0)} ms CPU`);
console.log(`per rule (best): ${[...best].map(([id, ms]) => `${id} ${ms.toFixed(0)} ms`).join(', ')}`);
