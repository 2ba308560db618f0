// Every text a finding can show exists in English, Russian and Chinese: each message, hint and related
// text of every rule, each phrase that names people, times and lists, and validate's own lines. Each
// parses as ICU MessageFormat, names only placeholders its data provides (the data the rules report
// over the whole fixture corpus, and the English template's), and has every plural form its
// language needs.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../src/diagnostics/types.js';
import { localizeDiagnostic } from '../src/engine/localize.js';
import { findingLanguage, formatMessage, type FindingLanguage } from '../src/engine/messages.js';
import { UNUSED_SUPPRESSION } from '../src/engine/suppressions.js';
import { VALIDATE_MESSAGES } from '../src/commands/validate.js';
import { loadLabels } from '../src/io/templates.js';
import { PHRASES } from '../src/rules/describe.js';
import { RULES } from '../src/rules/index.js';
import { labelsFor } from '../src/render/labels.js';
import { templateShape } from './helpers/icu-shape.js';
import { checkText } from './helpers/check.js';
import { YAMLParseError, type ErrorCode } from 'yaml';
import { decodeText } from '../src/source/decode.js';
import { parseYaml, readYaml } from '../src/source/parse.js';
import { MAX_EXPLAINED_MARKS } from '../src/source/budget.js';
import { commentCuts, explainYamlErrors } from '../src/source/yaml-slips.js';
import { YAML_PHRASES, type SourceWording } from '../src/source/yaml-words.js';
import { formatIcu } from '../src/text/icu.js';

const LANGS = ['en', 'ru', 'zh'] as const;
const labels = loadLabels();
/** The label files' `findings` sections as shipped, by language. */
const shipped = Object.fromEntries(LANGS.map((lang) => [lang, (labels[lang]!.findings ?? {}) as Record<string, Record<string, string>>]));

/** The English texts, where they are canonical: the rules' meta, describe's phrases, validate's lines. */
const ENGLISH: Record<string, Readonly<Record<string, string>>> = {
  ...Object.fromEntries([...RULES, UNUSED_SUPPRESSION].map((rule) => [rule.id, rule.meta.messages])),
  phrases: PHRASES,
  validate: VALIDATE_MESSAGES,
};

/** The text of `group`/`id` in `lang`: the label file's, else (English) the canonical one. */
function textOf(lang: string, group: string, id: string): string | undefined {
  return shipped[lang]![group]?.[id] ?? (lang === 'en' ? ENGLISH[group]?.[id] : undefined);
}


function fixtureFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return fixtureFiles(path);
    return /\.ya?ml$/.test(entry.name) ? [path] : [];
  });
}

// The data the rules report, by rule/message id: what each template may use.
const corpus: Diagnostic[] = [];
const reported = new Map<string, Set<string>[]>();
const note = (key: string, data: object | undefined) => {
  const list = reported.get(key) ?? [];
  list.push(new Set(Object.keys(data ?? {})));
  reported.set(key, list);
};
for (const file of fixtureFiles(join(import.meta.dirname, 'fixtures'))) {
  for (const d of checkText(readFileSync(file, 'utf8')).diagnostics) {
    corpus.push(d);
    if (!d.neutral) continue;
    note(`${d.rule}/${d.messageId}`, d.neutral.data);
    if (d.neutral.hintId) note(`${d.rule}/${d.neutral.hintId}`, d.neutral.data);
    for (const related of d.neutral.related ?? []) note(`${d.rule}/${related.messageId}`, related.data);
  }
}

const groups = Object.entries(ENGLISH).flatMap(([group, texts]) => Object.keys(texts).map((id) => ({ group, id })));

