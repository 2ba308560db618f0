// init's answers and skeleton: bad answers are named before anything is written; the skeleton
// validates and takes new entries where its comments say.
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addEntry } from '../src/commands/add.js';
import { checkInitAnswers, initFile, skeletonText, type InitAnswers } from '../src/commands/init.js';
import { englishWords } from '../src/source/catalogue.js';
import { checkText } from './helpers/check.js';
import { gitLineDiff } from './helpers/line-diff.js';

const ANSWERS: InitAnswers = {
  title: 'Визит', from: '2024-03-30', to: '2024-04-01', timezone: 'Europe/Moscow', languages: ['ru'], org: 'Тверь', head: 'Игорь Руденя',
};

describe('init', () => {
  it('names every bad answer', () => {
    expect(checkInitAnswers({ ...ANSWERS, from: '2024-02-30', to: '2024-13-01', timezone: 'Moscow', languages: ['rus'], headId: 'Rudenya' }).map(englishWords)).toEqual([
      '--from: 30 February 2024 does not exist: February 2024 has 29 days',
      '--to: 2024-13-01: there is no month 13 (months are 01 to 12)',
      '--timezone: "Moscow" is not an IANA time zone; did you mean Europe/Moscow?',
      '--languages: "rus" is not a two-letter language code',
      '--head-id: "Rudenya" is not an id (lower-case Latin letters, digits, dashes)',
    ]);
    expect(checkInitAnswers({ ...ANSWERS, to: '2024-03-29' }).map(englishWords)).toEqual(['--to (2024-03-29) is before --from (2024-03-30)']);
  });

  it('writes one language as plain strings, makes ids from transliterated names, and validates', () => {
    const text = skeletonText(ANSWERS, 'visit.yaml');
    expect(text).toContain('  head: igor-rudenia  # the head of the delegation: a person below');
    expect(text).toContain('  title: Визит\n');
    expect(text).toContain('# Add one with: delegation add place visit.yaml');
    expect(text.match(/- date: /g)).toHaveLength(3);
    expect(checkText(text).diagnostics).toEqual([]);
  });

  it('starts the file with the yaml-language-server modeline naming the shipped schema, relative to the file', () => {
    const folder = mkdtempSync(join(tmpdir(), 'init-'));
    const file = join(folder, 'visits', 'visit.yaml');
    mkdirSync(join(folder, 'visits'));
    initFile(file, ANSWERS);
    const first = readFileSync(file, 'utf8').split('\n')[0]!;
    const match = /^# yaml-language-server: \$schema=(\S+)$/.exec(first);
    expect(match, first).not.toBeNull();
    expect(match![1]!.startsWith('/')).toBe(false);
    expect(readFileSync(resolve(join(folder, 'visits'), match![1]!), 'utf8')).toBe(readFileSync(join(import.meta.dirname, '..', 'schema', 'itinerary.schema.json'), 'utf8'));
  });

  it('an event added to an empty day changes only that day\'s `events: []` line', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'init-')), 'visit.yaml');
    initFile(file, ANSWERS);
    const before = readFileSync(file, 'utf8');
    addEntry({ file, kind: 'place', answers: { name: 'Отель', id: 'hotel', kind: 'hotel' } });
    const middle = readFileSync(file, 'utf8');
    addEntry({ file, kind: 'event', answers: { date: '2024-03-31', title: 'Ужин', kind: 'meal', start: '19:00', end: '20:00', place: 'hotel', attendees: 'all' } });
    const after = readFileSync(file, 'utf8');
    expect(gitLineDiff(before, middle).removed).toEqual(['places: []']);
    const diff = gitLineDiff(middle, after);
    expect(diff.removed).toEqual(['    events: []']);
    expect(diff.added[0]).toBe('    events:');
    expect(after).toContain('  - date: 2024-03-31\n    events:\n      - id: uzhin\n');
    expect(checkText(after).diagnostics).toEqual([]);
  });
});
