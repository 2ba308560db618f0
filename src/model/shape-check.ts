// The common case, fast: a unit of the file (an entry, a day, an event …) whose shape is right is taken
// as it is, checked by a validator compiled once from the format's JSON Schema, plus the few checks a
// JSON Schema cannot say (calendar dates, a number too large to hold exactly, which event kinds forbid
// which fields). Any unit that fails goes to the detailed zod schemas (src/model/detailed.ts), which say
// what is wrong; a test checks that both accept the same units.
import { MOVE_KINDS } from './format.js';
import type { KeyOrder, ShapeUnit } from './shape-schemas.js';
import { shapeValidators } from './shape-validators.js';
import { calendarDateProblem } from './time.js';

type Raw = Record<string, unknown>;

const isDate = (value: unknown) => typeof value === 'string' && calendarDateProblem(value) === undefined;

/** What the JSON Schema cannot say, per unit (its shape already checked). */
const EXTRA: Partial<Record<ShapeUnit, (value: Raw) => boolean>> = {
  visit: (visit) => isDate(visit.from) && isDate(visit.to),
  people: (person) => person.passport === undefined || isDate((person.passport as Raw).expires),
  day: (day) => isDate(day.date),
  event: (event) => {
    // Which kinds need which fields (the JSON Schema's `allOf`, left out of the shape check's schema:
    // as code it is checked without the errors Ajv makes for each condition that does not apply).
    const move = (MOVE_KINDS as readonly unknown[]).includes(event.kind);
    if (move ? event.from === undefined || event.to === undefined || event.place !== undefined : event.place === undefined) return false;
    if (!move && (event.from !== undefined || event.to !== undefined)) return false;
    if (event.kind === 'signing' && (event.agreements === undefined || (event.agreements as unknown[]).length === 0)) return false;
    return typeof event.flight !== 'number' || Math.abs(event.flight) <= Number.MAX_SAFE_INTEGER;
  },
};

/**
 * The unit as zod's schema outputs it (its mappings' keys in the schema's order) when its shape is
 * right; undefined when the detailed check must look at it.
 */
export function shapeChecked<T>(unit: ShapeUnit, value: unknown): T | undefined {
  if (!shapeFits(unit, value)) return undefined;
  const order = shapeValidators()[unit].order;
  return (order ? ordered(value as Raw, order) : value) as T;
}

/**
 * Whether the unit's shape is right, without copying it into the schema's key order: for a builder
 * that picks the unit's fields one by one itself, and orders the mappings inside with `orderedField`.
 */
export function shapeFits(unit: ShapeUnit, value: unknown): boolean {
  if (!shapeValidators()[unit].check(value)) return false;
  const extra = EXTRA[unit];
  return !extra || extra(value as Raw);
}

/** A field of a unit whose shape fits, as zod's schema outputs it: a mapping the format closes in the schema's key order. */
export function orderedField(unit: ShapeUnit, key: string, field: unknown): unknown {
  const nested = field === undefined ? undefined : shapeValidators()[unit].order?.nested?.[key];
  return nested ? ordered(field as Raw, nested) : field;
}

function ordered(value: Raw, order: KeyOrder): Raw {
  const out: Raw = {};
  for (const key of order.keys) {
    const field = value[key];
    if (field === undefined) continue;
    const nested = order.nested?.[key];
    out[key] = nested ? ordered(field as Raw, nested) : field;
  }
  return out;
}
