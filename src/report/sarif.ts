// SARIF 2.1.0 for code-scanning tools (GitHub code scanning among them).
import { DOCS_BASE, TOOL_URI, type Formatter } from './types.js';

export const formatSarif: Formatter = (files, context) => {
  // Every result needs its rule described (GitHub shows the description); a rule the context does not
  // know still gets an entry, described by its id.
  const known = new Set(context.rules.map((r) => r.id));
  const extra = [...new Set(files.flatMap((f) => f.diagnostics.map((d) => d.rule)))]
    .filter((id) => !known.has(id))
    .map((id) => ({ id, description: `The ${id} rule.`, defaultSeverity: 'error' as const }));
  const rules = [...context.rules, ...extra];
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const results = files.flatMap((file) =>
    file.diagnostics.map((d) => {
      const result: Record<string, unknown> = {
        ruleId: d.rule,
        level: d.severity === 'error' ? 'error' : 'warning',
        message: { text: d.hint ? `${d.message}${/[.?!]$/.test(d.message) ? '' : '.'} ${d.hint}` : d.message },
        locations: [location(file.file, d)],
      };
      const index = ruleIndex.get(d.rule);
      if (index !== undefined) result.ruleIndex = index;
      if (d.related?.length) {
        result.relatedLocations = d.related.map((r, i) => ({ id: i + 1, ...location(file.file, r), message: { text: r.message } }));
      }
      return result;
    }),
  );
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
            informationUri: TOOL_URI,
            rules: rules.map((rule) => ({
              id: rule.id,
              name: rule.id.replace(/(^|-)([a-z])/g, (_m, _dash: string, c: string) => c.toUpperCase()),
              shortDescription: { text: rule.description },
              fullDescription: { text: rule.description },
              helpUri: `${DOCS_BASE}${rule.id}.md`,
              help: { text: `${rule.description} See ${DOCS_BASE}${rule.id}.md`, markdown: `${rule.description} [Documentation](${DOCS_BASE}${rule.id}.md)` },
              defaultConfiguration: { level: rule.defaultSeverity },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The folder delegation was run in.' } } },
        artifacts: files.map((file) => ({ location: artifactLocation(file.file) })),
        results,
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
};

function location(file: string, region: { line: number; column: number; endLine: number; endColumn: number }) {
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

/** Files under the working folder are relative to %SRCROOT%; others get an absolute file: URI. */
function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  if (file.startsWith('/')) return { uri: `file://${encodeUri(file)}` };
  if (/^[A-Za-z]:\//.test(file)) return { uri: `file:///${file.slice(0, 2)}${encodeUri(file.slice(2))}` };
  return { uri: encodeUri(file), uriBaseId: '%SRCROOT%' };
}

/** A relative URI reference: each path segment percent-encoded, slashes kept. */
function encodeUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}
