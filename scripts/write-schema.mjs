// Rewrites schema/itinerary.schema.json from the zod definitions (src/model/json-schema.ts), so the
// published JSON Schema never drifts from the validator. A test fails when the file is stale.
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';

const result = await build({
  entryPoints: [new URL('../src/model/json-schema.ts', import.meta.url).pathname],
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
  logLevel: 'warning',
});
const code = result.outputFiles[0].text;
const { jsonSchemaText } = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
const target = new URL('../schema/itinerary.schema.json', import.meta.url);
writeFileSync(target, jsonSchemaText());
console.log(`wrote ${target.pathname}`);
