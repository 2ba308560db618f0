// The JSON Schema of the format, generated from the same zod definitions the validator uses, for
// editors (yaml-language-server) and other tools. schema/itinerary.schema.json is this, checked in.
import { z } from 'zod';
import { Itinerary, MOVE_KINDS } from './schema.js';

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
  return { $id: SCHEMA_ID, ...schema };
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
