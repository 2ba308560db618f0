// The shape check's schemas, cut from the format's JSON Schema (schema/itinerary.schema.json, itself
// generated from the zod definitions): one per unit the model's builder checks on its own (the top
// level without its entries, the visit, an entry of each collection, a day without its events, an
// event), with the key order of every object, which is the order zod's output has. The build compiles
// them into standalone validators (scripts/build.mjs); from the sources, Ajv compiles them at run time.

type Node = Record<string, unknown>;

/** The units of a file the builder checks one by one, and so the validators the shape check has. */
export const SHAPE_UNITS = ['shell', 'visit', 'organizations', 'people', 'groups', 'places', 'travel', 'vehicles', 'agreements', 'day', 'event'] as const;
export type ShapeUnit = (typeof SHAPE_UNITS)[number];

/**
 * Ajv's options: numbers must be finite (as zod's are), patterns are JavaScript's own regular
 * expressions without the u flag (as zod's are), and the first failure is enough (the detailed check
 * says what is wrong).
 */
export const SHAPE_AJV_OPTIONS = { strict: false, allErrors: false, strictNumbers: true, unicodeRegExp: false, validateFormats: false } as const;

/** An object's keys in the schema's order, and the same for the objects (not lists or texts) inside it. */
export interface KeyOrder {
  keys: string[];
  nested?: Record<string, KeyOrder>;
}

/** Each unit's schema (with the definitions it refers to) and the key order of its output. */
export function shapeSchemas(jsonSchema: Node): Record<ShapeUnit, { schema: Node; order: KeyOrder | undefined }> {
  const defs = jsonSchema.$defs as Record<string, Node>;
  const root = defs.Itinerary!;
  const props = root.properties as Record<string, Node>;
  const dayItem = (props.days!.items as Node);
  const dayProps = dayItem.properties as Record<string, Node>;
  const asArray = (node: Node): Node => ({ ...node, items: undefined, prefixItems: undefined, type: 'array' });
  const shell: Node = {
    ...root,
    properties: Object.fromEntries(Object.entries(props).map(([key, value]) => [key, key === 'visit' ? {} : key === 'format' ? value : asArray(value)])),
  };
  const day: Node = { ...dayItem, properties: { ...dayProps, events: asArray(dayProps.events!) } };
  const units: Record<ShapeUnit, Node> = {
    shell,
    visit: props.visit!,
    organizations: props.organizations!.items as Node,
    people: props.people!.items as Node,
    groups: props.groups!.items as Node,
    places: props.places!.items as Node,
    travel: props.travel!.items as Node,
    vehicles: props.vehicles!.items as Node,
    agreements: props.agreements!.items as Node,
    day,
    event: withoutConditions(dayProps.events!.items as Node),
  };
  const out = {} as Record<ShapeUnit, { schema: Node; order: KeyOrder | undefined }>;
  for (const unit of SHAPE_UNITS) {
    const schema = withoutAnnotations({ $defs: defs, ...units[unit] }) as Node;
    out[unit] = { schema, order: keyOrder(units[unit]) };
  }
  return out;
}

/** An event's schema without its `allOf` (which kinds need which fields): shape-check.ts checks that as code. */
function withoutConditions(node: Node): Node {
  const { allOf: _conditions, ...rest } = node;
  return rest;
}

/** The key order of a mapping the format closes (additionalProperties false), with its closed mappings inside. */
function keyOrder(node: Node): KeyOrder | undefined {
  const properties = node.properties as Record<string, Node> | undefined;
  if (node.type !== 'object' || !properties || node.additionalProperties !== false) return undefined;
  const nested: Record<string, KeyOrder> = {};
  for (const [key, child] of Object.entries(properties)) {
    const order = keyOrder(child);
    if (order) nested[key] = order;
  }
  return Object.keys(nested).length > 0 ? { keys: Object.keys(properties), nested } : { keys: Object.keys(properties) };
}

/** Words for editors and readers (titles, descriptions, examples, snippets): they check nothing. */
const ANNOTATIONS = new Set(['title', 'description', 'markdownDescription', 'enumDescriptions', 'markdownEnumDescriptions', 'defaultSnippets', 'examples']);

/** A copy of a schema without its annotations (keys of `properties` and `$defs` are names, kept as they are). */
function withoutAnnotations(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutAnnotations);
  if (typeof node !== 'object' || node === null) return node;
  const out: Node = {};
  for (const [key, value] of Object.entries(node as Node)) {
    if (value === undefined || ANNOTATIONS.has(key)) continue;
    out[key] = key === 'properties' || key === '$defs' || key === 'patternProperties'
      ? Object.fromEntries(Object.entries(value as Node).map(([name, child]) => [name, withoutAnnotations(child)]))
      : withoutAnnotations(value);
  }
  return out;
}
