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
