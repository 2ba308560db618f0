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

/** Two or more printable ASCII characters: every character inside such a run is a grapheme of one column. */
const ASCII_RUN = /[\x20-\x7e]{2,}/g;

/**
 * `text` in pieces cut at known grapheme breaks: `ascii` pieces are printable ASCII, one column a
 * character; the others are segmented. Between two printable ASCII characters there is always a
 * break, so only the text around other characters needs segmentation, and plain text is measured
 * at the speed of a string scan.
 */
function* pieces(text: string): Generator<[piece: string, ascii: boolean]> {
  let last = 0;
  for (const run of text.matchAll(ASCII_RUN)) {
    const start = run.index;
    const end = start + run[0].length;
    yield [text.slice(last, start + 1), false];
    if (end - 1 > start + 1) yield [text.slice(start + 1, end - 1), true];
    last = end - 1;
  }
  if (last < text.length) yield [text.slice(last), false];
}

/** Columns `text` takes on one line (strip colour codes first: they are not measured as invisible). */
export function displayWidth(text: string): number {
  // Plain ASCII is the common case and needs no segmentation.
  if (/^[\x20-\x7e]*$/.test(text)) return text.length;
  let width = 0;
  for (const [piece, ascii] of pieces(text)) {
    if (ascii) width += piece.length;
    else for (const [, w] of measuredGraphemes(piece)) width += w;
  }
  return width;
}

/** Cut a single line to `width` columns, ending with an ellipsis when cut. Reads no further than the cut. */
export function fitLine(text: string, width: number): string {
  let used = 0;
  let index = 0;
  // The end of the text that fits in `width - 1` columns, leaving one for the ellipsis.
  let fits = 0;
  for (const [piece, ascii] of pieces(text)) {
    if (ascii) {
      const room = width - 1 - used;
      if (room > 0) fits = index + Math.min(room, piece.length);
      used += piece.length;
      index += piece.length;
      if (used > width) return text.slice(0, fits) + '…';
      continue;
    }
    for (const [g, w] of measuredGraphemes(piece)) {
      used += w;
      index += g.length;
      if (used <= width - 1) fits = index;
      if (used > width) return text.slice(0, fits) + '…';
    }
  }
  return text;
}
