// Text-level YAML insertion: the new item matches its neighbours and nothing else in the text moves.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { EditError, insertSequenceItem } from '../src/source/edit.js';
import { gitLineDiff } from './helpers/line-diff.js';

function insert(text: string, path: (string | number)[], value: unknown, options = {}) {
  const result = insertSequenceItem(text, path, value, options);
  return { text: result.text, diff: gitLineDiff(text, result.text) };
}

describe('insertSequenceItem', () => {
  it('appends to a flow list on one line', () => {
    const { text, diff } = insert('a:\n  langs: [ru, en]   # spoken\n', ['a', 'langs'], 'zh');
    expect(text).toBe('a:\n  langs: [ru, en, zh]   # spoken\n');
    expect(diff.removed).toEqual(['  langs: [ru, en]   # spoken']);
  });

  it('follows a file whose lists are not indented under their key', () => {
    const { text } = insert('items:\n- id: a\n  n: 1\nnext: 1\n', ['items'], { id: 'b', n: 2 });
    expect(text).toBe('items:\n- id: a\n  n: 1\n- id: b\n  n: 2\nnext: 1\n');
  });

  it('follows an indentation of four spaces', () => {
    const { text } = insert('root:\n    list:\n        - id: a\n          deep:\n              x: 1\n', ['root', 'list'], { id: 'b', deep: { x: 2, y: [1] } });
    expect(parse(text)).toEqual({ root: { list: [{ id: 'a', deep: { x: 1 } }, { id: 'b', deep: { x: 2, y: [1] } }] } });
    // `deep` is a block mapping in the neighbour, so it is one here too, indented by four.
    expect(text.endsWith('        - id: b\n          deep:\n              x: 2\n              y: [1]\n')).toBe(true);
  });

  it('adds a line break when the file does not end with one', () => {
    const { text } = insert('l:\n  - a', ['l'], 'b');
    expect(text).toBe('l:\n  - a\n  - b\n');
  });

  it('inserts at a position, above the comments of the next item', () => {
    const { diff, text } = insert('l:\n  - a\n  # about c\n  - c\n', ['l'], 'b', { index: 1 });
    expect(text).toBe('l:\n  - a\n  - b\n  # about c\n  - c\n');
    expect(diff).toEqual({ added: ['  - b'], removed: [] });
  });

  it('quotes what YAML would otherwise read as something else', () => {
    const { text } = insert('l:\n  - { id: a, v: x }\n', ['l'], { id: 'b', v: 'yes, no', n: '123', t: '09:30', k: 'a: b' });
    expect(parse(text, { version: '1.2' }).l[1]).toEqual({ id: 'b', v: 'yes, no', n: '123', t: '09:30', k: 'a: b' });
  });

  it('fills `key:` with nothing after it', () => {
    const { text } = insert('a: 1\nl:\nb: 2\n', ['l'], 'x');
    expect(text).toBe('a: 1\nl:\n  - x\nb: 2\n');
  });

  it('refuses to treat a scalar as a list', () => {
    expect(() => insertSequenceItem('l: 3\n', ['l'], 'x')).toThrow(EditError);
  });

  it('says why in a sentence of the label files, printed in the language of the run', () => {
    const refusal = (text: string, path: (string | number)[]) => {
      try {
        insertSequenceItem(text, path, 'x');
      } catch (error) {
        expect(error).toBeInstanceOf(EditError);
        return error as EditError;
      }
      throw new Error('no refusal');
    };
    const scalar = refusal('l: 3\n', ['l']);
    expect([scalar.words, scalar.message, scalar.exitCode]).toEqual([{ id: 'edit.notAList', data: { path: 'l' } }, 'l is not a list', 2]);
    const flow = refusal('{ a: 1 }\n', ['l']);
    expect([flow.words?.id, flow.message]).toEqual(['edit.flowMapping', 'cannot add l to a mapping written in { … } style']);
  });
});
