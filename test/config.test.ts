// delegation.config.yaml: parsing and validation, where the file is found, and how its settings reach the rules.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configLookup } from '../src/commands/config.js';
import { checkOptionsOf, OPTION_SPECS, parseConfig } from '../src/engine/config.js';
import { DEFAULT_RULE_OPTIONS, type Rule, type RuleOptions } from '../src/rules/index.js';
import { findConfigFile } from '../src/source/config-file.js';
import { UserError } from '../src/source/errors.js';
import { checkText } from './helpers/check.js';

const itinerary = readFileSync(join(import.meta.dirname, 'fixtures', 'config', 'itinerary.yaml'), 'utf8');


/** The problems as their English texts and positions (their message ids are for other languages). */
function english(text: string) {
  const parsed = parseConfig(text);
  return { ...parsed, problems: parsed.problems.map(({ message, line, column }) => ({ message, line, column })) };
}

describe('parseConfig', () => {
  it('reads rule settings and options', () => {
    const { config, problems } = parseConfig('rules:\n  day-order: error\n  schema: off\noptions:\n  long-day-hours: 16\n  road-factor: 1.5\n');
    expect(problems).toEqual([]);
    expect(config).toEqual({ rules: { 'day-order': 'error', schema: 'off' }, options: { longDayHours: 16, roadFactor: 1.5 } });
  });

  it('accepts an empty file and empty sections', () => {
    expect(parseConfig('')).toEqual({ config: { rules: {}, options: {} }, problems: [] });
    expect(parseConfig('# nothing yet\nrules:\noptions:\n')).toEqual({ config: { rules: {}, options: {} }, problems: [] });
  });

  it('reports an unknown rule id at its key, with the nearest id', () => {
    const { problems } = english('rules:\n  day-order: warning\n  meal-gaps: off\n');
    expect(problems).toEqual([{ message: 'unknown rule "meal-gaps" (did you mean "meal-gap"?)', line: 3, column: 3 }]);
  });

  it('reports an unknown rule id far from every id without a suggestion', () => {
    const { problems } = english('rules:\n  spelling: off\n');
    expect(problems).toEqual([{ message: 'unknown rule "spelling"', line: 2, column: 3 }]);
  });

  it('reports an unknown option at its key, with the nearest name', () => {
    const { problems } = english('options:\n  long-day-hour: 12\n');
    expect(problems).toEqual([{ message: 'unknown option "long-day-hour" (did you mean "long-day-hours"?)', line: 2, column: 3 }]);
  });

  it('reports an unknown top-level key, with the nearest name', () => {
    const { problems } = english('rule:\n  schema: off\n');
    expect(problems).toEqual([{ message: 'unknown key "rule" (did you mean "rules"?)', line: 1, column: 1 }]);
  });

  it('reports values of the wrong type at the value', () => {
    const { problems, config } = english('rules:\n  time-order: false\n  schema: warn\noptions:\n  check-in-minutes: "90"\n  passport-months: 6.5\n  road-speed-kmh: 0\n');
    expect(problems).toEqual([
      { message: 'time-order: expected error, warning or off, found false (a yes/no value)', line: 2, column: 15 },
      { message: 'schema: expected error, warning or off, found "warn"', line: 3, column: 11 },
      { message: 'check-in-minutes: expected a whole number of minutes from 0 to 600, found "90"', line: 5, column: 21 },
      { message: 'passport-months: expected a whole number of months from 0 to 120, found 6.5', line: 6, column: 20 },
      { message: 'road-speed-kmh: expected a number of km/h from 5 to 200, found 0', line: 7, column: 19 },
    ]);
    expect(config).toEqual({ rules: {}, options: {} });
  });

  it('reports sections of the wrong shape', () => {
    expect(english('rules: [schema]\n').problems).toEqual([
      { message: 'rules: expected a mapping of rule ids to error, warning or off, found a list', line: 1, column: 8 },
    ]);
    expect(english('- rules\n').problems).toEqual([{ message: 'expected a mapping with rules and options, found a list', line: 1, column: 1 }]);
  });

  it('reports malformed YAML with its position', () => {
    const { problems } = english('rules:\n  schema: off\n  schema: error\n');
    expect(problems).toEqual([{ message: 'the key "schema" appears twice in the same mapping', line: 3, column: 3 }]);
    expect(parseConfig('rules:\n  "day-order": off\n  "day-order": error\n').problems[0]?.message).toBe('the key "day-order" appears twice in the same mapping');
  });

  it('refuses to turn yaml-syntax off or into a warning, and accepts it as an error', () => {
    expect(english('rules:\n  yaml-syntax: off\n').problems).toEqual([
      { message: 'yaml-syntax cannot be turned off: a file that is not valid YAML cannot be checked at all', line: 2, column: 16 },
    ]);
    expect(parseConfig('rules:\n  yaml-syntax: warning\n').problems[0]?.message).toMatch(/cannot be turned into a warning/);
    expect(parseConfig('rules:\n  yaml-syntax: error\n').problems).toEqual([]);
  });

  it('accepts every rule id of the format, including unused-suppression', () => {
    const { config, problems } = parseConfig('rules:\n  meal-gap: off\n  long-day: error\n  unused-suppression: error\n');
    expect(problems).toEqual([]);
    expect(config.rules).toEqual({ 'meal-gap': 'off', 'long-day': 'error', 'unused-suppression': 'error' });
  });
});

