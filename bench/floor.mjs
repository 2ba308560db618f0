#!/usr/bin/env node
// The floor of the start-up rows in `npm run bench`: what reading a file costs with nothing else done.
// js-yaml (core schema, the fastest YAML reader for Node.js we know, and the peer's) parses the file;
// no model, no rules, no output. No command that reads the whole file can start faster than this.
import { readFileSync } from 'node:fs';
import jsyaml from 'js-yaml';

jsyaml.load(readFileSync(process.argv[2], 'utf8'), { schema: jsyaml.CORE_SCHEMA });
