// A failure outside a command's own flow (an exception thrown in a callback, a promise rejected with
// no one to catch it) is reported as an internal error: a clear message, no stack trace unless
// DELEGATION_DEBUG asks for it, and exit 2 (never node's exit 1, which would mean findings).
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ROOT, runCli, STACK_TRACE } from './helpers/cli.js';

const example = join(ROOT, 'itineraries', 'liaoning-2023.yaml');

describe('the handlers of failures outside the command', () => {
  for (const kind of ['exception', 'rejection'] as const) {
    it(`reports an uncaught ${kind} as an internal error, exit 2, no stack trace`, () => {
      const r = runCli(['validate', example], { env: { DELEGATION_TEST_INTERNAL_ERROR: kind } });
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(`delegation: internal error: forced ${kind === 'exception' ? 'failure' : 'rejection'} outside the command`);
      expect(r.stderr).toContain('This is a bug in delegation. Please report it');
      expect(r.stderr).not.toMatch(STACK_TRACE);
      expect(r.stderr).not.toMatch(/node:internal|Uncaught|UnhandledPromiseRejection/);
    });
  }

  it('words the message in the language of the messages', () => {
    const r = runCli(['validate', example, '--lang', 'ru'], { env: { DELEGATION_TEST_INTERNAL_ERROR: 'exception' } });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('внутренняя ошибка');
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });

  it('shows the stack trace only when DELEGATION_DEBUG is set', () => {
    const r = runCli(['validate', example], { env: { DELEGATION_TEST_INTERNAL_ERROR: 'exception', DELEGATION_DEBUG: '1' } });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(STACK_TRACE);
  });
});
