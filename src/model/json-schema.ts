// The JSON Schema of the format, generated from the same zod definitions the validator uses, for
// editors (yaml-language-server) and other tools. schema/itinerary.schema.json is this, checked in.
import { z } from 'zod';
import { Itinerary, MOVE_KINDS } from './schema.js';
import { DEFINITION_DOCS, PROPERTY_DOCS, SNIPPETS, type PropertyDoc } from './schema-docs.js';

export const SCHEMA_ID = 'https://github.com/delegation-planner/delegation/blob/main/schema/itinerary.schema.json';

export function buildJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(Itinerary, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  const event = findEventSchema(schema);
  if (event) {
    // Conditions that zod expresses in code (superRefine) written out for editors.
    event.allOf = [
      {
        if: { properties: { kind: { enum: [...MOVE_KINDS] } }, required: ['kind'] },
        then: { required: ['from', 'to'], not: { required: ['place'] } },
        else: { required: ['place'] },
      },
      {
        if: { properties: { kind: { const: 'signing' } }, required: ['kind'] },
        then: { required: ['agreements'] },
      },
    ];
  }
  applyDocs(schema);
  return { $id: SCHEMA_ID, ...schema };
}

type Node = Record<string, unknown>;

/** Titles, descriptions, examples, enum descriptions and snippets from schema-docs.ts, by path. */
function applyDocs(schema: Node): void {
  const defs = (schema.$defs ?? {}) as Record<string, Node>;
  for (const [name, doc] of Object.entries(DEFINITION_DOCS)) {
    const def = defs[name];
    if (def) Object.assign(def, { title: doc.title, description: doc.description });
  }
  const root = defs.Itinerary ?? schema;
  forEachProperty(root, (path, node) => {
    const doc = PROPERTY_DOCS[path];
    if (doc) describe(node, doc);
  }, (path, items) => {
    const snippets = SNIPPETS[path];
    if (snippets) items.defaultSnippets = snippets;
  });
}

/**
 * Calls `onProperty` for every property below `node`, with its path (keys joined by dots, `[]` for
 * list items), and `onItems` for every list's item schema. Follows the branches of anyOf/oneOf, not $refs.
 */
export function forEachProperty(node: Node, onProperty: (path: string, node: Node) => void, onItems: (path: string, node: Node) => void = () => {}, path = ''): void {
  const properties = node.properties as Record<string, Node> | undefined;
  for (const [key, child] of Object.entries(properties ?? {})) {
    const childPath = path ? `${path}.${key}` : key;
    onProperty(childPath, child);
    forEachProperty(child, onProperty, onItems, childPath);
  }
  const items = node.items as Node | undefined;
  if (items && typeof items === 'object') {
    onItems(`${path}[]`, items);
    forEachProperty(items, onProperty, onItems, `${path}[]`);
  }
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    for (const branch of (node[key] as Node[] | undefined) ?? []) forEachProperty(branch, onProperty, onItems, path);
  }
}

function describe(node: Node, doc: PropertyDoc): void {
  node.title = doc.title;
  node.description = doc.description;
  const example = doc.example === undefined ? '' : `\n\nExample:\n\n\`\`\`yaml\n${doc.example}\n\`\`\``;
  node.markdownDescription = `${doc.description}${example}`;
  if (doc.values) {
    const values = enumOf(node);
    if (values) {
      // VS Code's and yaml-language-server's way of describing each value of an enum.
      node.enumDescriptions = values.map((v) => doc.values![String(v)] ?? '');
      node.markdownEnumDescriptions = values.map((v) => `\`${String(v)}\`: ${doc.values![String(v)] ?? ''}`);
    }
  }
}

/** The values of an enum property: its own `enum`, or that of its item schema. */
export function enumOf(node: Node): unknown[] | undefined {
  return (node.enum as unknown[] | undefined) ?? ((node.items as Node | undefined)?.enum as unknown[] | undefined);
}

function findEventSchema(schema: Record<string, unknown>): Record<string, unknown> | undefined {
  // zod puts the root in $defs when it has an id (`meta({ id: 'Itinerary' })`) and refers to it.
  const root = ((schema.$defs as Record<string, Record<string, unknown>> | undefined)?.Itinerary ?? schema) as Record<string, unknown>;
  const days = (root.properties as Record<string, { items?: Record<string, unknown> }> | undefined)?.days;
  const day = days?.items as { properties?: Record<string, { items?: Record<string, unknown> }> } | undefined;
  return day?.properties?.events?.items;
}

export function jsonSchemaText(): string {
  return JSON.stringify(buildJsonSchema(), null, 2) + '\n';
}
