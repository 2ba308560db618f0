// Golden files: output is compared with a committed file. A test run never writes one: a missing or
// different golden fails. `npm run goldens:update` (GOLDENS_UPDATE=1) rewrites them; read the diff
// before committing it.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { expect } from 'vitest';

/** Set only by `npm run goldens:update`. */
export const UPDATING = process.env.GOLDENS_UPDATE === '1';

export function expectGolden(actual: string, path: string): void {
  if (UPDATING) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
  }
  if (!existsSync(path)) throw new Error(`missing golden file ${relative(process.cwd(), path)}: run npm run goldens:update and read the new file`);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}
