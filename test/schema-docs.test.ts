// The JSON Schema explains the format in editors: every property and enum value is described, lists
// offer snippets, and yaml-language-server (what VS Code's YAML extension runs) shows the text on hover.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildJsonSchema, enumOf, forEachProperty } from '../src/model/json-schema.js';
import { PROPERTY_DOCS, SNIPPETS } from '../src/model/schema-docs.js';

type Node = Record<string, unknown>;
const schema = buildJsonSchema();
const defs = schema.$defs as Record<string, Node>;
const root = defs.Itinerary!;

function everyProperty(): [string, Node][] {
  const found: [string, Node][] = [];
  forEachProperty(root, (path, node) => found.push([path, node]));
  for (const [name, def] of Object.entries(defs)) if (name !== 'Itinerary') forEachProperty(def, (path, node) => found.push([`$defs.${name}.${path}`, node]));
  return found;
}

describe('JSON Schema documentation', () => {
  it('gives every property a title and an English description', () => {
    const missing = everyProperty().filter(([, node]) => typeof node.title !== 'string' || typeof node.description !== 'string' || (node.description as string).length < 10).map(([path]) => path);
    expect(missing).toEqual([]);
    expect(everyProperty().length).toBeGreaterThan(90);
  });

  it('gives every shared definition a title and a description', () => {
    for (const [name, def] of Object.entries(defs)) {
      expect(def.title, name).toEqual(expect.any(String));
      expect(def.description, name).toEqual(expect.any(String));
    }
  });

  it('describes every value of every enum', () => {
    const enums = everyProperty().filter(([, node]) => enumOf(node) !== undefined);
    expect(enums.map(([path]) => path)).toEqual(expect.arrayContaining(['people[].role', 'days[].events[].kind', 'places[].kind', 'organizations[].side']));
    for (const [path, node] of enums) {
      const values = enumOf(node)!;
      const descriptions = node.enumDescriptions as string[] | undefined;
      expect(descriptions, path).toHaveLength(values.length);
      descriptions!.forEach((d, i) => expect(d.length, `${path}: ${String(values[i])}`).toBeGreaterThan(3));
    }
  });

  it('has no description for a property the schema does not have', () => {
    const paths = new Set(everyProperty().map(([path]) => path));
    expect(Object.keys(PROPERTY_DOCS).filter((path) => !paths.has(path))).toEqual([]);
  });

  it('puts an example in the markdown description where one helps', () => {
    const revision = (root.properties as Record<string, Node>).visit!.properties as Record<string, Node>;
    expect(revision.revision!.markdownDescription).toContain('```yaml\nrevision: 3\n```');
  });

  it('offers snippets for a person, a day and an event, whose keys the schema knows', () => {
    const items: Record<string, Node> = {};
    forEachProperty(root, () => {}, (path, node) => (items[path] = node));
    for (const path of ['people[]', 'days[]', 'days[].events[]']) {
      const snippets = items[path]!.defaultSnippets as { label: string; body: Record<string, unknown> }[];
      expect(snippets, path).toEqual(SNIPPETS[path]);
      for (const snippet of snippets) {
        const known = Object.keys(items[path]!.properties as Node);
        expect(Object.keys(snippet.body).filter((k) => !known.includes(k)), `${path} ${snippet.label}`).toEqual([]);
      }
    }
  });
});

describe('yaml-language-server', () => {
  // The language service of VS Code's YAML extension, given the checked-in schema as an editor would.
  const require = createRequire(import.meta.url);
  const { getLanguageService } = require('yaml-language-server/lib/umd/languageservice/yamlLanguageService.js') as typeof import('yaml-language-server/lib/umd/languageservice/yamlLanguageService.js');
  const { TextDocument } = require('vscode-languageserver-textdocument') as typeof import('vscode-languageserver-textdocument');
  const schemaUri = 'file:///delegation/schema/itinerary.schema.json';
  const schemaText = readFileSync(join(import.meta.dirname, '..', 'schema', 'itinerary.schema.json'), 'utf8');
  const service = getLanguageService({
    schemaRequestService: (uri: string) => (uri === schemaUri ? Promise.resolve(schemaText) : Promise.reject(new Error(`no schema at ${uri}`))),
    workspaceContext: { resolveRelativePath: (relative: string, resource: string) => new URL(relative, resource).href },
    clientCapabilities: { textDocument: { hover: { contentFormat: ['markdown', 'plaintext'] }, completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } } } },
  });
  service.configure({ validate: true, hover: true, completion: true, schemas: [{ uri: schemaUri, fileMatch: ['*.yaml'] }] });
  const text = ['format: delegation/1', 'visit:', '  id: tver-liaoning-2023', '  revision: 3', 'people:', '  - id: rudenya', '    role: head', ''].join('\n');
  const document = TextDocument.create('file:///delegation/visit.yaml', 'yaml', 1, text);

  it('shows a hover text for visit.revision', async () => {
    const hover = await service.doHover(document, { line: 3, character: 4 });
    const value = (hover?.contents as { value: string } | undefined)?.value ?? '';
    expect(value).toContain('Programme revision');
    expect(value).toContain('The version of the programme');
  });

  it('shows what an enum value means on hover', async () => {
    const hover = await service.doHover(document, { line: 6, character: 11 });
    expect((hover?.contents as { value: string } | undefined)?.value ?? '').toContain('Role');
  });

  it('offers the person snippet in the people list', async () => {
    const withNew = TextDocument.create('file:///delegation/new.yaml', 'yaml', 1, 'format: delegation/1\npeople:\n  - \n');
    const completion = await service.doComplete(withNew, { line: 2, character: 4 }, false);
    expect(completion.items.map((i) => i.label)).toContain('person');
  });
});
