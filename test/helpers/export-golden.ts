// Golden files of the exports: compare with the stored file; UPDATE_GOLDEN=1 rewrites it (then read the diff).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { checkText } from './check.js';
import type { Model } from '../../src/model/types.js';
import { loadLabels } from '../../src/io/templates.js';
import { labelsFor, type Labels } from '../../src/render/labels.js';

const SHIPPED = loadLabels();

/** The shipped words of `lang`, as the commands pass them to the renderers. */
export function labelsIn(lang: string): Labels {
  return labelsFor(SHIPPED, lang);
}

export const GOLDEN_DIR = join(import.meta.dirname, '..', 'golden', 'exports');
export const FIXTURE_DIR = join(import.meta.dirname, '..', 'fixtures', 'exports');

export function expectGolden(name: string, actual: string): void {
  const path = join(GOLDEN_DIR, name);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(path)) {
    if (process.env.CI) throw new Error(`golden file ${name} is missing`);
    writeFileSync(path, actual);
  }
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

export function loadFixtureModel(name: string): Model {
  const result = checkText(readFileSync(join(FIXTURE_DIR, name), 'utf8'));
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0 || !result.model) throw new Error(`fixture ${name} has errors: ${errors.map((d) => d.message).join('; ')}`);
  return result.model;
}
