// Every formatter against golden output made from one shared list of findings
// (test/fixtures/report/findings.ts). `npm run goldens:update` rewrites the goldens; read them before committing.
import { reportWords } from '../src/commands/itinerary.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { expectGolden } from './helpers/golden.js';
import { describe, expect, it } from 'vitest';
import { FORMATTERS, PLAIN_STYLE, type FormatName, type ReportContext, type Style } from '../src/report/index.js';
import { escapeData, escapeProperty } from '../src/report/github.js';
import { columns as displayWidth } from './helpers/columns.js';
import { RULES } from '../src/rules/index.js';
import { FILES } from './fixtures/report/findings.js';

const golden = join(import.meta.dirname, 'golden', 'report');
// A fixed list, so that the goldens do not change whenever a rule is registered.
const rules = [
  ...RULES.filter((r) => ['yaml-syntax', 'schema', 'duplicate-id', 'unknown-reference'].includes(r.id)).map(({ id, description, defaultSeverity }) => ({ id, description, defaultSeverity })),
  { id: 'capacity', description: 'Attendees exceed a place\'s capacity, or riders exceed the seats of the vehicles.', defaultSeverity: 'error' as const },
];
const context: ReportContext = { style: PLAIN_STYLE, toolVersion: '1.2.3', rules, ...reportWords(), srcRoot: '/home/protocol/visits', ruleDocs: 'file:///usr/lib/node_modules/delegation-planner/docs/rules/' };
/** Marks each colour so the golden shows where colour would go. */
const TAGGED: Style = {
  error: (t) => `<red>${t}</red>`,
  warning: (t) => `<yellow>${t}</yellow>`,
  dim: (t) => `<dim>${t}</dim>`,
  bold: (t) => `<b>${t}</b>`,
  accent: (t) => `<cyan>${t}</cyan>`,
};

function matchGolden(name: string, actual: string): void {
  expectGolden(actual, join(golden, name));
}

const outputs: [FormatName, string][] = [
  ['pretty', 'pretty.txt'],
  ['json', 'json.json'],
  ['sarif', 'sarif.json'],
  ['github', 'github.txt'],
];

describe('formatters', () => {
  for (const [format, file] of outputs) {
    it(`${format} matches test/golden/report/${file}`, () => matchGolden(file, FORMATTERS[format](FILES, context)));
  }
  it('pretty with colour matches test/golden/report/pretty-styled.txt', () => matchGolden('pretty-styled.txt', FORMATTERS.pretty(FILES, { ...context, style: TAGGED })));
  it('pretty says so when there is nothing to report', () => {
    expect(FORMATTERS.pretty([FILES[1]!], context)).toBe('1 file checked: no problems\n');
  });
});

describe('pretty', () => {
  const text = FORMATTERS.pretty(FILES, context);
  const lines = text.split('\n');

  it('puts the caret under the value even after CJK text', () => {
    const at = lines.findIndex((l) => l.startsWith('> 5 |'));
    const source = lines[at]!;
    const caret = lines[at + 1]!;
    const column = displayWidth(source.slice(0, source.indexOf('hust')));
    expect(caret.indexOf('^')).toBe(column);
    expect(caret.trimEnd().endsWith('^^^^')).toBe(true);
  });

  it('puts the caret under the value after a tab', () => {
    const at = lines.findIndex((l) => l.startsWith('> 11 |'));
    expect(lines[at + 1]!.indexOf('^')).toBe(lines[at]!.indexOf('100'));
  });

  it('shows a long line from a little before the finding, caret under the value', () => {
    const at = lines.findIndex((l) => l.startsWith('> 16 |'));
    expect(lines[at]!.startsWith('> 16 | …')).toBe(true);
    const source = lines[at]!;
    expect(lines[at + 1]!.indexOf('^')).toBe(displayWidth(source.slice(0, source.indexOf('hotl'))));
    expect(lines[at + 1]!.trimEnd().endsWith('^^^^')).toBe(true);
  });

  it('never shows the source of a sensitive finding, nor a sensitive line as context', () => {
    expect(text).not.toContain('RUDENIA');
    expect(text).not.toContain('75 1234567');
    expect(text).toContain('itineraries/liaoning 2023.yaml:8:66  error');
  });
});

describe('json', () => {
  it('has exactly the shape of the format specification', () => {
    const out = JSON.parse(FORMATTERS.json(FILES, context)) as { files: { file: string; diagnostics: Record<string, unknown>[] }[]; errors: number; warnings: number };
    expect(Object.keys(out)).toEqual(['files', 'errors', 'warnings']);
    expect(out.errors).toBe(5);
    expect(out.warnings).toBe(1);
    for (const file of out.files) {
      expect(Object.keys(file)).toEqual(['file', 'diagnostics']);
      for (const d of file.diagnostics) expect(Object.keys(d)).toEqual(['rule', 'severity', 'messageId', 'message', 'line', 'column', 'endLine', 'endColumn', 'path']);
    }
  });
});

