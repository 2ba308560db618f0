// The shape check's compiled validators. From the sources (tests), Ajv compiles the units of
// shape-schemas.ts from the JSON Schema the zod definitions give; the build replaces this module with
// standalone code generated from schema/itinerary.schema.json (scripts/build.mjs), so the command
// loads neither Ajv nor zod to check a well-formed file.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { buildJsonSchema } from './json-schema.js';
import { SHAPE_AJV_OPTIONS, SHAPE_UNITS, shapeSchemas, type KeyOrder, type ShapeUnit } from './shape-schemas.js';

export type ShapeValidators = Record<ShapeUnit, { check: (value: unknown) => boolean; order: KeyOrder | undefined }>;

let compiled: ShapeValidators | undefined;

export function shapeValidators(): ShapeValidators {
  if (compiled) return compiled;
  const ajv = new Ajv2020(SHAPE_AJV_OPTIONS);
  const units = shapeSchemas(buildJsonSchema());
  const out = {} as ShapeValidators;
  for (const unit of SHAPE_UNITS) {
    const validate = ajv.compile(units[unit].schema);
    out[unit] = { check: (value) => validate(value) as boolean, order: units[unit].order };
  }
  return (compiled = out);
}
