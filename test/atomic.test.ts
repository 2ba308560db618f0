// The atomic writer under failure: each file-system step fails in turn, and the original must survive
// byte for byte with no temporary file left behind.
import { chmodSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync, lstatSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeWriteSystem, writeFileAtomic, writeFilesAtomic, type WriteSystem } from '../src/io/atomic.js';
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

  it('follows the link through the injected look-ups', () => {
    const { dir, file } = folderWithFile();
    const link = join(dir, 'current.yaml');
    symlinkSync(file, link);
    const looked: string[] = [];
    const fs: WriteSystem = {
      ...nodeWriteSystem,
      lstatSync: ((path: string, options?: object) => (looked.push(`lstat ${path}`), lstatSync(path, options))) as WriteSystem['lstatSync'],
      realpathSync: (path) => (looked.push(`realpath ${path}`), nodeWriteSystem.realpathSync!(path)),
    };
    writeFileAtomic(link, NEW, { fs });
    expect(looked).toEqual([`lstat ${link}`, `realpath ${link}`]);
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

describe('writeFilesAtomic: a set of files, all or none', () => {
  const OLD = ['alpha.txt', 'beta.txt', 'gamma.txt'];
  const setUp = () => {
    const dir = mkdtempSync(join(tmpdir(), 'atomic-set-'));
    for (const name of OLD) writeFileSync(join(dir, name), `old ${name}\n`);
    writeFileSync(join(dir, 'keep.txt'), 'not ours\n');
    // The new set replaces the three and adds a fourth.
    const files = [...OLD, 'delta.txt'].map((name) => ({ path: join(dir, name), content: `new ${name}\n` }));
    return { dir, files };
  };
  const contents = (dir: string) => Object.fromEntries(readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name), 'utf8')]));

  it('writes the whole new set and leaves the other files alone', () => {
    const { dir, files } = setUp();
    writeFilesAtomic(files);
    expect(contents(dir)).toEqual({
      'alpha.txt': 'new alpha.txt\n', 'beta.txt': 'new beta.txt\n', 'delta.txt': 'new delta.txt\n', 'gamma.txt': 'new gamma.txt\n', 'keep.txt': 'not ours\n',
    });
  });

  const expectPrevious = (dir: string) =>
    expect(contents(dir)).toEqual({ 'alpha.txt': 'old alpha.txt\n', 'beta.txt': 'old beta.txt\n', 'gamma.txt': 'old gamma.txt\n', 'keep.txt': 'not ours\n' });

  it('leaves the previous set when the third file cannot be written', () => {
    const { dir, files } = setUp();
    let opened = 0;
    const fs: WriteSystem = {
      ...nodeWriteSystem,
      openSync: ((...args: Parameters<typeof nodeWriteSystem.openSync>) => {
        if (++opened === 3) throw errno('ENOSPC');
        return nodeWriteSystem.openSync(...args);
      }) as WriteSystem['openSync'],
    };
    expect(() => writeFilesAtomic(files, { fs })).toThrow(/disk is full/);
    expectPrevious(dir);
  });

  it('reads every staged file back: one that differs from what was given stops the set', () => {
    const { dir, files } = setUp();
    let writes = 0;
    const fs: WriteSystem = {
      ...nodeWriteSystem,
      // The third file gets other bytes of the same length, as a faulty layer below might write them.
      writeSync: (fd, buffer, offset, length) => (++writes === 3 ? nodeWriteSystem.writeSync(fd, Buffer.alloc(length, 0x3f), 0, length) : nodeWriteSystem.writeSync(fd, buffer, offset, length)),
    };
    expect(() => writeFilesAtomic(files, { fs })).toThrow(/read back differs/);
    expectPrevious(dir);
    // A longer file shows too.
    let longer = 0;
    const more: WriteSystem = {
      ...nodeWriteSystem,
      writeSync: (fd, buffer, offset, length) => {
        const written = nodeWriteSystem.writeSync(fd, buffer, offset, length);
        if (++longer === 2) nodeWriteSystem.writeSync(fd, Buffer.from('!'), 0, 1);
        return written;
      },
    };
    expect(() => writeFilesAtomic(files, { fs: more })).toThrow(/read back differs/);
    expectPrevious(dir);
  });

  /** The real file system, recording the path of each file or folder flushed to disk, in order. */
  function recordingFlushes(): { fs: WriteSystem; flushed: string[] } {
    const flushed: string[] = [];
    const fds = new Map<number, string>();
    const fs: WriteSystem = {
      ...nodeWriteSystem,
      openSync: ((path: string, ...rest: unknown[]) => {
        const fd = (nodeWriteSystem.openSync as (...args: unknown[]) => number)(path, ...rest);
        fds.set(fd, path);
        return fd;
      }) as WriteSystem['openSync'],
      fsyncSync: (fd) => {
        flushed.push(fds.get(fd as number)!);
        nodeWriteSystem.fsyncSync(fd);
      },
    };
    return { fs, flushed };
  }

  it('a generated set: no file flushed on its own, the folder flushed once after the renames', () => {
    const { dir, files } = setUp();
    const { fs, flushed } = recordingFlushes();
    writeFilesAtomic(files, { fs });
    expect(flushed).toEqual([dir]);
    expect(readFileSync(join(dir, 'delta.txt'), 'utf8')).toBe('new delta.txt\n');
  });

  it('a single file is flushed to disk before it is renamed, then its folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atomic-one-'));
    const { fs, flushed } = recordingFlushes();
    writeFileAtomic(join(dir, 'one.txt'), 'one\n', { fs });
    expect(flushed).toHaveLength(2);
    expect(flushed[0]).toMatch(/\.one\.txt\.[0-9a-f]{12}\.tmp$/);
    expect(flushed[1]).toBe(dir);
  });

  // alpha and beta replaced, then put back, delta (new) never placed; or epsilon (new) placed, then removed.
  // Either way no temporary file is left.
  it.each([
    { what: 'puts the replaced files back when the third cannot be put in place', names: [...OLD, 'delta.txt'], failing: 3 },
    { what: 'removes a new file again when a later one cannot be put in place', names: ['epsilon.txt', 'alpha.txt'], failing: 2 },
  ])('$what', ({ names, failing }) => {
    const { dir } = setUp();
    const files = names.map((name) => ({ path: join(dir, name), content: `new ${name}\n` }));
    let renamed = 0;
    const fs: WriteSystem = {
      ...nodeWriteSystem,
      renameSync: (from, to) => {
        if (++renamed === failing) throw errno('EIO');
        nodeWriteSystem.renameSync(from, to);
      },
    };
    expect(() => writeFilesAtomic(files, { fs })).toThrow(UserError);
    expectPrevious(dir);
  });
});
