// An independent measure of display columns for tests: Unicode East Asian Width of each code point
// (wide and full-width take two), combining marks and format characters none. Deliberately not the
// code under test (src/text/width.ts), so that a test of widths can fail when that code is wrong.
import { eastAsianWidth } from 'get-east-asian-width';

const ZERO = /^[\p{Mn}\p{Me}\p{Cf}\u200b]$/u;

export function columns(text: string): number {
  let width = 0;
  for (const ch of text) {
    if (ZERO.test(ch)) continue;
    const code = ch.codePointAt(0)!;
    if (code < 0x20 || (code >= 0x7f && code < 0xa0)) continue;
    width += eastAsianWidth(code);
  }
  return width;
}
