// Bytes to text: valid UTF-8 is decoded exactly as a fatal TextDecoder does, and every byte sequence it
// refuses is refused, at the same first bad byte.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../src/source/decode.js';

const fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const oracle = (bytes: Uint8Array): string | undefined => {
  try {
    return fatal.decode(bytes);
  } catch {
    return undefined;
  }
};

/** Byte sequences around the edges of UTF-8: a BOM, surrogates, overlong forms, the last code point and past it. */
const PIECES = [
  [0xef, 0xbb, 0xbf], [0xed, 0xa0, 0x80], [0xed, 0x9f, 0xbf], [0xf4, 0x8f, 0xbf, 0xbf], [0xf4, 0x90, 0x80, 0x80], [0xc0, 0x80], [0xc1, 0xbf], [0xe0, 0x80, 0x80],
  [0xe0, 0xa0, 0x80], [0xf0, 0x80, 0x80, 0x80], [0xf0, 0x90, 0x80, 0x80], [0xc2, 0x80], [0xe2, 0x82, 0xac], [0xd0, 0x9f], [0xe4, 0xb8, 0xad], [0xef, 0xbf, 0xbe],
  [0x80], [0xbf], [0xc2], [0xe2, 0x82], [0xf8], [0xff], [0x41], [0x0a], [0x23, 0x20],
];

describe('decodeText', () => {
  it.each([
    ['ASCII', 'a: 1\n'],
    ['Cyrillic and Chinese', 'title: { ru: Встреча, zh: 会谈 }\n'],
    ['a character outside the BMP', 'note: 😀\n'],
    ['a byte order mark inside the text', 'a: x\ufeffy\n'],
  ])('decodes valid UTF-8 (%s) to the same text as a fatal TextDecoder', (_what, text) => {
    const bytes = Buffer.from(text, 'utf8');
    expect(decodeText(bytes)).toEqual({ text, encoding: 'utf-8' });
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]);
    expect(decodeText(withBom)).toEqual({ text, encoding: 'utf-8-bom' });
    // A view into a larger buffer reads only its own bytes.
    const padded = Buffer.concat([Buffer.from('xyz'), bytes, Buffer.from('xyz')]);
    expect(decodeText(padded.subarray(3, 3 + bytes.length))).toEqual({ text, encoding: 'utf-8' });
  });

  it('strips one byte order mark and keeps a second one as a character, as a fatal TextDecoder', () => {
    const bytes = Buffer.from('\ufeff\ufeffa: 1\n', 'utf8');
    expect(decodeText(bytes)).toEqual({ text: '\ufeffa: 1\n', encoding: 'utf-8-bom' });
    expect(decodeText(bytes).text).toBe(oracle(bytes.subarray(3)));
  });

  it.each([
    ['an overlong slash', [0x61, 0x3a, 0x20, 0xc0, 0xaf, 0x0a], 'c0', 4],
    ['a stray continuation byte', [0x61, 0x0a, 0x62, 0x80], '80', 2],
    ['a cut sequence at the end', [0x61, 0x3a, 0x20, 0xe2, 0x82], 'e2', 4],
    ['an encoded surrogate', [0x61, 0x3a, 0x20, 0xed, 0xa0, 0x80, 0x0a], 'ed', 4],
    ['a code point past U+10FFFF', [0x61, 0x3a, 0x20, 0xf4, 0x90, 0x80, 0x80], 'f4', 4],
    ['an overlong three-byte form', [0x61, 0x3a, 0x20, 0xe0, 0x80, 0x80], 'e0', 4],
    ['an overlong four-byte form', [0x61, 0x3a, 0x20, 0xf0, 0x80, 0x80, 0x80], 'f0', 4],
  ])('refuses %s, at the first bad byte', (_what, bytes, byte, column) => {
    const decoded = decodeText(Uint8Array.from(bytes));
    expect(decoded.text).toBe('');
    expect(decoded.problem?.message).toBe(`the file is not valid UTF-8 (byte 0x${byte})`);
    expect(decoded.problem?.column).toBe(column);
  });

  it.each([
    ['an encoded surrogate', [0x61, 0x3a, 0x20, 0xed, 0xa0, 0x80, 0x0a]],
    ['a code point past U+10FFFF', [0x61, 0x0a, 0xf4, 0x90, 0x80, 0x80]],
  ])('refuses %s', (_what, bytes) => {
    const decoded = decodeText(Uint8Array.from(bytes));
    expect(decoded.text).toBe('');
    expect(decoded.problem?.message).toMatch(/^the file is not valid UTF-8 \(byte 0x[0-9a-f]{2}\)$/);
  });

  it('accepts and decodes exactly what a fatal TextDecoder does, on any bytes', () => {
    const bytes = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.array(fc.integer({ min: 1, max: 255 }), { maxLength: 3 })), { maxLength: 12 }).map((parts) => Uint8Array.from(parts.flat()));
    fc.assert(
      fc.property(bytes, (input) => {
        // Leading bytes that pick another decoding (a UTF-16 BOM, a UTF-8 BOM) are another test's subject.
        fc.pre(!(input[0] === 0xff && input[1] === 0xfe) && !(input[0] === 0xfe && input[1] === 0xff) && !(input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf));
        const decoded = decodeText(input);
        const expected = oracle(input);
        if (expected === undefined) {
          expect(decoded.problem).toBeDefined();
          expect(decoded.text).toBe('');
        } else if (/\r/.test(expected)) {
          expect(decoded.problem).toBeUndefined();
        } else {
          expect(decoded).toEqual({ text: expected, encoding: 'utf-8' });
        }
      }),
      { numRuns: 1000, seed: 20261202 },
    );
  });
});