describe('sarif', () => {
  const sarif = JSON.parse(FORMATTERS.sarif(FILES, context)) as {
    runs: {
      tool: { driver: { name: string; version: string; informationUri?: string; rules: { id: string; name?: string; shortDescription: { text: string }; fullDescription: { text: string }; help: { text: string }; helpUri?: string }[] } };
      originalUriBaseIds: Record<string, { uri?: string }>;
      results: { ruleId: string; ruleIndex?: number; partialFingerprints: Record<string, string>; locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Record<string, number> } }[] }[];
    }[];
  };

  // The OASIS schema is written in JSON Schema draft-04, hence ajv's draft-04 class.
  it('is valid against the official SARIF 2.1.0 schema', () => {
    const schema = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'sarif-schema-2.1.0.json'), 'utf8')) as object;
    const ajv = new AjvDraft04.default({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    expect(validate(sarif), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('has what GitHub code scanning requires', () => {
    const run = sarif.runs[0]!;
    expect(run.tool.driver.name).toBe('delegation');
    expect(run.tool.driver.version).toBe('1.2.3');
    // The project has no web address of its own: the README shipped in the package.
    expect(run.tool.driver.informationUri).toBe('file:///usr/lib/node_modules/delegation-planner/README.md');
    for (const rule of run.tool.driver.rules) {
      expect(rule.shortDescription.text.length).toBeGreaterThan(0);
      expect(rule.fullDescription.text.length).toBeGreaterThan(0);
      expect(rule.help.text.length).toBeGreaterThan(0);
      expect(rule.helpUri).toBe(`file:///usr/lib/node_modules/delegation-planner/docs/rules/${rule.id}.md`);
      // Multitool SARIF1001: a name, when given, is not the id in another case.
      if (rule.name !== undefined) expect(rule.name.toLowerCase()).not.toBe(rule.id.toLowerCase());
    }
    expect(run.tool.driver.rules.map((r) => r.name)).toEqual(['YamlSyntax', undefined, 'DuplicateId', 'UnknownReference', undefined, 'PassportExpiry']);
    expect(run.originalUriBaseIds['%SRCROOT%']!.uri).toBe('file:///home/protocol/visits/');
    for (const result of run.results) {
      expect(run.tool.driver.rules[result.ruleIndex!]!.id).toBe(result.ruleId);
      const location = result.locations[0]!.physicalLocation;
      expect(location.artifactLocation.uri).not.toMatch(/^\/|^[a-z]+:/);
      expect(location.region.startLine).toBeGreaterThan(0);
    }
    expect(run.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('itineraries/liaoning%202023.yaml');
  });

  it('links no help page when the rule pages are not known, rather than one that does not resolve', () => {
    const bare = JSON.parse(FORMATTERS.sarif(FILES, { ...context, ruleDocs: undefined, srcRoot: undefined })) as typeof sarif;
    expect(bare.runs[0]!.tool.driver.rules.every((r) => r.helpUri === undefined)).toBe(true);
    expect(bare.runs[0]!.tool.driver.informationUri).toBeUndefined();
    expect(bare.runs[0]!.originalUriBaseIds['%SRCROOT%']!.uri).toBeUndefined();
  });

  it('uses the path from the repository root when one is known', () => {
    const moved = FILES.map((f) => ({ ...f, file: `../${f.file}`, rootPath: f.file }));
    const other = JSON.parse(FORMATTERS.sarif(moved, context)) as typeof sarif;
    const uris = (s: typeof sarif) => s.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation);
    expect(uris(other)).toEqual(uris(sarif));
  });

  it('fingerprints each finding so that it survives lines added above it, and tells identical findings apart', () => {
    const results = sarif.runs[0]!.results;
    const prints = results.map((r) => r.partialFingerprints['delegationFindingHash/v1']!);
    expect(prints.every((p) => /^[0-9a-f]{32}$/.test(p))).toBe(true);
    expect(new Set(prints).size).toBe(prints.length);
    const shifted = FILES.map((f) => ({
      ...f,
      lines: ['# a comment', '', ...f.lines],
      sensitiveLines: new Set([...f.sensitiveLines].map((l) => l + 2)),
      diagnostics: f.diagnostics.map((d) => ({ ...d, line: d.line + 2, endLine: d.endLine + 2, related: d.related?.map((r) => ({ ...r, line: r.line + 2, endLine: r.endLine + 2 })) })),
    }));
    const again = JSON.parse(FORMATTERS.sarif(shifted, context)) as typeof sarif;
    expect(again.runs[0]!.results.map((r) => r.partialFingerprints['delegationFindingHash/v1'])).toEqual(prints);
    // A change to the offending line is a different finding.
    const edited = FILES.map((f) => ({ ...f, lines: f.lines.map((l) => l.replace('hotl', 'hot1')) }));
    const changed = JSON.parse(FORMATTERS.sarif(edited, context)) as typeof sarif;
    expect(changed.runs[0]!.results.map((r) => r.partialFingerprints['delegationFindingHash/v1'])).not.toEqual(prints);
  });
});

describe('github', () => {
  it('escapes data and properties as the runner expects', () => {
    expect(escapeData('100% done\r\nnext')).toBe('100%25 done%0D%0Anext');
    expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
  });

  it('writes one workflow command per finding with file, line, col, endLine, endColumn and title', () => {
    const lines = FORMATTERS.github(FILES, context).trimEnd().split('\n');
    expect(lines).toHaveLength(6);
    for (const line of lines) {
      expect(line).toMatch(/^::(error|warning) file=[^,]+,line=\d+,(col=\d+,)?endLine=\d+,(endColumn=\d+,)?title=[^,:]+::/);
    }
  });

  it('sends col and endColumn only on a single-line range, as @actions/core requires', () => {
    const one = { ...FILES[0]!.diagnostics[0]!, line: 3, column: 7, endLine: 3, endColumn: 9 };
    const two = { ...one, line: 7, endLine: 8, endColumn: 4 };
    const text = FORMATTERS.github([{ ...FILES[0]!, diagnostics: [one, two], rootPath: 'visits/liaoning.yaml' }], context).split('\n');
    expect(text[0]).toMatch(/^::\w+ file=visits\/liaoning.yaml,line=3,col=7,endLine=3,endColumn=9,title=/);
    expect(text[1]).toMatch(/^::\w+ file=visits\/liaoning.yaml,line=7,endLine=8,title=/);
  });
});
