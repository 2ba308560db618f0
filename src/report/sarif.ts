// SARIF 2.1.0 for code-scanning tools (GitHub code scanning among them).
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from '../diagnostics/types.js';
import { omittedText, type FileReport, type Formatter, type ReportedRule } from './types.js';

/** The key of our own partial fingerprint; bump the version when its recipe changes. */
export const FINGERPRINT_KEY = 'delegationFindingHash/v1';

export const formatSarif: Formatter = (files, context) => {
  // Every result needs its rule described (GitHub shows the description); a rule the context does not
  // know still gets an entry, described by its id.
  const known = new Set(context.rules.map((r) => r.id));
  const extra = [...new Set(files.flatMap((f) => f.diagnostics.map((d) => d.rule)))]
    .filter((id) => !known.has(id))
    .map((id) => ({ id, description: `The ${id} rule.`, defaultSeverity: 'error' as const }));
  const rules = [...context.rules, ...extra];
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const results = files.flatMap((file) => {
    const fingerprints = findingHashes(file);
    return file.diagnostics.map((d, i) => {
      const result: Record<string, unknown> = {
        ruleId: d.rule,
        level: d.severity === 'error' ? 'error' : 'warning',
        message: { text: messageText(d.message, d.hint) },
        locations: [location(file, d)],
        partialFingerprints: { [FINGERPRINT_KEY]: fingerprints[i]! },
        // Which of the rule's messages this is, stable across wording and languages; in a report in
        // another language, the English text too, for tools that match it.
        properties: { messageId: d.messageId, ...(d.english ? { englishMessage: messageText(d.english.message, d.english.hint) } : {}) },
      };
      const index = ruleIndex.get(d.rule);
      if (index !== undefined) result.ruleIndex = index;
      if (d.related?.length) {
        result.relatedLocations = d.related.map((r, j) => ({ id: j + 1, ...location(file, r), message: { text: r.message } }));
      }
      return result;
    });
  });
  // Findings beyond the per-rule cap are not results: the run says how many of each rule it left out.
  const notifications = files.flatMap((file) =>
    (file.omitted ?? []).map((o) => ({
      level: o.severity === 'error' ? 'error' : 'warning',
      message: { text: omittedText(o, context) },
      locations: [{ physicalLocation: { artifactLocation: artifactLocation(file) } }],
      ...(ruleIndex.has(o.rule) ? { associatedRule: { id: o.rule, index: ruleIndex.get(o.rule)! } } : { associatedRule: { id: o.rule } }),
      properties: { omittedResults: o.count },
    })),
  );
  const srcRoot: Record<string, unknown> = { description: { text: 'The root of the repository (or the folder delegation ran in, outside a repository).' } };
  if (context.srcRoot !== undefined) srcRoot.uri = folderUri(context.srcRoot);
  const sarif = {
    $schema: 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'delegation',
            version: context.toolVersion,
            semanticVersion: context.toolVersion,
            // The package's own README (npm always ships it), beside docs/rules/.
            ...(context.ruleDocs === undefined ? {} : { informationUri: new URL('../../README.md', context.ruleDocs).href }),
            rules: rules.map((rule) => sarifRule(rule, context.ruleDocs)),
          },
        },
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { '%SRCROOT%': srcRoot },
        artifacts: files.map((file) => ({ location: artifactLocation(file) })),
        ...(notifications.length ? { invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }] } : {}),
        results,
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
};

/** The message and its hint as one text: SARIF results have no separate hint. */
function messageText(message: string, hint: string | undefined): string {
  if (!hint) return message;
  return `${message}${/[.?!。？！]$/.test(message) ? '' : /[\u3000-\u9fff]$/.test(message) ? '。' : '.'}${/[\u3000-\u9fff]/.test(hint[0] ?? '') ? '' : ' '}${hint}`;
}

function sarifRule(rule: ReportedRule, docs: string | undefined) {
  // SARIF wants `name` to differ from the opaque `id` (Multitool's SARIF1001); a one-word id has no
  // distinct PascalCase form, so its name is left out.
  const name = rule.id.replace(/(^|-)([a-z])/g, (_m, _dash: string, c: string) => c.toUpperCase());
  // The rule's page is relative to the package root, two folders above the rule pages' folder.
  const page = docs === undefined ? undefined : new URL(rule.meta?.docs.url ?? `docs/rules/${rule.id}.md`, new URL('../../', docs)).href;
  return {
    id: rule.id,
    ...(name.toLowerCase() === rule.id.toLowerCase() ? {} : { name }),
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.description },
    ...(page === undefined ? {} : { helpUri: page }),
    help: page === undefined
      ? { text: `${rule.description} See docs/rules/${rule.id}.md in the delegation package.` }
      : { text: `${rule.description} See ${page}`, markdown: `${rule.description} [Documentation](${page})` },
    defaultConfiguration: { level: rule.defaultSeverity },
  };
}

function location(file: FileReport, region: { line: number; column: number; endLine: number; endColumn: number }) {
  return {
    physicalLocation: {
      artifactLocation: artifactLocation(file),
      region: {
        startLine: region.line,
        startColumn: region.column,
        endLine: region.endLine,
        endColumn: Math.max(region.endColumn, region.endLine === region.line ? region.column : 1),
      },
    },
  };
}

/** Files inside the repository are relative to %SRCROOT%; others get an absolute file: URI. */
function artifactLocation(file: FileReport): { uri: string; uriBaseId?: string } {
  const path = file.rootPath ?? file.file;
  if (path.startsWith('/')) return { uri: `file://${encodeUri(path)}` };
  if (/^[A-Za-z]:\//.test(path)) return { uri: `file:///${path.slice(0, 2)}${encodeUri(path.slice(2))}` };
  return { uri: encodeUri(path), uriBaseId: '%SRCROOT%' };
}

function folderUri(folder: string): string {
  const href = pathToFileURL(folder).href;
  return href.endsWith('/') ? href : `${href}/`;
}

/** A relative URI reference: each path segment percent-encoded, slashes kept. */
function encodeUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

/**
 * One hash per finding that stays the same when lines are added or removed elsewhere: the rule, the
 * file, the message (line numbers in it left out) and the text of the finding's first line, with
 * spacing normalised; identical findings are told apart by their order. The text of a sensitive line
 * is never hashed: a passport number has too few possible values to hide behind a hash.
 */
function findingHashes(file: FileReport): string[] {
  const seen = new Map<string, number>();
  return file.diagnostics.map((d) => {
    // The English text: a finding keeps its fingerprint whatever language the report is in.
    const key = [d.rule, file.rootPath ?? file.file, (d.english?.message ?? d.message).replace(/\bline \d+/g, 'line'), lineText(file, d)].join('\0');
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return createHash('sha256').update(`${key}\0${occurrence}`).digest('hex').slice(0, 32);
  });
}

function lineText(file: FileReport, d: Diagnostic): string {
  if (d.sensitive || file.sensitiveLines.has(d.line)) return '';
  return (file.lines[d.line - 1] ?? '').trim().replace(/\s+/g, ' ');
}