describe('finding texts', () => {
  it('the corpus exercises most messages', () => {
    // Not every message is reachable from the fixtures; the placeholder check below also holds each
    // translation to the English template's placeholders.
    const ruleMessages = groups.filter((g) => g.group !== 'phrases' && g.group !== 'validate');
    const seen = ruleMessages.filter((g) => reported.has(`${g.group}/${g.id}`)).length;
    expect(seen / ruleMessages.length).toBeGreaterThan(0.6);
  });

  for (const lang of LANGS) {
    describe(lang, () => {
      it('has a text for every message, hint, related text, phrase and line of validate', () => {
        const missing = groups.filter(({ group, id }) => textOf(lang, group, id) === undefined).map(({ group, id }) => `${group}/${id}`);
        expect(missing).toEqual([]);
      });

      it('has no text for a message that does not exist', () => {
        const stray = Object.entries(shipped[lang]!).flatMap(([group, texts]) => Object.keys(texts).filter((id) => ENGLISH[group]?.[id] === undefined).map((id) => `${group}/${id}`));
        expect(stray).toEqual([]);
      });

      it('parses every text, uses only placeholders its data provides, and has every plural form', () => {
        const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories as string[];
        const problems: string[] = [];
        for (const { group, id } of groups) {
          const template = textOf(lang, group, id)!;
          let analysed;
          try {
            analysed = templateShape(template, lang);
          } catch (error) {
            problems.push(`${group}/${id}: does not parse: ${(error as Error).message}`);
            continue;
          }
          // The data the rule reports where the corpus shows it; else what the English text uses.
          const seen = reported.get(`${group}/${id}`) ?? [templateShape(ENGLISH[group]![id]!, 'en').args];
          for (const data of seen) {
            for (const arg of analysed.args) if (!data.has(arg)) problems.push(`${group}/${id}: {${arg}} is not in the data the rule reports`);
          }
          for (const plural of analysed.plurals) {
            const absent = categories.filter((category) => !plural.keys.includes(category));
            if (absent.length > 0) problems.push(`${group}/${id}: {${plural.arg}, plural} lacks ${absent.join(', ')}`);
          }
        }
        expect([...new Set(problems)]).toEqual([]);
      });

      it('words every finding of the corpus whole: no placeholder, object or English phrase left over', () => {
        const language = findingLanguage(lang, labelsFor(labels, lang) as unknown as Record<string, unknown>);
        for (const d of corpus) {
          const worded = localizeDiagnostic(d, language);
          for (const text of [worded.message, worded.hint ?? '', ...(worded.related ?? []).map((r) => r.message)]) {
            expect(text, `${d.rule}/${d.messageId}`).not.toMatch(/\[object Object\]|\{[a-zA-Z]+\}/);
          }
        }
      });
    });
  }

  it('names people in the report language, else the visit\'s first, and writes dates and durations its way', () => {
    const text = readFileSync(join(import.meta.dirname, 'fixtures/rules/person-overlap/overlap.yaml'), 'utf8').replace('Пётр Петров, en: Petr Petrov', 'Пётр Петров, en: Petr Petrov, zh: 彼得罗夫');
    const overlap = checkText(text).diagnostics.find((d) => d.rule === 'person-overlap')!;
    const word = (lang: string) => localizeDiagnostic(overlap, findingLanguage(lang, labelsFor(labels, lang) as unknown as Record<string, unknown>));
    expect(overlap.message).toBe('Igor Rudenya, Anna Ivanova and Petr Petrov are in «Conference» (21 Nov 09:30–12:30, Expo) and «Factory visit» (21 Nov 11:00–12:00, TVZ plant) at the same time (they overlap by 1 h)');
    expect(word('ru').message).toBe('Игорь Руденя, Анна Иванова и Пётр Петров участвуют одновременно в мероприятиях «Конференция» (21 ноября 09:30–12:30, Экспо) и «Визит на завод» (21 ноября 11:00–12:00, Завод): они пересекаются на 1 ч');
    // No Chinese names but Petrov's: the others in the visit's first language (ru).
    expect(word('zh').message).toBe('Игорь Руденя、Анна Иванова和彼得罗夫同时被安排在“Конференция”（11月21日 09:30–12:30，Экспо）和“Визит на завод”（11月21日 11:00–12:00，Завод）中（两者重叠1小时）');
    expect(word('ru').english).toEqual({ message: overlap.message, hint: overlap.hint });
  });

  it('counts with the plural forms of the language', () => {
    const ru = findingLanguage('ru', labelsFor(labels, 'ru') as unknown as Record<string, unknown>);
    const line = (count: number) => formatMessage('validate', { messages: VALIDATE_MESSAGES }, 'tooManyWarnings', { count, max: 0 }, ru);
    expect([1, 3, 5, 21].map(line)).toEqual([
      '1 предупреждение — больше, чем допускает --max-warnings 0',
      '3 предупреждения — больше, чем допускает --max-warnings 0',
      '5 предупреждений — больше, чем допускает --max-warnings 0',
      '21 предупреждение — больше, чем допускает --max-warnings 0',
    ]);
  });

  it('never repeats a sensitive value in another language', () => {
    const text = readFileSync(join(import.meta.dirname, 'fixtures/rules/phone-format/not-international.yaml'), 'utf8');
    const language = (lang: string): FindingLanguage => findingLanguage(lang, labelsFor(labels, lang) as unknown as Record<string, unknown>);
    const sensitive = checkText(text).diagnostics.filter((f) => f.sensitive && f.neutral?.hidden?.length);
    expect(sensitive.length).toBeGreaterThan(0);
    for (const d of sensitive) {
      for (const lang of ['ru', 'zh']) {
        const worded = localizeDiagnostic(d, language(lang));
        for (const value of d.neutral?.hidden ?? []) expect(`${worded.message} ${worded.hint ?? ''}`).not.toContain(value);
      }
    }
  });
});

