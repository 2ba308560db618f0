#!/usr/bin/env node
// The command is built into dist/ by `npm install` (the `prepare` script) or `npm run build`.
import { existsSync } from 'node:fs';
import module from 'node:module';

// Node 22.1+ keeps compiled code between runs; on Node 20 this is a no-op.
module.enableCompileCache?.();

const entry = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('delegation: the command is not built yet. Run `npm install` or `npm run build` in the project folder.\n');
  process.exit(2);
}
const { main } = await import(entry.href);
await main(process.argv);
