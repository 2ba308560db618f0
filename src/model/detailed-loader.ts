// How the model's builder reaches the detailed check (detailed.ts, with zod). From the sources it is
// an ordinary import; the build replaces this module with a synchronous require() of the detailed
// check bundled on its own (dist/lazy/detailed.cjs), so that a command reading a well-formed file
// never loads zod or builds its schemas (scripts/build.mjs).
import * as detailed from './detailed.js';

export function loadDetailed(): typeof detailed {
  return detailed;
}
