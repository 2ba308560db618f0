// Which configuration applies to each itinerary: the file given with --config, none with --no-config,
// else the nearest delegation.config.yaml. A config that cannot be followed stops the command (exit 2).
import { dirname, resolve } from 'node:path';
import { checkOptionsOf, parseConfig, type Config } from '../engine/config.js';
import type { CheckOptions } from '../engine/check.js';
import { findConfigFile } from '../source/config-file.js';
import { UserError } from '../source/errors.js';
import { readSourceFile } from '../source/read.js';
import { displayPath } from './display-path.js';
import { words } from '../text/words.js';

/** `--config FILE` (a path), `--no-config` (false), or neither (undefined: search). */
export type ConfigChoice = string | false | undefined;

export interface AppliedConfig {
  /** The config file, as given or found; undefined when none applies. */
  file?: string;
  config?: Config;
  check: CheckOptions;
}

const NONE: AppliedConfig = { check: {} };

/** Returns the configuration for a file or folder; each config file is read and checked once. */
export function configLookup(choice: ConfigChoice, cwd: string): (path: string, isFolder?: boolean) => AppliedConfig {
  const loaded = new Map<string, AppliedConfig>();
  const load = (file: string): AppliedConfig => {
    const key = resolve(cwd, file);
    let applied = loaded.get(key);
    if (!applied) {
      applied = loadConfigFile(key, cwd);
      loaded.set(key, applied);
    }
    return applied;
  };
  if (choice === false) return () => NONE;
  if (typeof choice === 'string') {
    const applied = load(choice);
    return () => applied;
  }
  const found = new Map<string, string | undefined>();
  return (path, isFolder = false) => {
    const file = findConfigFile(isFolder ? resolve(cwd, path) : dirname(resolve(cwd, path)), found);
    return file ? load(file) : NONE;
  };
}

export function loadConfigFile(file: string, cwd: string): AppliedConfig {
  const shown = displayPath(file, cwd);
  let decoded;
  try {
    decoded = readSourceFile(file);
  } catch (error) {
    if (error instanceof UserError) {
      const folder = error.words?.id === 'isFolder';
      const inner = error.words ? words(error.words.id, Object.fromEntries(Object.entries(error.words.data ?? {}).map(([k, v]) => [k, v === file ? shown : v]))) : error.message.replace(file, shown);
      const hint = folder ? words('configIsFolder.hint') : (error.hintWords ?? error.hint);
      throw new UserError(words('inConfiguration', { message: inner }), hint, error.exitCode);
    }
    throw error;
  }
  if (decoded.problem) throw new UserError(words('fileProblem', { path: shown, problem: decoded.problem.words }), decoded.problem.hintWords);
  const { config, problems } = parseConfig(decoded.text);
  if (problems.length > 0) {
    const lines = problems.map((p) => words('config.problemAt', { at: `${shown}:${p.line}:${p.column}`, problem: p.words ?? p.message }));
    throw new UserError(words('badConfig', { path: shown, problems: lines }), words('badConfig.hint'));
  }
  return { file, config, check: checkOptionsOf(config) };
}
