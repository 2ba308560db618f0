// zod's default texts for a bound with no message of ours ("Too small: expected array to have >=2
// items") are said in plain words, and worded in each report language from the same phrase.
import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { findingLanguage, phraseWords } from '../src/engine/messages.js';
import { loadLabels } from '../src/io/templates.js';
import { plainMessage } from '../src/model/detailed.js';
import { wordingOf } from '../src/model/wording.js';
import { labelsFor } from '../src/render/labels.js';

const labels = loadLabels();

function words(issue: Record<string, unknown>, lang: string): string {
  const english = plainMessage(issue as unknown as z.core.$ZodIssue);
  const wording = wordingOf(english)!;
  const data = Object.fromEntries(Object.entries(wording.data).map(([k, v]) => [k, typeof v === 'object' ? v.say : v]));
  const language = findingLanguage(lang, labelsFor(labels, lang) as unknown as Record<string, unknown>);
  return lang === 'en' ? english : phraseWords(language).say(wording.id, data);
}

describe('bounds without a message of the schema', () => {
  const atLeastTwo = { code: 'too_small', origin: 'array', minimum: 2, inclusive: true, message: 'Too small: expected array to have >=2 items', path: [] };
  const belowFive = { code: 'too_big', origin: 'string', maximum: 5, inclusive: false, message: 'Too big: expected string to have <5 characters', path: [] };
  const numberMin = { code: 'too_small', origin: 'number', minimum: 1, inclusive: true, message: 'Too small: expected number to be >=1', path: [] };
  const other = { code: 'invalid_value', values: ['a'], message: 'Invalid input: expected "a"', path: [] };

  it('in English, as before', () => {
    expect([atLeastTwo, belowFive, numberMin, other].map((i) => words(i, 'en'))).toEqual([
      'expected a list of 2 or more entries',
      'expected a text of less than 5 characters',
      'expected a number, 1 or more',
      'this value is not one the format allows here',
    ]);
  });

  it('in Russian, with the plural of the count', () => {
    expect([atLeastTwo, belowFive, numberMin, other].map((i) => words(i, 'ru'))).toEqual([
      'ожидается список не менее чем из 2 элементов',
      'ожидается текст короче 5 символов',
      'ожидается число не меньше 1',
      'такое значение здесь по формату не допускается',
    ]);
    expect(words({ ...atLeastTwo, minimum: 1 }, 'ru')).toBe('ожидается список не менее чем из 1 элемента');
  });

  it('in Chinese', () => {
    expect([atLeastTwo, belowFive, numberMin, other].map((i) => words(i, 'zh'))).toEqual([
      '应为至少包含 2 项的列表',
      '应为少于 5 个字符的文本',
      '应为不小于 1 的数',
      '此处格式不允许该值',
    ]);
  });
});