// The YAML reader's problems (source/): bytes that are not UTF-8, tags, nesting, every code of the
// parser, values cut by #. Each is worded by phrases whose data fills every placeholder of every
// language, and its English text is the English phrase's.
describe("the YAML reader's texts", () => {
  const badInput = join(import.meta.dirname, 'bad-input');
  const declared = readFileSync(join(import.meta.dirname, '..', 'node_modules', 'yaml', 'dist', 'errors.d.ts'), 'utf8');
  const codes = [...(/type ErrorCode = ([^;]+);/.exec(declared)?.[1] ?? '').matchAll(/'([A-Z_0-9]+)'/g)].map((m) => m[1]! as ErrorCode);
  interface Problem {
    from: string;
    message: string;
    hint?: string;
    wording?: { message: SourceWording; hint?: SourceWording };
  }
  const problems: Problem[] = [];
  for (const name of readdirSync(badInput, { withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.yaml')).map((e) => e.name).sort()) {
    const decoded = decodeText(readFileSync(join(badInput, name)));
    if (decoded.problem) problems.push({ from: name, ...decoded.problem });
    else problems.push(...parseYaml(decoded.text).problems.map((p) => ({ from: name, ...p })));
  }
  // Texts that make the parser give its rarer codes, and slips it gives the common ones for.
  const texts: Record<string, string> = {
    'anchor on an alias': 'a: &x 1\nb: &y *x\n',
    'empty alias': 'a: *\n',
    'bad directive': '%YAML 1.1 1.2\n---\na: 1\n',
    'two anchors': 'a: &x &y 1\n',
    'two tags': 'a: !!str !!str 1\n',
    'long key': `${'x'.repeat(1100)}: 1\n`,
    'bad escape in a list': '- "C:\\Users"\n',
    'bad escape': 'title: "C:\\Users"\n',
    '!!omap': 'a: !!omap [{ b: 1 }]\n',
    '!!pairs': 'a: !!pairs [{ b: 1 }]\n',
    'tab': 'a:\n\tb: 1\n',
    'colon in a value': 'title: Обед: от имени мэра\n',
    'text after a quote': 'title: "Обед" от мэра\n',
    'duplicate key': 'a: 1\na: 2\n',
    'several documents': 'a: 1\n---\nb: 2\n',
    'verbatim tag': 'a: !<!> x\n',
    'unknown tag handle': 'a: !x!y 1\n',
    'alias before its anchor': 'b: *y\na: &y 1\n',
  };
  for (const [name, text] of Object.entries(texts)) problems.push(...parseYaml(text).problems.map((p) => ({ from: name, ...p })));
  // Every code of the parser, as the first error of a file, whether or not a text is known to cause it.
  for (const code of [...codes, 'A_LATER_CODE' as ErrorCode]) {
    const error = new YAMLParseError([0, 1], code, 'The parser says so');
    problems.push(...explainYamlErrors('key: value\n', [error]).map((p) => ({ from: code, ...p })));
  }
  problems.push(...commentCuts('title: Зал #3\n').map((p) => ({ from: 'cut by #', ...p })));
  // A slip in a text too large to explain in detail: one problem where the fast reader stopped.
  const large = `a: [${'0,'.repeat(MAX_EXPLAINED_MARKS)}\n`;
  problems.push(...readYaml(large, () => ({ stoppedAt: large.length - 1 })).problems.map((p) => ({ from: 'slip in a large file', ...p })));

  it('the corpus holds the problems of every kind', () => {
    const ids = new Set(problems.map((p) => p.wording?.message.id));
    for (const id of ['yamlBinaryFile', 'yamlWideEncoding', 'yamlWindows1251', 'yamlNotUtf8', 'yamlOldType', 'yamlTooDeep', 'yamlCustomTag', 'yamlAliasBomb', 'yamlBadEscape', 'yamlBadEscapeSequence', 'yamlCommentCut', 'yamlLongKey', 'yamlParserError', 'yamlBadTag', 'yamlUnknownAlias', 'yamlTooLargeToExplain']) {
      expect(ids, id).toContain(id);
    }
    expect(codes.length).toBeGreaterThan(20);
  });

  it('words every problem by phrases, its English the English phrase', () => {
    for (const problem of problems) {
      expect(problem.wording, `${problem.from}: ${problem.message}`).toBeDefined();
      const { message, hint } = problem.wording!;
      expect(formatIcu(YAML_PHRASES[message.id]!, 'en', message.data), problem.from).toBe(problem.message);
      if (problem.hint !== undefined) {
        expect(hint, `${problem.from}: ${problem.hint}`).toBeDefined();
        expect(formatIcu(YAML_PHRASES[hint!.id]!, 'en', hint!.data), problem.from).toBe(problem.hint);
      }
    }
  });

  for (const lang of LANGS) {
    it(`has a text in ${lang} for each, using only the data the reader gives`, () => {
      const faults: string[] = [];
      for (const problem of problems) {
        for (const wording of [problem.wording?.message, problem.wording?.hint]) {
          if (!wording) continue;
          const template = textOf(lang, 'phrases', wording.id);
          if (template === undefined) {
            faults.push(`${problem.from}: no ${lang} text for ${wording.id}`);
            continue;
          }
          const given = new Set(Object.keys(wording.data ?? {}));
          for (const arg of templateShape(template, lang).args) if (!given.has(arg)) faults.push(`${problem.from}: ${wording.id} in ${lang} uses {${arg}}, which the reader does not give`);
          const text = formatIcu(template, lang, wording.data);
          if (lang !== 'en' && /[a-z]{4,} [a-z]{4,} [a-z]{4,}/.test(text.replace(/`[^`]*`|\b[a-z]+\.yaml\b|iconv[^,;]*|Windows|UTF-\d+|The parser says so/g, ''))) faults.push(`${problem.from}: ${wording.id} reads English in ${lang}: ${text}`);
        }
      }
      expect([...new Set(faults)]).toEqual([]);
    });
  }
});


// A YAML hint that would quote a line of personal data keeps its advice and says why the line is not
// shown, in the report's language.
describe('a hint whose corrected line holds personal data', () => {
  const escape = 'visit:\n  id: v1\npeople:\n  - id: p1\n    passport:\n      number: "45\\10 123456"\n';
  const cut = 'visit:\n  id: v1\npeople:\n  - id: p1\n    passport:\n      number: 45 10 #123456\n';
  const worded = (text: string, lang: string) => {
    const d = checkText(text).diagnostics.find((f) => f.rule === 'yaml-syntax')!;
    return localizeDiagnostic(d, findingLanguage(lang, labelsFor(labels, lang) as unknown as Record<string, unknown>));
  };

  it('keeps the advice and drops the line, in English, Russian and Chinese (text that is not YAML)', () => {
    expect(worded(escape, 'en').hint).toBe('Use single quotes, where a backslash is an ordinary character (the corrected line is not shown: it holds personal data).');
    expect(worded(escape, 'ru').hint).toBe('Используйте одинарные кавычки (в них обратная косая черта — обычный символ). Исправленная строка не показана: в ней есть персональные данные.');
    expect(worded(escape, 'zh').hint).toBe('请改用单引号，单引号内的反斜杠是普通字符（修正后的行含有个人信息，不予显示）。');
    for (const lang of LANGS) expect(worded(escape, lang).hint).not.toMatch(/123456|4510/);
  });

  it('does the same for a value a # cuts short (text that is YAML)', () => {
    expect(worded(cut, 'en').hint).toBe('Put the whole value in double quotes (the corrected line is not shown: it holds personal data).');
    expect(worded(cut, 'ru').hint).toMatch(/^[А-Яа-яё ]+\. Исправленная строка не показана: в ней есть персональные данные\.$/);
    expect(worded(cut, 'zh').hint).toMatch(/^[^A-Za-z]+（修正后的行含有个人信息，不予显示）。$/);
    for (const lang of LANGS) expect(`${worded(cut, lang).message} ${worded(cut, lang).hint}`).not.toMatch(/123456|45 10/);
  });
});

// The parser's own English reaches a finding only for a code it may add in a later version, or a
// document it cannot turn into values for a reason not known here: then a sentence of the language
// quotes it; malformed tags and aliases before their anchors have sentences of their own.
describe("the YAML parser's own words", () => {
  const language = (lang: string) => findingLanguage(lang, labelsFor(labels, lang) as unknown as Record<string, unknown>);
  it('are not shown for a malformed tag or an alias before its anchor', () => {
    for (const text of ['a: !<!> x\n', 'a: !! 1\n', 'b: *y\na: &y 1\n']) {
      for (const d of checkText(text).diagnostics) {
        expect(d.message).not.toMatch(/Verbatim|suffix|Unresolved|Could not resolve/);
        for (const lang of ['ru', 'zh']) expect(localizeDiagnostic(d, language(lang)).message).not.toMatch(/[a-z]{4,} [a-z]{4,}/);
      }
    }
  });

  it('stand quoted inside a sentence of the language otherwise', () => {
    const ru = formatIcu(textOf('ru', 'phrases', 'yamlParserError')!, 'ru', { detail: 'Something new' });
    expect(ru).toBe('YAML не удаётся прочитать в этом месте (сообщение разборщика YAML: «Something new»)');
    const zh = formatIcu(textOf('zh', 'phrases', 'yamlUnreadable')!, 'zh', { detail: 'Something new' });
    expect(zh).toBe('无法读取该 YAML 文档（YAML 解析器原文：“Something new”）');
  });
});
