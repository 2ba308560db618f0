// The atomic writer under failure: each file-system step fails in turn, and the original must survive
// byte for byte with no temporary file left behind.
import { chmodSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync, lstatSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeWriteSystem, writeFileAtomic, type WriteSystem } from '../src/io/atomic.js';
import { UserError } from '../src/source/errors.js';

const ORIGINAL = Buffer.from('format: delegation/1\r\n# кириллица\r\n', 'utf8');
const NEW = Buffer.from('format: delegation/1\nvisit: {}\n', 'utf8');

function folderWithFile(mode = 0o640) {
  const dir = mkdtempSync(join(tmpdir(), 'atomic-'));
  const file = join(dir, 'visit.yaml');
  writeFileSync(file, ORIGINAL);
  chmodSync(file, mode);
  return { dir, file };
}

const errno = (code: string) => Object.assign(new Error(code), { code });

type Step = keyof WriteSystem;
const failures: { step: Step; error: Error; expect: RegExp }[] = [
  { step: 'openSync', error: errno('EACCES'), expect: /permission denied/ },
  { step: 'writeSync', error: errno('ENOSPC'), expect: /disk is full/ },
  { step: 'writeSync', error: errno('EINTR'), expect: /interrupted/ },
  { step: 'fsyncSync', error: errno('EIO'), expect: /EIO/ },
  { step: 'closeSync', error: errno('EDQUOT'), expect: /quota/ },
  { step: 'chmodSync', error: errno('EPERM'), expect: /permission denied/ },
  { step: 'readFileSync', error: errno('EIO'), expect: /EIO/ },
  { step: 'renameSync', error: errno('EXDEV'), expect: /EXDEV/ },
];

describe('writeFileAtomic under injected failures', () => {
  for (const { step, error, expect: message } of failures) {
    it(`keeps the original and leaves no temporary file when ${step} fails (${(error as NodeJS.ErrnoException).code})`, () => {
      const { dir, file } = folderWithFile();
      let calls = 0;
      const fs: WriteSystem = {
        ...nodeWriteSystem,
        [step]: (...args: unknown[]) => {
          // The folder sync after the rename opens the folder; only the data path may fail here.
          if (step === 'openSync' && String(args[0]) === dir) return (nodeWriteSystem.openSync as (...a: unknown[]) => number)(...args);
          calls++;
          throw error;
        },
      };
      expect(() => writeFileAtomic(file, NEW, { fs, expectedOriginal: ORIGINAL })).toThrow(message);
      expect(calls).toBeGreaterThan(0);
      expect(readFileSync(file).equals(ORIGINAL)).toBe(true);
      expect(readdirSync(dir)).toEqual(['visit.yaml']);
      expect(statSync(file).mode & 0o777).toBe(0o640);
    });
  }

  it('treats a write that makes no progress as a failure (short write)', () => {
    const { dir, file } = folderWithFile();
    let first = true;
    const fs: WriteSystem = {
      ...nodeWriteSystem,
      writeSync: (fd, buffer, offset, length) => {
        if (first) {
          first = false;
          return nodeWriteSystem.writeSync(fd, buffer, offset, Math.min(5, length));
        }
        return 0;
      },
    };
    expect(() => writeFileAtomic(file, NEW, { fs })).toThrow(/short write/);
    expect(readFileSync(file).equals(ORIGINAL)).toBe(true);
    expect(readdirSync(dir)).toEqual(['visit.yaml']);
  });

  it('completes partial writes and reads the result back', () => {
    const { file } = folderWithFile();
    const fs: WriteSystem = { ...nodeWriteSystem, writeSync: (fd, buffer, offset, length) => nodeWriteSystem.writeSync(fd, buffer, offset, Math.min(3, length)) };
    writeFileAtomic(file, NEW, { fs });
    expect(readFileSync(file).equals(NEW)).toBe(true);
  });

  it('refuses when what was written reads back differently (a lying disk)', () => {
    const { dir, file } = folderWithFile();
    const fs: WriteSystem = { ...nodeWriteSystem, readFileSync: (path) => (path.endsWith('.tmp') ? Buffer.from('garbage') : readFileSync(path)) };
    expect(() => writeFileAtomic(file, NEW, { fs })).toThrow(/read back differs/);
    expect(readFileSync(file).equals(ORIGINAL)).toBe(true);
    expect(readdirSync(dir)).toEqual(['visit.yaml']);
  });

  it('abandons the write when the verify hook throws', () => {
    const { dir, file } = folderWithFile();
    expect(() =>
      writeFileAtomic(file, NEW, {
        verify: (_temp, written) => {
          expect(Buffer.from(written).equals(NEW)).toBe(true);
          throw new UserError('does not parse back');
        },
      }),
    ).toThrow(/does not parse back/);
    expect(readFileSync(file).equals(ORIGINAL)).toBe(true);
    expect(readdirSync(dir)).toEqual(['visit.yaml']);
  });

  it('refuses when the file changed on disk after it was read', () => {
    const { dir, file } = folderWithFile();
    const theirs = Buffer.from('format: delegation/1\n# edited in another window\n');
    expect(() =>
      writeFileAtomic(file, NEW, {
        expectedOriginal: ORIGINAL,
        // Another program saves the file while ours is being written.
        verify: () => writeFileSync(file, theirs),
      }),
    ).toThrow(/changed by another program/);
    expect(readFileSync(file).equals(theirs)).toBe(true);
    expect(readdirSync(dir)).toEqual(['visit.yaml']);
  });

  it('keeps the mode of the file it replaces', () => {
    const { file } = folderWithFile(0o600);
    writeFileAtomic(file, NEW, { expectedOriginal: ORIGINAL });
    expect(readFileSync(file).equals(NEW)).toBe(true);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('writes through a symbolic link instead of replacing it', () => {
    const { dir, file } = folderWithFile();
    const link = join(dir, 'current.yaml');
    symlinkSync(file, link);
    writeFileAtomic(link, NEW);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(file).equals(NEW)).toBe(true);
  });

  it('never replaces an existing file in exclusive mode', () => {
    const { dir, file } = folderWithFile();
    expect(() => writeFileAtomic(file, NEW, { exclusive: true })).toThrow(/already exists/);
    expect(readFileSync(file).equals(ORIGINAL)).toBe(true);
    // A file that appears between the check and the write is not replaced either.
    const late = join(dir, 'late.yaml');
    expect(() => writeFileAtomic(late, NEW, { exclusive: true, verify: () => writeFileSync(late, 'theirs') })).toThrow(/already exists/);
    expect(readFileSync(late, 'utf8')).toBe('theirs');
    expect(readdirSync(dir).sort()).toEqual(['late.yaml', 'visit.yaml']);
  });
});
