#!/usr/bin/env node
// The peer `npm run bench` compares with: what a team would use instead of `delegation validate`, a
// generic structural check. js-yaml reads the file with the core schema, Ajv (draft 2020-12) validates
// it against our own schema/itinerary.schema.json. Exit 0 valid, 1 invalid, like `validate`.
import { readFileSync } from 'node:fs';
import jsyaml from 'js-yaml';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const schema = JSON.parse(readFileSync(new URL('../schema/itinerary.schema.json', import.meta.url), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);
let failed = 0;
for (const file of process.argv.slice(2)) {
  const value = jsyaml.load(readFileSync(file, 'utf8'), { schema: jsyaml.CORE_SCHEMA });
  if (!validate(value)) {
    failed++;
    for (const e of validate.errors.slice(0, 20)) console.log(`${file}: ${e.instancePath || '/'} ${e.message}`);
  }
}
process.exit(failed ? 1 : 0);
