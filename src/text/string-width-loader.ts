// How width.ts reaches string-width (string-width.ts). From the sources it is an ordinary import; the
// build replaces this module with a synchronous require() of it bundled on its own
// (dist/lazy/string-width.cjs), so that a command that measures no such text never loads it.
import * as stringWidth from './string-width.js';

export function loadStringWidth(): typeof stringWidth {
  return stringWidth;
}
