// The format's fixed words and values that code outside the schema needs (kinds, roles, selectors and
// the wording of values in messages), without zod: the commands and rules that use them do not load
// the detailed schemas (src/model/schema.ts), which are built only when an entry fails the shape check.

/** Start of the message for a flow-mapping value that YAML split at its commas. */
export const COMMA_SPLIT_MESSAGE = 'the value contains a comma inside { … }, so YAML split it';

/** What describeValue adds to the special numbers; the builder gives these findings a hint. */
export const NOT_A_NUMBER_NOTE = 'YAML for "not a number"';
export const INFINITY_NOTE = 'infinity, or a number too large to hold';
export const TOO_LARGE_NOTE = 'a number too large to hold exactly';

export function describeValue(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (input === null) return 'an empty value';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'object') return 'a mapping';
  if (typeof input === 'number') {
    if (Number.isNaN(input)) return `.nan (${NOT_A_NUMBER_NOTE})`;
    if (!Number.isFinite(input)) return `${input < 0 ? '-' : ''}.inf (${INFINITY_NOTE})`;
    if (Math.abs(input) > Number.MAX_SAFE_INTEGER) return `${input} (${TOO_LARGE_NOTE})`;
    return String(input);
  }
  if (typeof input === 'boolean') return `${input} (a yes/no value)`;
  return `"${String(input).length > 40 ? String(input).slice(0, 40) + '…' : String(input)}"`;
}

/** The selector that, inside a seating mapping, stands for every delegation-side attendee not seated in another vehicle. */
export const REST_SELECTOR = 'rest';

export const ORGANIZATION_SIDES = ['delegation', 'host'] as const;
export const ORGANIZATION_KINDS = ['government', 'enterprise', 'association', 'media', 'other'] as const;
export const ROLES = ['head', 'official', 'business', 'staff', 'interpreter', 'press', 'security', 'medical'] as const;
export const PLACE_KINDS = ['hotel', 'venue', 'office', 'factory', 'airport', 'station', 'restaurant', 'other'] as const;
export const VEHICLE_KINDS = ['bus', 'minibus', 'car', 'van'] as const;
export const EVENT_KINDS = [
  'arrival', 'departure', 'flight', 'transfer', 'meeting', 'conference', 'visit', 'signing', 'ceremony', 'meal', 'briefing', 'press', 'free', 'other',
] as const;
/** Events that move people from one place to another: they have `from` and `to` instead of `place`. */
export const MOVE_KINDS = ['flight', 'transfer'] as const;

