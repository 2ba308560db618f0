// Golden files of the exports, in test/golden/exports (see golden.ts: a test run never writes one).
import { readFileSync } from 'node:fs';
import { expectGolden as expectFileGolden } from './golden.js';
import { join } from 'node:path';
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
  expectFileGolden(actual, join(GOLDEN_DIR, name));
}

export function loadFixtureModel(name: string): Model {
  const result = checkText(readFileSync(join(FIXTURE_DIR, name), 'utf8'));
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0 || !result.model) throw new Error(`fixture ${name} has errors: ${errors.map((d) => d.message).join('; ')}`);
  return result.model;
}
