// Texts that stayed English in a Russian or Chinese run: each is worded in the language of the run,
// and the English stays as it was.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../src/engine/config.js';
import { initFile, type InitAnswers } from '../src/commands/init.js';
import { findingsInLanguage } from '../src/commands/itinerary.js';
import { readCatalogue } from '../src/source/catalogue.js';
import { UserError } from '../src/source/errors.js';
import { formatWords } from '../src/text/words-format.js';
import type { Words } from '../src/text/words.js';
import { checkText } from './helpers/check.js';

const HEAD = `format: delegation/1
visit:
  id: v
  title: Визит
  from: 2023-11-20
  to: 2023-11-22
  timezone: Asia/Shanghai
  head: rudenya
  languages: [ru, en]
organizations:
  - { id: tver, name: Тверь, side: delegation, kind: government }
people:
  - { id: rudenya, name: Игорь Руденя, org: tver, role: head }
`;

/** The schema findings of `text`, worded in `lang`. */
function schemaFindings(text: string, lang: string) {
  return findingsInLanguage(checkText(text).diagnostics, lang).filter((d) => d.rule === 'schema').map((d) => ({ line: d.line, message: d.message, hint: d.hint }));
}

/** A sentence of the tool's in `lang`, as the CLI shows it. */
function sentence(w: Words, lang: string): string {
  return formatWords(w, lang, readCatalogue(lang, 'messages'), readCatalogue('en', 'messages'));
}

describe('a value YAML split at its commas, when the split cannot be retraced (a quoted first part)', () => {
  const text = `${HEAD}places:\n  - { id: office, name: Офис, kind: office, address: { ru: "Тверь", Советская улица, 10 } }\ndays: []\n`;
  it.each([
    ['en', 'the value contains a comma inside { … }, so YAML split it into extra keys ("10", "Советская улица")', 'Put the whole value in quotes, e.g. { ru: "Тверь, Советская улица, 10" }.'],
    ['ru', 'значение содержит запятую внутри { … }, поэтому YAML разбил его на лишние ключи ("10", "Советская улица")', 'Возьмите всё значение в кавычки, например { ru: "Тверь, Советская улица, 10" }.'],
    ['zh', '该值在 { … } 内含有逗号，因此 YAML 将其拆成了多余的键（"10", "Советская улица"）', '请用引号括起整个值，例如 { ru: "Тверь, Советская улица, 10" }。'],
  ])('is worded in %s', (lang, message, hint) => {
    expect(schemaFindings(text, lang)).toEqual([{ line: 15, message, hint }]);
  });
});

describe('a split value directly in a list', () => {
  const text =
    `${HEAD}places:\n  - { id: hotel, name: Отель, kind: hotel }\ndays:\n  - date: 2023-11-21\n    events:\n` +
    '      - { id: talks, start: "10:00", end: "11:00", title: Переговоры, kind: meeting, place: hotel, attendees: [rudenya], brief: { purpose: Цель, talking_points: [{ ru: Тверь, Советская улица, 10 }] } }\n';
  it.each([
    ['en', 'the value contains a comma inside { … } and is not in quotes, so YAML split it into extra keys ("Советская улица", "10")'],
    ['ru', 'значение содержит запятую внутри { … } и не взято в кавычки, поэтому YAML разбил его на лишние ключи ("Советская улица", "10")'],
    ['zh', '该值在 { … } 内含有逗号且未加引号，因此 YAML 将其拆成了多余的键（"Советская улица"、"10"）'],
  ])('names no field in %s', (lang, message) => {
    expect(schemaFindings(text, lang).map((f) => f.message)).toEqual([message]);
  });
});

describe("init's refusal of a skeleton that would not be valid", () => {
  const answers: InitAnswers = {
    title: 'Визит', from: '2024-03-30', to: '2024-04-01', timezone: 'Europe/Moscow', languages: ['ru'], org: 'Тверь', head: 'Игорь Руденя', orgId: 'tver', host: 'Хозяева', hostId: 'tver',
  };
  it.each([
    ['en', 'the new programme would not be valid: line 29: organization id "tver" is already used by an earlier organization'],
    ['ru', 'новая программа была бы некорректной: строка 29: организация с идентификатором «tver» уже есть выше'],
    ['zh', '新日程将无效：第 29 行：单位 ID “tver” 已被前面的单位使用'],
  ])('quotes the finding in %s', (lang, expected) => {
    const file = join(mkdtempSync(join(tmpdir(), 'init-invalid-')), 'visit.yaml');
    let refusal: UserError | undefined;
    try {
      initFile(file, answers, undefined, undefined, (findings) => findingsInLanguage(findings, lang));
    } catch (error) {
      refusal = error as UserError;
    }
    expect(refusal).toBeInstanceOf(UserError);
    expect(sentence(refusal!.words!, lang)).toBe(expected);
  });
});

describe('a value of the wrong kind in the configuration file', () => {
  it.each([
    ['en', 'options: expected a mapping of option names to numbers, found a list'],
    ['ru', 'options: ожидается блок «название параметра: число», а указано: список'],
    ['zh', 'options：应为从参数名到数字的映射，实际为列表'],
  ])('is quoted in %s without a stray space', (lang, expected) => {
    const [problem] = parseConfig('options: [1, 2]\n').problems;
    expect(sentence(problem!.words!, lang)).toBe(expected);
  });
});
