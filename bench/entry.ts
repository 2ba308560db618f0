// What the benchmark calls in-process: the engine as validate runs it, and the `yaml` parser alone
// as the baseline it is compared with.
export { checkSource } from '../src/engine/check.js';
export { decodeText } from '../src/source/decode.js';
export { parseYaml } from '../src/source/parse.js';
export { fastParse } from '../src/source/fast-parse.js';
export { buildModel } from '../src/model/build.js';
export { parseDocument } from 'yaml';
export { RULES, DEFAULT_RULE_OPTIONS } from '../src/rules/index.js';
