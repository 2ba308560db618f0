// Display widths, checked against hand-counted columns and an independent measure (East Asian Width
// data read directly), never against the function under test.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayWidth, fitLine } from '../src/text/width.js';
import { columns } from './helpers/columns.js';

describe('display width', () => {
  it('counts columns as a terminal draws them', () => {
    expect(displayWidth('и\u0306')).toBe(1); // "й" written as и + combining breve
    expect(displayWidth('й')).toBe(1);
    expect(displayWidth('🚗')).toBe(2);
    expect(displayWidth('中文')).toBe(4);
    expect(displayWidth('ＡＢ')).toBe(4); // full-width Latin
    expect(displayWidth('a\u200bb')).toBe(2);
    expect(displayWidth('Москва 北京 Tver')).toBe(16);
    expect(displayWidth('')).toBe(0);
  });

  it('cuts by columns, never inside a character', () => {
    expect(fitLine('Здравствуйте', 6)).toBe('Здрав…');
    expect(fitLine('и\u0306и\u0306и\u0306и\u0306', 3)).toBe('и\u0306и\u0306…');
    expect(fitLine('🚗🚗🚗', 5)).toBe('🚗🚗…');
    expect(fitLine('特维尔州代表团', 9)).toBe('特维尔州…');
    expect(fitLine('short', 9)).toBe('short');
  });

  it('agrees with the independent measure on every line of the text goldens', () => {
    const dir = join(import.meta.dirname, 'golden');
    const files = readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBeGreaterThan(3);
    let lines = 0;
    for (const file of files) {
      for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
        expect(displayWidth(line), `${file}: ${line}`).toBe(columns(line));
        lines++;
      }
    }
    expect(lines).toBeGreaterThan(100);
  });
});
