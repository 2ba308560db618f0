// Display width of text in a terminal or a plain-text page, measured by string-width (Unicode East
// Asian Width and emoji data): wide CJK characters and emoji take two columns, combining marks none.
// The one place that measures text for the pretty report, the text day sheets and the agenda tables.
import { loadStringWidth } from './string-width-loader.js';

// Built on first use: ICU's segmentation data is not loaded by a command that measures nothing.
let graphemes: Intl.Segmenter | undefined;

// Text is measured one user-perceived character at a time, and most repeat: measure each once.
const cache = new Map<string, number>();

/** Columns taken by one grapheme (a base character with its combining marks, an emoji sequence). */
export function graphemeWidth(grapheme: string): number {
  let width = cache.get(grapheme);
  if (width === undefined) {
    width = loadStringWidth().stringWidth(grapheme);
    if (cache.size < 10_000) cache.set(grapheme, width);
  }
  return width;
}

/** The graphemes of `text`, each with its width, in order. */
export function* measuredGraphemes(text: string): Generator<[grapheme: string, width: number]> {
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  for (const { segment } of graphemes.segment(text)) yield [segment, graphemeWidth(segment)];
}

/** Columns `text` takes on one line (strip colour codes first: they are not measured as invisible). */
export function displayWidth(text: string): number {
  // Plain ASCII is the common case and needs no segmentation.
  if (/^[\x20-\x7e]*$/.test(text)) return text.length;
  let width = 0;
  for (const [, w] of measuredGraphemes(text)) width += w;
  return width;
}

/** Cut a single line to `width` columns, ending with an ellipsis when cut. */
export function fitLine(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const [g, w] of measuredGraphemes(text)) {
    used += w;
    if (used > width - 1) break;
    out += g;
  }
  return out + '…';
}
