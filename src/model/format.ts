// The format's fixed words and values that code outside the schema needs (kinds, roles, selectors and
// the wording of values in messages), without zod: the commands and rules that use them do not load
// the detailed schemas (src/model/schema.ts), which are built only when an entry fails the shape check.

/** Start of the message for a flow-mapping value that YAML split at its commas. */
export const COMMA_SPLIT_MESSAGE = 'the value contains a comma inside { … }, so YAML split it';

/** What the words of the special numbers add; the builder gives these findings a hint. */
export { INFINITY_NOTE, NOT_A_NUMBER_NOTE, TOO_LARGE_NOTE } from '../source/value-words.js';

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

