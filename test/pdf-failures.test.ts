// Every way the PDF writer can fail after Chromium starts (the browser crashes, a page times out,
// memory runs out on this side) is a clear message and exit 2, never an internal error or exit 1.
import { describe, expect, it, vi } from 'vitest';
import { UserError } from '../src/source/errors.js';

const failures: Record<string, () => never> = {
  'memory runs out': () => {
    throw new RangeError('Array buffer allocation failed');
  },
  'the browser crashes': () => {
    throw new Error('Target page, context or browser has been closed\nBrowser logs: …');
  },
  'a page times out': () => {
    throw Object.assign(new Error('page.setContent: Timeout 30000ms exceeded.'), { name: 'TimeoutError' });
  },
};
let failure: () => never = failures['memory runs out']!;
const closed = vi.fn();

vi.mock('playwright-core', () => ({
  chromium: {
    launch: async () => ({
      newContext: async () => ({
        newPage: async () => failure(),
      }),
      close: async () => {
        closed();
        throw new Error('already gone');
      },
    }),
  },
}));

describe('htmlToPdf after Chromium has started', () => {
  for (const [what, fail] of Object.entries(failures)) {
    it(`${what}: a UserError with exit 2 that names the cause`, async () => {
      failure = fail;
      closed.mockClear();
      const { htmlToPdf } = await import('../src/io/pdf.js');
      const error = await htmlToPdf(['<html><body>x</body></html>'], '/usr/bin/chromium').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UserError);
      expect((error as UserError).exitCode).toBe(2);
      const cause = (() => {
        try {
          return fail();
        } catch (e) {
          return (e as Error).message.split('\n')[0]!;
        }
      })();
      expect((error as UserError).words).toEqual({ id: 'pdfFailed', data: { reason: cause } });
      expect((error as UserError).hintWords).toMatchObject({ id: 'pdfFailed.hint' });
      // The browser is closed even when closing it fails too.
      expect(closed).toHaveBeenCalledTimes(1);
    });
  }
});
