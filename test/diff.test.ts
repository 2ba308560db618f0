// Change notices: golden files per format and language (read them: they are the spec), the one-person
// view, and reading the old version from git.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectGolden } from './helpers/golden.js';
import { describe, expect, it } from 'vitest';
import { diffItineraries } from '../src/commands/diff.js';
import type { NoticeFormat } from '../src/render/change-notice.js';

const FIXTURES = new URL('./fixtures/authoring/', import.meta.url).pathname;
const GOLDEN = new URL('./golden/change-notice/', import.meta.url).pathname;
const V3 = join(FIXTURES, 'programme-v3.yaml');
const V4 = join(FIXTURES, 'programme-v4.yaml');

function notice(format: NoticeFormat, lang: string, person?: string) {
  return diffItineraries({ oldFile: V3, newFile: V4, format, lang, person, cwd: FIXTURES });
}

function golden(name: string, actual: string) {
  expectGolden(actual, join(GOLDEN, name));
}

describe('change notice goldens', () => {
  const cases: [NoticeFormat, string, string | undefined, string][] = [
    ['text', 'en', undefined, 'v3-v4.en.txt'],
    ['text', 'ru', undefined, 'v3-v4.ru.txt'],
    ['text', 'zh', undefined, 'v3-v4.zh.txt'],
    ['md', 'en', undefined, 'v3-v4.en.md'],
    ['md', 'ru', 'orlova', 'v3-v4.orlova.ru.md'],
    ['json', 'en', undefined, 'v3-v4.en.json'],
    ['text', 'en', 'li', 'v3-v4.li.en.txt'],
  ];
  for (const [format, lang, person, file] of cases) {
    it(`${file}`, () => golden(file, notice(format, lang, person).output));
  }
});

describe('what the notice says', () => {
  it('names the moved event with its old and new times, and exactly the people it affects', () => {
    const { notice: n, output } = notice('text', 'en');
    const moved = n.changes.find((c) => c.scope === 'event' && c.key === 'siasun-visit');
    expect(moved?.moved).toBe(true);
    expect(output).toContain('Time: 14:00–15:30 → 15:00–16:30');
    expect(moved!.people.map((p) => p.id).sort()).toEqual(['li', 'orlova', 'petrov', 'rudenya']);
  });

  it('with --person, keeps only the changes to that person\'s day', () => {
    const { notice: n } = notice('json', 'en', 'li');
    const ids = n.changes.map((c) => (c.scope === 'day' ? `day ${c.key}` : c.key));
    // Li Wei (host side) is not at the press approach, the departure, or the delegation's hotel.
    expect(ids).toEqual(['talks', 'siasun-visit', 'dinner']);
  });

  it('says so when nothing changed', () => {
    const result = diffItineraries({ oldFile: V3, newFile: V3, format: 'text', lang: 'en', cwd: FIXTURES });
    expect(result.notice.changes).toEqual([]);
    expect(result.output).toContain('No changes');
  });

  it('rejects an unknown person with a suggestion', () => {
    expect(() => notice('text', 'en', 'orlov')).toThrow(/no such person/);
  });
});

describe('diff --git', () => {
  const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, stdio: 'pipe', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' } });

  it('compares the working file with a committed version', () => {
    const dir = mkdtempSync(join(tmpdir(), 'diffgit-'));
    git(dir, 'init', '-q');
    copyFileSync(V3, join(dir, 'visit.yaml'));
    git(dir, 'add', 'visit.yaml');
    git(dir, 'commit', '-qm', 'v3');
    copyFileSync(V4, join(dir, 'visit.yaml'));
    const result = diffItineraries({ newFile: join(dir, 'visit.yaml'), gitRevision: 'HEAD', format: 'text', lang: 'en', cwd: dir });
    expect(result.output.split('\n')[1]).toBe('visit.yaml @ HEAD (revision 3) → visit.yaml (revision 4)');
    expect(result.output).toBe(notice('text', 'en').output.replace(/^.*\n.*\n/, result.output.split('\n').slice(0, 2).join('\n') + '\n'));
  });

  it('explains a missing repository, revision or path', () => {
    const bare = mkdtempSync(join(tmpdir(), 'nogit-'));
    copyFileSync(V3, join(bare, 'visit.yaml'));
    expect(() => diffItineraries({ newFile: join(bare, 'visit.yaml'), gitRevision: 'HEAD', format: 'text', cwd: bare })).toThrow(/not in a git repository/);

    const dir = mkdtempSync(join(tmpdir(), 'diffgit-'));
    git(dir, 'init', '-q');
    writeFileSync(join(dir, 'other.txt'), 'x');
    git(dir, 'add', 'other.txt');
    git(dir, 'commit', '-qm', 'first');
    copyFileSync(V3, join(dir, 'visit.yaml'));
    expect(() => diffItineraries({ newFile: join(dir, 'visit.yaml'), gitRevision: 'HEAD', format: 'text', cwd: dir })).toThrow(/is not in revision HEAD/);
    expect(() => diffItineraries({ newFile: join(dir, 'visit.yaml'), gitRevision: 'no-such-branch', format: 'text', cwd: dir })).toThrow(/no such revision/);
  });
});
