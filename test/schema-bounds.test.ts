// zod's default texts for a bound with no message of ours ("Too small: expected array to have >=2
// items") are said in plain words, and worded in each report language from the same phrase.
import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { findingLanguage, phraseWords } from '../src/engine/messages.js';
import { loadLabels } from '../src/io/templates.js';
import { plainMessage } from '../src/model/detailed.js';
import { Event, Visit } from '../src/model/schema.js';
import { wordingOf } from '../src/model/wording.js';
import { labelsFor } from '../src/render/labels.js';

const labels = loadLabels();

function words(issue: Record<string, unknown>, lang: string): string {
  const { message: english, wording } = plainMessage(issue as unknown as z.core.$ZodIssue);
  if (!wording) throw new Error('no wording');
  const data = Object.fromEntries(Object.entries(wording.data).map(([k, v]) => [k, typeof v === 'object' ? v.say : v]));
  const language = findingLanguage(lang, labelsFor(labels, lang) as unknown as Record<string, unknown>);
  return lang === 'en' ? english : phraseWords(language).say(wording.id, data);
}

describe('bounds without a message of the schema', () => {
  const atLeastTwo = { code: 'too_small', origin: 'array', minimum: 2, inclusive: true, message: 'Too small: expected array to have >=2 items', path: [] };
  const belowFive = { code: 'too_big', origin: 'string', maximum: 5, inclusive: false, message: 'Too big: expected string to have <5 characters', path: [] };
  const numberMin = { code: 'too_small', origin: 'number', minimum: 1, inclusive: true, message: 'Too small: expected number to be >=1', path: [] };
  const other = { code: 'invalid_value', values: ['a'], message: 'Invalid input: expected "a"', path: [] };

  it.each([
    ['en', ['expected a list of 2 or more entries', 'expected a text of less than 5 characters', 'expected a number, 1 or more', 'this value is not one the format allows here']],
    ['ru', ['ожидается список не менее чем из 2 элементов', 'ожидается текст короче 5 символов', 'ожидается число не меньше 1', 'такое значение здесь по формату не допускается']],
    ['zh', ['应为至少包含 2 项的列表', '应为少于 5 个字符的文本', '应为不小于 1 的数', '此处格式不允许该值']],
  ])('words each bound in %s (in English as before)', (lang, expected) => {
    expect([atLeastTwo, belowFive, numberMin, other].map((i) => words(i, lang))).toEqual(expected);
  });

  it('in Russian, with the plural of the count', () => {
    expect(words({ ...atLeastTwo, minimum: 1 }, 'ru')).toBe('ожидается список не менее чем из 1 элемента');
  });
});

describe('the schema\'s issues', () => {
  it('carry the phrase id and data of their message on the issue itself', () => {
    const visit = Visit.safeParse({ id: 'v', title: 'T', from: '2024-02-30', to: '2024-03-01', timezone: 'Asia/Shanghai', head: 'h', languages: [] });
    const issues = visit.success ? [] : visit.error.issues;
    expect(issues.map((i) => [i.path.join('.'), i.message, wordingOf(i)])).toEqual([
      ['from', '30 February 2024 does not exist: February 2024 has 29 days', { id: 'schemaNoSuchDay', data: { day: 30, month: 'm2', year: '2024', days: 29 } }],
      ['languages', 'at least one language is required', { id: 'schemaLanguageRequired', data: {} }],
    ]);
    const move = Event.safeParse({ id: 'f', start: '09:00', end: '10:00', title: 'F', kind: 'flight', place: 'x', from: 'a', to: 'b', attendees: ['all'] });
    const issue = move.success ? undefined : move.error.issues[0];
    expect(issue && wordingOf(issue)).toEqual({ id: 'schemaMoveHasPlace', data: { kind: 'flight' } });
  });

  it('of the same text in two places are worded each from its own data', () => {
    const a = Visit.safeParse({ id: 'v', title: 'T', from: '2023-11-31', to: '2023-11-30', timezone: 'Asia/Shanghai', head: 'h', languages: ['ru'] });
    const wordings = a.success ? [] : a.error.issues.map((i) => wordingOf(i)?.data);
    expect(wordings).toEqual([{ day: 31, month: 'm11', year: '2023', days: 30 }]);
  });
});
