// The report in each language against golden output: every rule's fixture findings (the rule the
// folder is named for), checked as validate checks them and printed in English, Russian and Chinese;
// JSON and SARIF in Russian carry the English texts beside the Russian ones.
// `npm run goldens:update` rewrites the goldens; read them before committing.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localizeReports, reportWords } from '../src/commands/itinerary.js';
import { loadLabels } from '../src/io/templates.js';
import { FORMATTERS, PLAIN_STYLE, type FileReport, type ReportContext } from '../src/report/index.js';
import { RULES } from '../src/rules/index.js';
import { expectGolden } from './helpers/golden.js';
import { checkText } from './helpers/check.js';
import { checkSource } from '../src/engine/check.js';
import { decodeText } from '../src/source/decode.js';

const golden = join(import.meta.dirname, 'golden', 'report');
const fixtures = join(import.meta.dirname, 'fixtures', 'rules');
const labels = loadLabels();

/** Each rule folder's fixtures that fire, with the findings of that rule only. */
function fixtureReports(): FileReport[] {
  const reports: FileReport[] = [];
  for (const rule of readdirSync(fixtures).sort()) {
    for (const name of readdirSync(join(fixtures, rule)).sort()) {
      if (!name.endsWith('.yaml') || name.startsWith('valid')) continue;
      const text = readFileSync(join(fixtures, rule, name), 'utf8');
      const check = checkText(text);
      const diagnostics = check.diagnostics.filter((d) => d.rule === rule);
      if (diagnostics.length === 0) continue;
      reports.push({ file: `rules/${rule}/${name}`, diagnostics, lines: text.split(/\r?\n/), sensitiveLines: check.sensitiveLines });
    }
  }
  return reports;
}

const reports = fixtureReports();

function context(lang: string): ReportContext & ReturnType<typeof reportWords> {
  const rules = RULES.map(({ id, description, defaultSeverity, meta }) => ({ id, description, defaultSeverity, meta: { docs: meta.docs } }));
  return { style: PLAIN_STYLE, toolVersion: '1.2.3', rules, ...reportWords(labels, lang), srcRoot: '/home/protocol/visits', ruleDocs: 'file:///usr/lib/node_modules/delegation-planner/docs/rules/' };
}

function report(format: 'pretty' | 'json' | 'sarif' | 'github', lang: string, files = reports): string {
  const words = context(lang);
  return FORMATTERS[format](localizeReports(files, words.findings), words);
}

describe('the report in each language', () => {
  it('covers a finding of every rule that has fixtures', () => {
    expect(new Set(reports.flatMap((r) => r.diagnostics.map((d) => d.rule))).size).toBeGreaterThanOrEqual(28);
  });

  for (const lang of ['en', 'ru', 'zh']) {
    it(`pretty in ${lang} matches test/golden/report/findings.${lang}.txt`, () => expectGolden(report('pretty', lang), join(golden, `findings.${lang}.txt`)));
  }

  it('github annotations in ru match test/golden/report/github.ru.txt', () => expectGolden(report('github', 'ru'), join(golden, 'github.ru.txt')));

  // A few files keep the JSON and SARIF goldens short enough to read.
  const some = reports.filter((r) => /person-overlap\/overlap|signatory-absent|passport-expiry/.test(r.file));

  it('json in ru matches test/golden/report/json.ru.json: Russian texts, the English ones beside them, the same ids', () => {
    const text = report('json', 'ru', some);
    expectGolden(text, join(golden, 'json.ru.json'));
    const english = JSON.parse(report('json', 'en', some)) as { files: { diagnostics: Record<string, unknown>[] }[] };
    const russian = JSON.parse(text) as typeof english;
    russian.files.forEach((file, f) =>
      file.diagnostics.forEach((d, i) => {
        const en = english.files[f]!.diagnostics[i]!;
        expect(d.messageEnglish).toBe(en.message);
        expect(d.message).not.toBe(en.message);
        expect([d.rule, d.messageId, d.line, d.column]).toEqual([en.rule, en.messageId, en.line, en.column]);
      }),
    );
  });

  it('sarif in ru matches test/golden/report/sarif.ru.json, with the English text and the same fingerprints', () => {
    const text = report('sarif', 'ru', some);
    expectGolden(text, join(golden, 'sarif.ru.json'));
    type Result = { message: { text: string }; properties: { englishMessage?: string; messageId: string }; partialFingerprints: Record<string, string> };
    const results = (json: string) => (JSON.parse(json) as { runs: { results: Result[] }[] }).runs[0]!.results;
    const english = results(report('sarif', 'en', some));
    results(text).forEach((result, i) => {
      expect(result.properties.englishMessage).toBe(english[i]!.message.text);
      expect(result.properties.messageId).toBe(english[i]!.properties.messageId);
      expect(result.partialFingerprints).toEqual(english[i]!.partialFingerprints);
      expect(english[i]!.properties.englishMessage).toBeUndefined();
    });
  });
});

describe("the YAML reader's findings in each language", () => {
  // Files that are not YAML text, or not the YAML an itinerary is: read as validate reads them, from bytes.
  const files = ['binary.yaml', 'utf16le-no-bom.yaml', 'utf32be-bom.yaml', 'windows-1251.yaml', 'invalid-utf8.yaml', 'tag-binary.yaml', 'tag-timestamp.yaml', 'bad-escape.yaml', 'deep-flow.yaml'];
  const readerReports: FileReport[] = files.map((name) => {
    const check = checkSource(decodeText(readFileSync(join(import.meta.dirname, 'bad-input', name))));
    return { file: `bad-input/${name}`, diagnostics: check.diagnostics, lines: check.text.split(/\r?\n/), sensitiveLines: check.sensitiveLines };
  });

  for (const lang of ['ru', 'zh']) {
    it(`pretty in ${lang} matches test/golden/report/reader.${lang}.txt`, () => expectGolden(report('pretty', lang, readerReports), join(golden, `reader.${lang}.txt`)));
  }

  it('keeps the line and column and the English beside the text', () => {
    const english = JSON.parse(report('json', 'en', readerReports)) as { files: { diagnostics: { line: number; column: number; message: string }[] }[] };
    for (const lang of ['ru', 'zh']) {
      const worded = JSON.parse(report('json', lang, readerReports)) as { files: { diagnostics: { line: number; column: number; message: string; messageEnglish?: string }[] }[] };
      worded.files.forEach((file, f) =>
        file.diagnostics.forEach((d, i) => {
          const en = english.files[f]!.diagnostics[i]!;
          expect([d.line, d.column]).toEqual([en.line, en.column]);
          expect(d.messageEnglish).toBe(en.message);
          expect(d.message, `${files[f]} in ${lang}`).not.toBe(en.message);
        }),
      );
    }
  });
});

