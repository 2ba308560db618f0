// One reader of the label files for the documents' words and the tool's own sentences: an office's
// file laid over the shipped one key by key, each file parsed once and again only when it changes, a
// broken file refused for outputs and only falling back to English for sentences.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadLabels } from '../src/io/templates.js';
import { readCatalogue, readLabelEntry } from '../src/source/catalogue.js';
import { UserError } from '../src/source/errors.js';
import { findShippedTemplates, readLabelFile } from '../src/source/label-files.js';

const temp = mkdtempSync(join(tmpdir(), 'delegation-label-files-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function office(name: string, files: Record<string, string>): string {
  const dir = join(temp, name);
  mkdirSync(join(dir, 'labels'), { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, 'labels', file), text);
  return dir;
}

describe('the label files', () => {
  it('lays an office file over the shipped one key by key, for outputs and sentences alike', () => {
    const dir = office('words', { 'ru.json': JSON.stringify({ messages: { noSuchFile: 'нет файла {path}' }, placeKinds: { hotel: 'Отель' } }) });
    const labels = loadLabels(dir, ['ru']);
    expect((labels.ru!.placeKinds as Record<string, string>).hotel).toBe('Отель');
    expect((labels.ru!.placeKinds as Record<string, string>).airport).toBe((loadLabels(undefined, ['ru']).ru!.placeKinds as Record<string, string>).airport);
    expect(readLabelEntry('ru', ['placeKinds', 'hotel'], dir)).toBe('Отель');
    expect(readCatalogue('ru', 'messages', dir).noSuchFile).toBe('нет файла {path}');
    // The other sentences are still the shipped ones.
    expect(readCatalogue('ru', 'messages', dir).readDenied).toBe(readCatalogue('ru', 'messages').readDenied);
    expect(Object.keys(labels)).toEqual(['ru']);
  });

  it('parses a file once, and again when it changes on disk', () => {
    const shipped = join(findShippedTemplates()!, 'labels', 'en.json');
    expect(readLabelFile(shipped)).toBe(readLabelFile(shipped));
    const dir = office('changing', { 'zh.json': JSON.stringify({ messages: { noSuchFile: '一' } }) });
    expect(readCatalogue('zh', 'messages', dir).noSuchFile).toBe('一');
    writeFileSync(join(dir, 'labels', 'zh.json'), JSON.stringify({ messages: { noSuchFile: '二二' } }));
    utimesSync(join(dir, 'labels', 'zh.json'), new Date(), new Date(Date.now() + 5000));
    expect(readCatalogue('zh', 'messages', dir).noSuchFile).toBe('二二');
    expect(loadLabels(dir, ['zh']).zh!.messages).toMatchObject({ noSuchFile: '二二' });
  });

  it('refuses a broken office file for outputs, and shows the shipped sentences instead of it', () => {
    const dir = office('broken', { 'ru.json': '{ "placeKinds": ' });
    let error: unknown;
    try {
      loadLabels(dir, ['ru']);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).words?.id).toBe('labelsNotJson');
    expect((error as UserError).words?.data?.path).toBe(join(dir, 'labels', 'ru.json'));
    expect(readCatalogue('ru', 'messages', dir).noSuchFile).toBe(readCatalogue('ru', 'messages').noSuchFile);
    // JSON that is not an object is no label file either.
    const array = office('array', { 'ru.json': '[1, 2]' });
    expect(() => loadLabels(array, ['ru'])).toThrow(UserError);
  });
});
