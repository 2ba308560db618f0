// delegation.config.yaml: rule severities and the thresholds the format fixes by default. Parses and
// validates the file's text; finding and reading the file is done by the callers.
import { RULE_IDS, type RuleId } from '../diagnostics/types.js';
import { loadConfigSchema } from './config-schema-loader.js';
import { nearest } from '../model/suggest.js';
import { DEFAULT_RULE_OPTIONS, RULE_OPTION_SPECS, type RuleOptions } from '../rules/index.js';
import { locatePath, toLinePosition } from '../source/locate.js';
import { parseYaml } from '../source/parse.js';
import { phraseWords } from '../source/yaml-words.js';
import type { CheckOptions, RuleSetting } from './check.js';
import { foundValue } from '../model/wording.js';
import { englishWords } from '../source/catalogue.js';
import { words, type Words } from '../text/words.js';

export const RULE_SETTINGS = ['error', 'warning', 'off'] as const;

/** Every threshold of RuleOptions with its name in the config file, as the rule that reads it declares it. */
export const OPTION_SPECS = RULE_OPTION_SPECS;

const OPTION_KEYS = Object.keys(OPTION_SPECS) as (keyof RuleOptions)[];
const OPTION_NAMES = OPTION_KEYS.map((key) => OPTION_SPECS[key].name);
const TOP_KEYS = ['rules', 'options'];

/** What a config file says, in the engine's terms. */
export interface Config {
  rules: Partial<Record<RuleId, RuleSetting>>;
  options: Partial<RuleOptions>;
}

/** A mistake in a config file, at its 1-based position in the file. */
export interface ConfigProblem {
  /** In English. */
  message: string;
  /** The sentence as a message id and data, for the language of the run (the YAML reader's own texts have none). */
  words?: Words;
  line: number;
  column: number;
}

export interface ParsedConfig {
  config: Config;
  problems: ConfigProblem[];
}

/** Prefix of zod messages for unknown keys; the keys are turned into messages with suggestions. */
const UNKNOWN = 'unknown-keys';

/** Parse and check the text of a config file. Problems are all reported, not only the first. */
export function parseConfig(text: string): ParsedConfig {
  const config: Config = { rules: {}, options: {} };
  const parsed = parseYaml(text);
  const at = (path: (string | number)[], key = false) => {
    const position = toLinePosition(parsed.lineCounter, locatePath(parsed.doc, text, path, key), text);
    return { line: position.line, column: position.column };
  };
  if (parsed.problems.length > 0) {
    const problems = parsed.problems.map((problem) => ({
      message: problem.message,
      // The reader's phrase, worded in the language of the run like the other problems of the file.
      ...(problem.wording ? { words: phraseWords(problem.wording.message) } : {}),
      ...(problem.line !== undefined ? { line: problem.line, column: problem.column ?? 1 } : positionOf(parsed.lineCounter, problem.start)),
    }));
    return { config, problems };
  }
  const problems: ConfigProblem[] = [];
  const raw = parsed.value ?? {};
  const schemas = loadConfigSchema().configSchemas(OPTION_SPECS, RULE_SETTINGS, UNKNOWN);
  const result = schemas.file.safeParse(raw);
  const said = (w: Words, at: { line: number; column: number }): ConfigProblem => ({ message: englishWords(w), words: w, ...at });
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path as (string | number)[];
      if (issue.code === 'unrecognized_keys' && issue.message === UNKNOWN) {
        const inOptions = path[0] === 'options';
        for (const key of issue.keys) {
          const known = (inOptions ? OPTION_NAMES : TOP_KEYS).join(', ');
          const suggestion = nearest(key, inOptions ? OPTION_NAMES : TOP_KEYS);
          const hasSuggestion = suggestion ? 'yes' : 'no';
          const w = inOptions
            ? words('config.unknownOption', { key, hasSuggestion, suggestion: suggestion ?? '', known })
            : words('config.unknownKey', { key, hasSuggestion, suggestion: suggestion ?? '', known });
          problems.push(said(w, at([...path, key], true)));
        }
        continue;
      }
      problems.push(said(valueProblem(path, valueAt(raw, path)), at(path)));
    }
  }
  const rules = (raw as { rules?: Record<string, unknown> | null }).rules;
  if (rules && typeof rules === 'object' && !Array.isArray(rules)) {
    for (const [id, setting] of Object.entries(rules)) {
      if (!(RULE_IDS as readonly string[]).includes(id)) {
        const suggestion = nearest(id, RULE_IDS);
        problems.push(said(words('config.unknownRule', { id, hasSuggestion: suggestion ? 'yes' : 'no', suggestion: suggestion ?? '' }), at(['rules', id], true)));
        continue;
      }
      if (id === 'yaml-syntax' && (setting === 'off' || setting === 'warning')) {
        problems.push(said(words('config.syntaxAlways', { setting }), at(['rules', id])));
        continue;
      }
      if ((RULE_SETTINGS as readonly unknown[]).includes(setting)) config.rules[id as RuleId] = setting as RuleSetting;
    }
  }
  const options = (raw as { options?: Record<string, unknown> | null }).options;
  if (options && typeof options === 'object' && !Array.isArray(options)) {
    for (const key of OPTION_KEYS) {
      const value = options[OPTION_SPECS[key].name];
      if (value !== undefined && schemas.option(OPTION_SPECS[key]).safeParse(value).success) config.options[key] = value as number;
    }
  }
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  return { config, problems };
}

/** A value of the wrong type or out of range, by where it stands in the file. */
function valueProblem(path: readonly (string | number)[], value: unknown): Words {
  const found = foundWords(value);
  if (path.length === 0) return words('config.notMapping', { found });
  if (path[0] === 'rules') return path.length === 1 ? words('config.rulesNotMapping', { found }) : words('config.setting', { rule: String(path[1]), found });
  const spec = Object.values(OPTION_SPECS).find((s) => s.name === path[1]);
  if (path.length === 1 || !spec) return words('config.optionsNotMapping', { found });
  const unit = ['hours', 'months', 'minutes'].includes(spec.unit) ? spec.unit : spec.unit === 'km/h' ? 'kmh' : 'ratio';
  return words('config.optionValue', {
    name: spec.name,
    kind: spec.schema.type === 'integer' ? 'integer' : 'number',
    unit,
    min: spec.schema.minimum,
    max: spec.schema.maximum,
    found,
  });
}

/** The value found, as the file writes it (a number, a string in quotes) or as a sentence that says what it is. */
function foundWords(value: unknown): string | Words {
  const found = foundValue(value);
  return typeof found === 'string' ? found : phraseWords({ id: found.say, ...(found.data ? { data: found.data } : {}) });
}

function valueAt(raw: unknown, path: readonly (string | number)[]): unknown {
  let value = raw;
  for (const step of path) value = typeof value === 'object' && value !== null ? (value as Record<string | number, unknown>)[step] : undefined;
  return value;
}

function positionOf(lineCounter: { linePos(offset: number): { line: number; col: number } }, offset: number) {
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

/** The check options a config gives: what checkSource takes. */
export function checkOptionsOf(config: Config): CheckOptions {
  return { rules: { ...config.rules }, options: { ...config.options } };
}

/** The thresholds in force, by their config names, for `delegation rules`. */
export function effectiveOptions(config: Config | undefined): Record<string, number> {
  const merged: RuleOptions = { ...DEFAULT_RULE_OPTIONS, ...config?.options };
  return Object.fromEntries(OPTION_KEYS.map((key) => [OPTION_SPECS[key].name, merged[key]]));
}
