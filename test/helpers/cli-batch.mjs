// Runs many command lines of the built CLI in one Node process (one start-up instead of one per run):
// reads a JSON list of argument lists on stdin, writes a JSON list of { status, stdout, stderr }.
import { readFileSync } from 'node:fs';

const runs = JSON.parse(readFileSync(0, 'utf8'));
const { main } = await import(new URL('../../dist/cli.js', import.meta.url).href);
const write = { out: process.stdout.write.bind(process.stdout), err: process.stderr.write.bind(process.stderr) };
process.stdout.setMaxListeners(0);
process.setMaxListeners(0);
const results = [];
for (const args of runs) {
  let stdout = '';
  let stderr = '';
  process.stdout.write = (chunk) => ((stdout += String(chunk)), true);
  process.stderr.write = (chunk) => ((stderr += String(chunk)), true);
  process.exitCode = undefined;
  try {
    await main([process.execPath, 'delegation', ...args]);
  } catch (error) {
    stderr += `harness: ${error instanceof Error ? error.stack : String(error)}`;
  }
  process.stdout.write = write.out;
  process.stderr.write = write.err;
  results.push({ status: process.exitCode ?? 0, stdout, stderr });
}
process.exitCode = 0;
write.out(JSON.stringify(results));