describe('options reach the rules', () => {
  // A rule that reports the thresholds it was given, so the plumbing is tested without any real rule.
  const probe: Rule = {
    id: 'long-day',
    defaultSeverity: 'warning',
    description: 'test probe',
    meta: { messages: { options: '{options}' }, docs: { url: 'docs/rules/long-day.md' }, tags: ['schedule'] },
    check: ({ options, report }) => report({ path: ['visit'], messageId: 'options', data: { options: JSON.stringify(options) } }),
  };
  const seen = (configText: string): RuleOptions => {
    const { config, problems } = parseConfig(configText);
    expect(problems).toEqual([]);
    const { diagnostics } = checkText(itinerary, { ...checkOptionsOf(config), ruleSet: [probe] });
    expect(diagnostics).toHaveLength(1);
    return JSON.parse(diagnostics[0]!.message) as RuleOptions;
  };

  it('gives the defaults when the config sets nothing', () => {
    expect(seen('')).toEqual(DEFAULT_RULE_OPTIONS);
  });

  it('makes every RuleOptions key configurable under its documented name', () => {
    const keys = Object.keys(DEFAULT_RULE_OPTIONS) as (keyof RuleOptions)[];
    expect(Object.keys(OPTION_SPECS).sort()).toEqual([...keys].sort());
    const docs = readFileSync(join(import.meta.dirname, '..', 'docs', 'configuration.md'), 'utf8');
    for (const key of keys) {
      const spec = OPTION_SPECS[key];
      // A value inside the bounds that differs from the default.
      const value = DEFAULT_RULE_OPTIONS[key] === spec.schema.maximum ? spec.schema.minimum : spec.schema.maximum;
      expect(value).not.toBe(DEFAULT_RULE_OPTIONS[key]);
      expect(seen(`options:\n  ${spec.name}: ${value}\n`)).toEqual({ ...DEFAULT_RULE_OPTIONS, [key]: value });
      expect(docs, `docs/configuration.md documents ${spec.name}`).toContain(`\`${spec.name}\``);
    }
    expect(readFileSync(join(import.meta.dirname, '..', 'docs', 'rules', 'unused-suppression.md'), 'utf8')).toMatch(/^# unused-suppression\n/);
  });

  it('applies a severity override and off to the rule', () => {
    const { config } = parseConfig('rules:\n  long-day: error\n');
    expect(checkText(itinerary, { ...checkOptionsOf(config), ruleSet: [probe] }).diagnostics[0]?.severity).toBe('error');
    const off = parseConfig('rules:\n  long-day: off\n').config;
    expect(checkText(itinerary, { ...checkOptionsOf(off), ruleSet: [probe] }).diagnostics).toEqual([]);
  });

  it('changes the findings of the structural rules', () => {
    const plain = checkText(itinerary).diagnostics.map((d) => [d.rule, d.severity, d.line, d.column]);
    expect(plain).toEqual([['day-order', 'warning', 28, 16]]);
    const stricter = checkText(itinerary, checkOptionsOf(parseConfig('rules: { day-order: error }').config)).diagnostics;
    expect(stricter.map((d) => [d.rule, d.severity, d.line, d.column])).toEqual([['day-order', 'error', 28, 16]]);
    expect(checkText(itinerary, checkOptionsOf(parseConfig('rules: { day-order: off }').config)).diagnostics).toEqual([]);
  });
});

describe('finding the config file', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'delegation-config-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const write = (path: string, text = '') => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  };

  it('walks up from the folder, and the nearest file wins', () => {
    write('delegation.config.yaml');
    write('visits/2023/delegation.config.yml');
    write('visits/2023/china/trip.yaml');
    write('visits/2024/trip.yaml');
    expect(findConfigFile(join(root, 'visits', '2023', 'china'))).toBe(join(root, 'visits', '2023', 'delegation.config.yml'));
    expect(findConfigFile(join(root, 'visits', '2024'))).toBe(join(root, 'delegation.config.yaml'));
    expect(findConfigFile(root)).toBe(join(root, 'delegation.config.yaml'));
  });

  it('stops at a repository root', () => {
    write('delegation.config.yaml');
    mkdirSync(join(root, 'repo', '.git'), { recursive: true });
    write('repo/visits/trip.yaml');
    expect(findConfigFile(join(root, 'repo', 'visits'))).toBeUndefined();
    write('repo/delegation.config.yaml');
    expect(findConfigFile(join(root, 'repo', 'visits'))).toBe(join(root, 'repo', 'delegation.config.yaml'));
  });

  it('treats a .git file (a worktree or submodule) as a repository root too', () => {
    write('delegation.config.yaml');
    write('repo/.git', 'gitdir: ../elsewhere\n');
    expect(findConfigFile(join(root, 'repo'))).toBeUndefined();
  });

  it('ignores a folder named like the config file', () => {
    write('delegation.config.yaml');
    mkdirSync(join(root, 'sub', 'delegation.config.yaml'), { recursive: true });
    expect(findConfigFile(join(root, 'sub'))).toBe(join(root, 'delegation.config.yaml'));
  });

  it('refuses two config files in one folder', () => {
    write('delegation.config.yaml');
    write('delegation.config.yml');
    expect(() => findConfigFile(root)).toThrow(/holds both delegation.config.yaml and delegation.config.yml/);
  });

  it('remembers what it found for every folder on the way', () => {
    write('delegation.config.yaml');
    write('a/b/trip.yaml');
    const cache = new Map<string, string | undefined>();
    expect(findConfigFile(join(root, 'a', 'b'), cache)).toBe(join(root, 'delegation.config.yaml'));
    expect(cache.get(join(root, 'a'))).toBe(join(root, 'delegation.config.yaml'));
    rmSync(join(root, 'delegation.config.yaml'));
    // Answered from the cache: within one run, the file system is read once.
    expect(findConfigFile(join(root, 'a'), cache)).toBe(join(root, 'delegation.config.yaml'));
  });

  it('gives each itinerary its config; --config overrides; --no-config ignores them', () => {
    write('delegation.config.yaml', 'rules: { day-order: error }\n');
    write('sub/delegation.config.yaml', 'rules: { day-order: off }\n');
    write('other.config.yaml', 'rules: { schema: warning }\n');
    const lookup = configLookup(undefined, root);
    expect(lookup(join(root, 'trip.yaml')).check.rules).toEqual({ 'day-order': 'error' });
    expect(lookup(join(root, 'sub', 'trip.yaml')).check.rules).toEqual({ 'day-order': 'off' });
    expect(lookup('sub', true).file).toBe(join(root, 'sub', 'delegation.config.yaml'));
    const given = configLookup('other.config.yaml', root);
    expect(given(join(root, 'sub', 'trip.yaml')).check.rules).toEqual({ schema: 'warning' });
    expect(configLookup(false, root)(join(root, 'sub', 'trip.yaml'))).toEqual({ check: {} });
  });

  it('stops with exit code 2 on a config that cannot be followed, naming file, line and column', () => {
    write('delegation.config.yaml', 'rules:\n  meal-gaps: off\n');
    const lookup = configLookup(undefined, root);
    let error: unknown;
    try {
      lookup(join(root, 'trip.yaml'));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).exitCode).toBe(2);
    expect((error as UserError).message).toBe(
      'delegation.config.yaml is not a valid configuration:\n  delegation.config.yaml:2:3  unknown rule "meal-gaps" (did you mean "meal-gap"?)',
    );
  });

  it('names a --config file that does not exist as given', () => {
    expect(() => configLookup('missing.yaml', root)).toThrow('configuration missing.yaml: no such file or folder');
  });
});
